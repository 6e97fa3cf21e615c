import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  qrReference,
  isValidQrReference,
  formatQrReference,
  creditorReference,
  isValidCreditorReference,
  formatCreditorReference,
  referenceKind,
  InvalidInputError,
  reconcile,
} from '../../src/index.js';

// Valid QR references. Sources:
// - SIX, "Swiss Implementation Guidelines for the QR-bill" (example reference), also the doctest of
//   python-stdnum stdnum/ch/esr.py: '21 00000 00003 13947 14300 09017';
// - python-stdnum tests/test_ch_esr.doctest, "taken from actual payment slips" (the 27-digit ones).
const VALID_QR = [
  '21 00000 00003 13947 14300 09017',
  '20 12440 00000 46370 02019 05153',
  '361610000000000020190704093',
  '31 23711 80610 58530 00071 92101',
  '36 13030 00000 00000 00000 04142',
  '01 73575 51208 21125 03398 69724',
  '90 00170 00000 00214 95962 25686',
  '432130000000000573490016096',
  '32 29790 00000 19151 00002 79617',
];

// Valid creditor references. Sources:
// - python-stdnum stdnum/iso11649.py doctests: 'RF18 5390 0754 7034', 'RF18 5390 0754 70Y';
// - python-stdnum tests/test_iso11649.doctest (generated with the mobilefish.com creditor reference
//   service): a selection including letters, the shortest (RF08P, RF529) and the longest body.
const VALID_RF = [
  'RF18 5390 0754 7034',
  'RF18 5390 0754 70Y',
  'RF03SW3EZRUFBK',
  'RF97XX5ZIC',
  'RF724P',
  'RF0717UP2X0DO9UF6JGIPG8',
  'RF23EF4UHBVNPLHKG3HZ9SGGT',
  'RF08P',
  'RF529',
  'RF4480GWBS4ON16IRYL7T5VN2',
];

describe('BIL-01 QR reference', () => {
  it.each(VALID_QR)('BIL-01 accepts the published QR reference %s', (ref) => {
    expect(isValidQrReference(ref)).toBe(true);
    expect(referenceKind(ref)).toBe('qr');
  });

  it('BIL-01 generates the SIX example reference from its body', () => {
    expect(qrReference('21000000000313947143000901')).toBe('210000000003139471430009017');
    expect(qrReference('21 00000 00003 13947 14300 0901')).toBe('210000000003139471430009017');
  });

  it('BIL-01 left-pads a short body to 26 digits before the check digit', () => {
    const ref = qrReference('1878583');
    expect(ref).toHaveLength(27);
    expect(ref.startsWith('00000000000000000001878583')).toBe(true);
    expect(isValidQrReference(ref)).toBe(true);
  });

  it('BIL-01 formats in groups of 2 + 5×5 digits', () => {
    expect(formatQrReference('210000000003139471430009017')).toBe('21 00000 00003 13947 14300 09017');
    expect(formatQrReference('21 00000 00003 13947 14300 09017')).toBe('21 00000 00003 13947 14300 09017');
  });

  it.each([
    ['wrong check digit', '210000000003139471430009016'],
    ['too long', '2100000000031394714300090168'],
    ['too short', '21000000000313947143000901'],
    ['letters', '21000000000313947143000TE45'],
    ['stray character', '21000000000313947143000901-7'],
    ['empty', ''],
  ])('BIL-01 refuses a QR reference with a fault: %s', (_fault, ref) => {
    expect(isValidQrReference(ref)).toBe(false);
  });

  it('BIL-01 refuses non-strings without throwing', () => {
    expect(isValidQrReference(42 as unknown as string)).toBe(false);
    expect(isValidQrReference(null as unknown as string)).toBe(false);
  });

  it.each([[''], ['123456789012345678901234567'], ['12a'], ['-5']])('BIL-01 refuses to generate from a bad body %j', (body) => {
    expect(() => qrReference(body)).toThrow(InvalidInputError);
  });

  it('BIL-01 formatting an invalid reference is an input error', () => {
    expect(() => formatQrReference('210000000003139471430009016')).toThrow(InvalidInputError);
  });

  it('BIL-01 property: every generated QR reference validates', () => {
    fc.assert(
      // Zeros only make no QR reference (IG v2.3, 2.12.1): see qrZeros.test.ts.
      fc.property(
        fc.stringMatching(/^\d{1,26}$/).filter((body) => /[1-9]/.test(body)),
        (body) => {
          const ref = qrReference(body);
          return ref.length === 27 && isValidQrReference(ref) && isValidQrReference(formatQrReference(ref));
        },
      ),
    );
  });

  it('BIL-01 property: changing any single digit of a QR reference makes it invalid', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{26}$/).filter((body) => /[1-9]/.test(body)),
        fc.nat(26),
        fc.integer({ min: 1, max: 9 }),
        (body, position, delta) => {
          const ref = qrReference(body);
          const digit = (Number(ref[position]) + delta) % 10;
          const changed = ref.slice(0, position) + String(digit) + ref.slice(position + 1);
          return !isValidQrReference(changed);
        },
      ),
    );
  });
});

