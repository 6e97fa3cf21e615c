import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { HostPolicyError } from '../errors.js';
import { invalidField, parseInput } from '../internal/parse.js';
import { MAX_INSTANT } from '../calendar/schema.js';
import { instantSchema, type InstantInput } from './schema.js';
import { compileSubscriptionsPolicy, type CompiledSubscriptionsPolicy } from './compiledPolicy.js';
import { addZonedMonths } from './zonedMonths.js';
import { SUBSCRIPTIONS_DEFAULTS, type SubscriptionsPolicyParts } from './policyParts.js';

/** Input of {@link commitmentTerm}. */
export interface CommitmentTermRequest {
  /** When the commitment starts. */
  readonly startedAt: InstantInput;
  /** Length in months; at least the policy's minimum (COM-01: 6). Default: that minimum. */
  readonly months?: number;
}

/** A commitment term: from `start` (inclusive) to `end` (exclusive). */
export interface CommitmentTerm {
  readonly start: Date;
  readonly end: Date;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const requestSchema = strictObject({
  startedAt: instantSchema,
  months: z.optional(z.int().check(z.gte(1), z.lte(1200))),
});

/**
 * The firm commitment of a Premium Support subscription (COM-01): it ends on the same day of the
 * month `months` months later, at the same wall-clock time, clamped to the month's last day
 * (31 Aug → 28/29 Feb). Days are counted in the policy's zone (Europe/Zurich by default), so the
 * result does not depend on the host's time zone.
 *
 * @param req - `startedAt`, and `months` (default and minimum: `policy.subscriptions.commitmentMonths`, 6).
 * @returns `{ start, end }`.
 * @throws InvalidInputError (`INVALID_INPUT`) for an invalid instant, a month count that is not
 *   a whole number from 1 to 1200, or a term that would end after the year 9999 (COM-01).
 * @throws HostPolicyError `COMMITMENT_TOO_SHORT` (COM-01) when `months` is below the minimum.
 *
 * @example
 * ```ts
 * commitmentTerm({ startedAt: '2026-08-31T10:00:00+02:00' });
 * // { start: 2026-08-31T08:00:00.000Z, end: 2027-02-28T09:00:00.000Z } (28 Feb, 10:00 in Zurich)
 * ```
 */
export function commitmentTerm(req: CommitmentTermRequest, policy: SubscriptionsPolicyParts = SUBSCRIPTIONS_DEFAULTS): CommitmentTerm {
  const { startedAt, months } = parseInput(requestSchema, req, 'commitment term request', 'COM-01');
  const subs = compileSubscriptionsPolicy(policy);
  return termFrom(startedAt, months ?? subs.commitmentMonths, subs, 'commitment term request');
}

/**
 * @internal The term of `months` months from `start`, once the input is typed. `what` names the
 * request whose `startedAt` is refused when the term would end after the last instant every
 * function reads back (9999-12-31T23:59:59.999Z): what `subscribe` returns is always accepted.
 */
export function termFrom(start: Date, months: number, subs: CompiledSubscriptionsPolicy, what: string): CommitmentTerm {
  const minimum = subs.commitmentMonths;
  if (months < minimum) {
    throw new HostPolicyError(
      'COMMITMENT_TOO_SHORT',
      `Premium Support requires a commitment of at least ${minimum} months, not ${months}.`,
      {
        rule: 'COM-01',
        details: { months, minimum },
      },
    );
  }
  const end = addZonedMonths(start, months, subs.timeZone);
  if (!(end.getTime() <= MAX_INSTANT)) {
    invalidField(
      what,
      ['startedAt'],
      `must let a commitment of ${months} months end by the year 9999 (instants are read in 0001–9999)`,
      'COM-01',
    );
  }
  return Object.freeze({ start, end });
}
