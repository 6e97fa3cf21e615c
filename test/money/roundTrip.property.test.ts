/**
 * Issue 15 (Trust I), "round trip": every value the library returns (Money, prepaid ledgers,
 * reconciliations, quotes) reads back through the library's own parser to an equal value, for
 * large and many-decimal amounts too. JSON text in between, as storage and HTTP put it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditCancelledOrder,
  creditorReference,
  defineCatalog,
  emptyPrepaidLedger,
  HostPolicyError,
  minorUnits,
  money,
  parseMoney,
  prepaidLedger,
  quote,
  rate,
  reconcile,
  type Money,
} from '../../src/index.js';
import { invoiceSchema, paymentSchema } from '../../src/billing/schema.js';

const viaJson = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

/** A decimal string with up to 30 integer and 400 fraction digits, either sign. */
const amountText = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,29}$|^0$/), fc.option(fc.stringMatching(/^\d{1,100}$/), { nil: undefined }))
  .map(([negative, integer, fraction]) => `${negative ? '-' : ''}${integer}${fraction === undefined ? '' : `.${fraction}`}`);

/** Large and many-decimal positive amounts that sums of a few stay within range of. */
const positiveText = fc
  .tuple(fc.stringMatching(/^[1-9]\d{0,25}$/), fc.option(fc.stringMatching(/^\d{1,30}$/), { nil: undefined }))
  .map(([integer, fraction]) => `${integer}${fraction === undefined ? '' : `.${fraction}`}`);

const currency = fc.constantFrom('CHF', 'EUR', 'JPY', 'BHD');

/**
 * `text` cut to the decimals of `currency`'s minor unit: billing takes whole minor units only
 * (MON-01, red-team finding 5), so what enters the ledger or a statement is cut; large amounts stay.
 */
const inMinorUnits = (text: string, c: string): string => {
  const [integer, fraction] = text.split('.');
  const places = minorUnits(c) ?? 0;
  return fraction === undefined || places === 0 ? (integer as string) : `${integer}.${fraction.slice(0, places)}`;
};
const chfText = positiveText.map((t) => inMinorUnits(t, 'CHF'));

/** The result of `f`, or `undefined` when it is refused as out of range (a clear error, not an unreadable value). */
function unlessOutOfRange<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof HostPolicyError && e.code === 'AMOUNT_OUT_OF_RANGE') return undefined;
    throw e;
  }
}

const readsBack = (m: Money): void => {
  const back = parseMoney(viaJson(m));
  expect(back.equals(m)).toBe(true);
  expect(back.toJSON()).toEqual(m.toJSON());
};

