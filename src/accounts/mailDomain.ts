/**
 * The one form in which mail domains are compared (ACC-02): a login's domain may be written in
 * Unicode (`müller.ch`), in full-width letters, with invisible characters or in any case, while it
 * names the same domain as the organization's ASCII entry; comparing spellings let a user whose
 * login lives in the organization's mail leave it.
 */
import { asciiDomain } from '../internal/idna.js';

/** Invisible characters: never part of a domain name (format characters and default-ignorables, such as U+200B, U+00AD, U+FEFF). */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/**
 * A domain in its canonical form: NFKC (full-width letters read as plain ones), invisible
 * characters removed, lower case, no final dot, and an internationalized name in its ASCII
 * (punycode) form, by the WHATWG URL parser's IDNA processing (UTS 46), as mail software and
 * browsers read it. A name that the parser refuses stays in its NFKC form (it names no ASCII
 * domain, so it equals none). Pure, bounded by the name's length (callers cap it at 254).
 *
 * @example
 * ```ts
 * canonicalMailDomain('ＡＣＭＥ.ch.');     // 'acme.ch'
 * canonicalMailDomain('acme.ch\u200B');    // 'acme.ch'
 * canonicalMailDomain('Müller.ch');        // 'xn--mller-kva.ch'
 * ```
 * @internal
 */
export function canonicalMailDomain(domain: string): string {
  const plain = asciiDomain(domain.normalize('NFKC').replace(INVISIBLE, '').toLowerCase());
  return plain.endsWith('.') ? plain.slice(0, -1) : plain;
}

/** The domain part of an e-mail address, in its canonical form. @internal */
export function domainOf(email: string): string {
  return canonicalMailDomain(email.slice(email.lastIndexOf('@') + 1));
}
