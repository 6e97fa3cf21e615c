/**
 * The reversal rules of reconcile, one example per row of the table in
 * src/billing/rules/reversalRules.ts (and docs/billing.md, "Reversals"), then the table as a
 * whole: every combination of facts is decided, and no decision adds money.
 */
import { describe, expect, it } from 'vitest';
import { decideReversal, type ReversalFacts } from '../../../src/billing/rules/reversalRules.js';

const base: ReversalFacts = { seen: 'new', direction: 'debit', payment: 'settled', covered: false };
const decide = (facts: Partial<ReversalFacts>) => {
  const { action, cause, rule } = decideReversal({ ...base, ...facts });
  return { action, cause, rule };
};

describe('the reversal table, row by row', () => {
  it('BIL-04 a reversal id listed twice in the statement is a duplicate, whatever else is true of it', () => {
    expect(decide({ seen: 'listed-before', direction: 'credit' })).toEqual({ action: 'duplicate', cause: undefined, rule: 'BIL-04' });
  });

  it('BIL-04 a reversal an earlier reconciliation applied is not applied again', () => {
    expect(decide({ seen: 'applied-before' })).toEqual({ action: 'already-applied', cause: undefined, rule: 'BIL-04' });
  });

  it("BIL-04 a credit reversal (money back from a provider's debit) is unmatched: DEBIT_REVERSED, never a credit", () => {
    expect(decide({ direction: 'credit', payment: 'credited', covered: true })).toEqual({
      action: 'unmatched',
      cause: 'DEBIT_REVERSED',
      rule: 'BIL-04',
    });
  });

  it('BIL-04 no payment fits: REVERSED_PAYMENT_UNKNOWN; several fit: REVERSAL_AMBIGUOUS', () => {
    expect(decide({ payment: 'none' })).toEqual({ action: 'unmatched', cause: 'REVERSED_PAYMENT_UNKNOWN', rule: 'BIL-04' });
    expect(decide({ payment: 'several' })).toEqual({ action: 'unmatched', cause: 'REVERSAL_AMBIGUOUS', rule: 'BIL-04' });
  });

  it('BIL-02 the reversal of a payment that settled an invoice re-opens it: PAYMENT_REVERSED', () => {
    expect(decide({ payment: 'settled' })).toEqual({ action: 'reopen', cause: 'PAYMENT_REVERSED', rule: 'BIL-02' });
  });

  it('BIL-04 the reversal of a credited payment takes the credit back when the balance covers it', () => {
    expect(decide({ payment: 'credited', covered: true })).toEqual({ action: 'uncredit', cause: 'PAYMENT_REVERSED', rule: 'BIL-04' });
  });

  it('BIL-05 a credit the balance no longer covers is not taken back (balances never go negative): REVERSAL_NOT_COVERED', () => {
    expect(decide({ payment: 'credited', covered: false })).toEqual({ action: 'unmatched', cause: 'REVERSAL_NOT_COVERED', rule: 'BIL-05' });
  });

  it('BIL-04 the reversal of an unidentified payment returns it: nothing else changes', () => {
    expect(decide({ payment: 'unidentified' })).toEqual({ action: 'return', cause: 'PAYMENT_REVERSED', rule: 'BIL-04' });
  });
});

describe('the reversal table as a whole', () => {
  const all: ReversalFacts[] = [];
  for (const seen of ['new', 'listed-before', 'applied-before'] as const)
    for (const direction of ['debit', 'credit'] as const)
      for (const payment of ['none', 'several', 'settled', 'credited', 'unidentified'] as const)
        for (const covered of [false, true]) all.push({ seen, direction, payment, covered });

  it('BIL-04 decides all 60 combinations; only a new debit reversal of one payment found changes anything', () => {
    const changes = all.filter((f) => ['reopen', 'uncredit', 'return'].includes(decideReversal(f).action));
    expect(all).toHaveLength(60);
    expect(changes.every((f) => f.seen === 'new' && f.direction === 'debit' && !['none', 'several'].includes(f.payment))).toBe(true);
    // A credit is taken back only when covered, and nothing is ever credited.
    expect(changes.filter((f) => decideReversal(f).action === 'uncredit').every((f) => f.covered && f.payment === 'credited')).toBe(true);
    expect(all.map((f) => decideReversal(f).action)).not.toContain('credit');
  });

  it('BIL-04 every change and every unmatched reversal has a cause, repeats have none', () => {
    for (const f of all) {
      const { action, cause } = decideReversal(f);
      expect([action, cause === undefined]).toEqual([action, action === 'duplicate' || action === 'already-applied']);
    }
  });
});
