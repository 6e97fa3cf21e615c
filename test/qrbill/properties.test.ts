/** Properties of the QR-bill codec: round trip, and no single-character change goes unnoticed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOurBill, parseQrBill, type QrBill, type QrBillError, qrBillPayload } from '../../src/qrbill/index.js';
import { ADDRESS_FIELDS, LINE } from '../../src/qrbill/layout.js';
import { expectPolicyError } from '../helpers/expectError.js';
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

  it('a line break put inside any text field of a valid bill is refused on that field, written or read (QRB-03)', () => {
    /** The text fields of a bill: name, payload line, and path in the bill (owner, key). */
    const textFields = (bill: QrBill): { field: string; line: number; owner: string | undefined; key: string | number }[] => {
      const fields: { field: string; line: number; owner: string | undefined; key: string | number }[] = [];
      for (const [party, start] of [
        ['creditor', LINE.creditor],
        ['debtor', LINE.debtor],
      ] as const) {
        ADDRESS_FIELDS.forEach(({ key }, i) => {
          if (bill[party]?.[key] !== undefined && key !== 'country')
            fields.push({ field: `${party}.${key}`, line: start + 1 + i, owner: party, key });
        });
      }
      if (bill.message !== undefined) fields.push({ field: 'message', line: LINE.message, owner: undefined, key: 'message' });
      if (bill.billInformation !== undefined)
        fields.push({ field: 'billInformation', line: LINE.billInformation, owner: undefined, key: 'billInformation' });
      for (let i = 0; i < (bill.alternativeSchemes?.length ?? 0); i += 1)
        fields.push({ field: `alternativeSchemes[${i}]`, line: LINE.alternativeSchemes + i, owner: 'alternativeSchemes', key: i });
      return fields;
    };
    /** The record holding a field in `bill` (the bill itself, an address, or the list of schemes). */
    const holder = (bill: QrBill, owner: string | undefined): Record<string | number, string> =>
      (owner === undefined ? bill : (bill as unknown as Record<string, unknown>)[owner]) as Record<string | number, string>;
    fc.assert(
      fc.property(qrBill, fc.nat(), fc.nat(), fc.constantFrom('\n', '\r', '\r\n', '\n\n', '\u2028'), (bill, pick, at, lineBreak) => {
        const fields = textFields(bill);
        const { field, line, owner, key } = fields[pick % fields.length] as (typeof fields)[number];
        const value = holder(bill, owner)[key] as string;
        // Inside the text (a break at either end is trimmed like a space).
        const index = 1 + (at % Math.max(1, value.length - 1));
        const broken = index >= value.length ? `${value}x${lineBreak}y` : `${value.slice(0, index)}${lineBreak}${value.slice(index)}`;
        const copy = structuredClone(bill);
        holder(copy, owner)[key] = broken;
        const written = expectPolicyError(() => qrBillPayload(copy), 'INVALID_QR_BILL').details?.errors as QrBillError[];
        expect(written.map((e) => `${e.rule} ${e.code} ${e.field}`)).toContain(`QRB-03 INVALID_CHARACTER ${field}`);
        // Read: a CR inside that field of a valid payload (a LF there would be a separator: another layout, refused as such).
        const lines = qrBillPayload(bill).split('\n');
        lines[line] = index >= value.length ? `${value}\rx` : `${value.slice(0, index)}\r${value.slice(index)}`;
        for (const payload of [lines.join('\n'), lines.join('\r\n')]) {
          const read = parseQrBill(payload);
          expect(read.ok).toBe(false);
          if (!read.ok) expect(read.errors.map((e) => `${e.rule} ${e.code} ${e.field}`)).toContain(`QRB-03 INVALID_CHARACTER ${field}`);
        }
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
