/**
 * Amounts of a camt file, exact: the text is checked digit by digit, written in the currency's
 * minor units ("100.5" CHF → "100.50") and counted as an integer of minor units. No float ever
 * holds an amount. Sums are integers too: a number while it is safe, a bigint beyond.
 *
 * @internal
 * @module
 */
import { minorUnits } from '../money/currencies.js';
import type { CamtSkipCode } from './model.js';

/** ISO 20022 `ActiveOrHistoricCurrencyAndAmount`: at most 18 digits, at most 5 after the point. */
const MAX_DIGITS = 18;
const MAX_FRACTION = 5;
/** Below 2^52 a sum of amounts under 10^15 minor units each stays exact as a number. */
const SAFE_SUM = 2 ** 52;
const SAFE_DIGITS = 15;

/** An amount read: its text in the currency's minor units and its value in minor units. */
export interface ReadAmount {
  readonly text: string;
  readonly currency: string;
  readonly minor: number | bigint;
}

/** Why an amount could not be read. */
export interface AmountProblem {
  readonly code: Extract<CamtSkipCode, 'MISSING_AMOUNT' | 'MISSING_CURRENCY' | 'BAD_AMOUNT' | 'UNKNOWN_CURRENCY'>;
  readonly reason: string;
}

let lastCurrency = '';
let lastExponent: number | undefined;

/** The currency's decimals; a file uses one or two currencies, so the last one is remembered. */
function exponentOf(currency: string): number | undefined {
  if (currency !== lastCurrency) {
    lastCurrency = currency;
    lastExponent = minorUnits(currency);
  }
  return lastExponent;
}

/** Reads `text` in `currency`; a problem names the value at fault. */
export function readAmount(text: string | undefined, currency: string | undefined, what: string): ReadAmount | AmountProblem {
  if (text === undefined) return { code: 'MISSING_AMOUNT', reason: `${what} has no amount` };
  const value = text.trim();
  if (currency === undefined || currency === '')
    return { code: 'MISSING_CURRENCY', reason: `${what} ${JSON.stringify(clip(value))} has no currency (attribute Ccy)` };
  const exponent = exponentOf(currency);
  if (exponent === undefined)
    return { code: 'UNKNOWN_CURRENCY', reason: `${what} is in ${JSON.stringify(clip(currency))}, not an ISO 4217 currency` };
  const point = value.indexOf('.');
  const whole = point < 0 ? value : value.slice(0, point);
  const fraction = point < 0 ? '' : value.slice(point + 1);
  // The usual case: digits only, as many decimals as the currency has, no leading zero.
  if (fraction.length === exponent && isDigits(whole) && isDigits(fraction) && (whole.length === 1 || whole.charCodeAt(0) !== 48)) {
    const all = whole + fraction;
    if (all.length <= MAX_DIGITS) return { text: value, currency, minor: all.length <= SAFE_DIGITS ? Number(all) : BigInt(all) };
  }
  return readUnusual(value, currency, exponent, whole, fraction, point >= 0, what);
}

/** The amounts the fast path leaves: other decimals, leading zeros, and the bad ones. */
function readUnusual(
  value: string,
  currency: string,
  exponent: number,
  whole: string,
  fraction: string,
  hasPoint: boolean,
  what: string,
): ReadAmount | AmountProblem {
  const invalid = (why: string): AmountProblem => ({ code: 'BAD_AMOUNT', reason: `${what} ${JSON.stringify(clip(value))} ${why}` });
  if (value.startsWith('-')) return invalid('is negative (camt amounts are positive; CdtDbtInd gives the direction)');
  if (!isDigits(whole) || (hasPoint && !isDigits(fraction))) return invalid('is not a decimal number like 1234.50');
  if (whole.length + fraction.length > MAX_DIGITS || fraction.length > MAX_FRACTION)
    return invalid('has more digits than ISO 20022 allows');
  if (!/^0*$/.test(fraction.slice(exponent))) return invalid(`has more decimals than ${currency} has (${exponent})`);
  const kept = fraction.slice(0, exponent);
  const digits = (whole.replace(/^0+(?=\d)/, '') + kept.padEnd(exponent, '0')).replace(/^0+(?=\d)/, '');
  const normal = exponent === 0 ? digits : `${digits.slice(0, -exponent) || '0'}.${digits.slice(-exponent).padStart(exponent, '0')}`;
  return {
    text: normal === value ? value : normal,
    currency,
    minor: digits.length <= SAFE_DIGITS ? Number(digits) : BigInt(digits),
  };
}

/** Whether `read` is an amount rather than a problem. */
export function isAmount(read: ReadAmount | AmountProblem): read is ReadAmount {
  return 'minor' in read;
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** An exact sum of minor units. */
export class MinorSum {
  #small = 0;
  #big = 0n;

  add(minor: number | bigint): void {
    if (typeof minor === 'bigint') this.#big += minor;
    else {
      this.#small += minor;
      if (this.#small > SAFE_SUM || this.#small < -SAFE_SUM) this.#flush();
    }
  }

  subtract(minor: number | bigint): void {
    this.add(typeof minor === 'bigint' ? -minor : -minor);
  }

  reset(): void {
    this.#small = 0;
    this.#big = 0n;
  }

  /** The sum as a bigint. */
  value(): bigint {
    return this.#big + BigInt(this.#small);
  }

  #flush(): void {
    this.#big += BigInt(this.#small);
    this.#small = 0;
  }
}

/** `minor` minor units of a currency with `exponent` decimals, as a decimal string ("-1.05"). */
export function formatMinor(minor: bigint, exponent: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, '0');
  const text = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return negative ? `-${text}` : text;
}
