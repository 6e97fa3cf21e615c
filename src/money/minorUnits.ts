import { HostPolicyError } from '../errors.js';
import { invalidField, readFields } from '../internal/parse.js';
import { MONEY_DIGITS } from './amountInput.js';
import { minorUnits } from './currencies.js';
import { Dec } from './decimal.js';
import { parseMoney } from './factories.js';
import { Money } from './money.js';
import type { MoneyInput } from './schema.js';

/** How {@link toMinorUnits} answers: a `number` up to 2^53 − 1 and a `bigint` beyond (the default), or always a `bigint`. */
export interface ToMinorUnitsOptions {
  /** `true`: always a `bigint`, whatever the amount (one type to store, e.g. a database `bigint` column). */
  readonly bigint?: boolean;
}

/** A whole number of minor units: a safe integer, a `bigint`, or a string of digits (e.g. a database `bigint` column). */
export type MinorUnitsInput = number | bigint | string;

/** At most 30 integer digits in the main unit and 4 decimals (CLF), a sign, and room for leading zeros. */
const MAX_UNITS_TEXT = 60;
const INTEGER = /^-?\d+$/;
const WHAT = 'minor units';

/**
 * The amount as a whole number of the currency's minor unit, as payment APIs take it (Stripe's
 * `amount`): CHF 12.34 → `1234`, JPY 1500 → `1500`, KWD 1.5 → `1500`. Exact: an amount with a
 * fraction of the minor unit is refused rather than rounded (MON-03) — round it first.
 *
 * The answer is a `number` up to 2^53 − 1, the largest whole number a number holds exactly (CHF 90
 * trillion in centimes), and a `bigint` beyond; `{ bigint: true }` answers a `bigint` for any amount.
 *
 * @param money - a {@link Money} or its JSON form.
 * @example
 * ```ts
 * toMinorUnits(money('12.34', 'CHF'));                 // 1234
 * toMinorUnits(money('1500', 'JPY'));                  // 1500
 * toMinorUnits(money('-1.5', 'KWD'));                  // -1500
 * toMinorUnits(money('100000000000000', 'CHF'));     // 10000000000000000n
 * toMinorUnits(money('12.34', 'CHF'), { bigint: true }); // 1234n
 * toMinorUnits(money('2.345', 'CHF').round());         // 235
 * ```
 * @throws HostPolicyError `NOT_IN_MINOR_UNITS` (MON-03) for an amount with a fraction of the minor
 *   unit (CHF 2.345).
 * @throws InvalidInputError (`INVALID_INPUT`) for something that is not money, or bad options.
 */
export function toMinorUnits(money: MoneyInput, options: ToMinorUnitsOptions & { readonly bigint: true }): bigint;
export function toMinorUnits(money: MoneyInput, options?: ToMinorUnitsOptions): number | bigint;
export function toMinorUnits(money: MoneyInput, options: ToMinorUnitsOptions = {}): number | bigint {
  const m = parseMoney(money);
  const asBigint = readBigintOption(options);
  const places = m.minorUnits;
  // decimal.js drops trailing zeros, so this counts the digits that matter: 2.340 has 2.
  if (m.amount.decimalPlaces() > places) {
    throw new HostPolicyError(
      'NOT_IN_MINOR_UNITS',
      `${m.toString()} has a fraction of the minor unit (${places} decimal${places === 1 ? '' : 's'} in ${m.currency}); round it ` +
        'first, e.g. with round().',
      { rule: 'MON-03', details: { amount: m.toDecimalString(), currency: m.currency, decimals: places } },
    );
  }
  // At most 34 digits, well within the 60 significant digits of the library's decimals: exact.
  const digits = m.amount.times(new Dec(10).pow(places)).toFixed(0);
  if (asBigint) return BigInt(digits);
  const units = Number(digits);
  // Beyond 2^53 − 1 a number may not be the amount: the exact bigint instead.
  if (!Number.isSafeInteger(units)) return BigInt(digits);
  return units + 0; // -0 (from a negated zero) is 0
}

/**
 * The amount that a whole number of the currency's minor unit stands for, exactly:
 * `1234` CHF → CHF 12.34. Takes a safe integer, a `bigint` (beyond 2^53 − 1) or a string of
 * digits with an optional minus sign (what a database `bigint` column reads as).
 *
 * @example
 * ```ts
 * fromMinorUnits(1234, 'CHF').toString();                 // 'CHF 12.34'
 * fromMinorUnits(1500, 'JPY').toString();                 // 'JPY 1500'
 * fromMinorUnits(-1500, 'KWD').toString();                // 'KWD -1.500'
 * fromMinorUnits(10n ** 20n, 'EUR').toString();           // 'EUR 1000000000000000000.00'
 * fromMinorUnits('9007199254740993', 'CHF').toString();   // 'CHF 90071992547409.93'
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a fraction (`12.5`), a number beyond 2^53 − 1
 *   (it may not be the number meant: pass a `bigint` or a string), `NaN`, text that is not a whole
 *   number, more than 30 integer digits in the main unit, or an unknown currency.
 */
export function fromMinorUnits(units: MinorUnitsInput, currency: string): Money {
  const places = typeof currency === 'string' ? minorUnits(currency) : undefined;
  if (places === undefined) invalidField(WHAT, ['currency'], "must be an ISO 4217 currency code in upper case, like 'CHF' or 'EUR'");
  const given = digitsOf(units);
  // Integer digits in the main unit: the significant digits less the decimals.
  const significant = given.replace(/^-?0*/, '').length;
  const digits = significant === 0 ? '0' : given; // '-0' is zero, not minus zero
  if (significant - places > MONEY_DIGITS.integer) {
    invalidField(
      WHAT,
      ['units'],
      `must be at most ${MONEY_DIGITS.integer} integer digits in the main unit (${MONEY_DIGITS.integer + places} digits of minor units)`,
    );
  }
  return new Money(new Dec(`${digits}e-${places}`), currency);
}

/** 10^40: beyond any amount a Money holds in minor units, and checked before a bigint is written out (bounded work). */
const MAX_UNITS = 10000000000000000000000000000000000000000n;

function digitsOf(units: unknown): string {
  if (typeof units === 'bigint') {
    if (units < MAX_UNITS && units > -MAX_UNITS) return units.toString();
    invalidField(WHAT, ['units'], `must be at most ${MONEY_DIGITS.integer} integer digits in the main unit`);
  }
  if (typeof units === 'number') {
    if (Number.isSafeInteger(units)) return String(units); // String(-0) is '0'
    invalidField(
      WHAT,
      ['units'],
      Number.isInteger(units)
        ? 'is beyond 2^53 − 1, where a number may not be the one meant: pass a bigint or a string of digits'
        : 'must be a whole number of minor units',
    );
  }
  if (typeof units === 'string' && units.length <= MAX_UNITS_TEXT && INTEGER.test(units)) return units;
  return invalidField(WHAT, ['units'], 'must be a whole number of minor units: a safe integer, a bigint or a string of digits');
}

function readBigintOption(options: unknown): boolean {
  const { bigint } = readFields(options, ['bigint'], 'minor-units options');
  if (bigint !== undefined && typeof bigint !== 'boolean') invalidField('minor-units options', ['bigint'], 'must be true or false');
  return bigint === true;
}
