import * as z from 'zod/mini';
import { describeJson } from './jsonHint.js';

/*
 * E-mail addresses at the library's boundaries (RFP contacts, login e-mails), checked by reading
 * the string once instead of with a regular expression. The expression used before,
 * /^[^\s@]+@[^\s@]+\.[^\s@]+$/, backtracks quadratically when the domain holds many dots and the
 * address ends badly ('a@' + 'a.'.repeat(50000) + ' ' took seconds); the cap alone would bound
 * it, but a tokenising check has no worst case to reason about.
 */

/** The longest e-mail address accepted: 254 characters (RFC 5321's path limit less the brackets). */
export const EMAIL_MAX_LENGTH = 254;

/**
 * The JSON Schema `pattern` of the same language as {@link isEmailAddress}. Each character has
 * exactly one way to match (the local part holds no `@`, labels hold no dot), so a backtracking
 * engine reading it stays linear too.
 */
export const EMAIL_JSON_PATTERN = '^[^\\s@]+@[^\\s@.]+(?:\\.[^\\s@.]+)+$';

/** The characters JavaScript's `\s` matches (WhiteSpace and LineTerminator of ECMA-262). */
export function isJsSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Whether `s` is an e-mail address: at most 254 characters (checked first), no white space,
 * exactly one `@` with something before it, and a domain of at least two non-empty labels
 * separated by single dots. One pass over the string, no backtracking.
 *
 * @example
 * ```ts
 * isEmailAddress('anna@baeckerei.ch'); // true
 * isEmailAddress('anna@localhost');    // false (one label)
 * isEmailAddress('a@' + 'a.'.repeat(50_000)); // false, at once (too long)
 * ```
 */
export function isEmailAddress(s: string): boolean {
  if (s.length > EMAIL_MAX_LENGTH) return false;
  const at = s.indexOf('@');
  if (at < 1 || at !== s.lastIndexOf('@')) return false;
  let labels = 0;
  let labelLength = 0;
  for (let i = 0; i < s.length; i += 1) {
    const code = s.charCodeAt(i);
    if (isJsSpace(code)) return false;
    if (i <= at) continue;
    if (code === 0x2e) {
      // An empty label: a leading, doubled or trailing dot.
      if (labelLength === 0) return false;
      labels += 1;
      labelLength = 0;
    } else {
      labelLength += 1;
    }
  }
  return labelLength > 0 && labels >= 1;
}

/**
 * zod schema of an e-mail address ({@link isEmailAddress}), with its JSON Schema (maxLength and a
 * pattern of the same language).
 *
 * @example
 * ```ts
 * emailSchema("must be an e-mail address like 'anna@example.ch'").safeParse('anna@example.ch').success; // true
 * ```
 */
export function emailSchema(message: string): z.ZodMiniString<string> {
  // An `invalid_format` issue, as z.email() and z.regex() report: callers and snapshots read the code.
  const check = z.check<string>((ctx) => {
    if (!isEmailAddress(ctx.value)) ctx.issues.push({ code: 'invalid_format', format: 'email', input: ctx.value, message });
  });
  return describeJson(z.string().check(check), () => ({
    type: 'string',
    maxLength: EMAIL_MAX_LENGTH,
    pattern: EMAIL_JSON_PATTERN,
  }));
}
