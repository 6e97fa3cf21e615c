/**
 * What the reader holds while it reads: the entry and the transaction being read, as plain
 * records reset in place (one of each per document, whatever its size).
 *
 * @internal
 * @module
 */
import { MinorSum, type ReadAmount } from './amount.js';

/** The verdict on an entry, given once its own elements are read (before its details). */
export type EntryVerdict = 'open' | 'read' | 'skipped';

/** An entry (`Ntry`) being read. */
export class EntryRecord {
  index = 0;
  amountText: string | undefined = undefined;
  currency: string | undefined = undefined;
  direction: string | undefined = undefined;
  reversal: string | undefined = undefined;
  status: string | undefined = undefined;
  bookingDate: string | undefined = undefined;
  valueDate: string | undefined = undefined;
  ref: string | undefined = undefined;
  tooLong: string | undefined = undefined;
  /** The first single-valued element met twice (its path in the entry: "CdtDbtInd"), read before the verdict. */
  repeated: string | undefined = undefined;
  verdict: EntryVerdict = 'open';
  // Set when the verdict is 'read'.
  amount: ReadAmount | undefined = undefined;
  bookedAt = '';
  valueAt: string | undefined = undefined;
  isCredit = false;
  isReversal = false;
  /** Transactions (TxDtls) met, over all NtryDtls. */
  transactions = 0;
  /** The sum of the transactions whose amount was read (minor units). */
  readonly transactionSum = new MinorSum();
  /** NtryDtls met, and the current one's batch facts. */
  details = 0;
  detailTransactions = 0;
  readonly detailSum = new MinorSum();
  detailSumCurrency: string | undefined = undefined;
  batchCount: string | undefined = undefined;
  batchAmountText: string | undefined = undefined;
  batchCurrency: string | undefined = undefined;

  reset(index: number): void {
    this.index = index;
    this.amountText = undefined;
    this.currency = undefined;
    this.direction = undefined;
    this.reversal = undefined;
    this.status = undefined;
    this.bookingDate = undefined;
    this.valueDate = undefined;
    this.ref = undefined;
    this.tooLong = undefined;
    this.repeated = undefined;
    this.verdict = 'open';
    this.amount = undefined;
    this.bookedAt = '';
    this.valueAt = undefined;
    this.isCredit = false;
    this.isReversal = false;
    this.transactions = 0;
    this.transactionSum.reset();
    this.details = 0;
    this.resetDetails();
  }

  resetDetails(): void {
    this.detailTransactions = 0;
    this.detailSum.reset();
    this.detailSumCurrency = undefined;
    this.batchCount = undefined;
    this.batchAmountText = undefined;
    this.batchCurrency = undefined;
  }
}

/** A transaction (`TxDtls`) being read. */
export class TransactionRecord {
  ref: string | undefined = undefined;
  amountText: string | undefined = undefined;
  currency: string | undefined = undefined;
  detailAmountText: string | undefined = undefined;
  detailCurrency: string | undefined = undefined;
  direction: string | undefined = undefined;
  chargesTotal: string | undefined = undefined;
  chargesCurrency: string | undefined = undefined;
  /** Charge records (Chrgs/Rcrd/Amt) as [text, currency] pairs, when there is no total. */
  chargeRecords: [string, string | undefined][] = [];
  debtorName: string | undefined = undefined;
  debtorIban: string | undefined = undefined;
  creditorName: string | undefined = undefined;
  creditorIban: string | undefined = undefined;
  message: string | undefined = undefined;
  referenceCode: string | undefined = undefined;
  referenceProprietary: string | undefined = undefined;
  reference: string | undefined = undefined;
  /** The first value longer than its ISO 20022 maximum: "Nm (141 characters, at most 140)". */
  tooLong: string | undefined = undefined;
  /** The first single-valued element met twice (its path in the transaction: "Refs/AcctSvcrRef"). */
  repeated: string | undefined = undefined;
  /** References of further `RmtInf/Strd` (which may repeat) that differ from the first. */
  otherReferences: string | undefined = undefined;

  reset(): void {
    this.ref = undefined;
    this.amountText = undefined;
    this.currency = undefined;
    this.detailAmountText = undefined;
    this.detailCurrency = undefined;
    this.direction = undefined;
    this.chargesTotal = undefined;
    this.chargesCurrency = undefined;
    if (this.chargeRecords.length > 0) this.chargeRecords = [];
    this.debtorName = undefined;
    this.debtorIban = undefined;
    this.creditorName = undefined;
    this.creditorIban = undefined;
    this.message = undefined;
    this.referenceCode = undefined;
    this.referenceProprietary = undefined;
    this.reference = undefined;
    this.tooLong = undefined;
    this.repeated = undefined;
    this.otherReferences = undefined;
  }
}
