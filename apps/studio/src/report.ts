/**
 * The feedback report: one self-contained, printable HTML file that delegates read without the
 * app. Per clause it lists the director's comments and the linter's findings. Every value from the
 * paper or the director is escaped, and the file carries a CSP that forbids scripts anyway.
 */
import type { Node } from "prosemirror-model";
import { clauseModel, printedClause, type ClauseInfo } from "@clausewise/schema";
import { getCommittee } from "@clausewise/rulebook";
import { countDiagnostics, type Diagnostic } from "@clausewise/lint";
import { escapeHtml as e } from "./html.ts";
import { listComments, type PlacedComment } from "./comments.ts";
import { checkMarks, checkStatusText, reviewChecklist } from "./checklist.ts";
import { headingOf, paperTitle, type ReviewInfo } from "./paper.ts";
import { categoryLabels } from "./labels.ts";
import { plural } from "./words.ts";
import { fixLabels, separateMandateQuote } from "./finding-text.ts";

export interface ReportInput {
  doc: Node;
  diagnostics: readonly Diagnostic[];
  review: ReviewInfo;
  /** Who reviewed, printed under the title. */
  reviewer?: string;
  /** When the report was made (ISO); now by default. */
  date?: string;
}

const verdictText = {
  accept: "Accepted as a draft resolution",
  return: "Returned to the sponsors with feedback",
  undecided: "No verdict yet",
} as const;

const styles = `
body{font-family:"Times New Roman",Times,serif;font-size:12pt;line-height:1.45;color:#111;max-width:46em;margin:2em auto;padding:0 1.5em}
h1{font-size:16pt;margin:0 0 .2em}h2{font-size:13pt;margin:1.6em 0 .5em;border-bottom:1px solid #999}
.meta,.small{font-family:system-ui,sans-serif;font-size:10pt;color:#444}
.verdict{font-family:system-ui,sans-serif;font-weight:600;padding:.4em .7em;border-radius:4px;display:inline-block;margin:.6em 0}
.verdict.accept{background:#e3f4e8;color:#135c2c}.verdict.return{background:#fdecea;color:#8a1c13}.verdict.undecided{background:#eee}
table{border-collapse:collapse;font-family:system-ui,sans-serif;font-size:10pt}td,th{border:1px solid #bbb;padding:.25em .6em;text-align:left}
.clause{margin:1em 0 1.4em;page-break-inside:avoid}.clause-text{margin:0 0 .4em}.clause-text .path{font-family:system-ui,sans-serif;font-size:9pt;color:#555;margin-right:.5em}
ul.notes{margin:.2em 0 0 1.2em;padding:0;font-family:system-ui,sans-serif;font-size:10pt}ul.notes li{margin:.25em 0}
.comment{border-left:3px solid #b08800;padding-left:.5em;list-style:none;margin-left:-1.2em}
.sev{font-weight:600;text-transform:uppercase;font-size:8.5pt;letter-spacing:.03em;padding:0 .35em;border-radius:3px;margin-right:.35em}
.sev.error{background:#fdecea;color:#a4161a}.sev.warning{background:#fff4d6;color:#7a5200}.sev.info{background:#e6f0fb;color:#174ea6}.sev.hint{background:#eee;color:#444}
blockquote{margin:.2em 0;color:#333;font-style:italic}
.typed{white-space:pre-wrap}
.checklist .mark{font-weight:700;display:inline-block;width:1.1em}.checklist .pass .mark{color:#1e7a3c}.checklist .warn .mark{color:#8a5a00}.checklist .fail .mark{color:#a4161a}
@media print{body{margin:0;max-width:none}}
`;

