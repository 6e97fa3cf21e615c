/**
 * The matching rules of reconcile, one example per row of the table in
 * src/billing/rules/paymentRules.ts (and docs/billing.md), then the table as a whole: the engine's
 * precomputed copy agrees with it for every combination of facts, and no combination asks the
 * engine for something it cannot do (settle without an invoice, credit the customer of no invoice).
 */
import { describe, expect, it } from 'vitest';
import { decidePayment, factsOf, FACT, paymentDecisions, type PaymentFacts } from '../../../src/billing/rules/paymentRules.js';

const base: PaymentFacts = { seen: 'new', invoice: 'open', sameCurrency: true, sameAmount: true, knownCustomer: false };
const decide = (facts: Partial<PaymentFacts>) => {
  const { outcome, cause, customer, rule } = decidePayment({ ...base, ...facts });
  return { outcome, cause, customer, rule };
};

describe('the rules table, row by row', () => {
  it('BIL-04 a payment id listed twice in the statement is a duplicate, whatever else is true of it', () => {
    expect(decide({ seen: 'listed-before' })).toEqual({ outcome: 'duplicate', cause: undefined, customer: 'none', rule: 'BIL-04' });
  });

  it('BIL-04 a payment an earlier reconciliation settled or credited is not counted again', () => {
    expect(decide({ seen: 'reconciled-before', knownCustomer: true })).toEqual({
      outcome: 'already-reconciled',
      cause: undefined,
      customer: 'none',
      rule: 'BIL-04',
    });
  });

  it('BIL-02 the reference of an open invoice with exactly its amount and currency settles it', () => {
    expect(decide({ knownCustomer: true })).toEqual({ outcome: 'settle', cause: undefined, customer: 'invoice', rule: 'BIL-02' });
  });

  it("BIL-03 a settled invoice's reference (a standing order) is credited to the payment's own known customer: STALE_REFERENCE", () => {
    expect(decide({ invoice: 'settled', knownCustomer: true })).toEqual({
      outcome: 'credit',
      cause: 'STALE_REFERENCE',
      customer: 'own',
      rule: 'BIL-03',
    });
  });

  it("BIL-03 a stale reference without a known customer of its own is credited to the invoice's customer", () => {
    expect(decide({ invoice: 'settled' })).toEqual({ outcome: 'credit', cause: 'STALE_REFERENCE', customer: 'invoice', rule: 'BIL-03' });
  });

  it("BIL-04 another currency than the open invoice's is credited to the own known customer: CURRENCY_MISMATCH, same number or not", () => {
    expect(decide({ sameCurrency: false, knownCustomer: true })).toEqual({
      outcome: 'credit',
      cause: 'CURRENCY_MISMATCH',
      customer: 'own',
      rule: 'BIL-04',
    });
  });

  it("BIL-04 another currency, no known customer of its own: credited to the invoice's customer", () => {
    expect(decide({ sameCurrency: false, sameAmount: false })).toEqual({
      outcome: 'credit',
      cause: 'CURRENCY_MISMATCH',
      customer: 'invoice',
      rule: 'BIL-04',
    });
  });

  it("BIL-04 another amount in the invoice's currency is credited to the own known customer as AMOUNT_MISMATCH", () => {
    expect(decide({ sameAmount: false, knownCustomer: true })).toEqual({
      outcome: 'credit',
      cause: 'AMOUNT_MISMATCH',
      customer: 'own',
      rule: 'BIL-04',
    });
  });

  it("BIL-04 another amount, no known customer of its own: credited to the invoice's customer", () => {
    expect(decide({ sameAmount: false })).toEqual({ outcome: 'credit', cause: 'AMOUNT_MISMATCH', customer: 'invoice', rule: 'BIL-04' });
  });

  it('BIL-04 no invoice (no reference, or one of no invoice) is credited to the own known customer as UNKNOWN_REFERENCE', () => {
    expect(decide({ invoice: 'none', sameCurrency: false, sameAmount: false, knownCustomer: true })).toEqual({
      outcome: 'credit',
      cause: 'UNKNOWN_REFERENCE',
      customer: 'own',
      rule: 'BIL-04',
    });
  });

  it('BIL-04 no invoice and no known customer: unidentified, kept', () => {
    expect(decide({ invoice: 'none', sameCurrency: false, sameAmount: false })).toEqual({
      outcome: 'unidentified',
      cause: 'UNKNOWN_REFERENCE',
      customer: 'none',
      rule: 'BIL-04',
    });
  });
});

describe('the table as a whole', () => {
  const all = Array.from({ length: 72 }, (_, code) => ({ code, facts: factsOf(code) }));

  it('codes of FACT parts and facts correspond one to one', () => {
    const encode = (f: PaymentFacts): number =>
      (f.seen === 'listed-before' ? FACT.LISTED_BEFORE : f.seen === 'reconciled-before' ? FACT.RECONCILED_BEFORE : 0) +
      (f.invoice === 'open' ? FACT.INVOICE_OPEN : f.invoice === 'settled' ? FACT.INVOICE_SETTLED : 0) +
      (f.sameCurrency ? FACT.SAME_CURRENCY : 0) +
      (f.sameAmount ? FACT.SAME_AMOUNT : 0) +
      (f.knownCustomer ? FACT.KNOWN_CUSTOMER : 0);
    for (const { code, facts } of all) expect(encode(facts)).toBe(code);
    expect(new Set(all.map(({ facts }) => JSON.stringify(facts))).size).toBe(72);
  });

  it("the engine's precomputed table is the rules function, for every combination of facts", () => {
    const table = paymentDecisions();
    expect(table).toHaveLength(72);
    for (const { code, facts } of all) expect(table[code]).toEqual(decidePayment(facts));
    expect(paymentDecisions()).toBe(table); // computed once
  });

  it('BIL-04 every new payment is settled, credited or unidentified, never dropped; a repeat is always a duplicate', () => {
    for (const { facts } of all) {
      const { outcome } = decidePayment(facts);
      if (facts.seen === 'new') expect(['settle', 'credit', 'unidentified']).toContain(outcome);
      if (facts.seen === 'listed-before') expect(outcome).toBe('duplicate');
      if (facts.seen === 'reconciled-before') expect(outcome).toBe('already-reconciled');
    }
  });

  it('no decision needs what the facts do not give: an invoice to settle or to name a customer, a known customer to credit', () => {
    for (const { facts } of all) {
      const d = decidePayment(facts);
      if (d.outcome === 'settle') expect([facts.invoice, facts.sameCurrency, facts.sameAmount]).toEqual(['open', true, true]);
      if (d.customer === 'invoice' && d.outcome !== 'settle') expect(facts.invoice).not.toBe('none');
      if (d.customer === 'own') expect(facts.knownCustomer).toBe(true);
      expect(d.cause !== undefined).toBe(d.outcome === 'credit' || d.outcome === 'unidentified');
      expect(d.customer !== 'none').toBe(d.outcome === 'credit' || d.outcome === 'settle');
      expect(Object.isFrozen(d)).toBe(true);
    }
  });
});
