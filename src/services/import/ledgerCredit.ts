import type { Payment, PrepaidLedgerJSON } from '../../billing/index.js';
import { money, type Money } from '../../money/index.js';

/** A record keyed by caller data: no prototype, so `'__proto__'` or `'constructor'` is an ordinary key. */
const record = <V>(): Record<string, V> => Object.create(null) as Record<string, V>;

/** Own keys only: `balances['__proto__']` of an object that lacks that key must not read `Object.prototype`. */
const own = <V>(o: Readonly<Record<string, V>>, key: string): V | undefined => (Object.hasOwn(o, key) ? o[key] : undefined);

/**
 * A stored prepaid ledger (its JSON form) with these payments credited to `customer`: each amount
 * added to the balance in its currency, each id appended to `creditedPayments`. The caller passes
 * only payments the ledger does not show yet. Everything else (other customers' balances, paid
 * invoices, payouts) is kept as it is. @internal
 *
 * @example
 * ```ts
 * withCredits({ balances: { c1: { CHF: '1.00' } } }, 'c1', [payment]).balances; // { c1: { CHF: '6.00' } } for a CHF 5.00 payment
 * ```
 */
export function withCredits(ledger: PrepaidLedgerJSON | undefined, customer: string, payments: readonly Payment[]): PrepaidLedgerJSON {
  const balances = record<Readonly<Record<string, string>>>();
  for (const [c, byCurrency] of Object.entries(ledger?.balances ?? {})) balances[c] = byCurrency;
  const before = own(balances, customer) ?? {};
  // The sums per currency, each stored balance read once however many credits it takes.
  const sums = new Map<string, Money>();
  for (const { amount } of payments) {
    const sum = sums.get(amount.currency);
    const start = sum ?? (Object.hasOwn(before, amount.currency) ? money(before[amount.currency] as string, amount.currency) : undefined);
    sums.set(amount.currency, start === undefined ? amount : start.plus(amount));
  }
  const mine = record<string>();
  for (const [currency, amount] of Object.entries(before)) mine[currency] = amount;
  for (const [currency, sum] of sums) mine[currency] = sum.toDecimalString();
  balances[customer] = mine;
  return { ...ledger, balances, creditedPayments: [...(ledger?.creditedPayments ?? []), ...payments.map((p) => p.id)] };
}
