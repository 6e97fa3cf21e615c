/**
 * ISO 20022 bank files in: camt.053 account statements and camt.054 debit/credit notifications
 * (versions .04 and .08) read into payments for billing's `reconcile()` and
 * `importBankStatement()`, in one piece ({@link parseCamt}) or streaming ({@link readCamt}).
 * See docs/camt.md.
 *
 * @module
 */
export { parseCamt } from './parseCamt.js';
export { readCamt } from './readCamt.js';
export type {
  CamtAmount,
  CamtBatch,
  CamtCount,
  CamtDebit,
  CamtDocument,
  CamtMessage,
  CamtPayment,
  CamtReversal,
  CamtSkipCode,
  CamtSkipped,
  CamtSource,
  CamtStatement,
  CamtSummary,
  CamtTotals,
  CamtVersion,
  ReadCamtOptions,
} from './model.js';
