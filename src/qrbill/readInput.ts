import { InvalidInputError, type InputIssue } from '../errors.js';
import { compactIban } from './iban.js';
import { ADDRESS_FIELDS, CODING_TYPE, QR_TYPE, STRUCTURED_ADDRESS, TRAILER, VERSION } from './layout.js';
import type { QrBillError } from './model.js';

/** Longer strings are refused before any work (bounded input, issue 16); the payload's fields are far shorter. */
const MAX_INPUT_TEXT = 1000;
const BILL_KEYS = [
  'account',
  'creditor',
  'amount',
  'currency',
  'debtor',
  'referenceType',
  'reference',
  'message',
  'billInformation',
  'alternativeSchemes',
] as const;
const ADDRESS_KEYS = ADDRESS_FIELDS.map((f) => f.key);

type Record_ = Readonly<Record<string, unknown>>;

/** Reads plain own data properties only: an inherited key, a getter or a revoked proxy is bad input (DESIGN principle 9). */
class Reader {
  readonly issues: InputIssue[] = [];
  readonly errors: QrBillError[] = [];

  issue(path: readonly PropertyKey[], message: string): void {
    this.issues.push({ path, message, code: 'custom' });
  }

  object(value: unknown, path: readonly PropertyKey[], keys: readonly string[]): Record_ | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.issue(path, 'must be an object');
      return undefined;
    }
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== 'string' || !keys.includes(key)) {
        this.issue([...path, String(key)], `is not a known field (known: ${keys.join(', ')})`);
        continue;
      }
      const d = Object.getOwnPropertyDescriptor(value, key);
      if (d === undefined || !('value' in d)) this.issue([...path, key], 'must be a plain data property, not a getter');
      else out[key] = d.value;
    }
    return out;
  }

  /** A trimmed string, '' when absent. */
  text(value: unknown, path: readonly PropertyKey[], required = false): string {
    if (value === undefined) {
      if (required) this.issue(path, 'is required');
      return '';
    }
    if (typeof value !== 'string') {
      this.issue(path, 'must be a string');
      return '';
    }
    if (value.length > MAX_INPUT_TEXT) {
      this.issue(path, `is ${value.length} characters long; no field of a QR-bill has more than ${MAX_INPUT_TEXT}`);
      return '';
    }
    return value.trim();
  }
}

/** An address's seven lines (type S), or seven empty lines when absent. */
function addressLines(r: Reader, value: unknown, path: string): string[] {
  if (value === undefined) return ['', '', '', '', '', '', ''];
  const a = r.object(value, [path], ADDRESS_KEYS);
  if (a === undefined) return ['', '', '', '', '', '', ''];
  return [STRUCTURED_ADDRESS, ...ADDRESS_FIELDS.map(({ key, required }) => r.text(a[key], [path, key], required))];
}

/** '12.5' → '12.50'; '007' → '7.00'. A third decimal must be zero; anything else is left for the checks to name. */
function normalizeAmount(r: Reader, amount: string): string {
  const m = /^(\d+)(?:\.(\d*))?$/.exec(amount);
  if (m === null) return amount; // checkLines names it (INVALID_AMOUNT)
  const fraction = (m[2] ?? '').padEnd(2, '0');
  if (/[^0]/.test(fraction.slice(2))) {
    r.errors.push({
      field: 'amount',
      code: 'INVALID_AMOUNT',
      rule: 'QRB-08',
      message: `amount: ${amount.slice(0, 20)} has more than two decimals: round it first`,
    });
  }
  return `${(m[1] as string).replace(/^0+(?=\d)/, '')}.${fraction.slice(0, 2)}`;
}