describe('BIL-01 creditor reference (ISO 11649)', () => {
  it.each(VALID_RF)('BIL-01 accepts the published creditor reference %s', (ref) => {
    expect(isValidCreditorReference(ref)).toBe(true);
    expect(referenceKind(ref)).toBe('creditor');
  });

  it('BIL-01 generates RF18 for the body 539007547034 (python-stdnum doctest)', () => {
    expect(creditorReference('539007547034')).toBe('RF18539007547034');
    expect(creditorReference('5390 0754 70y')).toBe('RF185390075470Y');
  });

  it('BIL-01 accepts spaces and lower case, and formats in groups of four', () => {
    expect(isValidCreditorReference('rf18 5390 0754 7034')).toBe(true);
    expect(formatCreditorReference('rf18539007547034')).toBe('RF18 5390 0754 7034');
    expect(formatCreditorReference('RF185390075470Y')).toBe('RF18 5390 0754 70Y');
  });

  it.each([
    ['wrong check digits', 'RF17 5390 0754 7034'],
    ['check digits 00 although mod 97 gives 1', 'RF0072'],
    ['check digits 01', 'RF01539007547034'],
    ['check digits 01 although mod 97 gives 1', 'RF0154'],
    ['check digits 99', 'RF99539007547034'],
    ['check digits 99 although mod 97 gives 1', 'RF9936'],
    ['body too long (22)', 'RF001234567890123456789012'],
    ['no body', 'RF18'],
    ['wrong prefix', 'RX18539007547034'],
    ['stray character', 'RF18-5390-0754-7034'],
    ['letter in the check digits', 'RF1A539007547034'],
  ])('BIL-01 refuses a creditor reference with a fault: %s', (_fault, ref) => {
    expect(isValidCreditorReference(ref)).toBe(false);
  });

  it('BIL-01 RF0072 passes mod 97 but is refused for its check digits 00', () => {
    // 72 + 'RF00' → 722715 00 → mod 97 = 1, which the arithmetic alone would accept.
    expect(BigInt('72271500') % 97n).toBe(1n);
    expect(isValidCreditorReference('RF0072')).toBe(false);
  });

  it('BIL-01 RF0154 and RF9936 pass mod 97 too, and are refused for their check digits 01 and 99', () => {
    expect(BigInt('54271501') % 97n).toBe(1n);
    expect(BigInt('36271599') % 97n).toBe(1n);
    expect([isValidCreditorReference('RF0154'), isValidCreditorReference('rf99 36')]).toEqual([false, false]);
  });

  it.each([[''], ['ABCDEFGHIJKLMNOPQRSTUV'], ['AB-12'], ['Ä1']])('BIL-01 refuses to generate from a bad body %j', (body) => {
    expect(() => creditorReference(body)).toThrow(InvalidInputError);
  });

  it('BIL-01 property: every generated creditor reference validates, with check digits 02..98', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Za-z]{1,21}$/), (body) => {
        const ref = creditorReference(body);
        const check = Number(ref.slice(2, 4));
        return (
          isValidCreditorReference(ref) && check >= 2 && check <= 98 && isValidCreditorReference(formatCreditorReference(ref).toLowerCase())
        );
      }),
    );
  });

  it('BIL-01 property: changing one digit for another, or one letter for another, in the body makes a creditor reference invalid', () => {
    // ISO 7064 MOD 97-10 detects every such substitution: the value changes by less than 97 times
    // a power of ten, and 97 is prime to 10. (A digit swapped for a letter changes the length of
    // the expanded number, which the scheme does not promise to detect.)
    const digits = '0123456789';
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{1,21}$/), fc.nat(), fc.integer({ min: 1, max: 25 }), (body, at, delta) => {
        const ref = creditorReference(body);
        const position = 4 + (at % body.length);
        const original = ref[position] as string;
        const set = digits.includes(original) ? digits : letters;
        const replaced = set[(set.indexOf(original) + delta) % set.length] as string;
        fc.pre(replaced !== original);
        return !isValidCreditorReference(ref.slice(0, position) + replaced + ref.slice(position + 1));
      }),
      { numRuns: 500 },
    );
  });
});

