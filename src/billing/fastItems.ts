import { isCurrency, Money } from '../money/index.js';
import { isAmountInput, toDecimal } from '../money/amount.js';
import { instantMs } from './instant.js';
import type { Invoice, Payment } from './model.js';
import { compactReference } from './reference.js';

function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= 200 && v.trim().length > 0;
}

/**
 * The hot path of reconcile()'s validation. It accepts only what `items.ts` accepts, and returns
 * `undefined` for anything unusual, whereupon the caller runs the detailed validator of
 * `items.ts`, which raises the error with the item's path (or accepts a valid but rare form, such
 * as a number amount). A property test checks that both agree. Savings, measured in
 * bench/billing.bench.ts: no issue list or path array per item; one Money per distinct amount
 * (Money and Decimal are immutable, so equal amounts can share one value: parsing a decimal was
 * the largest single cost); a payment reference that is a known invoice reference is not
 * checked again.
 * @internal
 */
export class FastItemReader {
  readonly #money = new Map<string, Map<string, Money>>();

  money(v: unknown): Money | undefined {
    if (typeof v !== 'object' || v === null) return undefined;
    if (v instanceof Money) return v.isPositive() ? v : undefined;
    const { amount, currency } = v as { amount?: unknown; currency?: unknown };
    if (typeof amount !== 'string' || typeof currency !== 'string') return undefined;
    let byAmount = this.#money.get(currency);
    const known = byAmount?.get(amount);
    if (known !== undefined) return known;
    if (!isCurrency(currency) || !isAmountInput(amount)) return undefined;
    const decimal = toDecimal(amount.trim());
    if (decimal.isNegative() || decimal.isZero()) return undefined;
    const money = new Money(decimal, currency);
    if (byAmount === undefined) this.#money.set(currency, (byAmount = new Map()));
    byAmount.set(amount, money);
    return money;
  }

  invoice(v: unknown): Invoice | undefined {
    if (typeof v !== 'object' || v === null) return undefined;
    const { id, customer, reference, amount, issuedAt, dueAt, settled, settledBy } = v as Record<string, unknown>;
    if (!isId(id) || !isId(customer) || typeof reference !== 'string') return undefined;
    if ((settled !== undefined && typeof settled !== 'boolean') || (settledBy !== undefined && !isId(settledBy))) return undefined;
    const ref = compactReference(reference);
    const money = this.money(amount);
    const issued = instantMs(issuedAt);
    const due = instantMs(dueAt);
    if (ref === undefined || money === undefined || !(due >= issued)) return undefined; // NaN fails too
    return settledBy === undefined
      ? { id, customer, reference: ref, amount: money, issuedAt: new Date(issued), dueAt: new Date(due), settled: settled === true }
      : { id, customer, reference: ref, amount: money, issuedAt: new Date(issued), dueAt: new Date(due), settled: settled === true, settledBy };
  }

  /** `knownReferences`: compact references already validated (the invoices'). */
  payment(v: unknown, knownReferences: ReadonlyMap<string, unknown>): Payment | undefined {
    if (typeof v !== 'object' || v === null) return undefined;
    const { id, reference, customer, amount, bookedAt, valueDate, debtorName } = v as Record<string, unknown>;
    if (!isId(id) || (customer !== undefined && !isId(customer)) || (debtorName !== undefined && typeof debtorName !== 'string')) return undefined;
    let ref: string | undefined;
    if (reference !== undefined) {
      if (typeof reference !== 'string') return undefined;
      ref = knownReferences.has(reference) ? reference : compactReference(reference);
      if (ref === undefined) return undefined;
    }
    const money = this.money(amount);
    const booked = instantMs(bookedAt);
    const value = valueDate === undefined ? 0 : instantMs(valueDate);
    if (money === undefined || Number.isNaN(booked) || Number.isNaN(value)) return undefined;
    const payment: { -readonly [K in keyof Payment]: Payment[K] } = { id, amount: money, bookedAt: new Date(booked) };
    if (ref !== undefined) payment.reference = ref;
    if (customer !== undefined) payment.customer = customer;
    if (valueDate !== undefined) payment.valueDate = new Date(value);
    if (debtorName !== undefined) payment.debtorName = debtorName;
    return payment;
  }
}
