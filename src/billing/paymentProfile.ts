import * as z from 'zod/mini';
import { match } from 'ts-pattern';
import { decide, HostPolicyError, type Reason, type SharedCode } from '../errors.js';
import { strictObject, text } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import type { Money } from '../money/index.js';
import type { PaymentMeansKind } from '../policy/index.js';
import { billingPolicyOf } from './billingPolicy.js';
import { readInvoice } from './items.js';
import type { Invoice, InvoiceInput } from './model.js';
import { payInvoiceFromPrepaid, prepaidLedger, reusedInvoiceId } from './prepaidFunctions.js';
import type { PrepaidLedger, PrepaidLedgerInput } from './prepaidLedger.js';
import { idSchema } from './schema.js';
import { BILLING_DEFAULTS, type BillingPolicyParts } from './policyParts.js';

/** The payment means kind that pays from the prepaid account (BIL-05, BIL-13). */
export const PREPAID_MEANS: PaymentMeansKind = 'prepaid';

/** What `settledBy` says of an invoice paid from the prepaid account (as payInvoiceFromPrepaid). */
const SETTLED_BY_PREPAID = 'prepaid';

/** One payment means registered in a payment profile (BIL-13): a card, an eBill, PayPal, the prepaid account… */
export interface PaymentMeans {
  /** The caller's id of the means; any non-blank string. */
  readonly id: string;
  /** One of the kinds the policy offers (`billing.paymentMeans`). */
  readonly kind: PaymentMeansKind;
  /** A label for people, e.g. `'Visa •••• 4242'`. */
  readonly label?: string;
}

/**
 * An organization's payment profile (BIL-13): the payment means it registered, in the order they
 * were added, and its default (`null`: none chosen). At most one means is the prepaid account.
 */
export interface PaymentProfile {
  readonly organization: string;
  readonly means: readonly PaymentMeans[];
  readonly defaultMeans: string | null;
}

/** What functions accept as a payment profile: a {@link PaymentProfile} or its JSON form. */
export interface PaymentProfileInput {
  readonly organization: string;
  readonly means?: readonly PaymentMeans[];
  readonly defaultMeans?: string | null;
}

/** At most this many means per profile (bounded work per input). */
const MAX_MEANS = 100;

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const paymentMeansSchema = strictObject({
  id: idSchema,
  kind: text('payment means kind', 50),
  label: z.optional(text('label', 200)),
});

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const paymentProfileSchema = z.pipe(
  strictObject({
    organization: idSchema,
    means: z.optional(z.array(paymentMeansSchema).check(z.maxLength(MAX_MEANS, `must have at most ${MAX_MEANS} payment means`))),
    defaultMeans: z.optional(z.nullable(idSchema)),
  }).check(
    z.refine((p) => new Set((p.means ?? []).map((m) => m.id)).size === (p.means ?? []).length, {
      message: 'payment means ids must be unique',
      path: ['means'],
    }),
    z.refine((p) => (p.means ?? []).filter((m) => m.kind === PREPAID_MEANS).length <= 1, {
      message: 'at most one payment means is the prepaid account',
      path: ['means'],
    }),
    z.refine((p) => p.defaultMeans == null || (p.means ?? []).some((m) => m.id === p.defaultMeans), {
      message: 'must be the id of one of the payment means',
      path: ['defaultMeans'],
    }),
  ),
  z.transform((p): PaymentProfile => profileOf(p.organization, (p.means ?? []).map(meansOf), p.defaultMeans ?? null)),
);

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const meansRemovalSchema = strictObject({ id: idSchema, newDefault: z.optional(z.nullable(idSchema)) });
/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const paymentChoiceSchema = strictObject({ means: z.optional(idSchema) });

function meansOf(m: { id: string; kind: string; label?: string | undefined }): PaymentMeans {
  return Object.freeze({ id: m.id, kind: m.kind, ...(m.label === undefined ? {} : { label: m.label }) });
}

function profileOf(organization: string, means: readonly PaymentMeans[], defaultMeans: string | null): PaymentProfile {
  return Object.freeze({ organization, means: Object.freeze([...means]), defaultMeans });
}