function clauseSection(c: ClauseInfo, comments: PlacedComment[], findings: Diagnostic[]): string {
  const items = [
    ...comments.map(
      (m) =>
        `<li class="comment"><strong>Comment${m.author ? ` by ${e(m.author)}` : ""}:</strong> <span class="typed">${e(m.body)}</span>` +
        (m.quote && m.quote !== c.text ? `<blockquote>on “${e(m.quote)}”</blockquote>` : "") +
        `</li>`,
    ),
    ...findings.map((d) => {
      const quote = separateMandateQuote(d);
      const fixes = fixLabels(d);
      return (
        `<li class="finding"><span class="sev ${e(d.severity)}">${e(d.severity)}</span>${e(d.message)}` +
        (d.explanation ? `<div class="small">${e(d.explanation)}</div>` : "") +
        (quote ? `<blockquote>“${e(quote.quote)}” (${e(quote.source)})</blockquote>` : "") +
        // What the editor's card would offer the delegate, so the report says how to fix it too.
        (fixes.length ? `<div class="small fix">Suggested fix: ${fixes.map(e).join("; or ")}</div>` : "") +
        `</li>`
      );
    }),
  ];
  const where = c.section === "preamble" ? `Preambular clause ${c.index}` : `Operative clause ${c.path}`;
  return (
    `<section class="clause" data-clause-id="${e(c.id)}">` +
    `<p class="clause-text"><span class="path">${e(where)}</span>${e(printedClause(c))}</p>` +
    (items.length ? `<ul class="notes">${items.join("")}</ul>` : "") +
    `</section>`
  );
}

export function feedbackReport(input: ReportInput): string {
  const { doc, diagnostics, review } = input;
  const h = headingOf(doc);
  const model = clauseModel(doc);
  const committee = getCommittee(h.committee);
  const comments = listComments(doc);
  const counts = countDiagnostics(diagnostics);
  const checklist = reviewChecklist(doc, diagnostics);
  const date = (input.date ?? new Date().toISOString()).slice(0, 10);
  const title = `Feedback: ${paperTitle(doc)}`;

  const perClause = model.clauses.map((c) =>
    clauseSection(
      c,
      comments.filter((m) => m.clauseId === c.id),
      diagnostics.filter((d) => d.clause.id === c.id),
    ),
  );
  const categoryRows = (Object.keys(categoryLabels) as (keyof typeof categoryLabels)[])
    .map((k) => `<tr><td>${e(categoryLabels[k])}</td><td>${counts.byCategory[k]}</td><td>${counts.problemsByCategory[k]}</td></tr>`)
    .join("");

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>${styles}</style></head>
<body>
<h1>${e(title)}</h1>
<p class="meta">${e(committee?.name ?? h.committee)}${h.code ? ` · ${e(h.code)}` : ""}${review.fileName ? ` · file ${e(review.fileName)}` : ""} · ${e(date)}${input.reviewer ? ` · reviewed by ${e(input.reviewer)}` : ""}</p>
<p class="meta">Sponsors: ${h.sponsors.length ? e(h.sponsors.join(", ")) : "none listed"}${h.signatories.length ? ` · Signatories: ${e(h.signatories.join(", "))}` : ""}</p>
<div class="verdict ${e(review.verdict)}">${e(verdictText[review.verdict])}</div>
${review.note.trim() ? `<h2>Note from the director</h2><p class="typed">${e(review.note.trim())}</p>` : ""}
<h2>Checklist</h2>
<ul class="notes checklist">${checklist.map((i) => `<li class="${i.status}"><span class="mark">${checkMarks[i.status]}</span> <strong>${e(i.label)}</strong> (${e(checkStatusText[i.status].toLowerCase())}): ${e(i.detail)}</li>`).join("")}</ul>
<h2>Findings by category</h2>
<table><thead><tr><th>Category</th><th>All findings</th><th>Errors and warnings</th></tr></thead><tbody>${categoryRows}</tbody></table>
<p class="small">${plural(comments.length, "comment")}, ${plural(counts.total, "finding")} (${plural(counts.bySeverity.error, "error")}, ${plural(counts.bySeverity.warning, "warning")}).</p>
<h2>Clause by clause</h2>
<p><em>${e(model.organLine)}</em></p>
${perClause.join("\n")}
</body></html>
`;
}
