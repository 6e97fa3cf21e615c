import { HostPolicyError } from '../errors.js';
import { Dec, ZERO, type Decimal } from './decimal.js';
import { minorUnits } from './currencies.js';
import { isRoundingMode, roundToPlaces, roundToStep, type RoundingMode } from './rounding.js';
import { allocateUnits, splitUnits } from './allocation.js';
import { exactMinus, exactPlus, exactTimes, Wide } from './exact.js';
import { Rate } from './rate.js';
import { isInstance, readInput } from '../internal/parse.js';
import type { MoneyInput } from './schema.js';
import { isMoneySized } from './amountInput.js';
// No zod on this path (docs/packaging.md): the checks are read.ts's, which agree with schema.ts.
import { readFactor, readMoney, readParts, readPositiveAmount, readRatios, readRoundingMode } from './read.js';
import { dataOf, hasBrand, hasOwnFormat, setBrand } from '../internal/brand.js';

/** The JSON form of a {@link Money}: the amount as a decimal string and the ISO 4217 code. */
export interface MoneyJSON {
  readonly amount: string;
  readonly currency: string;
}

/** A factor that an amount can be multiplied by. */
export type Factor = number | string | Decimal | Rate;

/** The brand of {@link Money} in every copy of the library (see internal/brand.ts). */
const MONEY_BRAND = Symbol.for('hostpolicy.Money');
/** The version of a Money's public data (`toJSON()`), which another copy re-reads. */
const MONEY_FORMAT = 1;

/**
 * An exact amount of one currency (MON-01). Immutable: every operation returns a new value.
 * Arithmetic is exact; rounding happens only when {@link Money.round} is called (MON-03).
 * Create values with {@link money}; this class is exported for types. To recognise a Money, use
 * {@link isMoney}: `instanceof` is false for one made by another copy of hostpolicy.
 */
export class Money {
  static {
    setBrand(Money.prototype, MONEY_BRAND, MONEY_FORMAT);
  }

  /** The exact amount. */
  readonly amount: Decimal;
  /** The ISO 4217 code, e.g. `'CHF'`. */
  readonly currency: string;

  /**
   * @internal Use {@link money}, which validates its input.
   * @throws HostPolicyError `AMOUNT_OUT_OF_RANGE` (MON-01) for an amount beyond 30 integer or 400
   *   fraction digits: what the library makes, it must read back.
   */
  constructor(amount: Decimal, currency: string) {
    if (!isMoneySized(amount)) {
      throw new HostPolicyError('AMOUNT_OUT_OF_RANGE', `${currency} ${amount.toString()} is beyond 30 integer or 400 fraction digits.`, {
        rule: 'MON-01',
      });
    }
    this.amount = amount;
    this.currency = currency;
  }

  /** The number of decimals of this currency's minor unit (2 for CHF). */
  get minorUnits(): number {
    return minorUnits(this.currency) ?? 2;
  }

  /** Zero in `currency` (the currency must be a valid ISO 4217 code). */
  static zero(currency: string): Money {
    return new Money(ZERO, currency);
  }

  /**
   * Adds an amount of the same currency; the sum is exact, whatever the digits (MON-01).
   * @throws HostPolicyError `CURRENCY_MISMATCH` (MON-02) when the currencies differ.
   * @throws HostPolicyError `AMOUNT_OUT_OF_RANGE` (MON-01) when the sum has more than 30 integer digits.
   */
  plus(other: MoneyInput): Money {
    return new Money(exactPlus(this.amount, this.sameCurrency(other, 'add').amount), this.currency);
  }

  /**
   * Subtracts an amount of the same currency; the difference is exact, whatever the digits (MON-01).
   * @throws HostPolicyError `CURRENCY_MISMATCH` (MON-02) when the currencies differ.
   * @throws HostPolicyError `AMOUNT_OUT_OF_RANGE` (MON-01) when the difference has more than 30 integer digits.
   */
  minus(other: MoneyInput): Money {
    return new Money(exactMinus(this.amount, this.sameCurrency(other, 'subtract').amount), this.currency);
  }

  /**
   * Multiplies by a number, a decimal string or a {@link Rate}; the result is exact (not rounded).
   * @throws HostPolicyError `AMOUNT_OUT_OF_RANGE` (MON-01) when the exact product leaves 30 integer or
   *   400 fraction digits (a 400-digit amount times a rate of 60 digits): it is refused, never rounded.
   */
  times(factor: Factor): Money {
    return new Money(exactTimes(this.amount, factorOf(factor)), this.currency);
  }

  /** The same amount with the opposite sign. */
  negated(): Money {
    return new Money(this.amount.negated(), this.currency);
  }

  /** The absolute amount. */
  abs(): Money {
    return new Money(this.amount.abs(), this.currency);
  }

  isZero(): boolean {
    return this.amount.isZero();
  }

  isNegative(): boolean {
    return this.amount.isNegative() && !this.amount.isZero();
  }

  isPositive(): boolean {
    return this.amount.isPositive() && !this.amount.isZero();
  }

  /** Same currency and same amount (100 and 100.00 are equal). A different currency is not equal. */
  equals(other: MoneyInput): boolean {
    const that = asMoney(other);
    return this.currency === that.currency && this.amount.equals(that.amount);
  }