function unknownMeans(profile: PaymentProfile, id: string): HostPolicyError {
  return new HostPolicyError('UNKNOWN_PAYMENT_MEANS', `The payment profile of ${profile.organization} has no payment means '${id}'.`, {
    rule: 'BIL-13',
    details: { organization: profile.organization, means: id },
  });
}

/**
 * Reads a payment profile from its JSON form (e.g. from storage), checked: unique means ids, at
 * most one prepaid account, a default that is one of the means.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed profile.
 * @example
 * ```ts
 * paymentProfile({ organization: 'acme', means: [{ id: 'pp', kind: 'prepaid' }], defaultMeans: 'pp' }).defaultMeans; // 'pp'
 * paymentProfile({ organization: 'acme' }).means;                                                                   // []
 * ```
 */
export function paymentProfile(input: PaymentProfileInput): PaymentProfile {
  return parseInput(paymentProfileSchema, input, 'payment profile', 'BIL-13');
}

/**
 * Registers a payment means in a profile (BIL-13). The kinds offered are policy data
 * (`billing.paymentMeans`). Adding a means the profile already has, with the same content,
 * changes nothing. The default is not changed: choose it with {@link setDefaultPaymentMeans}.
 *
 * @throws HostPolicyError `PAYMENT_MEANS_NOT_OFFERED` (a kind the policy does not list),
 *   `PAYMENT_MEANS_EXISTS` (the id is taken by another means), `PREPAID_MEANS_EXISTS` (a second
 *   prepaid account), `PAYMENT_PROFILE_FULL`, all BIL-13; InvalidInputError for malformed input.
 * @example
 * ```ts
 * const profile = addPaymentMeans({ organization: 'acme' }, { id: 'visa', kind: 'card', label: 'Visa •••• 4242' });
 * profile.means.map((m) => m.id); // ['visa']
 * profile.defaultMeans;           // null
 * ```
 */
export function addPaymentMeans(
  profile: PaymentProfileInput,
  means: PaymentMeans,
  policy: BillingPolicyParts = BILLING_DEFAULTS,
): PaymentProfile {
  const p = paymentProfile(profile);
  const m = meansOf(parseInput(paymentMeansSchema, means, 'payment means', 'BIL-13'));
  const details = { organization: p.organization, means: m.id };
  const same = p.means.find((x) => x.id === m.id);
  if (same !== undefined) {
    if (same.kind === m.kind && same.label === m.label) return p;
    throw new HostPolicyError(
      'PAYMENT_MEANS_EXISTS',
      `The payment profile of ${p.organization} already has another payment means '${m.id}'.`,
      { rule: 'BIL-13', details },
    );
  }
  if (!billingPolicyOf(policy).paymentMeans.has(m.kind)) {
    throw new HostPolicyError('PAYMENT_MEANS_NOT_OFFERED', `Payment means of kind '${m.kind}' are not offered.`, {
      rule: 'BIL-13',
      details: { ...details, kind: m.kind },
    });
  }
  if (m.kind === PREPAID_MEANS && p.means.some((x) => x.kind === PREPAID_MEANS)) {
    throw new HostPolicyError('PREPAID_MEANS_EXISTS', `The payment profile of ${p.organization} already has its prepaid account.`, {
      rule: 'BIL-13',
      details,
    });
  }
  if (p.means.length >= MAX_MEANS) {
    throw new HostPolicyError(
      'PAYMENT_PROFILE_FULL',
      `The payment profile of ${p.organization} has ${MAX_MEANS} payment means, the most it can hold.`,
      { rule: 'BIL-13', details },
    );
  }
  return profileOf(p.organization, [...p.means, m], p.defaultMeans);
}

/**
 * Makes one of the profile's means its default (BIL-13); the prepaid account can be the default.
 *
 * @throws HostPolicyError `UNKNOWN_PAYMENT_MEANS` (BIL-13); InvalidInputError for malformed input.
 * @example
 * ```ts
 * setDefaultPaymentMeans({ organization: 'acme', means: [{ id: 'pp', kind: 'prepaid' }] }, 'pp').defaultMeans; // 'pp'
 * ```
 */
