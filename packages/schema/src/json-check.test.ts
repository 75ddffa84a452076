/**
 * The hand-written shape check (json-check.ts, what parseDocumentJSON runs) against the zod schema
 * it mirrors (json-zod.ts): on every input both must accept or both reject, with the same first
 * problem (path and message), and an accepted input must give the same document. Inputs: the
 * labelled corpus's papers, the hostile payloads as text and heading values, the bad files of the
 * robustness suite, and systematic mutations of a paper that uses every node, mark and attribute.
 */
import { describe, expect, it } from "vitest";
import { checkDocumentShape } from "./json-check.ts";
import { DocumentJSON } from "./json-zod.ts";
import { createDocument, schema, type ClauseInput, type DocumentInput } from "./index.ts";

// Files of the repository's test data, read as text by Vite (this package's code has no Node types).
declare global {
  interface ImportMeta {
    glob(pattern: string, options: { eager: true; query: "?raw"; import: "default" }): Record<string, string>;
  }
}
const labels = import.meta.glob("../../../test/corpus/labels/*.json", { eager: true, query: "?raw", import: "default" });
const hostile = import.meta.glob("../../../test/hostile/payloads.json", { eager: true, query: "?raw", import: "default" });

type Outcome = { ok: true } | { ok: false; path: string; message: string };

const pathText = (path: readonly PropertyKey[]) => path.map(String).join("/");

function viaZod(value: unknown): Outcome {
  const result = DocumentJSON.safeParse(value);
  if (result.success) return { ok: true };
  const issue = result.error.issues[0]!;
  return { ok: false, path: pathText(issue.path), message: issue.message };
}

function viaHand(value: unknown): Outcome {
  const issue = checkDocumentShape(value);
  return issue ? { ok: false, path: pathText(issue.path), message: issue.message } : { ok: true };
}

/** Both validators agree; where they accept, ProseMirror reads the same document from both. */
function expectAgreement(value: unknown, what: string): Outcome {
  const zod = viaZod(value);
  expect(viaHand(value), what).toEqual(zod);
  if (zod.ok) {
    const fromZod = schema.nodeFromJSON(DocumentJSON.parse(value));
    expect(schema.nodeFromJSON(value).eq(fromZod), what).toBe(true);
  }
  return zod;
}

