import * as z from 'zod/mini';
import { match } from 'ts-pattern';
import { decide, HostPolicyError, type Decision, type Reason, type SharedCode } from '../errors.js';
import { oneOf, strictObject, text } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import { Money, type MoneyInput } from '../money/index.js';
import { currencySchema } from '../money/schema.js';

import { billingPolicyOf } from './billingPolicy.js';
import { idSchema, positiveMoneySchema } from './schema.js';
import { BILLING_DEFAULTS, type BillingPolicyParts } from './policyParts.js';

/** How an attempt of a domain transfer ended, or that it is still under way (BIL-12). */
export type TransferOutcome = 'pending' | 'failed' | 'succeeded';

/** One attempt of a domain transfer: the first request, or a relaunch from a failure message's link. */
export interface TransferAttempt {
  readonly id: string;
  readonly outcome: TransferOutcome;
}

/** A payment of the transfer fee (BIL-12), in the transfer's currency. */
export interface TransferFeePayment {
  readonly id: string;
  readonly amount: Money;
}

/**
 * A domain transfer to the provider (BIL-12): its attempts in order, and the payments of its fee.
 * The fee is charged once per transfer, whatever the number of attempts.
 */
export interface DomainTransfer {
  readonly id: string;
  readonly domain: string;
  /** The currency the transfer is billed in; fee payments are in it. */
  readonly currency: string;
  readonly attempts: readonly TransferAttempt[];
  readonly feePayments: readonly TransferFeePayment[];
}

/** What functions accept as a domain transfer: a {@link DomainTransfer} or its JSON form. */
export interface DomainTransferInput {
  readonly id: string;
  readonly domain: string;
  readonly currency: string;
  readonly attempts: readonly { readonly id: string; readonly outcome: TransferOutcome }[];
  readonly feePayments?: readonly { readonly id: string; readonly amount: MoneyInput }[];
}

/** What is due for a transfer's next attempt (BIL-12). */
export interface TransferFeeDue {
  readonly transfer: string;
  /** The transfer fee of the policy, in the transfer's currency. */
  readonly fee: Money;
  /** The fee payments received so far. */
  readonly paid: Money;
  /** What remains to pay: `fee − paid`, zero once the fee was paid (whatever the number of relaunches). */
  readonly due: Money;
}

/** Bounds on the lists of one transfer (bounded work per input). */
const MAX_ATTEMPTS = 1000;
const MAX_PAYMENTS = 100;

const attemptSchema = strictObject({ id: idSchema, outcome: oneOf(['pending', 'failed', 'succeeded'] as const, 'transfer outcome') });
/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const transferFeePaymentSchema = strictObject({ id: idSchema, amount: positiveMoneySchema });

const unique = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const domainTransferSchema = z.pipe(
  strictObject({
    id: idSchema,
    domain: text('domain name', 253),
    currency: currencySchema,
    attempts: z.array(attemptSchema).check(z.maxLength(MAX_ATTEMPTS, `must have at most ${MAX_ATTEMPTS} attempts`)),
    feePayments: z.optional(
      z.array(transferFeePaymentSchema).check(z.maxLength(MAX_PAYMENTS, `must have at most ${MAX_PAYMENTS} fee payments`)),
    ),
  }).check(
    z.refine((t) => unique(t.attempts.map((a) => a.id)), { message: 'attempt ids must be unique', path: ['attempts'] }),
    z.refine((t) => unique((t.feePayments ?? []).map((p) => p.id)), { message: 'fee payment ids must be unique', path: ['feePayments'] }),
  ),
  z.transform(
    (t): DomainTransfer =>
      Object.freeze({
        id: t.id,
        domain: t.domain,
        currency: t.currency,
        attempts: Object.freeze(t.attempts.map((a) => Object.freeze({ id: a.id, outcome: a.outcome }))),
        feePayments: Object.freeze((t.feePayments ?? []).map((p) => Object.freeze({ id: p.id, amount: p.amount }))),
      }),
  ),
);

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const relaunchSchema = strictObject({ attempt: idSchema });

function readTransfer(transfer: DomainTransferInput): DomainTransfer {
  return parseInput(domainTransferSchema, transfer, 'domain transfer', 'BIL-12');
}

/** The policy's transfer fee in `currency`. */
function feeIn(currency: string, policy: BillingPolicyParts): Money {
  const fee = billingPolicyOf(policy).transferFees.get(currency);
  if (fee === undefined) {
    throw new HostPolicyError('TRANSFER_FEE_UNKNOWN', `The policy has no domain transfer fee in ${currency}.`, {
      rule: 'BIL-12',
      details: { currency },
    });
  }
  return fee;
}

