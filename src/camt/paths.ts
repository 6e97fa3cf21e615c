/**
 * What the reader takes from a camt.053 / camt.054 document: every element path it reads, as data.
 * The reader (mapper.ts) is generic over this table; an element whose path is not here is skipped
 * without decoding its text. Paths are relative to the message element (`BkToCstmrStmt` or
 * `BkToCstmrDbtCdtNtfctn`); `A|B` is either name, in both message versions .04 and .08 (where a
 * version nests a value deeper, as `Dbtr/Pty/Nm` in .08 against `Dbtr/Nm` in .04, both are listed).
 *
 * Sources: ISO 20022 message definitions camt.053.001.04/.08 and camt.054.001.04/.08, and the
 * Swiss Payment Standards' implementation guidelines for cash management reports (SPS 2022).
 *
 * @internal
 * @module
 */

/** What an element is to the reader: a structure it follows, or a value it keeps. */
export const Role = {
  Ignore: 0,
  /** A structure the reader descends into. */
  Structure: 1,
  Statement: 2,
  Entry: 3,
  EntryDetails: 4,
  Transaction: 5,
  // Values of the group header and statement.
  MessageId: 6,
  CreatedAt: 7,
  StatementId: 8,
  StatementCreatedAt: 9,
  StatementIban: 10,
  SummaryAllCount: 11,
  SummaryCreditCount: 12,
  SummaryCreditSum: 13,
  SummaryDebitCount: 14,
  SummaryDebitSum: 15,
  // Values of an entry.
  EntryAmount: 16,
  EntryDirection: 17,
  EntryReversal: 18,
  EntryStatus: 19,
  EntryBookingDate: 20,
  EntryValueDate: 21,
  EntryRef: 22,
  BatchCount: 23,
  BatchAmount: 24,
  // Values of a transaction.
  TxRef: 25,
  TxAmount: 26,
  TxDetailAmount: 27,
  TxDirection: 28,
  TxChargesTotal: 29,
  TxChargesRecord: 30,
  TxDebtorName: 31,
  TxDebtorIban: 32,
  TxCreditorName: 33,
  TxCreditorIban: 34,
  TxMessage: 35,
  TxRefCode: 36,
  TxRefProprietary: 37,
  TxReference: 38,
} as const;

/** A role of the table above. */
export type Role = (typeof Role)[keyof typeof Role];

/** The first value role: an element at or after it has text the reader keeps. */
export const FIRST_VALUE_ROLE = Role.MessageId;

/** Roles whose element carries the currency in a `Ccy` attribute, as a table indexed by role. */
export const AMOUNT_ROLES: Uint8Array = (() => {
  const table = new Uint8Array(Object.keys(Role).length);
  for (const role of [Role.EntryAmount, Role.BatchAmount, Role.TxAmount, Role.TxDetailAmount, Role.TxChargesTotal, Role.TxChargesRecord])
    table[role] = 1;
  return table;
})();

const DATE = 'Dt|DtTm';

/** Element paths under a statement (`Stmt` of camt.053, `Ntfctn` of camt.054). */
const STATEMENT_PATHS: readonly (readonly [string, Role])[] = [
  ['Id', Role.StatementId],
  ['CreDtTm', Role.StatementCreatedAt],
  ['Acct/Id/IBAN', Role.StatementIban],
  ['TxsSummry/TtlNtries/NbOfNtries', Role.SummaryAllCount],
  ['TxsSummry/TtlCdtNtries/NbOfNtries', Role.SummaryCreditCount],
  ['TxsSummry/TtlCdtNtries/Sum', Role.SummaryCreditSum],
  ['TxsSummry/TtlDbtNtries/NbOfNtries', Role.SummaryDebitCount],
  ['TxsSummry/TtlDbtNtries/Sum', Role.SummaryDebitSum],
  ['Ntry', Role.Entry],
];

