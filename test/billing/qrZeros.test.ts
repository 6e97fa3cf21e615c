/**
 * BIL-01, QRB-06: a QR reference must not consist only of zeros. Source: SIX, Swiss Implementation
 * Guidelines for the QR-bill, version 2.3, ch. 2.12.1 "QR reference" (delta guide v2.2 → v2.3,
 * https://www.six-group.com/dam/download/banking-services/standardization/qr-bill/ig-qr-bill-delta-guide-v2.3-en.pdf):
 * "The reference must not consist exclusively of zeros." (As php-swiss-qr-bill enforces it, PR #279.)
 * Found by an outside attack: 27 zeros (whose check digit is 0) were made, validated, written into
 * a QR-bill, read back from one, and checked as valid by the CLI. Generation, validation, the
 * QR-bill writer and reader, the schemas and the CLI now agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQrReference, isValidQrReference, qrReference, referenceKind } from '../../src/billing/index.js';
import { qrReferenceSchema } from '../../src/billing/referenceSchemas.js';
import { parseInput } from '../../src/internal/parse.js';
import { parseQrBill, qrBillPayload, type QrBillError, type QrBillInput } from '../../src/qrbill/index.js';
import { run } from '../cli/run.js';
import { expectInvalid, expectPolicyError } from '../helpers/expectError.js';
import { CREDITOR } from '../qrbill/samples.js';

const ZEROS = '0'.repeat(27);
const PRINTED_ZEROS = '00 00000 00000 00000 00000 00000';
const bill: QrBillInput = {
  account: 'CH44 3199 9123 0008 8901 2',
  creditor: CREDITOR,
  amount: { amount: '10.00', currency: 'CHF' },
  reference: '21 00000 00003 13947 14300 09017',
};

describe('BIL-01 a QR reference of zeros only (QR-bill IG v2.3, 2.12.1)', () => {
  it.each(['0', '00000', '0'.repeat(26), '00 000 0'])('BIL-01 qrReference refuses the body %j: it would make 27 zeros', (body) => {
    const e = expectInvalid(() => qrReference(body));
    expect(e.rule).toBe('BIL-01');
    expect(e.message).toContain('not all zeros');
  });

  it('BIL-01 isValidQrReference, referenceKind and formatQrReference refuse 27 zeros, compact or printed', () => {
    for (const ref of [ZEROS, PRINTED_ZEROS]) {
      expect(isValidQrReference(ref)).toBe(false);
      expect(referenceKind(ref)).toBeUndefined();
      expect(expectInvalid(() => formatQrReference(ref)).message).toContain('not all zeros');
      expectInvalid(() => parseInput(qrReferenceSchema, ref, 'QR reference', 'BIL-01'));
    }
  });

  it('BIL-01 a single non-zero digit makes a reference again (the smallest ones)', () => {
    expect(qrReference('1')).toBe('000000000000000000000000011');
    expect(isValidQrReference('000000000000000000000000011')).toBe(true);
    expect(qrReference('10'.padStart(26, '0'))).toBe('000000000000000000000000105');
  });

  it('QRB-06 qrBillPayload refuses to write it, and parseQrBill does not read it as valid', () => {
    const errors = expectPolicyError(() => qrBillPayload({ ...bill, reference: ZEROS }), 'INVALID_QR_BILL').details
      ?.errors as QrBillError[];
    expect(errors.map((e) => [e.field, e.code, e.rule])).toContainEqual(['reference', 'INVALID_REFERENCE', 'QRB-06']);
    const lines = qrBillPayload(bill).split('\n');
    const at = lines.indexOf('210000000003139471430009017');
    const tampered = [...lines.slice(0, at), ZEROS, ...lines.slice(at + 1)].join('\n');
    const read = parseQrBill(tampered);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.map((e) => [e.field, e.code, e.rule])).toContainEqual(['reference', 'INVALID_REFERENCE', 'QRB-06']);
  });

  it('BIL-01 the CLI says 27 zeros are not a valid reference (exit 1) and will not make one (exit 2)', async () => {
    for (const args of [[ZEROS], PRINTED_ZEROS.split(' '), ['000000000000000000000000001']]) {
      const r = await run(['reference', 'check', ...args]);
      expect([r.code, r.out]).toEqual([
        1,
        'not a valid reference: a QR reference must not consist only of zeros (QR-bill guidelines v2.3, 2.12.1)\n',
      ]);
    }
    // Fewer zeros: the length is what is wrong, and no hint to make a reference from them.
    expect((await run(['reference', 'check', '000'])).out).toBe(
      'not a valid reference: 3 digits: a QR reference has 27 (26 and a check digit)\n',
    );
    const made = await run(['reference', 'make', '--qrr', '000']);
    expect([made.code, made.out]).toEqual([2, '']);
    expect(made.err).toContain('not all zeros');
  });

  it('BIL-01 property: generation, validation and the QR-bill writer agree on every body', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,26}$/), (body) => {
        const zeros = !/[1-9]/.test(body);
        let ref: string | undefined;
        try {
          ref = qrReference(body);
        } catch {
          ref = undefined;
        }
        expect(ref === undefined).toBe(zeros);
        const candidate = ref ?? `${body.padStart(26, '0')}0`;
        expect(isValidQrReference(candidate)).toBe(!zeros);
        const read = parseQrBill(qrBillPayload({ ...bill, reference: ref ?? '210000000003139471430009017' }));
        expect(read.ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
