/**
 * Issue 16 (Trust II), item 1: hostile text against the request-for-proposal surface. Each
 * input is timed against a benign input of the same length (timing.ts: best of 3, ratio ≤ 3×).
 * Before the fix, the contact e-mail's regular expression took 3.5 s on 100,000 characters, the
 * excerpt's took 0.9 s on a 20,000-character description, and a stored request had no cap
 * (11.8 s at 80,000 characters).
 */
import { describe, expect, it } from 'vitest';
import { rfpExcerpt, submitRfp, type RequestForProposal, type RfpSubmission } from '../../src/partners/index.js';
import { invalidPaths } from './helpers.js';
import { attempt, timeRatio } from './timing.js';

const submission: RfpSubmission = {
  id: 'rfp-1',
  title: 'WordPress shop for a bakery',
  description: 'We need a small shop with online payment.',
  topics: ['wordpress'],
  contact: { name: 'Ana Muster', email: 'ana@example.ch', phone: '+41 21 555 12 34' },
  deleteToken: 'a-long-random-secret-0001',
  at: '2026-11-23T09:00:00Z',
};
const stored: RequestForProposal = submitRfp(submission, [{ partner: 'p1', topics: ['wordpress'] }]).rfp;

/** `unit` repeated to exactly `length` characters. */
const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const PROSE = 'We need a small shop with online payment for our bakery in Lausanne, ready in March. ';

describe('RFP-01 hostile e-mail addresses are refused in bounded time', () => {
  it('RFP-01 the contact e-mail is capped at 254 characters, checked first: 100,000 crafted characters cost what benign ones do', () => {
    const hostile = `a@${'a.'.repeat(50_000)} `;
    const benign = `${'a'.repeat(hostile.length - 11)}@example.ch`;
    const submit = (email: string) => attempt(() => submitRfp({ ...submission, contact: { name: 'Ana', email } }, []));
    expect(invalidPaths(() => submitRfp({ ...submission, contact: { name: 'Ana', email: hostile } }, []))).toEqual([['contact', 'email']]);
    expect(timeRatio(submit(hostile), submit(benign))).toBeLessThanOrEqual(3);
  }, 60_000);

  it('RFP-01 at the cap (254 characters), a crafted e-mail costs what a benign one does', () => {
    const hostile = `aa@${'a.'.repeat(125)} `;
    const benign = `${'a'.repeat(243)}@example.ch`;
    expect([hostile.length, benign.length]).toEqual([254, 254]);
    const submit = (email: string) => attempt(() => submitRfp({ ...submission, contact: { name: 'Ana', email } }, []));
    expect(timeRatio(submit(hostile), submit(benign))).toBeLessThanOrEqual(3);
  }, 60_000);
});

describe('RFP-02 the excerpt of hostile text costs what benign text does', () => {
  it('RFP-02 a stored request is read with the caps of a submission: an 80,000-character description is refused at once', () => {
    const hostile = { ...stored, description: 'a'.repeat(80_000) };
    const benign = { ...stored, description: fill(PROSE, 80_000) };
    expect(invalidPaths(() => rfpExcerpt(hostile))).toEqual([['description']]);
    expect(
      timeRatio(
        attempt(() => rfpExcerpt(hostile)),
        attempt(() => rfpExcerpt(benign)),
      ),
    ).toBeLessThanOrEqual(3);
  }, 120_000);

  it('RFP-02 every other free-text field of a stored request is capped too', () => {
    expect(invalidPaths(() => rfpExcerpt({ ...stored, title: 't'.repeat(201) }))).toEqual([['title']]);
    expect(invalidPaths(() => rfpExcerpt({ ...stored, topics: ['x'.repeat(101)] }))).toEqual([['topics', 0]]);
    expect(invalidPaths(() => rfpExcerpt({ ...stored, topics: Array.from({ length: 21 }, (_, i) => `t${i}`) }))).toEqual([['topics']]);
    expect(invalidPaths(() => rfpExcerpt({ ...stored, contact: { ...stored.contact, name: 'n'.repeat(201) } }))).toEqual([
      ['contact', 'name'],
    ]);
    expect(invalidPaths(() => rfpExcerpt({ ...stored, contact: { ...stored.contact, company: 'c'.repeat(201) } }))).toEqual([
      ['contact', 'company'],
    ]);
    expect(invalidPaths(() => rfpExcerpt({ ...stored, contact: { ...stored.contact, phone: `+41 ${'1'.repeat(30)}` } }))).toEqual([
      ['contact', 'phone'],
    ]);
    expect(invalidPaths(() => rfpExcerpt({ ...stored, deleteToken: 'x'.repeat(257) }))).toEqual([['deleteToken']]);
    expect(invalidPaths(() => submitRfp({ ...submission, description: 'd'.repeat(20_001) }, []))).toEqual([['description']]);
  });

  // Each row attacks one pattern of the redactor (or of the expression it replaced) at the
  // description's cap of 20,000 characters.
  const HOSTILE: readonly (readonly [string, string])[] = [
    ['one word without an @ (the old /\\S*@\\S*/g)', 'a'],
    ['@ signs only', '@'],
    ['a domain of 10,000 labels', 'a.'],
    ['an address of 10,000 @', 'a@'],
    ['a phone-like run of 10,000 digits and spaces', '1 '],
    ['digits and dashes', '1-'],
    ['Arabic-Indic digits', '٣'],
    ['spelled [at]', '[at]'],
    ['spelled " at " between words', 'a at '],
    ['spelled " dot " between words', 'a dot '],
    ['HTML entities', '&#64;'],
    ['URL-encoded @', '%40'],
    ['unclosed brackets', '(at'],
    ['IBAN-like groups', 'CH93 ABCD '],
    ['street words', 'Rue A '],
    ['German streets', 'Strasse 1 '],
    ['postcodes', '8001 '],
    ["the requester's name", 'Ana '],
    ['an 18-character NFKC expansion', 'ﷺ'],
    ['a 4-character NFKC expansion', '⑽'],
    ['zero-width spaces', '\u200b'],
    ['combining marks', 'e\u0301'],
  ];
  it.each(HOSTILE)(
    'RFP-02 %s: within 3x of prose of the same length',
    (_, unit) => {
      const hostile = { ...stored, description: fill(unit, 20_000) };
      const benign = { ...stored, description: fill(PROSE, 20_000) };
      expect(
        timeRatio(
          () => rfpExcerpt(hostile),
          () => rfpExcerpt(benign),
        ),
      ).toBeLessThanOrEqual(3);
    },
    120_000,
  );

  it('RFP-02 submitting a hostile 20,000-character description costs what a benign one does', () => {
    const hostile = { ...submission, description: 'a'.repeat(20_000) };
    const benign = { ...submission, description: fill(PROSE, 20_000) };
    expect(
      timeRatio(
        () => submitRfp(hostile, [{ partner: 'p1', topics: ['wordpress'] }]),
        () => submitRfp(benign, [{ partner: 'p1', topics: ['wordpress'] }]),
      ),
    ).toBeLessThanOrEqual(3);
  }, 120_000);
});
