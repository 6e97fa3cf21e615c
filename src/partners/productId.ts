import * as z from 'zod/mini';
import { describeJson } from '../internal/jsonHint.js';
import { invalidField } from '../internal/parse.js';
import { asciiDomain } from '../internal/idna.js';

/** The longest product id read (a domain name has at most 253 characters); checked before any other work. */
export const MAX_PRODUCT_ID = 253;

/** Format characters (zero-width spaces and joiners, soft hyphen, bidi marks): invisible, never part of an id. */
const INVISIBLE = /\p{Cf}/gu;
/**
 * A domain name: labels of letters, digits and hyphens joined by dots, an optional final dot.
 * The label class holds no dot, so the repetition cannot backtrack.
 */
const DOMAIN = /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)+\.?$/u;

/**
 * The one form in which product ids are compared (PAR-02, PAR-03, PAR-12): NFKC (full-width
 * letters and digits read as plain ones), invisible format characters removed, spaces around it
 * trimmed; a domain name (the product kind that is case-insensitive) also in lower case, without
 * its final dot, and an internationalized one in its ASCII (punycode) form, by the WHATWG URL
 * parser's IDNA processing (UTS 46), as mail domains are (ACC-02). So `' SHOP.Example.ch.'`,
 * `'shop.example.ch'` and a variant with a zero-width space are one product, `'bäckerei.ch'` and
 * `'xn--bckerei-5wa.ch'` are another, and a rival cannot be granted either under another spelling.
 * Other ids keep their case (`'Site-A'` and `'site-a'` are two products).
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for a value that is not a string, or one above 253 characters.
 *
 * @example
 * ```ts
 * canonicalProductId(' SHOP.example.CH ');    // 'shop.example.ch'
 * canonicalProductId('shop\u200B.example.ch'); // 'shop.example.ch'
 * canonicalProductId('Bäckerei.ch');           // 'xn--bckerei-5wa.ch'
 * canonicalProductId('Hosting-42');            // 'Hosting-42'
 * ```
 */
export function canonicalProductId(id: string): string {
  if (typeof id !== 'string' || id.length > MAX_PRODUCT_ID)
    invalidField('product id', [], `must be a product id of at most ${MAX_PRODUCT_ID} characters`);
  // Invisible characters go before NFKC, not after: one between a letter and its combining mark
  // would keep them from composing, and the id would read differently the second time (not idempotent).
  // (Removed again after it, in case a compatibility mapping yields one.)
  const plain = id.replace(INVISIBLE, '').normalize('NFKC').replace(INVISIBLE, '').trim();
  if (!DOMAIN.test(plain)) return plain;
  // A domain name is one product in every spelling, its Unicode and punycode forms included (as ACC-02's mail domains).
  // An ASCII form above the cap is no spelling a caller can give (nor a DNS name): the Unicode form stays, so that a
  // canonical id always reads back as itself.
  const lower = plain.toLowerCase().replace(/\.$/, '');
  const ascii = asciiDomain(lower);
  return ascii.length <= MAX_PRODUCT_ID ? ascii : lower;
}

/** zod schema: a product id, read into its {@link canonicalProductId} form. */
export const productIdSchema = describeJson(
  z.pipe(
    z.custom<string>(
      (s) => typeof s === 'string' && s.length <= MAX_PRODUCT_ID && canonicalProductId(s).length > 0,
      `must be a non-empty product id of at most ${MAX_PRODUCT_ID} characters`,
    ),
    z.transform(canonicalProductId),
  ),
  () => ({ type: 'string', maxLength: MAX_PRODUCT_ID, pattern: '\\S' }),
);