/** A paper from the corpus's labels: clauses by section, sub-clauses nested by their path ("3(a)(ii)"). */
function corpusPaper(file: string): DocumentInput {
  const label = JSON.parse(labels[file]!) as {
    clauses: { section: string; path: string; text: string }[];
  };
  const preamble: ClauseInput[] = [];
  const operative: ClauseInput[] = [];
  const byPath = new Map<string, { text: string; sub: ClauseInput[] }>();
  for (const c of label.clauses) {
    const node = { text: c.text, sub: [] as ClauseInput[] };
    if (c.section === "preamble") {
      preamble.push(c.text);
      continue;
    }
    byPath.set(c.path, node);
    const parent = byPath.get(c.path.replace(/\([^()]*\)$/, ""));
    if (parent && parent !== node) parent.sub.push(node);
    else operative.push(node);
  }
  return { heading: { code: file.replace(/.*\//, ""), committee: "hrc" }, preamble, operative };
}

/** A paper using every node type, both marks, every heading attribute and a null id. */
const fullPaper = (): Record<string, any> => structuredClone(fullPaperJSON);
const fullPaperJSON = (() => {
  const json = createDocument({
    heading: { code: "HRC/1/1", topic: "Migrants", sponsors: ["Mexico", "Chile"], signatories: ["Peru"] },
    preamble: ["Recalling its resolution 5/1", "Deeply concerned"],
    operative: [
      "Calls upon States",
      { text: "Requests the Office", sub: ["to prepare a report", { text: "to consult", sub: ["States"] }], continuation: "and to report back" },
    ],
  }).toJSON();
  json.content[2].content[0].content[0].content = [
    { type: "text", text: "Calls upon " },
    { type: "text", text: "States", marks: [{ type: "em" }, { type: "comment", attrs: { id: "k1", author: "Chair", body: "Which?", created: "2026-11-22" } }] },
  ];
  json.content[1].content[1].attrs.id = null;
  return json;
})();

/** Wrong values tried in every place a value can be. */
const replacements: unknown[] = [null, 0, 42, true, "", "x", "y".repeat(65), "z".repeat(1001), [], [1], {}, { type: "text", text: "t" }, { type: "clause_text" }, { type: "image" }];

/** Every value in the tree with a function that puts another value in its place. */
function* places(value: unknown, set: (v: unknown) => void, path = "root"): Generator<{ path: string; value: unknown; set: (v: unknown) => void }> {
  yield { path, value, set };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* places(value[i], (v) => (value[i] = v), `${path}/${i}`);
  }
  else if (value && typeof value === "object") {
    for (const key of Object.keys(value)) yield* places((value as any)[key], (v) => ((value as any)[key] = v), `${path}/${key}`);
  }
}

/** Mutated copies of `base`: each value replaced, each key removed, an unknown key added, arrays emptied, grown and reordered. */
function* mutations(base: () => unknown): Generator<{ what: string; value: unknown }> {
  const count = [...places(base(), () => {})].length;
  for (let n = 0; n < count; n++) {
    const at = () => {
      const root = { value: base() };
      const place = [...places(root.value, (v) => (root.value = v))][n]!;
      return { root, place };
    };
    for (const r of replacements) {
      const { root, place } = at();
      place.set(structuredClone(r));
      yield { what: `${place.path} = ${JSON.stringify(r)?.slice(0, 30)}`, value: root.value };
    }
    const { place: probe } = at();
    if (Array.isArray(probe.value)) {
      const edits: [string, (a: unknown[]) => void][] = [
        ["emptied", (a) => a.splice(0)],
        ["first repeated", (a) => a.push(structuredClone(a[0]))],
        ["reversed", (a) => a.reverse()],
        ["continuation added", (a) => a.push({ type: "continuation" })],
        ["clause_text added", (a) => a.push({ type: "clause_text" })],
        ["subclause first", (a) => a.unshift({ type: "subclause", content: [{ type: "clause_text" }] })],
        ["last removed", (a) => a.pop()],
        ["hole", (a) => a.push(undefined)],
      ];
      for (const [name, edit] of edits) {
        const { root, place } = at();
        edit(place.value as unknown[]);
        yield { what: `${place.path} ${name}`, value: root.value };
      }
    } else if (probe.value && typeof probe.value === "object") {
      for (const key of Object.keys(probe.value)) {
        const { root, place } = at();
        delete (place.value as any)[key];
        yield { what: `${place.path} without ${key}`, value: root.value };
      }
      for (const extra of ["extra", "__proto__", "constructor"]) {
        const { root, place } = at();
        Object.defineProperty(place.value, extra, { value: 1, enumerable: true, configurable: true, writable: true });
        yield { what: `${place.path} with ${extra}`, value: root.value };
      }
    }
  }
}

describe("the hand-written shape check agrees with the zod schema", () => {
  it("on every paper of the labelled corpus (all accepted)", () => {
    const files = Object.keys(labels);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const outcome = expectAgreement(createDocument(corpusPaper(file)).toJSON(), file);
      expect(outcome.ok, file).toBe(true);
    }
  });

  it("on the hostile payloads as clause text, comments and heading values", () => {
    const data = JSON.parse(Object.values(hostile)[0]!) as { families: { payloads: string[] }[] };
    const payloads = data.families.flatMap((f) => f.payloads);
    expect(payloads.length).toBeGreaterThan(100);
    let accepted = 0;
    for (const [i, payload] of payloads.entries()) {
      const json = fullPaper();
      json.content[0].attrs.topic = payload;
      json.content[0].attrs.sponsors.push(payload);
      json.content[2].content[0].content[0].content[1].marks[1].attrs.body = payload;
      json.content[2].content[0].content[0].content.push({ type: "text", text: payload });
      if (expectAgreement(json, `payload ${i}`).ok) accepted++;
    }
    // Most payloads fit the heading limits; the over-long ones are rejected by both, at the same place.
    expect(accepted).toBeGreaterThan(payloads.length - 10);
  });

  it("on the robustness suite's and the JSON tests' bad documents (all rejected)", () => {
    const deep = (n: number): object => ({ type: "subclause", content: [{ type: "clause_text" }, ...(n > 1 ? [deep(n - 1)] : [])] });
    const bad: unknown[] = [
      [1, 2, 3],
      null,
      "doc",
      { type: "doc" },
      { type: "doc", content: [{ type: "heading", attrs: {} }, { type: "preamble", content: [] }] },
      { type: "doc", content: [{ type: "heading" }, { type: "preamble" }, { type: "operative", content: [{ type: "script", text: "x" }] }] },
      { type: "doc", content: [{ type: "heading" }, { type: "preamble" }, { type: "operative", content: [{ type: "operative_clause", attrs: { id: 7 }, content: [{ type: "clause_text" }] }] }] },
      { type: "doc", content: [{ type: "heading" }, { type: "preamble" }, { type: "operative", content: [] }] },
      JSON.parse(`{"type":"doc","__proto__":{"polluted":"yes"},"content":[{"type":"heading","attrs":{"code":"x","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}},{"type":"preamble"},{"type":"operative","content":[{"type":"operative_clause","attrs":{"id":"c1"},"content":[{"type":"clause_text","content":[{"type":"text","text":"Decides"}]}]}]}]}`),
    ];
    for (const value of bad) expect(expectAgreement(value, JSON.stringify(value)).ok, JSON.stringify(value)).toBe(false);
    // Too deep is ProseMirror-valid shape-wise; parseDocumentJSON rejects it after the shape check.
    const tooDeep = fullPaper();
    tooDeep.content[2].content[0].content = [{ type: "clause_text" }, deep(5)];
    expectAgreement(tooDeep, "five levels deep");
  });

  // About 2,000 mutated papers, each parsed by both validators and ProseMirror: seconds on a loaded machine.
  it("on systematic mutations of a paper with every node, mark and attribute", { timeout: 60_000 }, () => {
    let accepted = 0;
    let rejected = 0;
    for (const { what, value } of mutations(fullPaper)) {
      if (expectAgreement(value, what).ok) accepted++;
      else rejected++;
    }
    // Both outcomes are exercised, not just one.
    expect(accepted).toBeGreaterThan(20);
    expect(rejected).toBeGreaterThan(500);
  });
});
