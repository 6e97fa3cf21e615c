/**
 * Issue 16 (Trust II): no regular expression of the library backtracks super-linearly. Every
 * check that uses one is timed on a hostile input of its cap's length (a near-match built to make
 * a backtracking pattern try every split) against a benign input of the same length, in the same
 * process, best of 3: the ratio stays within 3×. The RFP and e-mail checks have their own tests
 * (test/partners/rfpHostile.test.ts, test/accounts/loginEmail.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalProductId,
  canPlaceEmergencyCall,
  isValidCreditorReference,
  isValidEuVatNumber,
  isValidQrReference,
  money,
  rate,
  responseDeadline,
  weeklySchedule,
} from '../../src/index.js';
import { mailDomainSchema } from '../../src/accounts/schema.js';
import { attempt, timeRatio } from '../partners/timing.js';

/** Same length as `hostile`, shaped like a value the check accepts or refuses at once. */
const sameLength = (hostile: string, filler: string): string =>
  filler.repeat(Math.ceil(hostile.length / filler.length)).slice(0, hostile.length);

const cases: [name: string, check: (s: string) => unknown, hostile: string, benign: string][] = [];
const add = (name: string, check: (s: string) => unknown, hostile: string, filler: string) =>
  cases.push([name, check, hostile, sameLength(hostile, filler)]);

// Amounts: capped at 500 characters before the pattern; digits then a wrong last character.
add('amount string', (s) => money(s, 'CHF'), `${'1'.repeat(30)}.${'1'.repeat(400)}x`, '9');
add('amount string with spaces around', (s) => money(s, 'CHF'), ` ${'1'.repeat(30)} ${' '.repeat(200)}x`, ' ');
// Rates: '1' followed by blanks and no percent sign.
add('rate', (s) => rate(s), `1${' '.repeat(20_000)}x`, 'a');
// Instants: a valid prefix and then a long tail.
add('instant', (s) => responseDeadline({ tier: 'plus', channel: 'email', receivedAt: s }), `2026-11-23T10:00:00${'0'.repeat(20_000)}`, 'x');
// Wall-clock times of a schedule.
add('wall time', (s) => weeklySchedule({ timeZone: 'Europe/Zurich', hours: { mon: [[s, '19:00']] } }), `0${'0'.repeat(20_000)}:00`, 'x');
// Language tags: many subtags and a bad end.
add(
  'language tag',
  (s) => canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language: s }),
  `de${'-a'.repeat(10_000)}!`,
  'x',
);
// Mail domains (capped at 254): many labels and a bad end.
add('mail domain', (s) => mailDomainSchema.safeParse(s), `${'a.'.repeat(126)}-!`, 'a');
add('mail domain, far above the cap', (s) => mailDomainSchema.safeParse(s), `${'a.'.repeat(50_000)}-!`, 'a');
// References.
add('creditor reference', (s) => isValidCreditorReference(s), `RF18${'A '.repeat(10_000)}!`, 'x');
add('QR reference', (s) => isValidQrReference(s), `${'1 '.repeat(10_000)}x`, 'x');
// Product ids (capped at 253): many labels of a domain-like id and a bad end.
add('product id', (s) => canonicalProductId(s), `${'a.'.repeat(126)}!`, 'a');
add('product id, far above the cap', (s) => canonicalProductId(s), `${'a.'.repeat(50_000)}!`, 'a');
// EU VAT numbers (capped at 32 before the country's pattern).
add('VAT number', (s) => isValidEuVatNumber(s), `DE${'1'.repeat(20_000)}x`, 'x');

describe('every pattern check runs in time linear in its input', () => {
  it.each(cases)('%s: a hostile input costs at most 3x a benign one of the same length', (_name, check, hostile, benign) => {
    expect(
      timeRatio(
        attempt(() => check(hostile)),
        attempt(() => check(benign)),
      ),
    ).toBeLessThanOrEqual(3);
  });
});