describe('MON-01 round trip: what the library writes, it reads back', () => {
  it('a Money read from any in-range string writes the same value back, and arithmetic on it reads back too', () => {
    fc.assert(
      fc.property(
        amountText,
        amountText,
        currency,
        fc.constantFrom('0.8', '0.75', '0.333333333333', '100', '1000000', '-2.5'),
        (a, b, c, factor) => {
          const x = money(a, c);
          const y = money(b, c);
          readsBack(x);
          for (const result of [
            () => x.plus(y),
            () => x.minus(y),
            () => x.times(factor),
            () => x.negated(),
            () => x.round(),
            () => x.round('half-even', '0.05'),
          ]) {
            const value = unlessOutOfRange(result);
            if (value !== undefined) readsBack(value);
          }
        },
      ),
    );
  });

  it('allocation parts of a large many-decimal amount read back and sum to it (MON-04)', () => {
    fc.assert(
      fc.property(positiveText, currency, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }), (a, c, ratios) => {
        const whole = money(a, c);
        const parts = whole.allocate(ratios);
        for (const part of parts) readsBack(part);
        expect(parts.reduce((s, p) => s.plus(p), money(0, c)).equals(whole)).toBe(true);
      }),
    );
  });

  it('a prepaid ledger built from large and many-decimal credits reads back equal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('c1', '__proto__', 'constructor', 'a b'), positiveText, currency), { maxLength: 8 }),
        (credits) => {
          let ledger = emptyPrepaidLedger();
          for (const [n, [customer, amount, c]] of credits.entries()) {
            ledger =
              unlessOutOfRange(() =>
                creditCancelledOrder(ledger, { customer, amount: { amount: inMinorUnits(amount, c), currency: c }, payment: `P-${n}` }),
              ) ?? ledger;
          }
          const back = prepaidLedger(viaJson(ledger));
          expect(back.toJSON()).toEqual(ledger.toJSON());
          for (const { customer, balance } of ledger.accounts())
            expect(back.balance(customer, balance.currency).equals(balance)).toBe(true);
        },
      ),
    );
  });

  it('a reconciliation reads back: invoices and payments through their schemas, the ledger, every total', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(chfText, fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 6 }), (rows) => {
        const invoices = rows.map(([amount], n) => ({
          id: `INV-${n}`,
          customer: n % 2 === 0 ? '__proto__' : 'c1',
          reference: creditorReference(String(1000 + n)),
          amount: { amount, currency: 'CHF' },
          issuedAt: '2026-03-01T00:00:00Z',
          dueAt: '2026-03-31T00:00:00Z',
        }));
        const payments = rows.map(([amount, exact, named], n) => ({
          id: `P-${n}`,
          reference: creditorReference(String(1000 + n)),
          amount: { amount: exact ? amount : `1${amount}`, currency: 'CHF' },
          bookedAt: '2026-03-20T10:00:00Z',
          ...(named ? { customer: 'c1' } : {}),
        }));
        const r = unlessOutOfRange(() => reconcile({ invoices, payments, customers: ['c1'] }));
        if (r === undefined) return;
        for (const inv of r.invoices) expect(invoiceSchema.parse(viaJson(inv))).toEqual(inv);
        for (const { payment } of r.credited) expect(paymentSchema.parse(viaJson(payment))).toEqual(payment);
        expect(prepaidLedger(viaJson(r.prepaid)).toJSON()).toEqual(r.prepaid.toJSON());
        for (const totals of Object.values(r.totals)) for (const m of Object.values(totals)) readsBack(m);
        // The result fed back in is known as reconciled: nothing is counted twice.
        const again = reconcile({ invoices: viaJson(r.invoices), payments, prepaid: viaJson(r.prepaid), customers: ['c1'] });
        expect(again.settled.length + again.credited.length).toBe(0);
      }),
    );
  });

  it('every amount and rate of a quote reads back (catalog prices with many decimals and large quantities)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{0,12}\.\d{1,20}$/),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 35 }),
        (price, quantity, discount) => {
          const catalog = defineCatalog({ products: { box: { name: 'Box', prices: { CHF: { monthly: price } } } } });
          const q = unlessOutOfRange(() =>
            quote({ currency: 'CHF', lines: [{ product: 'box', quantity }], partnerDiscount: `${discount}%`, catalog }),
          );
          if (q === undefined) return;
          const json = viaJson<{
            total: Money;
            lines: {
              listTotal: Money;
              net: Money;
              netPerUnit: Money;
              unitPrice: Money;
              steps: { rate: string; reduction: Money; after: Money }[];
            }[];
            effectiveReduction: string;
          }>(q);
          expect(parseMoney(json.total).equals(q.total)).toBe(true);
          expect(rate(json.effectiveReduction).fraction.equals(q.effectiveReduction.fraction)).toBe(true);
          for (const [i, line] of json.lines.entries()) {
            const original = q.lines[i];
            expect(parseMoney(line.listTotal).equals(original?.listTotal as Money)).toBe(true);
            expect(parseMoney(line.net).equals(original?.net as Money)).toBe(true);
            expect(parseMoney(line.netPerUnit).equals(original?.netPerUnit as Money)).toBe(true);
            for (const [k, step] of line.steps.entries()) {
              expect(parseMoney(step.after).equals(original?.steps[k]?.after as Money)).toBe(true);
              expect(rate(step.rate).fraction.equals(original?.steps[k]?.rate.fraction ?? NaN)).toBe(true);
            }
          }
        },
      ),
    );
  });
});
