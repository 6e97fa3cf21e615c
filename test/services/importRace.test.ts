import { describe, expect, it } from 'vitest';
import { creditorReference, importBankStatement, memoryPorts, type PaymentInput, type Ports } from '../../src/index.js';
import { pendingRecord, readStatement } from '../../src/services/import/statement.js';
import { defaultPolicy } from '../../src/policy/index.js';

// A race the 4-worker test on PostgreSQL met once in many runs, replayed step by step on the memory
// adapter. Two imports had claimed X and Y, both planning to settle INV (each saw it open). A third
// import finds both plans and INV still open: X (booked first) settles it this round. Meanwhile
// the import that claimed Y carries out Y's plan and settles INV with Y. Had the third import
// planned Y again right away (as a STALE_REFERENCE credit), Y would be applied twice: INV settled
// by Y and Y credited to the customer's prepaid account.
const reference = creditorReference('70001');
const X: PaymentInput = { id: 'X', reference, amount: { amount: '30.00', currency: 'CHF' }, bookedAt: '2026-03-20T10:00:00Z' };
const Y: PaymentInput = { id: 'Y', reference, amount: { amount: '30.00', currency: 'CHF' }, bookedAt: '2026-03-20T11:00:00Z' };

async function scene(): Promise<{ ports: Ports; racing: Ports }> {
  const ports = memoryPorts();
  const invoice = {
    id: 'INV',
    customer: 'c1',
    reference,
    amount: { amount: '30.00', currency: 'CHF' },
    issuedAt: '2026-03-01T00:00:00Z',
    dueAt: '2026-03-31T00:00:00Z',
  };
  await ports.invoices.put({ id: 'INV', owner: 'c1', invoice }, 0);
  // The two claims: pending records whose plans settle INV.
  for (const payment of readStatement([X, Y], defaultPolicy))
    await ports.payments.put(pendingRecord(payment, { kind: 'settled', invoice: 'INV', customer: 'c1' }), 0);
  // The third import reads INV open; right after, the import that claimed Y settles INV with Y.
  let raced = false;
  const racing: Ports = {
    ...ports,
    invoices: {
      ...ports.invoices,
      findByReferences: async (references) => {
        const found = await ports.invoices.findByReferences(references);
        if (!raced) {
          raced = true;
          const stored = (await ports.invoices.getMany(['INV'])).get('INV');
          if (stored === undefined) throw new Error('INV is missing');
          await ports.invoices.put(
            { ...stored.value, invoice: { ...stored.value.invoice, settled: true, settledBy: 'Y' } },
            stored.version,
          );
        }
        return found;
      },
    },
  };
  return { ports, racing };
}

describe('importBankStatement against an import carrying out an older plan', () => {
  it('does not plan a payment again while another import may still apply its plan: each payment is applied once', async () => {
    const { ports, racing } = await scene();
    const result = await importBankStatement(racing, [X, Y]);
    const outcomes = Object.fromEntries(result.applied.map((a) => [a.payment, a.outcome]));
    expect(outcomes).toEqual({
      X: { kind: 'credited', customer: 'c1', cause: 'STALE_REFERENCE' },
      Y: { kind: 'settled', invoice: 'INV', customer: 'c1' },
    });
    const stored = (await ports.invoices.getMany(['INV'])).get('INV');
    expect(stored?.value.invoice.settledBy).toBe('Y');
    const ledgers = await ports.prepaidLedgers.list();
    expect(ledgers.flatMap((l) => l.value.ledger.creditedPayments ?? [])).toEqual(['X']);
  });
});
