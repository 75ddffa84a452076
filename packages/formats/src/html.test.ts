import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createDocument, schema } from "@clausewise/schema";
import { exportHtml, htmlToText, importText, documentDifference } from "./index.ts";
import { shape } from "./testing/shape.ts";

const hostile = '<script>alert(1)</script>" onerror="alert(2)\' <img src=x onerror=alert(3)> &amp;';

const sample = () =>
  createDocument({
    heading: { code: "HRC/1/1", committee: "hrc", topic: "Rights", sponsors: ["Norway"], signatories: [] },
    preamble: ["Recalling its resolution 5/1"],
    operative: [{ text: "Requests the Office", sub: ["to report", { text: "to consult", sub: ["States"] }], continuation: "and to act" }, "Decides to remain seized of the matter"],
  });

describe("exportHtml", () => {
  it("lays out the paper: heading, organ line, italic opening phrases, nested lists, derived punctuation", () => {
    const html = exportHtml(sample());
    expect(html).toBe(
      '<article class="cw-resolution" lang="en">' +
        '<header class="cw-heading"><dl>' +
        '<div class="cw-heading-code"><dt>Code</dt><dd>HRC/1/1</dd></div>' +
        '<div class="cw-heading-committee"><dt>Committee</dt><dd>Human Rights Council</dd></div>' +
        '<div class="cw-heading-topic"><dt>Topic</dt><dd>Rights</dd></div>' +
        '<div class="cw-heading-sponsors"><dt>Sponsors</dt><dd>Norway</dd></div>' +
        "</dl></header>" +
        '<p class="cw-organ">The Human Rights Council,</p>' +
        '<section class="cw-preamble"><p class="cw-clause cw-preambular"><em class="cw-opening">Recalling</em> its resolution 5/1,</p></section>' +
        '<ol class="cw-operative" type="1">' +
        '<li class="cw-clause" data-label="1."><span class="cw-text"><em class="cw-opening">Requests</em> the Office:</span>' +
        '<ol class="cw-subclauses cw-level-1" type="a">' +
        '<li class="cw-clause" data-label="(a)"><span class="cw-text">to report;</span></li>' +
        '<li class="cw-clause" data-label="(b)"><span class="cw-text">to consult:</span>' +
        '<ol class="cw-subclauses cw-level-2" type="i"><li class="cw-clause" data-label="(i)"><span class="cw-text">States;</span></li></ol></li>' +
        "</ol>" +
        '<p class="cw-continuation">and to act;</p></li>' +
        '<li class="cw-clause" data-label="2."><span class="cw-text"><em class="cw-opening">Decides</em> to remain seized of the matter.</span></li>' +
        "</ol></article>",
    );
  });

  it("escapes hostile text in clauses, heading fields and the title", () => {
    const doc = createDocument({
      heading: { code: hostile, committee: "hrc", topic: hostile, sponsors: [hostile], signatories: [hostile] },
      preamble: [`Recalling ${hostile}`],
      operative: [{ text: `Decides ${hostile}`, sub: [hostile] }],
    });
    for (const html of [exportHtml(doc), exportHtml(doc, { standalone: true, title: hostile })]) {
      expect(html).not.toMatch(/<script|<img|onerror="/i);
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&quot;alert(2)&#39; &lt;img src=x onerror=alert(3)&gt; &amp;amp;");
      // Only our own elements are in the markup.
      const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase()));
      for (const tag of tags) expect(["html", "head", "meta", "title", "style", "body", "article", "header", "dl", "div", "dt", "dd", "p", "section", "em", "ol", "li", "span"]).toContain(tag);
    }
  });

  it("escapes everything over generated hostile strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (s) => {
        const text = s.replace(/\s+/g, " ").trim();
        const doc = createDocument({ heading: { topic: text, code: text, committee: "sc" }, preamble: [text], operative: [text] });
        const html = exportHtml(doc, { standalone: true, title: text });
        const body = html.slice(html.indexOf("<body>"));
        // No raw "<" except our tags, no raw quote inside attribute values.
        for (const m of body.matchAll(/<(\/?)([^ >]*)/g)) expect(["article", "header", "dl", "div", "dt", "dd", "p", "section", "em", "ol", "li", "span", "body", "html"]).toContain(m[2]!.replace("/", ""));
        expect(htmlToText(html)).toContain(text.slice(0, 20));
      }),
      { numRuns: 100 },
    );
  });

  it("leaves out comments unless asked, and escapes their attributes", () => {
    const json = createDocument({ operative: ["Decides to act"] }).toJSON();
    json.content[2].content[0].content[0].content = [
      { type: "text", text: "Decides " },
      { type: "text", text: "to act", marks: [{ type: "comment", attrs: { id: "k1", author: 'Chair"><script>', body: "Too <strong>", created: "2026-11-22" } }] },
    ];
    const doc = schema.nodeFromJSON(json);
    expect(exportHtml(doc)).not.toContain("<mark");
    const withComments = exportHtml(doc, { comments: true });
    expect(withComments).toContain(
      '<mark class="cw-comment" data-comment-id="k1" data-author="Chair&quot;&gt;&lt;script&gt;" data-created="2026-11-22" title="Chair&quot;&gt;&lt;script&gt;: Too &lt;strong&gt;">to act</mark>',
    );
  });

  it("makes a standalone page with a print stylesheet and a strict content policy", () => {
    const page = exportHtml(sample(), { standalone: true });
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).toContain("<title>HRC/1/1 — Rights</title>");
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(page).toMatch(/@page \{ size: A4;/);
    expect(page).toMatch(/font: 12pt\/1\.5 "Times New Roman"/);
    expect(page).toMatch(/@media print/);
  });

  it("reads back through htmlToText and importText", () => {
    const doc = sample();
    expect(documentDifference(importText(htmlToText(exportHtml(doc))).doc, doc)).toBeNull();
  });
});