  /**
   * −1, 0 or 1 as this amount is smaller than, equal to or larger than `other`.
   * @throws HostPolicyError `CURRENCY_MISMATCH` (MON-02) when the currencies differ.
   */
  compare(other: MoneyInput): -1 | 0 | 1 {
    return this.amount.comparedTo(this.sameCurrency(other, 'compare').amount) as -1 | 0 | 1;
  }

  /**
   * Rounds to the currency's minor unit, or to a multiple of `step` (e.g. `'0.05'` for Swiss cash
   * rounding), half-up unless another mode is named (MON-03).
   */
  round(mode: RoundingMode = 'half-up', step?: string | number | Decimal): Money {
    // The common call (a valid mode) skips the schema: rounding sits on every quote's hot path.
    const checkedMode = isRoundingMode(mode) ? mode : readInput(mode, 'rounding mode', readRoundingMode);
    const rounded =
      step === undefined
        ? roundToPlaces(this.amount, this.minorUnits, checkedMode)
        : roundToStep(this.amount, readInput(step, 'rounding step', readPositiveAmount), checkedMode);
    return new Money(rounded, this.currency);
  }

  /**
   * Splits the amount by ratios; the parts sum exactly to this amount (MON-04). Leftover minor
   * units go one each to the parts with the largest remainders (earlier parts first on ties).
   * Amounts finer than the minor unit are split at their own precision.
   */
  allocate(ratios: readonly (number | string)[]): Money[] {
    const read = readInput(ratios, 'allocation ratios', readRatios);
    const scale = scaleOf(this);
    // Units and parts in Wide: an amount of 430 digits is an integer of 430 digits, exact (MON-04).
    const units = allocateUnits(new Wide(this.amount).times(scale), read);
    return units.map((u) => new Money(new Dec(u.dividedBy(scale)), this.currency));
  }

  /**
   * Splits into `parts` amounts (1 to 1,000,000) that differ by at most one minor unit and sum
   * exactly (MON-04): the result of `allocate` with `parts` equal ratios (earlier parts take the
   * leftover units), computed without the ratios, so that every advertised number of parts is served.
   * @throws InvalidInputError (`INVALID_INPUT`, "Invalid number of parts") for anything but a whole number from 1 to 1,000,000.
   */
  split(parts: number): Money[] {
    readInput(parts, 'number of parts', readParts);
    const scale = scaleOf(this);
    // Two amounts at most: each is divided once (a Decimal is immutable, so parts share it), and
    // every part is a Money of its own.
    const amounts = new Map<Decimal, Decimal>();
    return splitUnits(new Wide(this.amount).times(scale), parts).map((u) => {
      let amount = amounts.get(u);
      if (amount === undefined) {
        amount = new Dec(u.dividedBy(scale));
        amounts.set(u, amount);
      }
      return new Money(amount, this.currency);
    });
  }

  /** The amount as a decimal string with at least the currency's minor-unit decimals: `'208.32'`. */
  toDecimalString(): string {
    return this.amount.toFixed(Math.max(this.minorUnits, this.amount.decimalPlaces()));
  }

  /** `{ amount: '208.32', currency: 'CHF' }`; `money()` accepts this form back. */
  toJSON(): MoneyJSON {
    return { amount: this.toDecimalString(), currency: this.currency };
  }

  /** `'CHF 208.32'`. For people, use {@link formatMoney}. */
  toString(): string {
    return `${this.currency} ${this.toDecimalString()}`;
  }

  private sameCurrency(input: MoneyInput, operation: string): Money {
    const other = asMoney(input);
    if (other.currency !== this.currency) {
      throw new HostPolicyError(
        'CURRENCY_MISMATCH',
        `Cannot ${operation} ${this.currency} and ${other.currency}: amounts in different currencies are never converted silently.`,
        { rule: 'MON-02', details: { left: this.currency, right: other.currency } },
      );
    }
    return other;
  }
}

/** 10 to the places `allocate` and `split` count units in (the minor unit, or the amount's finer decimals), as a Wide value. */
function scaleOf(m: Money): Decimal {
  return new Wide(10).pow(Math.max(m.minorUnits, m.amount.decimalPlaces()));
}

function factorOf(factor: Factor): Decimal {
  if (factor instanceof Rate) return factor.fraction;
  if (typeof factor === 'number' && Number.isFinite(factor)) return new Dec(String(factor));
  return readInput(factor, 'factor', readFactor);
}

/**
 * Tells whether a value is a {@link Money}, also one made by another copy of hostpolicy (the ESM
 * and CommonJS builds in one process, two bundles on one page), where `instanceof` is false.
 * Every function that takes a Money accepts such a value, and its JSON form as well.
 *
 * @example
 * ```ts
 * isMoney(money('12.34', 'CHF'));               // true
 * isMoney({ amount: '12.34', currency: 'CHF' }); // false: the JSON form, which functions accept too
 * ```
 */
export function isMoney(value: unknown): value is Money {
  return isInstance(value, Money) || hasOwnFormat(value, MONEY_BRAND, MONEY_FORMAT);
}

/**
 * A Money made by another copy of the library, as its JSON form (read on as any input); any
 * other value unchanged. @internal
 * @throws HostPolicyError `INCOMPATIBLE_VALUE` for a Money of another format.
 */
export function foreignMoneyData(value: unknown): unknown {
  return !(value instanceof Money) && hasBrand(value, MONEY_BRAND, 'Money', MONEY_FORMAT) ? dataOf(value as object) : value;
}

function asMoney(input: MoneyInput): Money {
  return input instanceof Money ? input : readInput(input, 'money', readMoney);
}