export function setDefaultPaymentMeans(profile: PaymentProfileInput, id: string): PaymentProfile {
  const p = paymentProfile(profile);
  const means = parseInput(idSchema, id, 'payment means id', 'BIL-13');
  if (!p.means.some((m) => m.id === means)) throw unknownMeans(p, means);
  return p.defaultMeans === means ? p : profileOf(p.organization, p.means, means);
}

/**
 * Removes a payment means from a profile (BIL-13). Removing the default is never silent: the
 * removal must say what becomes the default — `newDefault: '<id>'` (another of the means) or
 * `newDefault: null` (no default; payments then name their means). `newDefault` given when
 * removing another means changes the default too.
 *
 * @throws HostPolicyError `DEFAULT_PAYMENT_MEANS_REMOVED` (the default is removed and
 *   `newDefault` is left out; `details.remaining` lists the other means), `UNKNOWN_PAYMENT_MEANS`
 *   (the id, or `newDefault`, is not one of the remaining means), all BIL-13; InvalidInputError
 *   for malformed input.
 * @example
 * ```ts
 * const profile = { organization: 'acme', means: [{ id: 'pp', kind: 'prepaid' }, { id: 'visa', kind: 'card' }], defaultMeans: 'pp' };
 * removePaymentMeans(profile, { id: 'pp', newDefault: 'visa' }).defaultMeans; // 'visa'
 * removePaymentMeans(profile, { id: 'visa' }).means.map((m) => m.id);        // ['pp']
 * ```
 */
export function removePaymentMeans(
  profile: PaymentProfileInput,
  removal: { readonly id: string; readonly newDefault?: string | null },
): PaymentProfile {
  const p = paymentProfile(profile);
  const { id, newDefault } = parseInput(meansRemovalSchema, removal, 'payment means removal', 'BIL-13');
  if (!p.means.some((m) => m.id === id)) throw unknownMeans(p, id);
  const remaining = p.means.filter((m) => m.id !== id);
  const choice = newDefault === undefined ? 'unsaid' : newDefault === null ? 'none' : 'named';
  const defaultMeans = match({ removesDefault: p.defaultMeans === id, choice })
    .with({ removesDefault: true, choice: 'unsaid' }, () => {
      throw new HostPolicyError(
        'DEFAULT_PAYMENT_MEANS_REMOVED',
        `'${id}' is the default payment means of ${p.organization}: name the new default (or null for none) to remove it.`,
        { rule: 'BIL-13', details: { organization: p.organization, means: id, remaining: remaining.map((m) => m.id) } },
      );
    })
    .with({ removesDefault: false, choice: 'unsaid' }, () => p.defaultMeans)
    .with({ choice: 'none' }, () => null)
    .with({ choice: 'named' }, () => {
      if (!remaining.some((m) => m.id === newDefault)) throw unknownMeans(p, newDefault as string);
      return newDefault as string;
    })
    .exhaustive();
  return profileOf(p.organization, remaining, defaultMeans);
}

/** How an invoice is paid with a payment profile (BIL-13). */
export type ProfilePayment =
  | {
      /** Paid from the prepaid account: the ledger is debited and the invoice settled by `'prepaid'`. */
      readonly via: 'prepaid';
      readonly means: PaymentMeans;
      readonly ledger: PrepaidLedger;
      readonly invoice: Invoice;
      /** True when the ledger had already paid this invoice: nothing was debited again. */
      readonly alreadyPaid: boolean;
    }
  | {
      /** To charge through another means (card, eBill, PayPal…): the caller charges `amount`; the ledger and the invoice are unchanged. */
      readonly via: 'means';
      readonly means: PaymentMeans;
      readonly ledger: PrepaidLedger;
      readonly invoice: Invoice;
      readonly amount: Money;
    };

/** A decision on paying an invoice with a profile: when the prepaid account is short, `shortfall` says by how much. */
export type ProfilePaymentDecision =
  | { readonly allowed: true; readonly means: PaymentMeans }
  | { readonly allowed: false; readonly reasons: readonly [Reason, ...Reason[]]; readonly shortfall?: Money };

