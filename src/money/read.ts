import type { InputIssue } from '../errors.js';
import { typeMessage } from '../internal/parse.js';
import { unknownKeys } from '../internal/unknownKeys.js';
import { AMOUNT_MESSAGE, isAmountInput, toDecimal, type AmountInput } from './amountInput.js';
import { isCurrency } from './currencies.js';
import { isDecimal, type Decimal } from './decimal.js';
import { POSITIVE_MESSAGE } from './forms.js';
import { foreignMoneyData, Money } from './money.js';
import { Rate } from './rate.js';
import { foreignRate, RATE_MESSAGE, rateOf } from './rateInput.js';
import { ROUNDING_MODES, isRoundingMode, type RoundingMode } from './rounding.js';

/*
 * Money's boundary checks without zod, for `readInput` (internal/parse.ts). A page that imports
 * `money` ships decimal.js and these few hundred bytes, not zod (docs/packaging.md: 15 kB). Each
 * reader gives the value, issues and exceptions of the zod schema of the same name in schema.ts
 * (moneySchema, factorSchema, …), which `hostpolicy/schemas` and the boundary schemas that embed a
 * money value keep using; test/money/read.property.test.ts holds both to the same answers.
 */

/** What a wrong currency is told. @internal */
export const CURRENCY_MESSAGE = "must be an ISO 4217 currency code in upper case, like 'CHF' or 'EUR'";
/** What a wrong factor is told. @internal */
export const FACTOR_MESSAGE = 'must be a finite number, a decimal string or a Rate';

const MONEY_KEYS = ['amount', 'currency'];
const MAX_RATIOS = 10_000;
const MAX_PARTS = 1_000_000;

/** An amount at `path`, as `amountSchema` reads it (white space around a string trimmed). */
function readAmount(v: unknown, issues: InputIssue[], path: PropertyKey[]): Decimal | undefined {
  if (isAmountInput(v)) return toDecimal(typeof v === 'string' ? v.trim() : v);
  issues.push({ path, message: AMOUNT_MESSAGE, code: 'custom' });
  return undefined;
}

/**
 * A {@link MoneyInput}, as `moneySchema` reads it: a Money (of this copy or, through its JSON form,
 * of another) or `{ amount, currency }` with no other key. @internal
 * @throws HostPolicyError `INCOMPATIBLE_VALUE` for a Money of another format.
 */
export function readMoney(input: unknown, issues: InputIssue[]): Money {
  const v = input instanceof Money ? input.toJSON() : foreignMoneyData(input);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    issues.push({ path: [], message: typeMessage('object', v), code: 'invalid_type' });
    return undefined as never;
  }
  const fields = v as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((k) => !MONEY_KEYS.includes(k));
  if (unknown.length > 0) issues.push({ path: [], message: unknownKeys(unknown, MONEY_KEYS), code: 'unrecognized_keys' });
  const amount = readAmount(Object.hasOwn(fields, 'amount') ? fields['amount'] : undefined, issues, ['amount']);
  const currency = Object.hasOwn(fields, 'currency') ? fields['currency'] : undefined;
  if (typeof currency !== 'string' || !isCurrency(currency)) issues.push({ path: ['currency'], message: CURRENCY_MESSAGE, code: 'custom' });
  return issues.length > 0 ? (undefined as never) : new Money(amount as Decimal, currency as string);
}

/** A multiplication factor, as `factorSchema` reads it. @internal */
export function readFactor(v: unknown, issues: InputIssue[]): Decimal {
  if (!(v instanceof Rate || isAmountInput(v) || foreignRate(v) !== undefined)) {
    issues.push({ path: [], message: FACTOR_MESSAGE, code: 'custom' });
    return undefined as never;
  }
  return v instanceof Rate ? v.fraction : isAmountInput(v) ? toDecimal(v as AmountInput) : (foreignRate(v) as Rate).fraction;
}

/** A rate, as `rateSchema` reads it. @internal */
export function readRate(v: unknown, issues: InputIssue[]): Rate {
  const parsed = rateOf(v);
  if (parsed === undefined) issues.push({ path: [], message: RATE_MESSAGE, code: 'custom' });
  return parsed as Rate;
}

/** A rounding mode, as `roundingModeSchema` reads it. @internal */
export function readRoundingMode(v: unknown, issues: InputIssue[]): RoundingMode {
  if (!isRoundingMode(v))
    issues.push({ path: [], message: `must be one of ${ROUNDING_MODES.map((m) => `'${m}'`).join(', ')} (rounding mode)`, code: 'custom' });
  return v as RoundingMode;
}

/** An amount above zero, as `positiveAmountSchema` reads it. @internal */
export function readPositiveAmount(v: unknown, issues: InputIssue[]): Decimal {
  const d = readAmount(v, issues, []);
  if (d !== undefined && !(isDecimal(d) && d.isPositive() && !d.isZero()))
    issues.push({ path: [], message: POSITIVE_MESSAGE, code: 'custom' });
  return d as Decimal;
}

/** Allocation ratios, as `ratiosSchema` reads them: 1 to 10,000 amounts, none negative, not all zero. @internal */
export function readRatios(v: unknown, issues: InputIssue[]): Decimal[] {
  if (!Array.isArray(v) || v.length < 1 || v.length > MAX_RATIOS) {
    issues.push({ path: [], message: `must be a list of 1 to ${MAX_RATIOS} ratios`, code: 'custom' });
    return [];
  }
  // Array.from visits every index, as listOf does (readInput has refused holes already).
  const ratios = Array.from(v as unknown[], (r, i) => readAmount(r, issues, [i]));
  if (issues.length > 0) return [];
  const read = ratios as Decimal[];
  if (!read.every((r) => !r.isNegative())) issues.push({ path: [], message: 'ratios must not be negative', code: 'custom' });
  if (!read.some((r) => !r.isZero())) issues.push({ path: [], message: 'at least one ratio must be above zero', code: 'custom' });
  return read;
}

/** A number of parts, as `wholeNumber(1, 1_000_000)` reads it. @internal */
export function readParts(v: unknown, issues: InputIssue[]): number {
  if (!(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_PARTS)) {
    issues.push({ path: [], message: `must be a whole number from 1 to ${MAX_PARTS}`, code: 'custom' });
  }
  return v as number;
}
