/**
 * The plain description of a camt.053 / camt.054 document that the test-side writer turns into XML
 * (writeCamt.ts) and from which the reader's expected result is computed (expectedOf.ts). A
 * description holds what a bank would put in the file, in the file's own terms (status codes,
 * AcctSvcrRef, Ustrd …), so that a property test can say what the reader must make of it.
 */

export type CamtSpecMessage = 'camt.053' | 'camt.054';
export type CamtSpecVersion = '001.04' | '001.08';

/** An amount as written in the file: an exact decimal string (e.g. '100.5') and its `Ccy`. */
export interface CamtSpecAmount {
  readonly amount: string;
  readonly currency: string;
}

/** One `TxDtls`. */
export interface CamtSpecTransaction {
  /** `Refs/AcctSvcrRef`; without it the reader falls back on the entry's reference and the index. */
  readonly acctSvcrRef?: string;
  readonly amount: CamtSpecAmount;
  /** Where the amount is written: `TxDtls/Amt` (default), `AmtDtls/TxAmt/Amt`, or both. */
  readonly amountIn?: 'Amt' | 'AmtDtls' | 'both';
  /** `RmtInf/Strd/CdtrRefInf/Ref`, as written (spaces and lower case allowed). */
  readonly reference?: string;
  /** `CdtrRefInf/Tp/CdOrPrtry`: QRR as `Prtry`, SCOR as `Cd`; absent: no `Tp`. */
  readonly referenceType?: 'QRR' | 'SCOR';
  /** `RmtInf/Ustrd`, each at most 140 characters. */
  readonly ustrd?: readonly string[];
  /** `RmtInf/Strd/AddtlRmtInf`, at most 140 characters. */
  readonly addtlRmtInf?: string;
  /** `RltdPties/Dbtr/Nm` (.04) or `RltdPties/Dbtr/Pty/Nm` (.08). */
  readonly debtorName?: string;
  /** `RltdPties/DbtrAcct/Id/IBAN`. */
  readonly debtorIban?: string;
  /** `RltdPties/Cdtr/Nm` (.04) or `Cdtr/Pty/Nm` (.08): the counterparty of a debit. */
  readonly creditorName?: string;
  readonly creditorIban?: string;
  /**
   * `Chrgs`: one amount is written as `TtlChrgsAndTaxAmt` and one `Rcrd` of the same amount; a list
   * is written as `Rcrd` elements only (the reader then sums them).
   */
  readonly charges?: CamtSpecAmount | readonly CamtSpecAmount[];
}

/** One `Ntry`. */
export interface CamtSpecEntry {
  readonly status: 'BOOK' | 'PDNG';
  readonly direction: 'CRDT' | 'DBIT';
  /** `RvslInd`: absent is not written; `false` is written as `<RvslInd>false</RvslInd>`. */
  readonly reversal?: boolean;
  readonly amount: CamtSpecAmount;
  /** `BookgDt/Dt`, YYYY-MM-DD (years 1996 to 2099: the EU summer-time rule of expectedOf). */
  readonly bookingDate: string;
  /** `ValDt/Dt`, YYYY-MM-DD. */
  readonly valueDate?: string;
  readonly acctSvcrRef?: string;
  /** A batch entry: `NtryDtls/Btch` (NbOfTxs, TtlAmt = the entry amount) and one `TxDtls` each. */
  readonly batch?: { readonly transactions: readonly CamtSpecTransaction[] };
  /** A single transaction's details: one `TxDtls` without `Btch`. Ignored when `batch` is given. */
  readonly details?: CamtSpecTransaction;
}

/** A whole document: one statement (`Stmt` of camt.053, `Ntfctn` of camt.054). */
export interface CamtSpecDoc {
  readonly message: CamtSpecMessage;
  readonly version: CamtSpecVersion;
  /** `GrpHdr/MsgId`, at most 35 characters. */
  readonly messageId: string;
  /** `GrpHdr/CreDtTm` and `Stmt/CreDtTm`, written as given. */
  readonly createdAt: string;
  /** `Acct/Id/IBAN`, compact. */
  readonly account: string;
  /** `Stmt/Id` or `Ntfctn/Id`; default `${messageId}-1`. */
  readonly statementId?: string;
  /** Write `TxsSummry` (counts and sums of all entries; meaningful with one currency only). */
  readonly summary?: boolean;
  readonly entries: readonly CamtSpecEntry[];
}

/** The transactions of an entry as the writer writes them (batch, single details, or none). */
export function transactionsOf(entry: CamtSpecEntry): readonly CamtSpecTransaction[] {
  if (entry.batch !== undefined) return entry.batch.transactions;
  return entry.details === undefined ? [] : [entry.details];
}

/** The namespace of a message version, e.g. `urn:iso:std:iso:20022:tech:xsd:camt.054.001.08`. */
export function namespaceOf(doc: Pick<CamtSpecDoc, 'message' | 'version'>): string {
  return `urn:iso:std:iso:20022:tech:xsd:${doc.message}.${doc.version}`;
}

/** Minor-unit digits of the currencies the descriptions use (ISO 4217), kept apart from src/money on purpose. */
export const SPEC_MINOR_UNITS: Readonly<Record<string, number>> = { CHF: 2, EUR: 2, USD: 2, GBP: 2, JPY: 0, KWD: 3 };