/** Everything known about paying `invoice` with `profile` and `ledger`: the means, and every failed condition. */
interface Assessment {
  readonly means: PaymentMeans | undefined;
  readonly reasons: Reason<SharedCode>[];
  readonly shortfall: Money | undefined;
  /** The ledger already paid this invoice (a retry of a prepaid payment). */
  readonly alreadyPaid: boolean;
}

function assess(p: PaymentProfile, ledger: PrepaidLedger, invoice: Invoice, chosen: string | undefined): Assessment {
  const reasons: Reason<SharedCode>[] = [];
  if (invoice.customer !== p.organization) {
    reasons.push({
      code: 'PAYMENT_PROFILE_MISMATCH',
      rule: 'BIL-13',
      message: `Invoice ${invoice.id} is addressed to ${invoice.customer}, not to ${p.organization}, whose payment profile this is.`,
    });
  }
  const id = chosen ?? p.defaultMeans;
  const means = id === null ? undefined : p.means.find((m) => m.id === id);
  if (id === null) {
    reasons.push({
      code: 'NO_DEFAULT_PAYMENT_MEANS',
      rule: 'BIL-13',
      message: `${p.organization} has no default payment means: choose one to pay invoice ${invoice.id}.`,
    });
  } else if (means === undefined) {
    reasons.push({
      code: 'UNKNOWN_PAYMENT_MEANS',
      rule: 'BIL-13',
      message: `The payment profile of ${p.organization} has no payment means '${id}'.`,
    });
  }
  const prepaid = means?.kind === PREPAID_MEANS;
  // An invoice the ledger paid is settled, even when the caller still holds it as open: paying
  // it again from the prepaid account is a retry (nothing debited twice); through another means
  // it would be paid twice.
  // An id the ledger paid for another customer or amount names another invoice: neither a retry
  // nor this invoice settled, and paying it would be taken for one (DUPLICATE_INVOICE, any means).
  const reused = reusedInvoiceId(ledger, invoice);
  if (reused !== undefined) reasons.push(reused);
  const paidByLedger =
    reused === undefined && ledger.hasPaidInvoice(invoice.id) && (!invoice.settled || invoice.settledBy === SETTLED_BY_PREPAID);
  const alreadyPaid = prepaid && paidByLedger;
  if ((invoice.settled || paidByLedger) && !alreadyPaid)
    reasons.push({ code: 'INVOICE_ALREADY_SETTLED', rule: 'BIL-05', message: `Invoice ${invoice.id} is already settled.` });
  let shortfall: Money | undefined;
  if (prepaid && !alreadyPaid) {
    // Only the balance in the invoice's currency counts: currencies are never mixed (BIL-05).
    const balance = ledger.balance(invoice.customer, invoice.amount.currency);
    if (balance.compare(invoice.amount) < 0) {
      shortfall = invoice.amount.minus(balance);
      reasons.push({
        code: 'INSUFFICIENT_PREPAID_BALANCE',
        rule: 'BIL-13',
        message:
          `The prepaid balance of ${invoice.customer} is ${balance.toString()}: ${shortfall.toString()} short of invoice ${invoice.id} ` +
          `(${invoice.amount.toString()}).`,
      });
    }
  }
  return { means, reasons, shortfall, alreadyPaid };
}

function readAll(profile: PaymentProfileInput, ledger: PrepaidLedgerInput, invoice: InvoiceInput, choice: { readonly means?: string }) {
  const p = paymentProfile(profile);
  const l = prepaidLedger(ledger);
  const i = readInvoice(invoice, ['invoice']);
  const { means } = parseInput(paymentChoiceSchema, choice, 'payment choice', 'BIL-13');
  return { p, l, i, a: assess(p, l, i, means) };
}

