/**
 * What {@link parseCamt} and {@link readCamt} return. Every value is plain JSON-ready data:
 * amounts are decimal strings, dates ISO 8601 strings.
 *
 * @module
 */
import type { CamtSkipCode } from '../errorCodes.js';
import type { RuleId } from '../ruleIds.js';
import type { parseCamt } from './parseCamt.js';
import type { readCamt } from './readCamt.js';

/** The message types read: account statements (camt.053) and debit/credit notifications (camt.054). */
export type CamtMessage = 'camt.053' | 'camt.054';

/** The message versions read: 2013 (.04) and 2019 (.08). The 2009 versions (.02) are refused. */
export type CamtVersion = '001.04' | '001.08';

/** An amount of a camt file: the decimal in the currency's minor units (`"100.50"`), never negative. */
export interface CamtAmount {
  readonly amount: string;
  readonly currency: string;
}

/**
 * One credit transaction of a booked entry, ready for `reconcile()` and `importBankStatement()`:
 * a billing `PaymentInput` with the facts of the bank file.
 */
export interface CamtPayment {
  /**
   * The bank's reference of the transaction (`TxDtls/Refs/AcctSvcrRef`); without one, the
   * entry's `AcctSvcrRef`, `/` and the transaction's position in the entry (docs/camt.md, "Ids").
   */
  readonly id: string;
  /** What was credited (`TxDtls/Amt`), charges not deducted here: see `charges`. */
  readonly amount: CamtAmount;
  /** The booking date at midnight in Zurich (`"2026-11-23T00:00:00+01:00"`), or the booking time as given. */
  readonly bookedAt: string;
  readonly valueDate?: string;
  /** The creditor reference (`RmtInf/Strd/CdtrRefInf/Ref`), compact and upper case. */
  readonly reference?: string;
  /** `QRR` (a QR reference, `Prtry`) or `SCOR` (an ISO 11649 creditor reference, `Cd`). */
  readonly referenceType?: 'QRR' | 'SCOR';
  /** The unstructured remittance texts (`Ustrd`, `AddtlRmtInf`), joined with a space. */
  readonly message?: string;
  readonly debtorName?: string;
  readonly debtorIban?: string;
  /** Charges the bank reported for the transaction, kept apart from `amount`. */
  readonly charges?: CamtAmount;
}

/**
 * A booked entry with `RvslInd` true: the bank took back an earlier booking. A `debit` reversal
 * returns an earlier credit (a payment); a `credit` reversal an earlier debit. Never a payment.
 */
export interface CamtReversal extends CamtPayment {
  readonly direction: 'debit' | 'credit';
  /** Where it is in the file, e.g. `Stmt[1]/Ntry[4]`. */
  readonly path: string;
}

/** A booked debit (money going out of the account), reported so that nothing read is dropped. */
export interface CamtDebit {
  readonly id: string;
  readonly path: string;
  readonly amount: CamtAmount;
  readonly bookedAt: string;
  readonly valueDate?: string;
  readonly reference?: string;
  readonly message?: string;
  readonly creditorName?: string;
  readonly creditorIban?: string;
}

/** Why a part of the file did not become a payment, a reversal or a debit (docs/camt.md, "Skipped"). */
export type { CamtSkipCode };

/** A part of the file set aside, with where it is and why. */
export interface CamtSkipped {
  /** The XML path, e.g. `Ntfctn[1]/Ntry[12]/NtryDtls/TxDtls[3]/Amt`. */
  readonly path: string;
  readonly code: CamtSkipCode;
  /** The rule the code stands for (docs/rules.md, CMT). */
  readonly rule: RuleId;
  /** A sentence naming the value at fault. */
  readonly reason: string;
  /** The transaction's id, when known. */
  readonly id?: string;
  /**
   * The money set aside, when known. For `BATCH_SUM_MISMATCH`, the entry's amount minus the sum
   * of its transactions read: negative when the transactions add up to more.
   */
  readonly amount?: CamtAmount;
}

/** A number of items and their sum. */
export interface CamtCount {
  readonly count: number;
  readonly amount: string;
}

/**
 * The money of one currency. To the cent, `entries.amount` = `payments.amount` +
 * `reversals.amount` + `debits.amount` + `skipped.amount`: nothing read is lost.
 */
export interface CamtTotals {
  /** Every entry whose amount could be read, booked or not, credit or debit. */
  readonly entries: CamtCount;
  readonly payments: CamtCount;
  readonly reversals: CamtCount;
  readonly debits: CamtCount;
  /** Skipped items that carry an amount. */
  readonly skipped: CamtCount;
}

/** A statement (`Stmt`, camt.053) or notification (`Ntfctn`, camt.054) of the file. */
export interface CamtStatement {
  readonly id: string;
  /** The account's IBAN, compact. */
  readonly account?: string;
  readonly createdAt?: string;
  /** The number of entries (`Ntry`) read. */
  readonly entries: number;
}

/** What the file says of itself, and the totals of what was read. */
export interface CamtSummary {
  readonly message: CamtMessage;
  readonly version: CamtVersion;
  /** `GrpHdr/MsgId`. */
  readonly messageId: string;
  /** `GrpHdr/CreDtTm`, as in the file. */
  readonly createdAt: string;
  /** The first statement's IBAN. */
  readonly account?: string;
  readonly statements: readonly CamtStatement[];
  /** Per currency (a null-prototype object). */
  readonly totals: Readonly<Record<string, CamtTotals>>;
}

/** What {@link readCamt} yields: the items read since the last batch, in document order. */
export interface CamtBatch {
  readonly payments: readonly CamtPayment[];
  readonly reversals: readonly CamtReversal[];
  readonly debits: readonly CamtDebit[];
  readonly skipped: readonly CamtSkipped[];
  /** On the last batch only. */
  readonly summary?: CamtSummary;
}

/** What {@link parseCamt} returns: the summary and every item of the file, in document order. */
export interface CamtDocument extends CamtSummary {
  readonly payments: readonly CamtPayment[];
  readonly reversals: readonly CamtReversal[];
  readonly debits: readonly CamtDebit[];
  readonly skipped: readonly CamtSkipped[];
}

/** The bytes of a camt file as they arrive: a Node `Readable`, a web `ReadableStream`, any async iterable of chunks. */
export type CamtSource = string | Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array | string> | ReadableStream<Uint8Array>;

/** The options of {@link readCamt}. */
export interface ReadCamtOptions {
  /** Items (payments, reversals, debits, skipped) per batch: 1 to 100,000, default 1,000. */
  readonly batchSize?: number;
}
