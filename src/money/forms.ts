/*
 * How amounts and rates are written and exchanged: their text patterns, limits and messages, and
 * the brand and format of a Rate's data. No dependency at all, so that the checks that only read
 * text (a policy's rates, compared as numbers) ship neither decimal.js nor zod
 * (docs/packaging.md); amountInput.ts and rateInput.ts read the same forms exactly, with decimal.js.
 */

/**
 * The largest magnitude of an amount given as a JavaScript number: below one quadrillion, where
 * every number with 15 significant digits is still exact. Larger amounts are written as strings.
 */
export const MAX_AMOUNT = 1e15;

/**
 * The digits a {@link Money} holds: at most 30 integer digits and 400 fraction digits. Every value
 * the library produces stays within them (arithmetic that would leave them raises
 * `AMOUNT_OUT_OF_RANGE`), and every value within them reads back from its decimal string, so
 * whatever the library writes (a ledger's balances, a total, an unrounded quote step) reads back
 * to an equal value. 400 fraction digits: every finite JavaScript number below 10^15 fits
 * (5e-324 has 340), and a quotient's 60 significant digits (see `decimal.ts`) sit a few places
 * after the point.
 */
export const MONEY_DIGITS = { integer: 30, fraction: 400 } as const;

/** A plain decimal literal within {@link MONEY_DIGITS}, no exponent (one optional dot: nothing to backtrack). */
export const DECIMAL_LITERAL = /^[+-]?\d{1,30}(\.\d{1,400})?$/;

/** The longest amount string read (digits, sign, point and white space around them); checked before the pattern. */
export const MAX_AMOUNT_TEXT = 500;

/** What an invalid amount is told. @internal */
export const AMOUNT_MESSAGE =
  "must be a decimal number like '208.32' with at most 30 integer and 400 fraction digits (as a number: below 10^15)";

/** What an amount that must be above zero is told. @internal */
export const POSITIVE_MESSAGE = 'must be above zero';

/** Rate text as a percentage, `'20%'`. @internal */
export const PERCENT = /^\s*(\d{1,3}(?:\.\d{1,10})?)\s*%\s*$/;
/** Rate text as a fraction, `'0.2'`. @internal */
export const FRACTION = /^\s*(\d(?:\.\d{1,12})?)\s*$/;
/** What an invalid rate is told. @internal */
export const RATE_MESSAGE = "must be a percentage between 0% and 100%, written '20%', '0.2' or 0.2";

/** The longest rate text read ('12.3456789012 %' with room for blanks). @internal */
export const MAX_RATE_TEXT = 40;

/** The brand of a Rate in every copy of the library (see internal/brand.ts). @internal */
export const RATE_BRAND = Symbol.for('hostpolicy.Rate');
/** The version of a Rate's public data (`toJSON()`: the fraction as a decimal string). @internal */
export const RATE_FORMAT = 1;
