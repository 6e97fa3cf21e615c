import { compactCreditorReference, compactQrReference } from '../billing/checkDigits.js';
import { describeCharacter, firstInvalidCharacter, hasLineBreakInside, OUTSIDE_SET } from './charset.js';
import { ibanProblem, isQrIban } from './iban.js';
import {
  ADDRESS_FIELDS,
  CODING_TYPE,
  COMBINED_ADDRESS,
  CURRENCIES,
  LINE,
  MAX_AMOUNT_INTEGER_DIGITS,
  MAX_MESSAGE,
  MAX_MESSAGE_AND_BILL_INFORMATION,
  MAX_SCHEME,
  MAX_SCHEMES,
  QR_TYPE,
  STRUCTURED_ADDRESS,
  TRAILER,
  VERSION_PATTERN,
} from './layout.js';
import type { QrBillError, QrBillErrorCode, QrBillRuleId } from './model.js';

/** Collects every broken rule, in the order of the payload's lines. */
class Findings {
  readonly errors: QrBillError[] = [];
  /** Whether characters must be checked field by field (the payload as a whole had one outside the set). */
  constructor(readonly scanCharacters: boolean) {}
  add(field: string, code: QrBillErrorCode, rule: QrBillRuleId, message: string): void {
    this.errors.push({ field, code, rule, message: `${field}: ${message}` });
  }
}

