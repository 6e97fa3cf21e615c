/**
 * Every code of the library with its kind, rules and what to do: the data behind docs/errors.md
 * (whose tables a test renders from it) and the checks of test/errors/errorCodes.test.ts. Not
 * part of any entry point: nothing here reaches a bundle.
 *
 * @internal
 * @module
 */
import { ACCOUNT_CODES } from './accounts.js';
import { BILLING_CODES } from './billing.js';
import { CAMT_CODES } from './camt.js';
import type { CodeTable } from './entry.js';
import { GENERAL_CODES } from './general.js';
import { PARTNER_CODES } from './partners.js';
import { QRBILL_CODES } from './qrbill.js';
import { STORAGE_CODES } from './storage.js';
import { SUPPORT_CODES } from './support.js';

export type { CodeContext, CodeEntry, CodeKind, CodeTable } from './entry.js';

/** The parts, each one context's file: a code listed in two parts is caught by a test. @internal */
export const CODE_TABLE_PARTS = [
  GENERAL_CODES,
  SUPPORT_CODES,
  PARTNER_CODES,
  BILLING_CODES,
  QRBILL_CODES,
  CAMT_CODES,
  ACCOUNT_CODES,
  STORAGE_CODES,
] as const;

/** The table: the compiler refuses it while a code of the unions is missing or a kind is wrong. @internal */
export const CODE_TABLE: CodeTable = {
  ...GENERAL_CODES,
  ...SUPPORT_CODES,
  ...PARTNER_CODES,
  ...BILLING_CODES,
  ...QRBILL_CODES,
  ...CAMT_CODES,
  ...ACCOUNT_CODES,
  ...STORAGE_CODES,
};
