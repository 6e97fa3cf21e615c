/** The `hostpolicy reference` command line: check and make, with the reason an invalid reference fails. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditorReference, qrReference } from '../../src/billing/index.js';
import { run } from './run.js';

describe('hostpolicy reference check', () => {
  it('names the kind and prints the printed form of a valid reference (BIL-01)', async () => {
    expect(await run(['reference', 'check', '210000000003139471430009017'])).toMatchObject({
      code: 0,
      out: 'valid QR reference: 21 00000 00003 13947 14300 09017 (compact 210000000003139471430009017)\n',
      err: '',
    });
    // Spaces as printed, quoted or not, and lower case.
    expect((await run(['reference', 'check', '21', '00000', '00003', '13947', '14300', '09017'])).code).toBe(0);
    expect(await run(['reference', 'check', 'rf18 5390 0754 7034'])).toMatchObject({
      code: 0,
      out: 'valid creditor reference (ISO 11649): RF18 5390 0754 7034 (compact RF18539007547034)\n',
    });
  });

  it('says why a reference is invalid (exit 1): the check digits expected, the length, the character at fault', async () => {
    const cases: [string, string][] = [
      ['210000000003139471430009016', 'check digit 6 is wrong: 7 expected (21 00000 00003 13947 14300 09017)'],
      ['RF17 5390 0754 7034', 'check digits 17 are wrong: 18 expected (RF18 5390 0754 7034)'],
      ['RF00 72', 'check digits 00 never occur (ISO 11649: 02 to 98)'],
      [
        '1878583',
        '7 digits: a QR reference has 27 (26 and a check digit); to make one from these digits: hostpolicy reference make --qrr 1878583',
      ],
      ['2100000000031394714300090170', '28 digits'],
      ['21000000000313947143000901A', '"21000000000313947143000901A" is neither kind: a QR reference holds only digits (found "A")'],
      ['RFAB539007547034', 'a creditor reference has two check digits after RF, found "AB"'],
      ['RF18-5390', 'a creditor reference holds only letters and digits after RF, found "-"'],
      ['RF18', 'its body has 0 characters'],
      [`RF18${'1'.repeat(22)}`, 'its body has 22 characters'],
      ['RF18\t539007547034', 'a creditor reference holds only letters and digits after RF, found "\\t"'],
      [' ', 'it is empty'],
      ['9'.repeat(100_000), '100000 characters; a reference has at most 27 without spaces'],
    ];
    for (const [ref, why] of cases) {
      const r = await run(['reference', 'check', ref]);
      expect({ ref, code: r.code, err: r.err }).toEqual({ ref, code: 1, err: '' });
      const expected = `not a valid reference: ${why}`;
      expect(r.out.slice(0, expected.length)).toBe(expected);
      expect(r.out.endsWith('\n') && r.out.indexOf('\n') === r.out.length - 1).toBe(true); // one line
    }
  });

  it('property: a reference the library makes checks as valid; with other check digits it is invalid, the right ones named', async () => {
    await fc.assert(
      // Zeros only make no QR reference (IG v2.3, 2.12.1): see test/billing/qrZeros.test.ts.
      fc.asyncProperty(
        fc.stringMatching(/^\d{1,26}$/u).filter((b) => /[1-9]/.test(b)),
        fc.integer({ min: 1, max: 9 }),
        async (body, shift) => {
          const ref = qrReference(body);
          expect((await run(['reference', 'check', ref])).code).toBe(0);
          const wrong = `${ref.slice(0, 26)}${(Number(ref.slice(26)) + shift) % 10}`;
          const r = await run(['reference', 'check', wrong]);
          expect(r.code).toBe(1);
          expect(r.out).toContain(`${ref.slice(26)} expected`);
        },
      ),
      { numRuns: 100 },
    );
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9A-Z]{1,21}$/u), async (body) => {
        const ref = creditorReference(body);
        expect((await run(['reference', 'check', ref.toLowerCase()])).code).toBe(0);
        const check = Number(ref.slice(2, 4));
        const other = String(check === 98 ? 2 : check + 1).padStart(2, '0');
        const r = await run(['reference', 'check', `RF${other}${body}`]);
        expect(r.code).toBe(1);
        expect(r.out).toContain(`${ref.slice(2, 4)} expected`);
      }),
      { numRuns: 100 },
    );
  });
});

describe('hostpolicy reference make', () => {
  it('prints a QR reference and a creditor reference in compact and printed form (BIL-01)', async () => {
    expect(await run(['reference', 'make', '--qrr', '21000000000313947143000901'])).toEqual({
      code: 0,
      out: 'compact: 210000000003139471430009017\nprinted: 21 00000 00003 13947 14300 09017\n',
      err: '',
      written: {},
    });
    expect((await run(['reference', 'make', '--qrr', '1878583'])).out).toContain('compact: 000000000000000000018785830\n');
    expect(await run(['reference', 'make', '--scor', '539007547034'])).toMatchObject({
      code: 0,
      out: 'compact: RF18539007547034\nprinted: RF18 5390 0754 7034\n',
    });
  });

  it('says what is wrong with bad usage and input (exit 2)', async () => {
    const bad: [string[], string][] = [
      [['reference', 'make'], 'either --qrr <digits> or --scor <text>'],
      [['reference', 'make', '--qrr', '1', '--scor', 'A'], 'either --qrr'],
      [['reference', 'make', '--qrr', '12a'], 'INVALID_INPUT'],
      [['reference', 'make', '--qrr', '1'.repeat(27)], '1 to 26 digits'],
      [['reference', 'make', '--scor', 'ä'], '1 to 21 letters or digits'],
      [['reference', 'make', '--scor', '__proto__'], '1 to 21 letters or digits'],
      [['reference', 'check'], 'check needs a reference'],
      [['reference', 'validate', 'RF18'], 'unknown reference command "validate"'],
      [['reference', 'check', '--bogus'], 'Unknown option'],
    ];
    for (const [args, message] of bad) {
      const r = await run(args);
      expect({ args, code: r.code, out: r.out }).toEqual({ args, code: 2, out: '' });
      expect(r.err).toContain(message);
    }
  });

  it('--help for the command and each subcommand', async () => {
    for (const args of [
      ['reference', '--help'],
      ['reference', 'check', '--help'],
      ['reference', 'make', '--help'],
    ]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.out).toContain('hostpolicy reference make --qrr <digits>');
    }
    expect((await run(['reference'])).code).toBe(2);
    expect((await run(['--help'])).out).toContain('hostpolicy reference check|make');
  });
});
