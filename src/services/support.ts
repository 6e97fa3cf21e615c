import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { HostPolicyError } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import type { Money } from '../money/index.js';
import { defaultPolicy, type Policy, type PremiumSupportTier, type SupportBilling, type SupportTier } from '../policy/index.js';
import type { Ports, StoredSubscription } from '../ports/ports.js';
import { isVersionConflict, type Versioned } from '../ports/repository.js';
import { changeTier, requestCancellation, subscribe, type Subscription } from '../subscriptions/index.js';
import type { Reason } from '../errors.js';
import { retryOnConflict } from './retry.js';
import { keySchema, notFound, requirePorts } from './schema.js';

/** The ports the support services use. */
export type SupportPorts = Pick<Ports, 'subscriptions' | 'clock'>;

/** Input of {@link subscribeSupport}. */
export interface SubscribeSupportRequest {
  /** The id under which the subscription is stored; the same id again is the same request. */
  readonly id: string;
  readonly customer: string;
  readonly tier: PremiumSupportTier;
  readonly billing?: SupportBilling;
  readonly currency?: string;
  readonly months?: number;
}

// Strict: the other fields go on to `subscribe`, which checks them; any key beyond these is a mistake.
const subscribeSchema = strictObject({
  id: keySchema,
  customer: keySchema,
  tier: z.unknown(),
  billing: z.unknown(),
  currency: z.unknown(),
  months: z.unknown(),
});

/**
 * Subscribes a customer to Premium Support now (`ports.clock`), with the firm commitment of
 * COM-01, and stores it. Idempotent: the same id, customer and terms again (tier, billing,
 * currency, months; left out, the policy's defaults) return the stored one.
 *
 * @example
 * ```ts
 * const ports = memoryPorts({ clock: fixedClock('2026-01-15T08:00:00Z') });
 * const { value } = await subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'pro' });
 * value.subscription.commitment.end; // 2026-07-15T07:00:00.000Z
 * ```
 * @throws HostPolicyError `SUBSCRIPTION_EXISTS` when the id holds another customer's subscription
 * or one with other terms (`details.differs` names them: `customer`, `tier`, `billing`,
 * `currency`, `months`); InvalidInputError (`INVALID_INPUT`) naming the field.
 */
export async function subscribeSupport(
  ports: SupportPorts,
  request: SubscribeSupportRequest,
  policy: Policy = defaultPolicy,
): Promise<Versioned<StoredSubscription>> {
  requirePorts(ports, ['subscriptions', 'clock']);
  const { id, customer } = parseInput(subscribeSchema, request, 'subscription request', 'COM-01');
  const subscription = subscribe(
    {
      tier: request.tier,
      startedAt: ports.clock.now(),
      ...(request.billing === undefined ? {} : { billing: request.billing }),
      ...(request.currency === undefined ? {} : { currency: request.currency }),
      ...(request.months === undefined ? {} : { months: request.months }),
    },
    policy,
  );
  try {
    return await ports.subscriptions.put({ id, owner: customer, subscription, cancellation: null }, 0);
  } catch (e) {
    if (!isVersionConflict(e)) throw e;
    const existing = await ports.subscriptions.get(id);
    const differs = existing === undefined ? [] : otherTerms(existing.value, customer, subscription);
    if (existing !== undefined && differs.length === 0) return existing;
    const which = differs.length === 0 ? '' : ` (${differs.join(', ')})`;
    throw new HostPolicyError('SUBSCRIPTION_EXISTS', `Subscription ${id} already exists with other terms${which}.`, {
      details: { id, differs },
    });
  }
}

/**
 * The terms of the request that the stored subscription does not have: every one counts, since a
 * request for 24 months, billed yearly in EUR, is not the retry of a 6-month monthly CHF one and
 * must not look done. Only the start differs by nature (each call reads the clock).
 */
function otherTerms(stored: StoredSubscription, customer: string, asked: Subscription): string[] {
  const s = stored.subscription;
  const pairs: [string, unknown, unknown][] = [
    ['customer', stored.owner, customer],
    ['tier', s.tier, asked.tier],
    ['billing', s.billing, asked.billing],
    ['currency', s.currency, asked.currency],
    ['months', s.commitmentMonths, asked.commitmentMonths],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([name]) => name);
}

/** What {@link cancelSupport} returns. */
export interface SupportCancellation {
  readonly record: Versioned<StoredSubscription>;
  readonly effectiveAt: Date;
  /** Always zero (COM-03). */
  readonly refund: Money;
  readonly reasons: readonly Reason[];
}

/**
 * Requests the cancellation of a stored subscription now: never before the end of the commitment
 * (COM-02), after it at the end of the billing period then running (or of the term, with
 * `afterCommitment: 'renew-term'`), with no refund (COM-03). Idempotent: a second request keeps
 * the first.
 *
 * @example
 * ```ts
 * const c = await cancelSupport(ports, { id: 'sub-1' });
 * c.effectiveAt; c.refund.toString(); // end of the commitment (or billing period), 'CHF 0.00'
 * ```
 * @throws HostPolicyError `NOT_FOUND`; InvalidInputError (`INVALID_INPUT`).
 */
export async function cancelSupport(
  ports: SupportPorts,
  request: { readonly id: string },
  policy: Policy = defaultPolicy,
): Promise<SupportCancellation> {
  requirePorts(ports, ['subscriptions', 'clock']);
  const { id } = parseInput(strictObject({ id: keySchema }), request, 'cancellation request', 'COM-02');
  return retryOnConflict(async () => {
    const record = await ports.subscriptions.get(id);
    if (record === undefined) throw notFound('subscription', id);
    const requestedAt = record.value.cancellation?.requestedAt ?? ports.clock.now();
    const c = requestCancellation(record.value.subscription, requestedAt, policy);
    const result = (r: Versioned<StoredSubscription>): SupportCancellation => ({
      record: r,
      effectiveAt: c.effectiveAt,
      refund: c.refund,
      reasons: c.reasons,
    });
    if (record.value.cancellation !== null) return result(record);
    const cancellation = { requestedAt: new Date(requestedAt).toISOString(), effectiveAt: c.effectiveAt.toISOString() };
    return result(await ports.subscriptions.put({ ...record.value, cancellation }, record.version));
  });
}

/**
 * Moves a stored subscription to a higher tier (COM-04); the commitment end stays. Idempotent: the
 * current tier again changes nothing.
 *
 * @example
 * ```ts
 * (await upgradeSupport(ports, { id: 'sub-1', tier: 'enterprise' })).value.subscription.tier; // 'enterprise'
 * ```
 * @throws HostPolicyError `DOWNGRADE_NOT_ALLOWED` (COM-04), `NOT_FOUND`; InvalidInputError (`INVALID_INPUT`).
 */
export async function upgradeSupport(
  ports: Pick<Ports, 'subscriptions'>,
  request: { readonly id: string; readonly tier: SupportTier },
  policy: Policy = defaultPolicy,
): Promise<Versioned<StoredSubscription>> {
  requirePorts(ports, ['subscriptions']);
  const { id } = parseInput(strictObject({ id: keySchema, tier: z.unknown() }), request, 'upgrade request', 'COM-04');
  return retryOnConflict(async () => {
    const record = await ports.subscriptions.get(id);
    if (record === undefined) throw notFound('subscription', id);
    const next = changeTier(record.value.subscription, request.tier, policy);
    if (next.tier === record.value.subscription.tier) return record;
    return ports.subscriptions.put({ ...record.value, subscription: next }, record.version);
  });
}
