import { isInstance, readInput } from '../internal/parse.js';
import type { AmountInput } from './amountInput.js';
import { Money } from './money.js';
import type { Rate } from './rate.js';
// No zod here (docs/packaging.md): read.ts checks as moneySchema and rateSchema do.
import { readMoney, readRate } from './read.js';
import type { MoneyInput, RateInput } from './schema.js';

/**
 * Creates an exact amount of money (MON-01).
 *
 * @param amount - a decimal string (`'347.20'`), a finite number (`9.92`, read as its shortest
 *   decimal form, so `0.1` is exactly 0.1, below 10^15) or a decimal.js value; at most 30
 *   integer and 400 fraction digits.
 * @param currency - an ISO 4217 code in upper case (`'CHF'`, `'EUR'`, `'JPY'`, …).
 * @returns an immutable {@link Money}.
 * @throws InvalidInputError (`INVALID_INPUT`) for anything else (`NaN`, `'1e400'`, `'chf'`).
 *
 * @example
 * ```ts
 * money('347.20', 'CHF').times('0.8').toString();      // 'CHF 277.76' (exact: nothing to round)
 * money('347.20', 'CHF').times('0.8').round().toString(); // 'CHF 277.76'
 * money(0.1, 'EUR').plus(money(0.2, 'EUR')).toString(); // 'EUR 0.30'
 * ```
 */
export function money(amount: AmountInput, currency: string): Money {
  return readInput({ amount, currency }, 'money', readMoney);
}

/**
 * Reads a {@link Money} or its JSON form (`{ amount: '100.00', currency: 'CHF' }`), e.g. after
 * `JSON.parse`.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) when the value is not a valid amount and currency.
 * @example
 * ```ts
 * const m = parseMoney(JSON.parse(JSON.stringify(money('208.32', 'CHF'))));
 * m.equals(money('208.32', 'CHF')); // true
 * ```
 */
export function parseMoney(input: MoneyInput): Money {
  return isInstance(input, Money) ? (input as Money) : readInput(input, 'money', readMoney);
}

/**
 * Creates a percentage rate between 0 % and 100 %.
 *
 * @param input - `'20%'`, `'20 %'`, `'0.2'`, `0.2`, or a {@link Rate}. A bare number is a
 *   fraction, so `20` is refused rather than read as 2000 %.
 * @throws InvalidInputError (`INVALID_INPUT`) for `'abc'`, `'-5%'`, `'120%'`, `20`, `NaN`.
 *
 * @example
 * ```ts
 * rate('20%').toJSON();                   // '0.2'
 * rate(0.2).followedBy(rate('25%')).toString(); // '40%'
 * ```
 */
export function rate(input: RateInput): Rate {
  return readInput(input, 'rate', readRate);
}