function fieldName(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

/**
 * Length, required and character set of one text field (QRB-02, QRB-03). The field's name is
 * `prefix.key` (or `key`), built only for an error: this runs a dozen times per payload.
 */
function checkText(f: Findings, prefix: string, key: string, text: string, max: number, required: boolean): void {
  if (text.length === 0) {
    if (required) f.add(fieldName(prefix, key), 'FIELD_REQUIRED', 'QRB-02', 'is required');
    return;
  }
  if (text.length > max)
    f.add(fieldName(prefix, key), 'FIELD_TOO_LONG', 'QRB-02', `has ${text.length} characters; at most ${max} are allowed`);
  const bad = f.scanCharacters ? firstInvalidCharacter(text) : -1;
  if (bad === -1) return;
  const code = text.charCodeAt(bad);
  // A line break inside a field would end it there, and the rest be read as the next elements.
  const why =
    code === 0x0a || code === 0x0d
      ? 'a line break, allowed only between elements'
      : 'not in the QR-bill character set (v2.3: Latin-1, Latin Extended-A, Ș ș Ț ț, €)';
  f.add(fieldName(prefix, key), 'INVALID_CHARACTER', 'QRB-03', `${describeCharacter(text, bad)} at position ${bad + 1} is ${why}`);
}

/** An address's seven lines from `start` (QRB-02, QRB-07). An optional address may be all empty. */
function checkAddress(f: Findings, lines: readonly string[], start: number, prefix: string, optional: boolean): void {
  const type = lines[start] as string;
  if (optional) {
    let empty = true;
    for (let i = start; i < start + 7; i += 1) empty &&= lines[i] === '';
    if (empty) return;
  }
  if (type === COMBINED_ADDRESS) {
    // Its lines mean other things (address lines 1 and 2): checking them as S fields would only add noise.
    f.add(
      `${prefix}.addressType`,
      'COMBINED_ADDRESS_NOT_ALLOWED',
      'QRB-07',
      'combined addresses (type K) are not allowed since 21 November 2025; give street, building number, postal code and town apart ' +
        '(type S)',
    );
    return;
  }
  if (type !== STRUCTURED_ADDRESS) {
    f.add(
      `${prefix}.addressType`,
      optional ? 'INCOMPLETE_ADDRESS' : 'FIELD_REQUIRED',
      'QRB-07',
      `must be ${STRUCTURED_ADDRESS} (structured address)${type === '' ? '' : `, not ${JSON.stringify(type)}`}`,
    );
  }
  for (let i = 0; i < ADDRESS_FIELDS.length; i += 1) {
    const { key, max, required } = ADDRESS_FIELDS[i] as (typeof ADDRESS_FIELDS)[number];
    checkText(f, prefix, key, lines[start + 1 + i] as string, max, required);
  }
  const country = lines[start + 6] as string;
  if (country.length > 0 && !/^[A-Z]{2}$/.test(country))
    f.add(`${prefix}.country`, 'INVALID_COUNTRY', 'QRB-07', 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. CH');
}

/** The amount line (QRB-08): empty, or 0.01 to 999999999.99 with exactly two decimals and no leading zeros. */
function checkAmount(f: Findings, amount: string): void {
  if (amount === '') return;
  const integerDigits = amount.indexOf('.');
  const wellFormed = /^(?:0|[1-9]\d*)\.\d\d$/.test(amount) && integerDigits <= MAX_AMOUNT_INTEGER_DIGITS;
  if (!wellFormed)
    f.add(
      'amount',
      'INVALID_AMOUNT',
      'QRB-08',
      `${JSON.stringify(amount.slice(0, 20))} must be 0.01 to 999999999.99 with two decimals and no leading zeros`,
    );
  else if (/^0\.00$/.test(amount))
    f.add('amount', 'INVALID_AMOUNT', 'QRB-08', 'must be at least 0.01 (leave it empty for the debtor to fill in)');
}

/** The reference type and reference (QRB-05, QRB-06), against the account. */
function checkReference(f: Findings, type: string, reference: string, account: string, accountOk: boolean): void {
  const qrIban = accountOk && isQrIban(account);
  if (type === 'QRR') {
    if (compactQrReference(reference) !== reference)
      f.add('reference', 'INVALID_REFERENCE', 'QRB-06', 'must be a QR reference: 27 digits with a valid check digit, not all zeros');
    if (accountOk && !qrIban)
      f.add(
        'referenceType',
        'QR_REFERENCE_NEEDS_QR_IBAN',
        'QRB-05',
        'a QR reference (QRR) needs a QR-IBAN (bank id 30000 to 31999) as the account',
      );
  } else if (type === 'SCOR') {
    if (compactCreditorReference(reference) !== reference)
      f.add(
        'reference',
        'INVALID_REFERENCE',
        'QRB-06',
        "must be a creditor reference (ISO 11649): 'RF', two check digits (modulo 97) and 1 to 21 letters or digits",
      );
    if (qrIban) f.add('referenceType', 'QR_IBAN_NEEDS_QR_REFERENCE', 'QRB-05', 'a QR-IBAN takes a QR reference (QRR) only');
  } else if (type === 'NON') {
    if (reference !== '') f.add('reference', 'INVALID_REFERENCE', 'QRB-06', 'must be empty when the reference type is NON');
    if (qrIban) f.add('referenceType', 'QR_IBAN_NEEDS_QR_REFERENCE', 'QRB-05', 'a QR-IBAN takes a QR reference (QRR) only');
  } else {
    f.add('referenceType', 'INVALID_REFERENCE', 'QRB-06', `must be QRR, SCOR or NON, not ${JSON.stringify(type.slice(0, 20))}`);
  }
}

/**
 * Every rule of the QR-bill over a payload's lines (at least the 31 up to the trailer, each trimmed):
 * one validator for what {@link parseQrBill} reads and what {@link qrBillPayload} writes. `text`
 * is the payload the lines come from, scanned once for characters outside the set and for more line
 * breaks than separators (a writer's field holding one); then every field is scanned (QRB-03).
 * @internal
 */
export function checkLines(lines: readonly string[], text: string = lines.join('\n')): QrBillError[] {
  const f = new Findings(OUTSIDE_SET.test(text) || hasLineBreakInside(text, lines.length - 1));
  if (lines[LINE.qrType] !== QR_TYPE) f.add('qrType', 'INVALID_STRUCTURE', 'QRB-01', `must be ${QR_TYPE}`);
  if (!VERSION_PATTERN.test(lines[LINE.version] as string))
    f.add('version', 'UNSUPPORTED_VERSION', 'QRB-01', 'must be a version 2 payload (0200)');
  if (lines[LINE.codingType] !== CODING_TYPE)
    f.add('codingType', 'INVALID_STRUCTURE', 'QRB-01', `must be ${CODING_TYPE} (UTF-8, restricted to the QR-bill character set)`);

  const account = lines[LINE.account] as string;
  const ibanIssue = account === '' ? 'is required' : ibanProblem(account);
  if (ibanIssue !== undefined)
    f.add('account', account === '' ? 'FIELD_REQUIRED' : 'INVALID_IBAN', account === '' ? 'QRB-02' : 'QRB-04', ibanIssue);

  checkAddress(f, lines, LINE.creditor, 'creditor', false);
  for (let i = LINE.ultimateCreditor; i < LINE.ultimateCreditor + 7; i += 1) {
    if (lines[i] !== '')
      f.add(
        `ultimateCreditor[${i - LINE.ultimateCreditor}]`,
        'FIELD_MUST_BE_EMPTY',
        'QRB-02',
        'is reserved for future use and must be empty',
      );
  }
  checkAmount(f, lines[LINE.amount] as string);
  const currency = lines[LINE.currency] as string;
  if (!(CURRENCIES as readonly string[]).includes(currency))
    f.add(
      'currency',
      'INVALID_CURRENCY',
      'QRB-08',
      `must be ${CURRENCIES.join(' or ')}${currency === '' ? '' : `, not ${JSON.stringify(currency.slice(0, 20))}`}`,
    );
  checkAddress(f, lines, LINE.debtor, 'debtor', true);
  checkReference(f, lines[LINE.referenceType] as string, lines[LINE.reference] as string, account, ibanIssue === undefined);

  const message = lines[LINE.message] as string;
  const billInformation = lines[LINE.billInformation] ?? '';
  checkText(f, '', 'message', message, MAX_MESSAGE, false);
  if (lines[LINE.trailer] !== TRAILER) f.add('trailer', 'INVALID_STRUCTURE', 'QRB-01', `must be ${TRAILER} (end of payment data)`);
  checkText(f, '', 'billInformation', billInformation, MAX_MESSAGE, false);
  if (message.length + billInformation.length > MAX_MESSAGE_AND_BILL_INFORMATION) {
    f.add(
      'message',
      'TEXT_TOO_LONG',
      'QRB-09',
      `and billInformation have ${message.length + billInformation.length} characters together; at most ` +
        `${MAX_MESSAGE_AND_BILL_INFORMATION} are allowed`,
    );
  }
  const schemes = Math.max(0, lines.length - LINE.alternativeSchemes);
  if (schemes > MAX_SCHEMES)
    f.add('alternativeSchemes', 'TOO_MANY_SCHEMES', 'QRB-09', `at most ${MAX_SCHEMES} alternative schemes are allowed (found ${schemes})`);
  for (let i = 0; i < Math.min(schemes, MAX_SCHEMES); i += 1)
    checkText(f, '', `alternativeSchemes[${i}]`, lines[LINE.alternativeSchemes + i] as string, MAX_SCHEME, true);
  return f.errors;
}
