/**
 * The rule each skip code and error of a camt file stands for (docs/rules.md, CMT): a skipped item
 * carries it as `rule`, as the library's reasons do.
 *
 * @internal
 * @module
 */
import type { CamtSkipCode } from '../errorCodes.js';
import type { RuleId } from '../ruleIds.js';

const TABLE: readonly { readonly code: CamtSkipCode; readonly rule: RuleId }[] = [
  { code: 'NOT_BOOKED', rule: 'CMT-02' },
  { code: 'MISSING_DATE', rule: 'CMT-02' },
  { code: 'MISSING_DIRECTION', rule: 'CMT-02' },
  { code: 'MISSING_AMOUNT', rule: 'CMT-03' },
  { code: 'MISSING_CURRENCY', rule: 'CMT-03' },
  { code: 'BAD_AMOUNT', rule: 'CMT-03' },
  { code: 'ZERO_AMOUNT', rule: 'CMT-03' },
  { code: 'UNKNOWN_CURRENCY', rule: 'CMT-03' },
  { code: 'MISSING_ID', rule: 'CMT-04' },
  { code: 'DUPLICATE_TRANSACTION', rule: 'CMT-04' },
  { code: 'REPEATED_TRANSACTION', rule: 'CMT-04' },
  { code: 'BATCH_COUNT_MISMATCH', rule: 'CMT-06' },
  { code: 'BATCH_SUM_MISMATCH', rule: 'CMT-06' },
  { code: 'SUMMARY_MISMATCH', rule: 'CMT-07' },
  { code: 'DUPLICATE_ELEMENT', rule: 'CMT-07' },
  { code: 'VALUE_TOO_LONG', rule: 'CMT-08' },
];

/** The rule of each skip code. */
export const SKIP_RULES: Readonly<Record<CamtSkipCode, RuleId>> = Object.fromEntries(TABLE.map(({ code, rule }) => [code, rule])) as Record<
  CamtSkipCode,
  RuleId
>;
