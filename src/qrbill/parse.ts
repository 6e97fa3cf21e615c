import { InvalidInputError } from '../errors.js';
import { checkLines } from './checkLines.js';
import { ADDRESS_FIELDS, LINE, MAX_LINES, MAX_PAYLOAD, MIN_LINES } from './layout.js';
import type { QrBill, QrBillAddress, QrBillCurrency, QrBillError, QrBillParseResult, QrBillReferenceType } from './model.js';

/** The address of seven lines from `start`, or `undefined` when they are all empty. */
function addressAt(lines: readonly string[], start: number): QrBillAddress | undefined {
  let empty = true;
  for (let i = start; i < start + 7; i += 1) empty &&= lines[i] === '';
  if (empty) return undefined;
  const address: Record<string, string> = {};
  for (let i = 0; i < ADDRESS_FIELDS.length; i += 1) {
    const value = lines[start + 1 + i] as string;
    if (value !== '') address[(ADDRESS_FIELDS[i] as (typeof ADDRESS_FIELDS)[number]).key] = value;
  }
  return address as unknown as QrBillAddress;
}

/** A bill from lines that passed every check (loops, no closures: this runs 200,000 times a second). */
function billOf(lines: readonly string[]): QrBill {
  const currency = lines[LINE.currency] as QrBillCurrency;
  const bill: Record<string, unknown> = { account: lines[LINE.account], creditor: addressAt(lines, LINE.creditor) };
  const amount = lines[LINE.amount] as string;
  if (amount !== '') bill.amount = { amount, currency };
  bill.currency = currency;
  const debtor = addressAt(lines, LINE.debtor);
  if (debtor !== undefined) bill.debtor = debtor;
  bill.referenceType = lines[LINE.referenceType] as QrBillReferenceType;
  for (const [key, line] of OPTIONAL_TEXTS) {
    const value = lines[line] ?? '';
    if (value !== '') bill[key] = value;
  }
  if (lines.length > LINE.alternativeSchemes) bill.alternativeSchemes = lines.slice(LINE.alternativeSchemes);
  return bill as unknown as QrBill;
}

const OPTIONAL_TEXTS = [
  ['reference', LINE.reference],
  ['message', LINE.message],
  ['billInformation', LINE.billInformation],
] as const;

/** The payload's lines, each without its CR (CR LF line breaks) and the spaces around it. */
function splitLines(body: string): string[] {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    let line = lines[i] as string;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    // Most fields have no surrounding spaces: trim only those that do (a new string per field otherwise).
    const last = line.length - 1;
    if (
      last >= 0 &&
      (line.charCodeAt(0) <= 32 || line.charCodeAt(last) <= 32 || line.charCodeAt(0) === 0xa0 || line.charCodeAt(last) === 0xa0)
    )
      line = line.trim();
    lines[i] = line;
  }
  return lines;
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
  if (typeof text !== 'string')
    throw new InvalidInputError('QR-bill payload', [{ path: [], message: 'must be a string', code: 'custom' }], 'QRB-01');
  // Bounded work whatever the input: the length is checked before the text is split.
  const body = text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') ? text.slice(0, -1) : text;
  if (body.length > MAX_PAYLOAD) return structure(`has ${body.length} characters; a QR-bill payload has at most ${MAX_PAYLOAD}`);
  // A second break is not the tolerated one: it would be read as an empty element after the last.
  if (body.endsWith('\n')) return structure('ends with more than one line break (one is tolerated)');
  const lines = splitLines(body);
  if (lines.length < MIN_LINES || lines.length > MAX_LINES) {
    return structure(
      `has ${lines.length} lines; a QR-bill has ${MIN_LINES} (up to the EPD trailer) to ` +
        `${MAX_LINES}${lines[0] === 'SPC' ? '' : ' and starts with SPC'}`,
    );
  }
  const errors: QrBillError[] = checkLines(lines, body);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, bill: billOf(lines) };
}
