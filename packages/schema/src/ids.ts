/** Stable clause ids: short, random, URL- and attribute-safe. */
const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

export function newClauseId(): string {
  const bytes = new Uint8Array(10);
  // Web Crypto is global in browsers, workers and Node 20 alike.
  (globalThis as unknown as { crypto: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto.getRandomValues(bytes);
  let id = "c";
  for (const b of bytes) id += alphabet[b % alphabet.length];
  return id;
}
