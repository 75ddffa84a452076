/**
 * Helpers for measuring keystroke cost in a browser: a working paper of N operative clauses of
 * real-looking text, and the median time of `view.dispatch` of one typed character (state apply,
 * incremental lint and DOM update, all synchronous). Used by keystroke.measure.ts and meant for
 * `pnpm bench`. No assertions on time here: the machine is shared and noisy.
 */
import type { Node } from "prosemirror-model";
import type { EditorView } from "prosemirror-view";
import { clauseModel, createDocument, type ClauseInput } from "@clausewise/schema";

// Written for these measurements in the register of UN resolutions; several trigger mandate and
// format rules, as real drafts do.
const sentences = [
  "Calls upon all States to ensure that migrant workers enjoy the protection of their human rights without discrimination",
  "Requests the Office of the High Commissioner to prepare a report on good practices and to present it to the Council at its next session",
  "Encourages States to share information on measures taken to combat trafficking in persons, in particular women and children",
  "Demands that all parties immediately cease attacks against civilians and civilian objects",
  "Decides to establish a voluntary trust fund to support the participation of civil society organizations",
  "Invites the Special Rapporteur to continue to cooperate with regional organizations and national human rights institutions",
  "Urges Governments to deploy police units to monitor the situation in the affected areas",
  "Welcomes the efforts of the UNHCR and of non-governmental organizations to assist refugees and internally displaced persons",
  "Stresses the importance of access to justice and effective remedies for victims of human rights violations",
  "Recommends that the General Assembly consider the question at its eighty-first session under the item entitled Promotion and protection of human rights",
];
const subs = [
  "to strengthen national legislation in line with international human rights law",
  "to provide technical assistance upon the request of the State concerned",
  "to establish a monitoring mechanism with a budget of its own",
  "to report annually on progress made",
];

/** A paper with `operative` operative clauses (every fifth with two sub-clauses) and 12 preambular ones. */
export function benchDocument(operative: number): Node {
  const clauses: ClauseInput[] = [];
  for (let i = 0; i < operative; i++) {
    const text = sentences[i % sentences.length]!;
    clauses.push(i % 5 === 4 ? { text, sub: [subs[i % subs.length]!, subs[(i + 1) % subs.length]!] } : text);
  }
  return createDocument({
    heading: { committee: "hrc", code: "A/HRC/BENCH/L.1", topic: "Migrant workers" },
    preamble: Array.from({ length: 12 }, (_, i) => `Recalling its resolution ${i + 5}/1 on the rights of migrants and their families`),
    operative: clauses,
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export interface KeystrokeTiming {
  /** Median ms of view.dispatch: state apply, plugins (the incremental lint), DOM update. */
  dispatch: number;
  /** Fastest dispatch: on a loaded machine the least disturbed estimate of the same work. */
  dispatchMin: number;
  /** Median ms of the browser's style and layout after the keystroke (forced by a layout read). */
  layout: number;
}

/**
 * Medians over `repetitions` keystrokes typed in the middle of the operative part, after `warmup`
 * unmeasured ones. Layout is flushed before each timed dispatch: Chromium runs a pending layout
 * when ProseMirror reads the DOM selection, which would otherwise bill the previous keystroke's
 * layout to this one. Each keystroke types at the end of the previous one, as a delegate does.
 */
export function measureKeystroke(view: EditorView, repetitions = 40, warmup = 10): KeystrokeTiming {
  const model = clauseModel(view.state.doc);
  const operative = model.clauses.filter((c) => c.section === "operative" && c.depth === 0);
  const target = operative[Math.floor(operative.length / 2)]!;
  let pos = target.textFrom + Math.floor(target.text.length / 2);
  const dispatch: number[] = [];
  const layout: number[] = [];
  view.dom.getBoundingClientRect();
  for (let i = 0; i < warmup + repetitions; i++) {
    const ch = "abcdefghij"[i % 10]!;
    const t0 = performance.now();
    view.dispatch(view.state.tr.insertText(ch, pos));
    const t1 = performance.now();
    view.dom.getBoundingClientRect();
    const t2 = performance.now();
    pos += 1;
    if (i >= warmup) {
      dispatch.push(t1 - t0);
      layout.push(t2 - t1);
    }
  }
  return { dispatch: median(dispatch), dispatchMin: Math.min(...dispatch), layout: median(layout) };
}