/** The amount and currency lines: from `{ amount, currency }`, a Money (through its `toJSON()`), and the bill's `currency`. */
function amountLines(r: Reader, value: unknown, currency: string): [string, string] {
  if (value === undefined) return ['', currency];
  let plain: unknown = value;
  if (typeof value === 'object' && value !== null && typeof (value as { amount?: unknown }).amount !== 'string') {
    // A Money (its amount is a Decimal): read through its toJSON, as it would be sent anywhere.
    const toJSON: unknown = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') plain = (toJSON as () => unknown).call(value);
  }
  const m = r.object(plain, ['amount'], ['amount', 'currency']);
  if (m === undefined) return ['', currency];
  const amount = r.text(m.amount, ['amount', 'amount'], true);
  const own = r.text(m.currency, ['amount', 'currency'], true);
  const normalized = amount === '' ? '' : normalizeAmount(r, amount);
  if (currency !== '' && own !== '' && currency !== own) {
    r.errors.push({
      field: 'currency',
      code: 'INVALID_CURRENCY',
      rule: 'QRB-08',
      message: `currency: ${currency.slice(0, 20)} differs from the amount's currency ${own.slice(0, 20)}`,
    });
  }
  return [normalized, own === '' ? currency : own];
}

/** The reference type that a reference implies: none → NON, RF… → SCOR, digits → QRR. */
function referenceTypeOf(reference: string): string {
  if (reference === '') return 'NON';
  return reference.startsWith('RF') ? 'SCOR' : 'QRR';
}

/**
 * A {@link QrBillInput} as the payload's lines (bill information and schemes only when given),
 * with the input's own problems: shape problems as issues (an InvalidInputError), bill problems
 * that only the input can have (a third decimal, two currencies) as QR-bill errors.
 * @internal
 */
export function readBillInput(input: unknown): { lines: string[]; errors: QrBillError[] } {
  const r = new Reader();
  let lines: string[] = [];
  try {
    const bill = r.object(input, [], BILL_KEYS);
    if (bill !== undefined) {
      const reference = r.text(bill.reference, ['reference']).replace(/ /g, '').toUpperCase();
      const referenceType = bill.referenceType === undefined ? referenceTypeOf(reference) : r.text(bill.referenceType, ['referenceType']);
      const [amount, currency] = amountLines(r, bill.amount, r.text(bill.currency, ['currency']));
      const schemes = bill.alternativeSchemes === undefined ? [] : schemeLines(r, bill.alternativeSchemes);
      const billInformation = r.text(bill.billInformation, ['billInformation']);
      lines = [
        QR_TYPE,
        VERSION,
        CODING_TYPE,
        compactIban(r.text(bill.account, ['account'], true)),
        ...addressLines(r, bill.creditor, 'creditor'),
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        amount,
        currency,
        ...addressLines(r, bill.debtor, 'debtor'),
        referenceType,
        reference,
        r.text(bill.message, ['message']),
        TRAILER,
        ...(billInformation !== '' || schemes.length > 0 ? [billInformation] : []),
        ...schemes,
      ];
      if (bill.creditor === undefined) r.issue(['creditor'], 'is required');
    }
  } catch (e) {
    // A revoked proxy or a throwing toJSON: bad input, never a TypeError.
    throw new InvalidInputError(
      'QR-bill',
      [{ path: [], message: `could not be read: ${e instanceof Error ? e.message : 'unknown error'}`, code: 'custom' }],
      'QRB-01',
      e,
    );
  }
  if (r.issues.length > 0) throw new InvalidInputError('QR-bill', r.issues, 'QRB-01');
  return { lines, errors: r.errors };
}

function schemeLines(r: Reader, value: unknown): string[] {
  if (!Array.isArray(value)) {
    r.issue(['alternativeSchemes'], 'must be a list of strings');
    return [];
  }
  if (value.length > 10) {
    r.issue(['alternativeSchemes'], `has ${value.length} entries; a QR-bill has at most 2`);
    return [];
  }
  return Array.from(value, (s: unknown, i) => {
    if (i in value) return r.text(s, ['alternativeSchemes', i], true);
    r.issue(['alternativeSchemes', i], 'is missing: the list has a hole here');
    return '';
  });
}