describe("htmlToText", () => {
  it("reads Word's clipboard HTML: MsoNormal paragraphs, mso-list paragraphs with their numbers, conditional comments", () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><style><!--
p.MsoNormal {margin:0cm; font-family:"Times New Roman";}
@list l0:level1 {mso-level-text:"%1\\.";}
--></style><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<!--StartFragment-->
<p class=MsoNormal><b>Committee:</b> Human Rights Council<o:p></o:p></p>
<p class=MsoNormal>The Human Rights Council,<o:p></o:p></p>
<p class=MsoNormal><i>Recalling</i> its resolution 5/1 of 18&nbsp;June 2007,<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><i>Calls upon</i> States to protect the rights of migrants;<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><!--[if !supportLists]--><span style='mso-list:Ignore'>(a)<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->in transit;<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>at borders;<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Decides to remain seized of the matter.</p>
<!--EndFragment-->
</body></html>`;
    expect(htmlToText(word).split("\n").filter(Boolean)).toEqual([
      "Committee: Human Rights Council",
      "The Human Rights Council,",
      "Recalling its resolution 5/1 of 18\u00A0June 2007,",
      "1. Calls upon States to protect the rights of migrants;",
      "(a) in transit;",
      "• at borders;",
      "2. Decides to remain seized of the matter.",
    ]);
    const r = importText(htmlToText(word));
    expect(r.committee).toBe("hrc");
    expect(shape(r.doc).operative).toEqual([{ text: "Calls upon States to protect the rights of migrants", sub: ["in transit", "at borders"] }, "Decides to remain seized of the matter"]);
  });

  it("reads Google Docs' clipboard HTML (<b id=docs-internal-guid…> wrapper, styled spans, list-style types)", () => {
    const gdocs = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-2a1b3c4d-7fff-1234-abcd-0123456789ab"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:12pt;font-family:'Times New Roman';color:#000000;font-weight:400;font-style:italic;">Noting</span><span style="font-size:12pt;font-family:'Times New Roman';color:#000000;font-weight:400;"> with concern the report,</span></p><br /><ol style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:decimal;font-size:12pt;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:12pt;">Urges States to act:</span></p></li><ol style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:lower-alpha;font-size:12pt;" aria-level="2"><p dir="ltr" role="presentation"><span style="font-size:12pt;">promptly;</span></p></li><li dir="ltr" style="list-style-type:lower-alpha;font-size:12pt;" aria-level="2"><p dir="ltr" role="presentation"><span style="font-size:12pt;">fully.</span></p></li></ol></ol></b>`;
    const lines = htmlToText(gdocs).split("\n").filter(Boolean);
    // Each item's text is in a <p> of its own, and stays on its label's line.
    expect(lines).toEqual(["Noting with concern the report,", "1. Urges States to act:", "(a) promptly;", "(b) fully."]);
    const r = importText(htmlToText(gdocs), { committee: "hrc" });
    expect(shape(r.doc).preamble).toEqual(["Noting with concern the report"]);
    expect(shape(r.doc).operative).toEqual([{ text: "Urges States to act", sub: ["promptly", "fully"] }]);
  });

  it("reads Word for the web's clipboard HTML: one flat list per item, its level in data-aria-level", () => {
    const item = (level: number, start: number, text: string) =>
      `<div class="ListContainerWrapper SCXW1 BCX0"><ol class="NumberListStyle${level} SCXW1 BCX0" role="list" start="${start}"><li data-leveltext="%${level}." data-font="Times New Roman" data-listid="3" data-list-defn-props="{}" aria-setsize="-1" data-aria-posinset="${start}" data-aria-level="${level}" role="listitem" class="OutlineElement Ltr SCXW1 BCX0"><p class="Paragraph SCXW1 BCX0" paraid="1" paraeid="{a}"><span data-contrast="auto" xml:lang="EN-US" lang="EN-US" class="TextRun SCXW1 BCX0"><span class="NormalTextRun SCXW1 BCX0">${text}</span></span><span class="EOP SCXW1 BCX0">&nbsp;</span></p></li></ol></div>`;
    const web = `<div class="OutlineElement Ltr SCXW1 BCX0"><p class="Paragraph SCXW1 BCX0"><span class="TextRun SCXW1 BCX0"><span class="NormalTextRun SCXW1 BCX0">The Human Rights Council,</span></span></p></div>${item(1, 1, "Urges States to:")}${item(2, 1, "adopt laws;")}${item(2, 2, "report on them;")}${item(1, 2, "Decides to remain seized of the matter.")}`;
    expect(htmlToText(web).split("\n").filter(Boolean)).toEqual(["The Human Rights Council,", "1. Urges States to:", "(a) adopt laws;", "(b) report on them;", "2. Decides to remain seized of the matter."]);
    const r = importText(htmlToText(web), { committee: "hrc" });
    expect(shape(r.doc).operative).toEqual([{ text: "Urges States to", sub: ["adopt laws", "report on them"] }, "Decides to remain seized of the matter"]);
  });

  it("reads LibreOffice HTML and nested lists with start and type attributes", () => {
    const lo = `<!DOCTYPE html><html><head><title>Draft</title><style type="text/css">p { margin-bottom: 0.25cm }</style></head><body lang="en-GB" dir="ltr">
<p style="margin-bottom: 0cm">The Security Council,</p>
<ol start="3"><li><p>Demands access;</p></li><li><p>Requests:</p><ol type="a"><li><p>a report;</p></li><li><p>a briefing.</p></li></ol></li></ol></body></html>`;
    expect(htmlToText(lo).split("\n").filter(Boolean)).toEqual(["The Security Council,", "3. Demands access;", "4. Requests:", "(a) a report;", "(b) a briefing."]);
    // An empty item keeps its label alone, as before; the next item starts its own line.
    expect(htmlToText("<ol><li><p></p></li><li><p>Decides.</p></li></ol>").split("\n").filter(Boolean)).toEqual(["1.", "2. Decides."]);
  });

  it("drops head, style, script, comments and conditional comments; decodes entities; never returns markup", () => {
    const page = `<!DOCTYPE html><html><head><title>Ignore me</title><script>var x = "<p>not text</p>";</script></head>
<body><!-- a comment <p>hidden</p> --><!--[if IE]><p>old IE</p><![endif]--><div>Caf&eacute; &amp; &lt;b&gt; &#8220;quoted&#8221; &#x2014; &hellip; &bogus; &#0;</div><script>alert(1)</script><style>p{}</style><p>a<br>b</p><noscript>no</noscript><template><p>t</p></template></body></html>`;
    const text = htmlToText(page);
    expect(text).toBe("Café & <b> “quoted” — … &bogus; \uFFFD\n\na\nb");
    expect(text).not.toMatch(/Ignore me|not text|hidden|old IE|alert|p\{\}/);
  });

  it("turns tables into lines and keeps <pre> whitespace", () => {
    expect(htmlToText("<table><tr><td>Code:</td><td>HRC/1/1</td></tr><tr><td>Topic:</td><td>Rights</td></tr></table>").split("\n").filter(Boolean)).toEqual(["Code: HRC/1/1", "Topic: Rights"]);
    expect(htmlToText("<pre>1.  Decides\n    (a) x</pre>")).toBe("1.  Decides\n    (a) x");
  });

  it("survives malformed HTML: unclosed tags, stray <, unterminated comments and quotes", () => {
    expect(htmlToText("<p>a < b <p>c")).toBe("a < b\n\nc");
    expect(htmlToText("x <!-- never closed <p>y")).toBe("x");
    expect(htmlToText('<p title="a>b">text</p>')).toBe("text");
    expect(htmlToText("<script>never closed")).toBe("");
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      expect(typeof htmlToText(s)).toBe("string");
    }), { numRuns: 500 });
  });
});
