import type { InputIssue, RuleId } from '../errors.js';
import { InvalidInputError } from '../errors.js';
import { unknownKeys } from '../internal/checks.js';
import { inheritsProperties, NOT_PLAIN, readError } from '../internal/parse.js';
import { isCurrency, Money } from '../money/index.js';
import { foreignMoneyData } from '../money/money.js';
import { isAmountInput, toDecimal } from '../money/amount.js';
import { INSTANT_MESSAGE, instantMs } from './instant.js';
import { readonlyDate } from './readonlyDate.js';
import type { Invoice, Payment } from './model.js';
import { compactReference, REFERENCE_MESSAGE } from './reference.js';
import {
  ABOVE_ZERO_MESSAGE,
  CHARGES_MESSAGE,
  DUE_MESSAGE,
  IBAN_MESSAGE,
  ID_MESSAGE,
  INVOICE_KEYS,
  isAboveZero,
  isCompactIban,
  isDueInOrder,
  isId,
  isInMinorUnits,
  isMessage,
  isName,
  isReferenceTypeOf,
  MESSAGE_MESSAGE,
  minorUnitsMessage,
  NAME_MESSAGE,
  PAYMENT_KEYS,
  REFERENCE_TYPE_MESSAGE,
} from './itemRules.js';

/**
 * Lean validators for invoices and payments. `reconcile()` reads up to millions of them, and a
 * zod object schema per item made validation the largest cost of the run (see
 * bench/billing.bench.ts), so these hand-written checks do the same job: every field is checked,
 * and a problem raises an {@link InvalidInputError} with the item's path, e.g.
 * `payments[12].amount: must be above zero`. `schema.ts` holds the equivalent zod schemas; the
 * rules themselves (what an id is, due not before issued, above zero) are in `itemRules.ts`, which
 * both ask, and a property test keeps both in agreement.
 * @internal
 */
