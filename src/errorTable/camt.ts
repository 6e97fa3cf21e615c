import type { CodeTablePart } from './entry.js';

/**
 * Codes of camt bank files: the four a whole document fails with (thrown by `parseCamt` and
 * `readCamt`), and why a part of a file is skipped (`CamtSkipped.code`, reported). @internal
 */
export const CAMT_CODES = {
  CAMT_NOT_XML: {
    kind: 'error',
    context: 'camt',
    violates: { 'CMT-01': 'well-formed XML without DOCTYPE or entity declarations' },
    when:
      '`parseCamt`, `readCamt`: the input is not well-formed XML (text outside the document element, tags that do not match, a bad ' +
      'entity, invalid UTF-8 in a value read, an attribute given twice on an element read), is empty, or declares a DOCTYPE or ' +
      'entities (refused, never expanded).',
    todo: "Check that the file is the bank's camt file as downloaded; `details.offset` is the byte where reading stopped.",
  },
  CAMT_UNSUPPORTED_MESSAGE: {
    kind: 'error',
    context: 'camt',
    violates: { 'CMT-01': 'a camt.053 or camt.054 Document of version .04 or .08 in UTF-8' },
    when:
      '`parseCamt`, `readCamt`: the document element is not an ISO 20022 `Document` of camt.053 or camt.054 in version .04 or .08 (a ' +
      'pain.001, a camt.052, the 2009 version .02), has no `GrpHdr/MsgId`, or is declared in another encoding than UTF-8; an entry ' +
      '(`Ntry`) or transaction (`TxDtls`) where the schema has none (outside its statement or `NtryDtls`, nested in another, in the ' +
      'group header), or an element read that is in another namespace: its money could not be accounted for.',
    todo: 'Ask the bank for camt.054.001.08 (or camt.053.001.08) files; the message names the version found.',
  },
  CAMT_TRUNCATED: {
    kind: 'error',
    context: 'camt',
    violates: { 'CMT-01': 'the whole document, up to `</Document>`' },
    when:
      '`parseCamt`, `readCamt`: the input ends before the document element is closed (a download cut short, a file still being ' +
      'written).',
    todo: 'Download the file again; with `readCamt`, act on the batches only once the last one (with `summary`) arrived.',
  },
  CAMT_LIMIT_EXCEEDED: {
    kind: 'error',
    context: 'camt',
    violates: { 'CMT-01': 'nesting of at most 64, tags of at most 1,024 bytes, texts of at most 65,536 bytes' },
    when:
      '`parseCamt`, `readCamt`: elements nest deeper than 64, a tag is longer than 1,024 bytes, a text, comment or CDATA section ' +
      'longer than 65,536 bytes, or the message or statement id is longer than ISO 20022 allows.',
    todo: 'A bank file never comes near these limits: check where the file comes from.',
  },
  NOT_BOOKED: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-02': 'a booked entry' },
    when: "An entry's status is not `BOOK` (`PDNG`, `INFO`) or missing: it is skipped with its amount, its transactions unread.",
    todo: 'Nothing: the booking comes in a later file.',
  },
  MISSING_AMOUNT: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-03': 'an amount' },
    when: 'An entry or transaction has no `Amt`.',
    todo: "Ask the bank; the entry's difference is reported as `BATCH_SUM_MISMATCH` with the amount.",
  },
  MISSING_CURRENCY: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-03': 'an amount with its currency' },
    when: 'An amount has no `Ccy` attribute.',
    todo: 'Ask the bank for a corrected file.',
  },
  BAD_AMOUNT: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-03': 'an exact, non-negative amount in the minor units of its currency' },
    when:
      'An amount is negative, not a decimal number, has more digits than ISO 20022 allows or more decimals than its currency; a ' +
      'transaction is in another currency than its entry; charges cannot be read.',
    todo: 'Ask the bank for a corrected file; the item names the value.',
  },
  ZERO_AMOUNT: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-03': 'payments, reversals and debits of money above zero' },
    when:
      'A transaction, or an entry without details, has the amount zero (a zero-value notification): no money moved, and ' +
      '`reconcile()` takes no payment or reversal of zero. It is skipped with its amount (zero), so the totals still add up.',
    todo: 'Nothing: no money moved.',
  },
  UNKNOWN_CURRENCY: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-03': 'an ISO 4217 currency' },
    when: "An amount's `Ccy` is not an active ISO 4217 code.",
    todo: 'Ask the bank for a corrected file.',
  },
  MISSING_ID: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-04': 'a bank reference to identify the payment' },
    when: 'Neither the transaction (`Refs/AcctSvcrRef`) nor its entry (`AcctSvcrRef`) has a bank reference.',
    todo: 'Book the skipped amount by hand, or ask the bank to include account servicer references.',
  },
  MISSING_DATE: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-02': 'a booking date' },
    when:
      'An entry has no booking date (`BookgDt`), or not a real date or date-time of the years 0001–9999 (a date whose midnight in ' +
      'Zurich falls before 0001-01-01T00:00:00Z included).',
    todo: 'Ask the bank for a corrected file.',
  },
  MISSING_DIRECTION: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-02': 'a direction (`CdtDbtInd`) and a reversal flag that can be read' },
    when: "An entry's or transaction's `CdtDbtInd` is neither `CRDT` nor `DBIT`, or `RvslInd` is neither true nor false.",
    todo: 'Ask the bank for a corrected file.',
  },
  VALUE_TOO_LONG: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-08': 'texts within their ISO 20022 maximum, never cut' },
    when:
      'A text read (a reference, a name, an IBAN, a remittance text) is longer than its ISO 20022 type allows (Max35Text, Max140Text, ' +
      '34 characters for an IBAN).',
    todo: 'Book the skipped amount by hand; the item names the element and its length.',
  },
  DUPLICATE_TRANSACTION: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-04': 'one transaction per id' },
    when:
      'A transaction id was read before with other contents (amount, date, reference, debtor): the later one is skipped with its ' +
      'amount.',
    todo: 'Ask the bank: a bank never reuses an id.',
  },
  REPEATED_TRANSACTION: {
    kind: 'reason',
    context: 'camt',
    explains: ['CMT-04'],
    when: 'A transaction is listed a second time with the same id and contents: the copy is skipped with its amount, the first one counts.',
    todo: 'Nothing: counted once.',
  },
  BATCH_COUNT_MISMATCH: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-06': 'as many transactions as the batch says' },
    when: '`Btch/NbOfTxs` differs from the number of `TxDtls` listed.',
    todo: 'Ask the bank for the missing transactions; the payments listed are read.',
  },
  BATCH_SUM_MISMATCH: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-06': 'transactions that add up to their batch and entry' },
    when:
      "`Btch/TtlAmt` or the entry's amount differs from the sum of the transaction amounts read; the entry's item carries the " +
      'difference (negative when the transactions add up to more).',
    todo: 'Look for the transactions skipped in the same entry, or ask the bank.',
  },
  SUMMARY_MISMATCH: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-07': 'a statement summary that agrees with its entries' },
    when: "A statement's `TxsSummry` (number of entries, credit and debit counts and sums) differs from the entries the file lists.",
    todo: 'Ask the bank whether entries are missing from the file.',
  },
  DUPLICATE_ELEMENT: {
    kind: 'reason',
    context: 'camt',
    violates: { 'CMT-07': 'each single-valued element once, never one value silently overwritten by another' },
    when:
      'An element ISO 20022 allows once (`Amt`, `CdtDbtInd`, `AcctSvcrRef`, `BookgDt`, `Sts`, a debtor name …) appears twice in an ' +
      'entry or transaction: the entry or transaction is skipped (with its amount unless `Amt` itself is repeated); in a batch, a ' +
      'statement value or the group header, the repeat is reported and the first value kept.',
    todo: 'Ask the bank for a corrected file; book the skipped amount by hand.',
  },
} as const satisfies CodeTablePart;