/**
 * Whether an invoice can be paid with an organization's payment profile (BIL-13): with the means
 * chosen (`choice.means`) or else the default. From the prepaid account, the balance in the
 * invoice's currency must cover the whole amount — a balance is never made negative — and the
 * decision says by how much it falls short (`shortfall`, a Money). Lists every failed condition.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for malformed input.
 * @example
 * ```ts
 * const decision = canPayWithProfile(
 *   { organization: 'acme', means: [{ id: 'pp', kind: 'prepaid' }], defaultMeans: 'pp' },
 *   { balances: { acme: { CHF: '50.00' } } },
 *   { id: 'I1', customer: 'acme', reference: 'RF18539007547034', amount: { amount: '80.00', currency: 'CHF' },
 *     issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z' });
 * decision.allowed;                                      // false
 * if (!decision.allowed) decision.shortfall?.toString(); // 'CHF 30.00'
 * ```
 */
export function canPayWithProfile(
  profile: PaymentProfileInput,
  ledger: PrepaidLedgerInput,
  invoice: InvoiceInput,
  choice: { readonly means?: string } = {},
): ProfilePaymentDecision {
  const { a } = readAll(profile, ledger, invoice, choice);
  const decision = decide(a.reasons);
  if (decision.allowed) return { allowed: true, means: a.means as PaymentMeans };
  return a.shortfall === undefined ? decision : { ...decision, shortfall: a.shortfall };
}

/**
 * Pays an invoice with an organization's payment profile (BIL-13), with the means chosen
 * (`choice.means`) or else the default:
 * - the prepaid account: the ledger is debited (as {@link payInvoiceFromPrepaid}, idempotent by
 *   invoice id) and the invoice is settled. An amount the balance in the invoice's currency cannot
 *   cover is refused whole, with the shortfall — never a negative balance, never a partial debit,
 *   never a silent switch to another means;
 * - any other means: the result says what to charge through it; nothing else changes.
 *
 * @throws HostPolicyError `INSUFFICIENT_PREPAID_BALANCE` (BIL-13, `details.shortfall` is the Money
 *   missing), `NO_DEFAULT_PAYMENT_MEANS`, `UNKNOWN_PAYMENT_MEANS`, `PAYMENT_PROFILE_MISMATCH`
 *   (BIL-13), `INVOICE_ALREADY_SETTLED`, `DUPLICATE_INVOICE` (BIL-05: the ledger paid another
 *   invoice with this id) — the first failed condition, with all of them
 *   in `details.reasons`; InvalidInputError for malformed input.
 * @example
 * ```ts
 * const profile = { organization: 'acme', means: [{ id: 'pp', kind: 'prepaid' }, { id: 'visa', kind: 'card' }], defaultMeans: 'pp' };
 * const invoice = { id: 'I1', customer: 'acme', reference: 'RF18539007547034', amount: { amount: '80.00', currency: 'CHF' },
 *                   issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z' };
 * const paid = payWithProfile(profile, { balances: { acme: { CHF: '100.00' } } }, invoice);
 * paid.via;                                     // 'prepaid'
 * paid.ledger.balance('acme', 'CHF').toString(); // 'CHF 20.00'
 * payWithProfile(profile, { balances: {} }, invoice, { means: 'visa' }).via; // 'means': charge the card
 * ```
 */
export function payWithProfile(
  profile: PaymentProfileInput,
  ledger: PrepaidLedgerInput,
  invoice: InvoiceInput,
  choice: { readonly means?: string } = {},
): ProfilePayment {
  const { l, i, a } = readAll(profile, ledger, invoice, choice);
  const [first, ...rest] = a.reasons;
  if (first !== undefined) {
    throw new HostPolicyError(first.code, first.message, {
      rule: first.rule,
      details: { invoice: i.id, reasons: [first, ...rest], ...(a.shortfall === undefined ? {} : { shortfall: a.shortfall }) },
    });
  }
  const means = a.means as PaymentMeans;
  return match(means.kind === PREPAID_MEANS)
    .with(true, (): ProfilePayment => {
      const paid = payInvoiceFromPrepaid(l, i);
      return { via: 'prepaid', means, ledger: paid.ledger, invoice: paid.invoice, alreadyPaid: a.alreadyPaid };
    })
    .with(false, (): ProfilePayment => ({ via: 'means', means, ledger: l, invoice: i, amount: i.amount }))
    .exhaustive();
}