/** A fee payment must be in the transfer's currency: currencies are never mixed. */
function checkCurrency(t: DomainTransfer, p: TransferFeePayment): void {
  if (p.amount.currency === t.currency) return;
  throw new HostPolicyError(
    'CURRENCY_MISMATCH',
    `Fee payment ${p.id} is in ${p.amount.currency}; transfer ${t.id} is billed in ${t.currency}.`,
    {
      rule: 'BIL-12',
      details: { transfer: t.id, payment: p.id, left: t.currency, right: p.amount.currency },
    },
  );
}

/** The sum of the fee payments; one in another currency than the transfer's is an error, never mixed in. */
function paidOf(t: DomainTransfer): Money {
  let paid = Money.zero(t.currency);
  for (const p of t.feePayments) {
    checkCurrency(t, p);
    paid = paid.plus(p.amount);
  }
  return paid;
}

function dueOf(t: DomainTransfer, policy: BillingPolicyParts): TransferFeeDue {
  const fee = feeIn(t.currency, policy);
  const paid = paidOf(t);
  return { transfer: t.id, fee, paid, due: paid.compare(fee) >= 0 ? Money.zero(t.currency) : fee.minus(paid) };
}

/**
 * What is due for a domain transfer (BIL-12): the policy's transfer fee less what was paid for
 * this transfer, never below zero. The fee is charged once per transfer: once paid, every
 * relaunch costs nothing.
 *
 * @throws HostPolicyError `TRANSFER_FEE_UNKNOWN` (no fee in the transfer's currency) or
 *   `CURRENCY_MISMATCH` (a fee payment in another currency), both BIL-12; InvalidInputError for
 *   malformed input.
 * @example
 * ```ts
 * const transfer = { id: 'T-1', domain: 'example.ch', currency: 'CHF',
 *   attempts: [{ id: 'A-1', outcome: 'failed' }], feePayments: [{ id: 'P-1', amount: { amount: '15.00', currency: 'CHF' } }] };
 * transferFeeDue(transfer).due.toString();                          // 'CHF 0.00': paid once, relaunches are free
 * transferFeeDue({ ...transfer, feePayments: [] }).due.toString();  // 'CHF 15.00'
 * ```
 */
export function transferFeeDue(transfer: DomainTransferInput, policy: BillingPolicyParts = BILLING_DEFAULTS): TransferFeeDue {
  return dueOf(readTransfer(transfer), policy);
}

/** Why the transfer cannot be relaunched now, from the outcome of its last attempt. */
function relaunchReason(t: DomainTransfer): Reason<SharedCode> | undefined {
  const last = t.attempts[t.attempts.length - 1];
  return match<TransferOutcome | 'none', Reason<SharedCode> | undefined>(last?.outcome ?? 'none')
    .with('failed', () => undefined)
    .with('none', () => ({
      code: 'TRANSFER_NOT_STARTED',
      rule: 'BIL-12',
      message: `Transfer ${t.id} of ${t.domain} has no attempt yet: there is nothing to relaunch.`,
    }))
    .with('pending', () => ({
      code: 'TRANSFER_IN_PROGRESS',
      rule: 'BIL-12',
      message: `The last attempt of transfer ${t.id} of ${t.domain} is still under way.`,
    }))
    .with('succeeded', () => ({
      code: 'TRANSFER_SUCCEEDED',
      rule: 'BIL-12',
      message: `Transfer ${t.id} of ${t.domain} has succeeded: there is nothing to relaunch.`,
    }))
    .exhaustive();
}

/**
 * Whether a domain transfer can be relaunched now (BIL-12): only after its last attempt failed.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed transfer.
 * @example
 * ```ts
 * canRelaunchTransfer({ id: 'T-1', domain: 'example.ch', currency: 'CHF', attempts: [{ id: 'A-1', outcome: 'failed' }] });
 * // { allowed: true }
 * canRelaunchTransfer({ id: 'T-1', domain: 'example.ch', currency: 'CHF', attempts: [{ id: 'A-1', outcome: 'pending' }] });
 * // { allowed: false, reasons: [{ code: 'TRANSFER_IN_PROGRESS', rule: 'BIL-12', ... }] }
 * ```
 */
export function canRelaunchTransfer(transfer: DomainTransferInput): Decision {
  const reason = relaunchReason(readTransfer(transfer));
  return decide(reason === undefined ? [] : [reason]);
}

