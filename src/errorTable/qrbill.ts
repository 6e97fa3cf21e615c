import type { CodeTablePart } from './entry.js';

/**
 * Codes of the QR-bill. The codes of a broken QR-bill rule are reported by `parseQrBill` (and as
 * reasons by `isOurBill`), and listed in `details.errors` of `INVALID_QR_BILL`, which
 * `qrBillPayload` and `billForInvoice` throw. @internal
 */
export const QRBILL_CODES = {
  INVALID_QR_BILL: {
    kind: 'error',
    context: 'qrbill',
    refuses: ['QRB-01', 'QRB-02', 'QRB-03', 'QRB-04', 'QRB-05', 'QRB-06', 'QRB-07', 'QRB-08', 'QRB-09'],
    when:
      '`qrBillPayload` and `billForInvoice` would write a bill that breaks a QR-bill rule: `details.errors` lists each broken rule ' +
      "(the codes below) and `rule` is the first one's.",
    todo: 'Fix each field named in `details.errors`.',
  },
  INVALID_STRUCTURE: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-01': "the payload's frame (SPC, coding type, EPD, lines, length)" },
    when:
      'The payload does not start with `SPC`, has another coding type than `1`, lacks the `EPD` trailer, has the wrong number of lines ' +
      'or is longer than 997 characters.',
    todo: 'Scan again, or check that the text is a whole Swiss QR-bill payload.',
  },
  UNSUPPORTED_VERSION: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-01': 'a version 2 payload' },
    when: "The payload's version is not `02xx`.",
    todo: 'Ask the biller for a current (version 2.x) QR-bill.',
  },
  FIELD_REQUIRED: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-02': 'the required fields given', 'QRB-07': 'a structured address type' },
    when: 'A required field is empty (creditor name, postal code, town, country, the account), or a required address has no address type.',
    todo: 'Fill in the field named in `field`.',
  },
  FIELD_TOO_LONG: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-02': 'the field lengths' },
    when: 'A field is longer than the guidelines allow (name 70, street 70, town 35, …).',
    todo: 'Shorten the field named in `field` to the length the message gives.',
  },
  FIELD_MUST_BE_EMPTY: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-02': 'the ultimate-creditor elements empty' },
    when: 'An ultimate-creditor element, reserved for future use, is filled in.',
    todo: 'Leave the ultimate creditor empty.',
  },
  INVALID_CHARACTER: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-03': 'the v2.3 character set' },
    when: 'A text holds a character outside the QR-bill character set; the message names it, its code point and position.',
    todo: 'Replace or transliterate the character.',
  },
  INVALID_IBAN: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-04': 'a Swiss or Liechtenstein IBAN with valid check digits' },
    when: 'The account is not a 21-character CH or LI IBAN with valid modulo 97 check digits.',
    todo: 'Check the account number for a typing error.',
  },
  QR_IBAN_NEEDS_QR_REFERENCE: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-05': 'a QR-IBAN takes a QR reference' },
    when: 'The account is a QR-IBAN but the reference type is `SCOR` or `NON`.',
    todo: 'Use a QR reference (`QRR`) with a QR-IBAN, or an ordinary IBAN.',
  },
  QR_REFERENCE_NEEDS_QR_IBAN: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-05': 'a QR reference needs a QR-IBAN' },
    when: 'The reference type is `QRR` but the account is an ordinary IBAN.',
    todo: 'Use the QR-IBAN of the account, or a creditor reference (`SCOR`).',
  },
  INVALID_REFERENCE: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-06': 'a reference of its type' },
    when:
      'The reference does not match its type: a QR reference without a valid check digit or of zeros only (QR-bill IG v2.3, ' +
      '2.12.1), a creditor reference with wrong check digits, a reference with `NON`, or an unknown type.',
    todo: 'Generate the reference with `qrReference` or `creditorReference`.',
  },
  COMBINED_ADDRESS_NOT_ALLOWED: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-07': 'structured addresses only' },
    when: 'An address has type `K` (combined lines), refused since 21 November 2025.',
    todo: 'Give street, building number, postal code and town apart (type `S`).',
  },
  INVALID_COUNTRY: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-07': 'an ISO 3166-1 alpha-2 country' },
    when: "An address's country is not two capital letters.",
    todo: 'Use the ISO 3166-1 alpha-2 code, e.g. `CH`.',
  },
  INCOMPLETE_ADDRESS: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-07': 'an optional address complete or absent' },
    when: "The debtor's (optional) address is partly filled in.",
    todo: 'Give the whole address, or leave it out.',
  },
  INVALID_AMOUNT: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-08': 'an amount of 0.01 to 999,999,999.99 with two decimals' },
    when: 'The amount is not empty or 0.01 to 999999999.99 written with two decimals and no leading zeros.',
    todo: 'Round the amount to the cent; leave it empty for the debtor to fill in.',
  },
  INVALID_CURRENCY: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-08': 'CHF or EUR' },
    when: "The currency is neither CHF nor EUR, or differs from the amount's.",
    todo: 'Bill in CHF or EUR.',
  },
  TEXT_TOO_LONG: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-09': 'message and bill information within 140 characters together' },
    when: 'The unstructured message and the bill information are longer than 140 characters together.',
    todo: 'Shorten the message.',
  },
  TOO_MANY_SCHEMES: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'QRB-09': 'at most two alternative schemes' },
    when: 'More than two alternative schemes are given.',
    todo: 'Keep at most two.',
  },
  NOT_OUR_ACCOUNT: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'BIL-07': 'pays one of our accounts' },
    when: '`isOurBill`: the bill pays an account that is not one of ours.',
    todo: 'Do not pay it: the bill possibly did not come from the provider.',
  },
  NOT_OUR_REFERENCE: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'BIL-07': 'the reference of one of our invoices' },
    when: '`isOurBill`: the bill has no reference, or one that is not the reference of any of our invoices.',
    todo: 'Do not pay it: compare it with the invoices in the customer account.',
  },
  NOT_OUR_AMOUNT: {
    kind: 'reason',
    context: 'qrbill',
    violates: { 'BIL-07': 'the exact amount of that invoice' },
    when: "`isOurBill`: the bill leaves the amount open or asks for another amount than the invoice's.",
    todo: "Do not pay it: pay the invoice's amount through the customer account.",
  },
  LOOKUP_FAILED: {
    kind: 'error',
    context: 'qrbill',
    during: ['BIL-07'],
    when: '`isOurBill` with a `lookup` function that throws; `cause` holds its error.',
    todo: 'Fix the lookup (usually the storage behind it) and ask again.',
  },
} as const satisfies CodeTablePart;
