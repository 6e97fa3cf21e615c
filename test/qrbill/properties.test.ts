/** Properties of the QR-bill codec: round trip, and no single-character change goes unnoticed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOurBill, parseQrBill, qrBillPayload } from '../../src/qrbill/index.js';
import { LINE } from '../../src/qrbill/layout.js';
import { qrBill } from './arbitraries.js';

describe('QR-bill properties', () => {
  it('any valid bill → payload → parse gives the same bill, and the payload stays within 997 characters (QRB-01)', () => {
    fc.assert(
      fc.property(qrBill, (bill) => {
        const payload = qrBillPayload(bill);
        expect(payload.length).toBeLessThanOrEqual(997);
        expect(parseQrBill(payload)).toEqual({ ok: true, bill });
        expect(parseQrBill(payload.replace(/\n/g, '\r\n'))).toEqual({ ok: true, bill });
      }),
      { numRuns: 300 },
    );
  });

  it('any single-character change in the reference, the IBAN or the amount of one of our bills is caught (BIL-07)', () => {
    const ours = qrBill.filter((b) => b.reference !== undefined && b.amount !== undefined);
    const lines = [LINE.account, LINE.reference, LINE.amount] as const;
    fc.assert(
      fc.property(ours, fc.constantFrom(...lines), fc.nat(), fc.constantFrom(...'0123456789ABCDEFRZ .-'), (bill, line, at, replacement) => {
        const payload = qrBillPayload(bill);
        const invoice = {
          id: 'I1',
          customer: 'c1',
          reference: bill.reference as string,
          amount: bill.amount as { amount: string; currency: string },
          issuedAt: '2026-06-01T00:00:00Z',
          dueAt: '2026-07-01T00:00:00Z',
        };
        const known = { accounts: [bill.account], invoices: [invoice] };
        expect(isOurBill(payload, known)).toEqual({ allowed: true });
        const parts = payload.split('\n');
        const field = parts[line] as string;
        const index = at % field.length;
        fc.pre(field[index] !== replacement);
        parts[line] = field.slice(0, index) + replacement + field.slice(index + 1);
        const decision = isOurBill(parts.join('\n'), known);
        expect(decision.allowed).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
