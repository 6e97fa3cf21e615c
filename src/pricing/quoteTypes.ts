import type { RuleId } from '../errors.js';
import type { Money, MoneyJSON } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import type { BillingPeriod } from '../policy/catalog.js';
import { hasOwnFormat, setBrand } from '../internal/brand.js';

/** One reduction applied to a line, in the order applied (PRC-05). */
export interface Step {
  readonly kind: 'partner-discount' | 'volume-tier' | 'graduated-tier';
  /** The rule that defines the step. */
  readonly rule: RuleId;
  /** The rate applied to the amount before this step (for graduated tiers, the average). */
  readonly rate: Rate;
  /** The amount taken off, rounded half-up to the minor unit. */
  readonly reduction: Money;
  /** The amount after this step. */
  readonly after: Money;
  /** For tier steps: the brackets reached, with how many units fall in each. */
  readonly brackets?: readonly { readonly from: number; readonly to: number; readonly quantity: number; readonly rate: Rate }[];
}

/** One product of a quote with its breakdown. */
export interface QuoteLine {
  readonly product: string;
  readonly quantity: number;
  readonly unitPrice: Money;
  /** Unit price × quantity, before any reduction. */
  readonly listTotal: Money;
  readonly steps: readonly Step[];
  /** The amount after every step, excluding VAT. */
  readonly net: Money;
  /** `net / quantity`, rounded half-up to the minor unit (for display; `net` is authoritative). */
  readonly netPerUnit: Money;
}

/** A priced request (PRC-05): every line's steps, totals, VAT and the effective reduction. */
export interface Quote {
  readonly currency: string;
  readonly period: BillingPeriod;
  readonly lines: readonly QuoteLine[];
  /** Sum of the lines' list totals. */
  readonly listTotal: Money;
  /** Net total excluding VAT: the sum of the lines' nets. */
  readonly total: Money;
  /** `1 − total / listTotal`, to 10 decimal places of the fraction. */
  readonly effectiveReduction: Rate;
  readonly vatRate?: Rate;
  /** VAT on the net total, rounded half-up (PRC-06). */
  readonly vat?: Money;
  readonly totalInclVat?: Money;
  /** Present when cash rounding was asked for: the step and the adjustment it made. */
  readonly cashRounding?: { readonly step: Money; readonly adjustment: Money };
  /** What the customer pays: incl. VAT when VAT is quoted, after cash rounding when asked. */
  readonly payable: Money;
  /** The quote as plain JSON: amounts as `{ amount, currency }`, rates as fraction strings. */
  toJSON(): QuoteJSON;
}

/** The JSON form of a value: Money → `{ amount, currency }`, Rate → fraction string, methods dropped. */
export type Jsonify<T> = T extends Money
  ? MoneyJSON
  : T extends Rate
    ? string
    : T extends readonly (infer U)[]
      ? Jsonify<U>[]
      : T extends (...args: never[]) => unknown
        ? never
        : T extends object
          ? { -readonly [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: Jsonify<T[K]> }
          : T;

/** The JSON form of a {@link Quote}. */
export type QuoteJSON = Jsonify<Omit<Quote, 'toJSON'>>;

/** The brand of a {@link Quote} in every copy of the library (see internal/brand.ts). */
export const QUOTE_BRAND = Symbol.for('hostpolicy.Quote');
/** The version of a quote's shape (its fields, and {@link QuoteJSON}). */
export const QUOTE_FORMAT = 1;

/**
 * The prototype of every quote: its `toJSON` and its brand, shared, so that nothing is defined
 * per quote (a property defined on each quote cost 3 % of quote()'s time). Neither is enumerable:
 * a quote's keys, spread and JSON are its data.
 */
class QuoteBase {
  static {
    setBrand(QuoteBase.prototype, QUOTE_BRAND, QUOTE_FORMAT);
  }

  /** The quote as plain JSON: amounts as `{ amount, currency }`, rates as fraction strings. */
  toJSON(): QuoteJSON {
    return JSON.parse(JSON.stringify({ ...this })) as QuoteJSON;
  }
}

/** Gives the quote's data its `toJSON` method and brand (see {@link QuoteBase}). */
export function makeQuote(data: Omit<Quote, 'toJSON'>): Quote {
  return Object.setPrototypeOf(data, QuoteBase.prototype) as Quote;
}

/**
 * Tells whether a value is a {@link Quote} made by {@link quote}, also by another copy of
 * hostpolicy (the ESM and CommonJS builds in one process, two bundles on one page). A quote's
 * JSON form is not a quote.
 *
 * @example
 * ```ts
 * const q = quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 1 }] });
 * isQuote(q);                                 // true
 * isQuote(JSON.parse(JSON.stringify(q)));     // false
 * ```
 */
export function isQuote(value: unknown): value is Quote {
  return hasOwnFormat(value, QUOTE_BRAND, QUOTE_FORMAT);
}
