/** The injection payloads of payloads.json, numbered, with the detector call filled in. */
import { readFileSync } from "node:fs";

// Read with JSON.parse: the file holds lone surrogates (\ud800), which the bundler's JSON import rejects.
const data = JSON.parse(readFileSync(new URL("./payloads.json", import.meta.url), "utf8")) as {
  families: { family: string; note: string; payloads: string[] }[];
};

export interface Payload {
  /** 1-based number: the payload calls __xss(n) if it ever runs. */
  n: number;
  family: string;
  text: string;
}

export const families: { family: string; note: string; size: number }[] = data.families.map((f) => ({ family: f.family, note: f.note, size: f.payloads.length }));

export const payloads: Payload[] = data.families.flatMap((f) => f.payloads.map((text) => ({ family: f.family, text }))).map((p, i) => ({
  n: i + 1,
  family: p.family,
  text: p.text.replaceAll("XSS", `__xss(${i + 1})`).replaceAll("ID", String(i + 1)),
}));

/** Payloads short enough to type or put in one field (the 100 000-character ones are kept for bulk paths). */
export const shortPayloads = payloads.filter((p) => p.text.length <= 2000);
