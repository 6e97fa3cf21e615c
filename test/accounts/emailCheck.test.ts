/**
 * The e-mail check that replaced the login and contact e-mail expressions (issue 16, Trust II,
 * item 1): one pass, no backtracking, capped at 254 characters, and the same language as the
 * pattern its JSON Schema publishes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMAIL_JSON_PATTERN, EMAIL_MAX_LENGTH, isEmailAddress } from '../../src/internal/email.js';

describe('ACC-02 RFP-01 the e-mail check and its JSON Schema pattern describe one language', () => {
  it('ACC-02 known addresses', () => {
    for (const ok of ['anna@example.ch', 'a.b+c@mail.example.co.uk', 'ÄNNA@bäckerei.ch']) expect(isEmailAddress(ok), ok).toBe(true);
    for (const bad of [
      'anna',
      '@example.ch',
      'anna@',
      'anna@example',
      'anna@.example.ch',
      'anna@example..ch',
      'anna@example.ch.',
      'a b@example.ch',
      'a@b@example.ch',
      `${'a'.repeat(243)}@example.chx`,
    ]) {
      expect(isEmailAddress(bad), bad).toBe(false);
    }
  });

  it('ACC-02 property: isEmailAddress agrees with the pattern and the cap on strings of @, dots, spaces and letters', () => {
    const pattern = new RegExp(EMAIL_JSON_PATTERN, 'u');
    const unit = fc.constantFrom('a', 'b', '@', '.', ' ', '\u00a0', '\t', 'é', '-');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (s) => {
        expect(isEmailAddress(s)).toBe(s.length <= EMAIL_MAX_LENGTH && pattern.test(s));
      }),
      { numRuns: 3000 },
    );
  });
});
