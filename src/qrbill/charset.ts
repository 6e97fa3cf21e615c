/**
 * The character set of the QR-bill since version 2.3 (QRB-03): Basic Latin (printable), Latin-1
 * Supplement, Latin Extended-A, the four Romanian letters Ș ș Ț ț, and the euro sign. @internal
 */
function allowed(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x17f) ||
    (code >= 0x218 && code <= 0x21b) || // Ș ș Ț ț
    code === 0x20ac // €
  );
}

/**
 * A character outside the set, LF apart: one native scan of a whole payload (a single character
 * class cannot backtrack), so that valid payloads skip the per-field scan. A CR is matched: it is
 * only allowed as part of a CR LF separator, which the fields are read without, so a payload with
 * CR LF breaks is scanned field by field and a lone CR inside a field is found (QRB-03). @internal
 */
export const OUTSIDE_SET = /[^\n\x20-\x7e\xa0-\u017f\u0218-\u021b\u20ac]/;

/**
 * Whether `text` holds more LF than the `separators` between its fields: then a field holds a line
 * break (the writer's fields come as lines, not split from the text). Bounded by the text's length. @internal
 */
export function hasLineBreakInside(text: string, separators: number): boolean {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) if (++count > separators) return true;
  return false;
}

/** The index of the first character outside the set, or -1. One pass, no pattern: bounded by the text's length. @internal */
export function firstInvalidCharacter(text: string): number {
  for (let i = 0; i < text.length; i += 1) if (!allowed(text.charCodeAt(i))) return i;
  return -1;
}

/** `'Ω' (U+03A9)`, or the code point alone for invisible characters. @internal */
export function describeCharacter(text: string, index: number): string {
  const code = text.codePointAt(index) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code <= 0xdfff)
    ? hex
    : `'${String.fromCodePoint(code)}' (${hex})`;
}
