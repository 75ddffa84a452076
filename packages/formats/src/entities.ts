/** Decoding HTML character references: numeric ones and the named ones office and web pages use. */

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0", ensp: "\u2002", emsp: "\u2003",
  thinsp: "\u2009", zwnj: "\u200C", zwj: "\u200D", lrm: "\u200E", rlm: "\u200F", shy: "\u00AD",
  ndash: "–", mdash: "—", minus: "−", hyphen: "‐", lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“",
  rdquo: "”", bdquo: "„", laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›", hellip: "…", bull: "•",
  middot: "·", sect: "§", para: "¶", copy: "©", reg: "®", trade: "™", deg: "°", plusmn: "±",
  times: "×", divide: "÷", frac12: "½", frac14: "¼", frac34: "¾", sup1: "¹", sup2: "²", sup3: "³",
  euro: "€", pound: "£", yen: "¥", cent: "¢", dagger: "†", Dagger: "‡", prime: "′", Prime: "″",
  iexcl: "¡", iquest: "¿", ordf: "ª", ordm: "º", micro: "µ", not: "¬", macr: "¯", acute: "´",
  cedil: "¸", uml: "¨", szlig: "ß", AElig: "Æ", aelig: "æ", OElig: "Œ", oelig: "œ", Oslash: "Ø",
  oslash: "ø", Aring: "Å", aring: "å", ETH: "Ð", eth: "ð", THORN: "Þ", thorn: "þ", Ccedil: "Ç",
  ccedil: "ç", Ntilde: "Ñ", ntilde: "ñ", Scaron: "Š", scaron: "š", Yuml: "Ÿ", yuml: "ÿ",
  larr: "←", rarr: "→", uarr: "↑", darr: "↓", harr: "↔", rArr: "⇒", hArr: "⇔", le: "≤", ge: "≥", ne: "≠",
};
// Accented letters: &eacute; &Agrave; &ocirc; &uuml; &atilde; …
const ACCENTS: Record<string, string> = { acute: "\u0301", grave: "\u0300", circ: "\u0302", uml: "\u0308", tilde: "\u0303" };

function named(name: string): string | undefined {
  if (NAMED[name] !== undefined) return NAMED[name];
  const m = /^([A-Za-z])(acute|grave|circ|uml|tilde)$/.exec(name);
  if (m) return (m[1]! + ACCENTS[m[2]!]!).normalize("NFC");
  return undefined;
}

function codePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return "\uFFFD";
  // Windows-1252 characters written as numeric references by old office software.
  if (n >= 0x80 && n <= 0x9f) return WINDOWS_1252[n - 0x80] ?? "\uFFFD";
  return String.fromCodePoint(n);
}

const WINDOWS_1252 = [
  "€", "\uFFFD", "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", "\uFFFD", "Ž", "\uFFFD",
  "\uFFFD", "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", "\uFFFD", "ž", "Ÿ",
];

/** Text with character references decoded; unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g, (whole, dec, hex, name) => {
    if (dec) return codePoint(Number(dec));
    if (hex) return codePoint(parseInt(hex, 16));
    return named(name) ?? whole;
  });
}