/** Element paths under an entry (`Ntry`). */
const ENTRY_PATHS: readonly (readonly [string, Role])[] = [
  ['Amt', Role.EntryAmount],
  ['CdtDbtInd', Role.EntryDirection],
  ['RvslInd', Role.EntryReversal],
  // .04: <Sts>BOOK</Sts>; .08: <Sts><Cd>BOOK</Cd></Sts>.
  ['Sts', Role.EntryStatus],
  ['Sts/Cd', Role.EntryStatus],
  [`BookgDt/${DATE}`, Role.EntryBookingDate],
  [`ValDt/${DATE}`, Role.EntryValueDate],
  ['AcctSvcrRef', Role.EntryRef],
  ['NtryDtls', Role.EntryDetails],
  ['NtryDtls/Btch/NbOfTxs', Role.BatchCount],
  ['NtryDtls/Btch/TtlAmt', Role.BatchAmount],
  ['NtryDtls/TxDtls', Role.Transaction],
];

/** Element paths under a transaction (`TxDtls`). */
const TRANSACTION_PATHS: readonly (readonly [string, Role])[] = [
  ['Refs/AcctSvcrRef', Role.TxRef],
  ['Amt', Role.TxAmount],
  ['AmtDtls/TxAmt/Amt', Role.TxDetailAmount],
  ['CdtDbtInd', Role.TxDirection],
  ['Chrgs/TtlChrgsAndTaxAmt', Role.TxChargesTotal],
  ['Chrgs/Rcrd/Amt', Role.TxChargesRecord],
  ['RltdPties/Dbtr/Nm', Role.TxDebtorName],
  ['RltdPties/Dbtr/Pty/Nm', Role.TxDebtorName],
  ['RltdPties/DbtrAcct/Id/IBAN', Role.TxDebtorIban],
  ['RltdPties/Cdtr/Nm', Role.TxCreditorName],
  ['RltdPties/Cdtr/Pty/Nm', Role.TxCreditorName],
  ['RltdPties/CdtrAcct/Id/IBAN', Role.TxCreditorIban],
  ['RmtInf/Ustrd', Role.TxMessage],
  ['RmtInf/Strd/CdtrRefInf/Tp/CdOrPrtry/Cd', Role.TxRefCode],
  ['RmtInf/Strd/CdtrRefInf/Tp/CdOrPrtry/Prtry', Role.TxRefProprietary],
  ['RmtInf/Strd/CdtrRefInf/Ref', Role.TxReference],
  ['RmtInf/Strd/AddtlRmtInf', Role.TxMessage],
];

/** The message elements, by message type. */
export const MESSAGE_ELEMENTS = {
  'camt.053': { message: 'BkToCstmrStmt', statement: 'Stmt' },
  'camt.054': { message: 'BkToCstmrDbtCdtNtfctn', statement: 'Ntfctn' },
} as const;

/**
 * Every path the reader follows, from the message element, with its role. Structures on the way
 * (`GrpHdr`, `Acct/Id`, `RmtInf/Strd` …) are implied by the paths below them.
 */
export function readerPaths(): readonly (readonly [string, Role])[] {
  const statement = `${MESSAGE_ELEMENTS['camt.053'].statement}|${MESSAGE_ELEMENTS['camt.054'].statement}`;
  const transaction = `${statement}/Ntry/NtryDtls/TxDtls`;
  return [
    ['GrpHdr/MsgId', Role.MessageId],
    ['GrpHdr/CreDtTm', Role.CreatedAt],
    [statement, Role.Statement],
    ...STATEMENT_PATHS.map(([p, r]) => [`${statement}/${p}`, r] as const),
    ...ENTRY_PATHS.map(([p, r]) => [`${statement}/Ntry/${p}`, r] as const),
    ...TRANSACTION_PATHS.map(([p, r]) => [`${transaction}/${p}`, r] as const),
  ];
}

/**
 * The longest text each value may have, from the ISO 20022 data types (Max35Text, Max140Text,
 * IBAN2007Identifier, ActiveOrHistoricCurrencyAndAmount's 18 digits plus a point). A longer value is
 * `VALUE_TOO_LONG`; nothing is cut.
 */
export const MAX_TEXT: Readonly<Partial<Record<Role, number>>> = {
  [Role.MessageId]: 35,
  [Role.StatementId]: 35,
  [Role.StatementIban]: 34,
  [Role.EntryRef]: 35,
  [Role.TxRef]: 35,
  [Role.TxDebtorName]: 140,
  [Role.TxCreditorName]: 140,
  [Role.TxDebtorIban]: 34,
  [Role.TxCreditorIban]: 34,
  [Role.TxMessage]: 140,
  [Role.TxReference]: 35,
  [Role.TxRefCode]: 4,
  [Role.TxRefProprietary]: 35,
};
