/**
 * The payload's layout and limits as data (Swiss Implementation Guidelines for the QR-bill v2.3,
 * section 4.3, "Data elements in the QR-bill"): one row per line of the payload, in order. The
 * codec reads and writes lines through this table; the checks in `checkLines.ts` walk it, so a
 * new limit is a change of data here, not of code. @internal
 */

/** The fixed header and trailer (QRB-01). */
export const QR_TYPE = 'SPC';
export const VERSION = '0200';
/** Readers accept every 2.x version: the major version is what changes the layout. */
export const VERSION_PATTERN = /^02\d\d$/;
export const CODING_TYPE = '1';
export const TRAILER = 'EPD';

/** Lines of a payload: 31 required (up to the trailer), then bill information and two schemes. */
export const MIN_LINES = 31;
export const MAX_LINES = 34;
/** The longest payload the guidelines allow, line breaks included (QRB-01). */
export const MAX_PAYLOAD = 997;

/** The line of each element (0-based). */
export const LINE = {
  qrType: 0,
  version: 1,
  codingType: 2,
  account: 3,
  creditor: 4,
  ultimateCreditor: 11,
  amount: 18,
  currency: 19,
  debtor: 20,
  referenceType: 27,
  reference: 28,
  message: 29,
  trailer: 30,
  billInformation: 31,
  alternativeSchemes: 32,
} as const;

/** The seven lines of an address: type, then these fields with their longest length (QRB-02). */
export const ADDRESS_FIELDS = [
  { key: 'name', max: 70, required: true },
  { key: 'street', max: 70, required: false },
  { key: 'buildingNumber', max: 16, required: false },
  { key: 'postalCode', max: 16, required: true },
  { key: 'town', max: 35, required: true },
  { key: 'country', max: 2, required: true },
] as const;

/** The only address type allowed since 21 November 2025; `K` (combined lines) is refused (QRB-07). */
export const STRUCTURED_ADDRESS = 'S';
export const COMBINED_ADDRESS = 'K';

/** Longest lengths of the other free texts (QRB-02, QRB-09). */
export const MAX_MESSAGE = 140;
/** The unstructured message and the bill information share 140 characters (QRB-09). */
export const MAX_MESSAGE_AND_BILL_INFORMATION = 140;
export const MAX_SCHEME = 100;
export const MAX_SCHEMES = 2;

/** An IBAN of the QR-bill: 21 characters, Swiss or Liechtenstein (QRB-04). */
export const IBAN_LENGTH = 21;
export const IBAN_COUNTRIES = ['CH', 'LI'] as const;
/** The QR-IID range: an IBAN whose bank id lies here is a QR-IBAN (QRB-05). */
export const QR_IID_MIN = 30000;
export const QR_IID_MAX = 31999;

/** Amount limits (QRB-08), in cents so that no floating point is involved. */
export const MIN_AMOUNT_CENTS = 1;
export const MAX_AMOUNT_INTEGER_DIGITS = 9;
export const CURRENCIES = ['CHF', 'EUR'] as const;