export class Issues {
  list: InputIssue[] | undefined;
  add(path: readonly PropertyKey[], field: string, message: string): void {
    this.list ??= [];
    this.list.push({ path: [...path, field], message, code: 'custom' });
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const MONEY_KEYS = ['amount', 'currency'];

/**
 * Strict reading, as the zod schemas' strictObject: an object that inherits properties is refused
 * (its prototype's keys are not data), and so is any key but `known` — a misspelled optional
 * field must not be silently ignored. One issue at `path`, or none.
 */
export function strictIssue(v: object, path: readonly PropertyKey[], known: readonly string[]): InputIssue | undefined {
  if (inheritsProperties(v)) return { path, message: NOT_PLAIN, code: 'custom' };
  const unknown = Object.keys(v).filter((k) => !known.includes(k));
  return unknown.length === 0 ? undefined : { path, message: unknownKeys(unknown, known), code: 'unrecognized_keys' };
}

/** Reads a positive amount of money (`zero`: or zero); adds issues under `field`. */
export function readMoney(given: unknown, path: readonly PropertyKey[], field: string, issues: Issues, zero = false): Money | undefined {
  if (given instanceof Money) {
    if (!isAboveZero(given.amount) && !(zero && given.amount.isZero()))
      issues.add(path, field, zero ? CHARGES_MESSAGE : ABOVE_ZERO_MESSAGE);
    else if (!isInMinorUnits(given.amount, given.currency)) issues.add(path, field, minorUnitsMessage(given.currency));
    else return given;
    return undefined;
  }
  // A Money of another copy of the library is read as its JSON form.
  const v = foreignMoneyData(given);
  if (!isRecord(v)) {
    issues.add(path, field, v === undefined ? 'is required (money)' : "must be money like { amount: '100.00', currency: 'CHF' }");
    return undefined;
  }
  const strict = strictIssue(v, [...path, field], MONEY_KEYS);
  if (strict !== undefined) {
    issues.list ??= [];
    issues.list.push(strict);
  }
  const { amount, currency } = v;
  let ok = strict === undefined;
  if (!isAmountInput(amount)) {
    issues.add(
      [...path, field],
      'amount',
      "must be a decimal number like '208.32' with at most 30 integer and 400 fraction digits (as a number: below 10^15)",
    );
    ok = false;
  }
  if (typeof currency !== 'string' || !isCurrency(currency)) {
    issues.add([...path, field], 'currency', "must be an ISO 4217 currency code in upper case, like 'CHF' or 'EUR'");
    ok = false;
  }
  if (!ok) return undefined;
  const decimal = toDecimal(typeof amount === 'string' ? amount.trim() : (amount as number));
  if (!isAboveZero(decimal) && !(zero && decimal.isZero())) {
    issues.add([...path, field], 'amount', zero ? CHARGES_MESSAGE : ABOVE_ZERO_MESSAGE);
    return undefined;
  }
  if (!isInMinorUnits(decimal, currency as string)) {
    issues.add([...path, field], 'amount', minorUnitsMessage(currency as string));
    return undefined;
  }
  return new Money(decimal, currency as string);
}

export function readInstant(v: unknown, path: readonly PropertyKey[], field: string, issues: Issues): Date | undefined {
  const ms = instantMs(v);
  if (Number.isNaN(ms)) {
    issues.add(path, field, v === undefined ? 'is required (instant)' : INSTANT_MESSAGE);
    return undefined;
  }
  return readonlyDate(ms);
}

export function raise(what: string, issues: Issues, rule: RuleId): never {
  throw new InvalidInputError(what, issues.list ?? [], rule);
}

/**
 * The frame of every item reader (invoice, payment, reversal): a value that is not an object is
 * refused, an unknown key is the first issue, and what reading throws (a getter, a revoked Proxy)
 * is an `InvalidInputError` with that cause. `readFields` reads the rest; a module function, so that
 * nothing is allocated per item. @internal
 */
export function readItem<T>(
  v: unknown,
  path: readonly PropertyKey[],
  what: string,
  frame: { readonly noun: string; readonly keys: readonly string[]; readonly rule: RuleId },
  readFields: (v: Record<string, unknown>, path: readonly PropertyKey[], what: string, issues: Issues) => T,
): T {
  try {
    if (!isRecord(v)) throw new InvalidInputError(what, [{ path, message: `must be ${frame.noun}`, code: 'custom' }], frame.rule);
    const issues = new Issues();
    const strict = strictIssue(v, path, frame.keys);
    if (strict !== undefined) issues.list = [strict];
    return readFields(v, path, what, issues);
  } catch (e) {
    throw readError(what, e, path, frame.rule);
  }
}

const INVOICE_FRAME = { noun: 'an invoice object', keys: INVOICE_KEYS, rule: 'BIL-01' } as const;
const PAYMENT_FRAME = { noun: 'a payment object', keys: PAYMENT_KEYS, rule: 'BIL-02' } as const;

/**
 * Validates one invoice; `path` is where it sits in the caller's input, e.g. `['invoices', 3]`.
 * What reading it throws (a getter, a revoked Proxy) is an `InvalidInputError` with that cause.
 */
export function readInvoice(v: unknown, path: readonly PropertyKey[], what = 'invoice'): Invoice {
  return readItem(v, path, what, INVOICE_FRAME, readInvoiceFields);
}

function readInvoiceFields(v: Record<string, unknown>, path: readonly PropertyKey[], what: string, issues: Issues): Invoice {
  const { id, customer, reference, settled, settledBy } = v;
  if (!isId(id)) issues.add(path, 'id', ID_MESSAGE);
  if (!isId(customer)) issues.add(path, 'customer', ID_MESSAGE);
  const ref = typeof reference === 'string' ? compactReference(reference) : undefined;
  if (ref === undefined)
    issues.add(
      path,
      'reference',
      reference === undefined ? `is required: every invoice has its own reference (BIL-01)` : REFERENCE_MESSAGE,
    );
  const amount = readMoney(v['amount'], path, 'amount', issues);
  const issuedAt = readInstant(v['issuedAt'], path, 'issuedAt', issues);
  const dueAt = readInstant(v['dueAt'], path, 'dueAt', issues);
  if (issuedAt !== undefined && dueAt !== undefined && !isDueInOrder(issuedAt.getTime(), dueAt.getTime()))
    issues.add(path, 'dueAt', DUE_MESSAGE);
  if (settled !== undefined && typeof settled !== 'boolean') issues.add(path, 'settled', 'must be a boolean');
  if (settledBy !== undefined && !isId(settledBy)) issues.add(path, 'settledBy', ID_MESSAGE);
  if (issues.list !== undefined) raise(what, issues, 'BIL-01');
  const invoice: Invoice = {
    id: id as string,
    customer: customer as string,
    reference: ref as string,
    amount: amount as Money,
    issuedAt: issuedAt as Date,
    dueAt: dueAt as Date,
    settled: settled === true,
  };
  return settledBy === undefined ? invoice : { ...invoice, settledBy: settledBy as string };
}

/**
 * Validates one payment; `path` is where it sits in the caller's input. As {@link readInvoice},
 * what reading it throws is `INVALID_INPUT`.
 */
export function readPayment(v: unknown, path: readonly PropertyKey[], what = 'payment'): Payment {
  return readItem(v, path, what, PAYMENT_FRAME, readPaymentFields);
}

function readPaymentFields(v: Record<string, unknown>, path: readonly PropertyKey[], what: string, issues: Issues): Payment {
  const fields = readBankItemFields(v, path, issues);
  const extras = readExtras(v, path, issues, fields.reference, fields.amount);
  if (issues.list !== undefined) raise(what, issues, 'BIL-02');
  const payment: Payment = { id: fields.id, amount: fields.amount as Money, bookedAt: fields.bookedAt as Date };
  setBankItemOptionals(payment, fields);
  return extras === undefined ? payment : Object.assign(payment, extras);
}

/** The fields a payment and a reversal share, as read (`undefined` where absent or bad: the issues say which). @internal */
export interface BankItemFields {
  readonly id: string;
  /** The compact reference. */
  readonly reference: string | undefined;
  readonly customer: string | undefined;
  readonly amount: Money | undefined;
  readonly bookedAt: Date | undefined;
  readonly valueDate: Date | undefined;
  readonly debtorName: string | undefined;
}

/** Checks the fields a payment and a reversal share, adding an issue for each bad one. @internal */
export function readBankItemFields(v: Record<string, unknown>, path: readonly PropertyKey[], issues: Issues): BankItemFields {
  const { id, reference, customer, debtorName } = v;
  if (!isId(id)) issues.add(path, 'id', ID_MESSAGE);
  // Banks refuse a structured reference with a wrong check digit, so a malformed one is bad input.
  const ref = reference === undefined ? undefined : typeof reference === 'string' ? compactReference(reference) : undefined;
  if (reference !== undefined && ref === undefined) issues.add(path, 'reference', REFERENCE_MESSAGE);
  if (customer !== undefined && !isId(customer)) issues.add(path, 'customer', ID_MESSAGE);
  const amount = readMoney(v['amount'], path, 'amount', issues);
  const bookedAt = readInstant(v['bookedAt'], path, 'bookedAt', issues);
  const valueDate = v['valueDate'] === undefined ? undefined : readInstant(v['valueDate'], path, 'valueDate', issues);
  if (debtorName !== undefined && !isName(debtorName)) issues.add(path, 'debtorName', NAME_MESSAGE);
  return {
    id: id as string,
    reference: ref,
    customer: customer as string | undefined,
    amount,
    bookedAt,
    valueDate,
    debtorName: debtorName as string | undefined,
  };
}

/**
 * Sets the shared optional fields that are present, in this order (only present keys:
 * exactOptionalPropertyTypes, and one object shape per set of fields). @internal
 */
export function setBankItemOptionals(
  out: { reference?: string; customer?: string; valueDate?: Date; debtorName?: string },
  fields: BankItemFields,
): void {
  if (fields.reference !== undefined) out.reference = fields.reference;
  if (fields.customer !== undefined) out.customer = fields.customer;
  if (fields.valueDate !== undefined) out.valueDate = fields.valueDate;
  if (fields.debtorName !== undefined) out.debtorName = fields.debtorName;
}

/** The optional facts of a bank file a payment (or a reversal) may carry, in this order. @internal */
export interface PaymentExtras {
  referenceType?: 'QRR' | 'SCOR';
  message?: string;
  debtorIban?: string;
  charges?: Money;
}

/**
 * Reads `referenceType`, `message`, `debtorIban` and `charges` (`ref`: the compact reference read,
 * `amount`: the amount read, whose currency the charges must have); adds issues.
 * `undefined` when none is given. @internal
 */
export function readExtras(
  v: Record<string, unknown>,
  path: readonly PropertyKey[],
  issues: Issues,
  ref: string | undefined,
  amount: Money | undefined,
): PaymentExtras | undefined {
  const { referenceType, message, debtorIban } = v;
  const given = v['charges'];
  if (referenceType === undefined && message === undefined && debtorIban === undefined && given === undefined) return undefined;
  const extras: PaymentExtras = {};
  if (referenceType !== undefined) {
    // A reference that is itself malformed has its own issue; the type is judged against a valid one.
    if (isReferenceTypeOf(referenceType, ref)) extras.referenceType = referenceType as 'QRR' | 'SCOR';
    else if (ref !== undefined || v['reference'] === undefined) issues.add(path, 'referenceType', REFERENCE_TYPE_MESSAGE);
  }
  if (message !== undefined) {
    if (isMessage(message)) extras.message = message;
    else issues.add(path, 'message', MESSAGE_MESSAGE);
  }
  if (debtorIban !== undefined) {
    if (isCompactIban(debtorIban)) extras.debtorIban = debtorIban;
    else issues.add(path, 'debtorIban', IBAN_MESSAGE);
  }
  if (given !== undefined) {
    const charges = readMoney(given, path, 'charges', issues, true);
    if (charges !== undefined && amount !== undefined && charges.currency !== amount.currency) issues.add(path, 'charges', CHARGES_MESSAGE);
    else if (charges !== undefined) extras.charges = charges;
  }
  return extras;
}