describe('BIL-01 reconcile() accepts every reference the validators accept, in the same compact form', () => {
  const invoiceWith = (reference: string) => ({
    id: 'I-1',
    customer: 'c1',
    reference,
    amount: { amount: '10.00', currency: 'CHF' },
    issuedAt: '2026-03-01T00:00:00Z',
    dueAt: '2026-03-31T00:00:00Z',
  });
  const paymentWith = (reference: string) => ({
    id: 'P-1',
    reference,
    amount: { amount: '10.00', currency: 'CHF' },
    bookedAt: '2026-03-20T09:00:00Z',
  });

  it('BIL-01 a creditor reference with a leading space is read as one, on invoices and payments (red-team finding 12)', () => {
    expect(isValidCreditorReference(' RF18 5390 0754 7034')).toBe(true);
    const r = reconcile({ invoices: [invoiceWith(' RF18539007547034')], payments: [paymentWith(' RF18 5390 0754 7034')] });
    expect(r.invoices[0]?.reference).toBe('RF18539007547034');
    expect(r.settled.map((s) => [s.invoice.id, s.payment.reference])).toEqual([['I-1', 'RF18539007547034']]);
  });

  it('BIL-01 property: spaced and lower-case forms the validators accept are accepted by reconcile, compacted as they are', () => {
    const spaces = fc.array(fc.nat({ max: 3 }), { minLength: 0, maxLength: 30 });
    const spaced = (ref: string, gaps: readonly number[]) =>
      // A run of spaces before character i (gaps[i]), and after the last one: leading, inner and trailing spaces.
      [...ref].map((ch, i) => ' '.repeat(gaps[i] ?? 0) + ch).join('') + ' '.repeat(gaps[ref.length] ?? 0);
    const reference = fc.oneof(
      fc
        .stringMatching(/^[0-9]{1,26}$/)
        .filter((body) => /[1-9]/.test(body)) // zeros only make no QR reference (IG v2.3, 2.12.1)
        .map((body) => qrReference(body)),
      fc.tuple(fc.stringMatching(/^[0-9A-Z]{1,21}$/), fc.boolean()).map(([body, lower]) => {
        const ref = creditorReference(body);
        return lower ? ref.toLowerCase() : ref;
      }),
    );
    fc.assert(
      fc.property(reference, spaces, spaces, (ref, invoiceGaps, paymentGaps) => {
        const onInvoice = spaced(ref, invoiceGaps);
        const onPayment = spaced(ref, paymentGaps);
        const compact = ref.toUpperCase();
        expect(isValidQrReference(onInvoice) || isValidCreditorReference(onInvoice)).toBe(true);
        expect(referenceKind(onPayment)).toBe(compact.startsWith('RF') ? 'creditor' : 'qr');
        const r = reconcile({ invoices: [invoiceWith(onInvoice)], payments: [paymentWith(onPayment)] });
        expect(r.invoices[0]?.reference).toBe(compact);
        expect(r.settled.map((s) => s.payment.reference)).toEqual([compact]);
      }),
      { numRuns: 300 },
    );
  });
});
