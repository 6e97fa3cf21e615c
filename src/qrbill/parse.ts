import { InvalidInputError } from '../errors.js';
import { checkLines } from './checkLines.js';
import { ADDRESS_FIELDS, LINE, MAX_LINES, MAX_PAYLOAD, MIN_LINES } from './layout.js';
import type { QrBill, QrBillAddress, QrBillCurrency, QrBillError, QrBillParseResult, QrBillReferenceType } from './model.js';

/** The address of seven lines from `start`, or `undefined` when they are all empty. */
function addressAt(lines: readonly string[], start: number): QrBillAddress | undefined {
  if (lines.slice(start, start + 7).every((x) => x === '')) return undefined;
  const address: Record<string, string> = {};
  ADDRESS_FIELDS.forEach(({ key }, i) => {
    const value = lines[start + 1 + i] as string;
    if (value !== '') address[key] = value;
  });
  return address as unknown as QrBillAddress;
}

/** A bill from lines that passed every check. */
function billOf(lines: readonly string[]): QrBill {
  const at = (i: number): string => lines[i] ?? '';
  const currency = at(LINE.currency) as QrBillCurrency;
  const debtor = addressAt(lines, LINE.debtor);
  const schemes = lines.slice(LINE.alternativeSchemes);
  const optional = (key: string, value: string): Record<string, string> => (value === '' ? {} : { [key]: value });
  return {
    account: at(LINE.account),
    creditor: addressAt(lines, LINE.creditor) as QrBillAddress,
    ...(at(LINE.amount) === '' ? {} : { amount: { amount: at(LINE.amount), currency } }),
    currency,
    ...(debtor === undefined ? {} : { debtor }),
    referenceType: at(LINE.referenceType) as QrBillReferenceType,
    ...optional('reference', at(LINE.reference)),
    ...optional('message', at(LINE.message)),
    ...optional('billInformation', at(LINE.billInformation)),
    ...(schemes.length === 0 ? {} : { alternativeSchemes: schemes }),
  };
}

const structure = (message: string): QrBillParseResult => ({
  ok: false,
  errors: [{ field: 'payload', code: 'INVALID_STRUCTURE', rule: 'QRB-01', message: `payload: ${message}` }],
});

/**
 * Reads the payload of a Swiss QR Code (the "SPC" text of a QR-bill, v2.x) and checks it against
 * every rule of the Implementation Guidelines v2.3 (QRB-01..09), listing every broken rule at once.
 * Lines may end with LF or CR LF; one line break after the last element is tolerated (found in
 * practice though the guidelines forbid it), and spaces around a field are ignored.
 *
 * @param text - the payload as scanned.
 * @returns `{ ok: true, bill }`, or `{ ok: false, errors }` with each error's field, code, rule and message.
 * @throws InvalidInputError (`INVALID_INPUT`) when `text` is not a string.
 * @example
 * ```ts
 * const payload = ['SPC', '0200', '1', 'CH4431999123000889012', 'S', 'Robert Schneider AG', 'Rue du Lac', '1268',
 *   '2501', 'Biel', 'CH', '', '', '', '', '', '', '', '1949.75', 'CHF', '', '', '', '', '', '', '',
 *   'QRR', '210000000003139471430009017', 'Order dated 18.06.2020', 'EPD'].join('\n');
 * const read = parseQrBill(payload);
 * read.ok && read.bill.amount; // { amount: '1949.75', currency: 'CHF' }
 * parseQrBill(payload.replace('CH4431999', 'CH4431998')).ok; // false (IBAN check digits, QRB-04)
 * ```
 */
export function parseQrBill(text: string): QrBillParseResult {
  if (typeof text !== 'string') throw new InvalidInputError('QR-bill payload', [{ path: [], message: 'must be a string', code: 'custom' }], 'QRB-01');
  // Bounded work whatever the input: the length is checked before the text is split.
  const body = text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') ? text.slice(0, -1) : text;
  if (body.length > MAX_PAYLOAD) return structure(`has ${body.length} characters; a QR-bill payload has at most ${MAX_PAYLOAD}`);
  const lines = body.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line).trim());
  if (lines.length < MIN_LINES || lines.length > MAX_LINES) {
    return structure(`has ${lines.length} lines; a QR-bill has ${MIN_LINES} (up to the EPD trailer) to ${MAX_LINES}${lines[0] === 'SPC' ? '' : ' and starts with SPC'}`);
  }
  const errors: QrBillError[] = checkLines(lines);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, bill: billOf(lines) };
}
