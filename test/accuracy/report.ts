/** Writes docs/accuracy.md and the floors the accuracy test keeps (test/accuracy/floors.json). */
import { writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { labels, mandateRuleIds, type AccuracyReport, type GroupScores, type Label, type Score } from "./measure.ts";
import type { Half } from "./corpus.ts";

export const floorsFile = fileURLToPath(new URL("./floors.json", import.meta.url));
export const docsFile = fileURLToPath(new URL("../../docs/accuracy.md", import.meta.url));

export interface Floors {
  date: string;
  /** The documents the floors were measured on; documents added later are reported, not floored. */
  slugs: string[];
  halves: Record<Half, Record<Label, { precision: number; recall: number }>>;
  /** Largest share of real HRC clauses flagged by any mandate rule (the issue's target: 1 in 50). */
  hrcFlaggedShare: number;
  /**
   * Separate measurement rounds (documents with a `set`), each floored at its own measured figures
   * (precision and recall rounded down to three decimals; HRC and SC-profile flags as ceilings), so a
   * regression on them is caught. They never enter the halves' floors above.
   */
  sets?: Record<string, SetFloors>;
}

export interface SetFloors {
  date: string;
  slugs: string[];
  scores: Record<Label, { precision: number; recall: number }>;
  /** Most real HRC clauses of the set that may be flagged by any mandate rule. */
  hrcFlaggedMax: number;
  /** Most SC clauses of the set that the SC profile may flag for binding or operational language. */
  scFlaggedMax: number;
}

/** Reading of the first blind measurement of each separate round, written once after it was measured. */
const setReadings: Record<string, string> = {
  "fresh-2026-12": `**Reading** (written after the first measurement on 2026-12-07; no rule and no label was changed
because of it). There is no false positive for any rule and no real HRC clause is flagged: on this set
the rules stayed silent on Council preambles, accountability and cooperation language, recitals of
bodies and funds created earlier or by others, and the staffing of an existing mechanism. Every error
is a miss, and every miss is in Security Council sanctions language:

* **Operational, 18 of 21 positives missed.** Found: the clauses that impose or renew measures by a
  decision (renewal of measures by cross-reference, an arms embargo extended to a listed entity).
  Missed, by class: States asked with a soft verb (calls on, urges, encourages, a preambular
  "calling on" or "stressing the need for … implementation") to carry out or enforce an arms embargo
  or other measures, including cooperation on land and at sea to detect violations and due diligence
  on exports of weapons components; clauses that set the reach of sanctions rather than impose them
  (designation criteria affirmed or widened, provisions that "shall apply" to designated persons,
  limits on re-transfer of arms supplied under exemptions); and the Council's stated resolve to
  designate individuals. Several of these labels take the wide reading of "enforces sanctions …
  whatever the opening verb" and are marked as hard cases in their notes; the labels stay as frozen.
* **Binding, 1 of 10 positives missed:** a decision that a listed entity "shall be subject to the
  measures imposed by" an earlier paragraph, where the grammatical subject is the sanctioned party and
  the obligation reaches States only through the cross-reference.
* **New bodies:** a single positive (an Assembly decision approving the creation of a post), found. The
  set says nothing useful about new-body recall.

Limits of the set: 12 documents, not the 15–20 aimed for; only 4 Human Rights Council texts (38
clauses, mostly preambles, no creating paragraph) and 3 Assembly texts, because the stored copies of
their PDFs are single pages; no ECOSOC text. The Council part is sanctions-heavy and has no
peace-operation mandate list. The halves' operational recall (0.970) is therefore not an estimate for
sanctions language in new Council text, where it was 0.143 here.`,
};

/** Floors two points under the measured figures (rounded down), so small corpus fixes don't break them. */
export function floorsOf(report: AccuracyReport): Floors {
  const down = (x: number) => Math.max(0, Math.floor((x - 0.02) * 100) / 100);
  const half = (h: Half) =>
    Object.fromEntries(
      labels.map((l) => {
        const s = report.byHalf[h].scores[l];
        return [l, { precision: down(s.precision), recall: down(s.recall) }];
      }),
    ) as Record<Label, { precision: number; recall: number }>;
  const exact = (x: number) => Math.floor(x * 1000) / 1000;
  const sets: Record<string, SetFloors> = {};
  for (const [name, r] of Object.entries(report.sets)) {
    sets[name] = {
      date: report.date,
      slugs: [...new Set(report.outcomes.filter((o) => o.set === name).map((o) => o.slug))].sort(),
      scores: Object.fromEntries(
        labels.map((l) => [l, { precision: exact(r.scores[l].precision), recall: exact(r.scores[l].recall) }]),
      ) as Record<Label, { precision: number; recall: number }>,
      hrcFlaggedMax: r.hrcFlagged,
      scFlaggedMax: r.scFlaggedBindingOrOperational,
    };
  }
  return {
    date: report.date,
    slugs: [...new Set(report.outcomes.filter((o) => o.set === undefined).map((o) => o.slug))].sort(),
    halves: { development: half("development"), "held-out": half("held-out") },
    hrcFlaggedShare: 0.02,
    ...(Object.keys(sets).length ? { sets } : {}),
  };
}

const pct = (x: number) => x.toFixed(3);
const row = (l: Label, s: Score) => `| \`${mandateRuleIds[l]}\` | ${pct(s.precision)} | ${pct(s.recall)} | ${s.tp} | ${s.fp} | ${s.fn} |`;

export function accuracyMarkdown(report: AccuracyReport, wordsPerSecond?: number): string {
  const scoreTable = (title: string, b: GroupScores) =>
    [
      `**${title}**: ${b.documents} documents, ${b.clauses} clauses.`,
      "",
      "| rule | precision | recall | true pos. | false pos. | false neg. |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...labels.map((l) => row(l, b.scores[l])),
      "",
    ].join("\n");
  const table = (h: Half | "all") =>
    scoreTable(h === "all" ? "Whole corpus (both halves)" : h === "development" ? "Development half" : "Held-out half", report.byHalf[h]);
  const organs = new Map<string, number>();
  for (const o of report.outcomes) if (o.set === undefined) organs.set(o.organ, (organs.get(o.organ) ?? 0) + 1);
  const setSections = Object.entries(report.sets)
    .map(([name, r]) => {
      const slugs = [...new Set(report.outcomes.filter((o) => o.set === name).map((o) => o.slug))].sort();
      return `## Fresh set (round 3, blind): \`${name}\`

Documents whose labels file has \`"set": "${name}"\` (${slugs.length} documents, ${r.clauses} clauses:
${Object.entries(r.organs).map(([o, n]) => `${o}: ${n}`).join(", ")}). They were found, labelled and committed
before the linter was first run on them (the blind freeze); they are in neither half above and were
measured on ${report.date}. Every clause is linted under the \`hrc\` profile, as above.

${slugs.map((s) => `\`${s}\``).join(", ")}.

${scoreTable("Fresh set", r)}
${r.hrcFlagged} of ${r.hrcClauses} clauses of real HRC texts in the set are flagged by any mandate rule under the
HRC profile. ${r.scFlaggedBindingOrOperational} of ${r.scClauses} Security Council clauses in the set are flagged for binding or
operational language under the \`sc\` profile.
${setReadings[name] ? `\n${setReadings[name]}\n` : ""}`;
    })
    .join("\n");
  return `# Accuracy of the mandate rules on real text

Measured on ${report.date} over the development and held-out halves of the labelled corpus in
\`test/corpus/\`: ${report.documents} documents, ${report.clauses} clauses (${[...organs].map(([o, n]) => `${o}: ${n}`).join(", ")}).
Documents of a later, separate round (a \`set\` in their labels file) are reported on their own at the
end and are in none of the figures before that section; with them the corpus holds
${new Set(report.outcomes.map((o) => o.slug)).size} documents and ${report.outcomes.length} clauses. Each clause carries
three labels judged from its language alone (see \`test/corpus/README.md\`). Every clause is linted as if
it were before the **Human Rights Council** (profile \`hrc\`), so a Security Council demand counts as a
binding-language finding. A rule "flags" a clause when it reports any finding on it (error, warning or
info).

The corpus is split by document into a **development half**, which was read while building the rules,
and a **held-out half**, which was at first only measured (the split is a hash of the document's slug,
see \`test/accuracy/corpus.ts\`).

**The held-out half is no longer blind.** Second round: the held-out half's errors were inspected by
class on 2026-11-22 and the rules were changed to handle those classes (not the sentences: no rule
matches a document-specific name or number, and every change has examples of new wording in
\`rules/packs/mandate-*.yaml\`). The figures below are therefore no longer a blind estimate of accuracy
on unseen text; the first-round figures, measured before the held-out half was looked at, are kept
for comparison:

| rule | 1st round development P / R | 1st round held-out P / R (blind) |
| --- | --- | --- |
| \`mandate/binding-language\` | 1.000 / 0.947 | 1.000 / 0.875 |
| \`mandate/new-body\` | 1.000 / 1.000 | 0.909 / 0.556 |
| \`mandate/operational-intervention\` | 1.000 / 0.938 | 0.690 / 0.569 |

First round: 2 of 222 real HRC clauses flagged. Classes handled in the second round: tasks in a peace
operation's mandate list read with the list's opening clause, whatever that clause goes on to say,
and sub-headings of such lists left alone; "Decides that the mandate (priorities, tasks) of <operation>
…"; renewing authorisations, provisions or measures by cross-reference to a resolution; operation
acronyms by the UN naming convention; the UN supplying a force ("logistical support package for …");
an operation asked to deploy anything; exploratory requests ("consider", "options for", "explore the
possibility of") and internal mainstreaming instructions to an operation left alone; "rapid deployment
forces" as a compound; typographic hyphens ("Secretary‑General"); an existing entity named as the body
created even with modifiers before it; the object of "establishment of" ending at "between"/"among";
long asides after a creation verb; first-person summit wording ("we resolve to create", "we request");
a body constituted by its membership ("Decides that a committee, composed of …, shall"); a peace
operation named as the body created; "the parties shall" as an obligation; a directive to States in a
bare subjunctive after an assertive verb ("Stresses that countries … stop …"); "a period terminating on
<date>" in a renewal, which ends nothing; appointing to a new post ("appoint a Special Envoy"; "appoint the
members of …" fills existing seats); a body given a new organ ("should have a standing committee"); States
asked to refrain from supplying arms, an arms embargo by recommendation.

${table("held-out")}
${table("development")}
${table("all")}
## Real Human Rights Council text

${report.hrcFlagged} of ${report.hrcClauses} clauses of real HRC resolutions are flagged by any mandate rule
under the HRC profile (${pct(report.hrcClauses ? report.hrcFlagged / report.hrcClauses : 0)}; target: fewer than 1 in 50 = 0.020).

## Security Council text under the Security Council profile

${report.scFlaggedBindingOrOperational} of ${report.scClauses} Security Council clauses are flagged for binding language or
operational intervention under the \`sc\` profile (binding decisions and operational measures are
within its powers).

${setSections}${wordsPerSecond ? `\n## Speed\n\nA full lint (all rules, a fresh linter per document so no cache hits) of the corpus ran at about ${Math.round(wordsPerSecond / 1000) * 1000} words per CPU-second in Node, measured while the machine's load average was ${loadavg()[0]!.toFixed(0)} on ${availableParallelism()} cores (see \`test/accuracy/speed.ts\`; \`pnpm bench\` is the benchmark of record).\n` : ""}
## Regenerating

\`UPDATE_ACCURACY=1 pnpm exec vitest run --project acceptance test/accuracy\` rewrites this file and
\`test/accuracy/floors.json\`. The accuracy test fails when precision or recall on the documents the
floors were measured on drops below the floors, when more than 1 in 50 real HRC clauses of the halves
is flagged, when the Security Council profile flags a Security Council clause of the halves for binding
or operational language, or when a separate round falls below its own floors (its measured precision
and recall, and no more HRC or SC-profile flags than measured).
`;
}

export function writeReport(report: AccuracyReport, wordsPerSecond?: number): void {
  writeFileSync(docsFile, accuracyMarkdown(report, wordsPerSecond));
  writeFileSync(floorsFile, JSON.stringify(floorsOf(report), null, 2) + "\n");
}