/**
 * Relaunches a failed domain transfer, as the link in the failure message does (BIL-12): a new
 * pending attempt is added, and the fee is not charged again — `due` is zero once the fee was
 * paid for this transfer. Idempotent by attempt id: relaunching with an attempt id the transfer
 * already has (a second click on the same link) changes nothing (`alreadyRelaunched: true`).
 *
 * @returns the transfer with the new attempt, and what is due for it.
 * @throws HostPolicyError `TRANSFER_NOT_STARTED`, `TRANSFER_IN_PROGRESS` or `TRANSFER_SUCCEEDED`
 *   (BIL-12: the last attempt did not fail), and the errors of {@link transferFeeDue};
 *   InvalidInputError for malformed input.
 * @example
 * ```ts
 * const { transfer, due } = relaunchTransfer(
 *   { id: 'T-1', domain: 'example.ch', currency: 'CHF', attempts: [{ id: 'A-1', outcome: 'failed' }],
 *     feePayments: [{ id: 'P-1', amount: { amount: '15.00', currency: 'CHF' } }] },
 *   { attempt: 'A-2' });
 * transfer.attempts.map((a) => a.outcome); // ['failed', 'pending']
 * due.toString();                          // 'CHF 0.00'
 * ```
 */
export function relaunchTransfer(
  transfer: DomainTransferInput,
  relaunch: { readonly attempt: string },
  policy: BillingPolicyParts = BILLING_DEFAULTS,
): { transfer: DomainTransfer; due: Money; alreadyRelaunched: boolean } {
  const t = readTransfer(transfer);
  const { attempt } = parseInput(relaunchSchema, relaunch, 'transfer relaunch', 'BIL-12');
  const { due } = dueOf(t, policy);
  if (t.attempts.some((a) => a.id === attempt)) return { transfer: t, due, alreadyRelaunched: true };
  const reason = relaunchReason(t);
  if (reason !== undefined)
    throw new HostPolicyError(reason.code, reason.message, { rule: reason.rule, details: { transfer: t.id, attempt } });
  const attempts = Object.freeze([...t.attempts, Object.freeze({ id: attempt, outcome: 'pending' as const })]);
  return { transfer: Object.freeze({ ...t, attempts }), due, alreadyRelaunched: false };
}

/**
 * Records a payment of a domain transfer's fee (BIL-12), never more than what is due: the fee is
 * charged once per transfer, so once it is paid every further payment is refused. Idempotent by
 * payment id: a payment the transfer already records (same amount) changes nothing
 * (`alreadyRecorded: true`).
 *
 * @throws HostPolicyError `TRANSFER_FEE_ALREADY_PAID` (nothing is due), `TRANSFER_FEE_ABOVE_DUE`
 *   (`details.due` is the Money due), `CURRENCY_MISMATCH`, `DUPLICATE_PAYMENT` (the id is recorded
 *   with another amount), all BIL-12; InvalidInputError for malformed input.
 * @example
 * ```ts
 * const transfer = { id: 'T-1', domain: 'example.ch', currency: 'CHF', attempts: [{ id: 'A-1', outcome: 'pending' }] };
 * const paid = payTransferFee(transfer, { id: 'P-1', amount: { amount: '15.00', currency: 'CHF' } }).transfer;
 * transferFeeDue(paid).due.toString(); // 'CHF 0.00'
 * ```
 */
export function payTransferFee(
  transfer: DomainTransferInput,
  payment: { readonly id: string; readonly amount: MoneyInput },
  policy: BillingPolicyParts = BILLING_DEFAULTS,
): { transfer: DomainTransfer; alreadyRecorded: boolean } {
  const t = readTransfer(transfer);
  const p = parseInput(transferFeePaymentSchema, payment, 'transfer fee payment', 'BIL-12');
  const details = { transfer: t.id, payment: p.id };
  const known = t.feePayments.find((q) => q.id === p.id);
  if (known !== undefined) {
    if (known.amount.equals(p.amount)) return { transfer: t, alreadyRecorded: true };
    throw new HostPolicyError(
      'DUPLICATE_PAYMENT',
      `Payment ${p.id} is already recorded for transfer ${t.id} with ${known.amount.toString()}.`,
      { rule: 'BIL-12', details },
    );
  }
  checkCurrency(t, p);
  const { due } = dueOf(t, policy);
  if (due.isZero()) {
    throw new HostPolicyError(
      'TRANSFER_FEE_ALREADY_PAID',
      `The transfer fee of ${t.id} is already paid; it is charged once per transfer.`,
      { rule: 'BIL-12', details },
    );
  }
  if (p.amount.compare(due) > 0) {
    throw new HostPolicyError(
      'TRANSFER_FEE_ABOVE_DUE',
      `Payment ${p.id} of ${p.amount.toString()} is above the ${due.toString()} due for transfer ${t.id}.`,
      {
        rule: 'BIL-12',
        details: { ...details, due },
      },
    );
  }
  return {
    transfer: Object.freeze({ ...t, feePayments: Object.freeze([...t.feePayments, Object.freeze({ id: p.id, amount: p.amount })]) }),
    alreadyRecorded: false,
  };
}
