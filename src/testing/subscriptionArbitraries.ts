import fc from 'fast-check';
import { subscribe, type Subscription } from '../subscriptions/index.js';

const DAY = 86_400_000;
const FROM = Date.UTC(2025, 0, 1);
const instant = fc.integer({ min: 0, max: 3 * 365 * DAY }).map((ms) => new Date(FROM + ms));

/**
 * Premium Support subscriptions (COM-01) in every tier and billing period, started between 2025
 * and 2027.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(subscriptionArbitrary(), (s) => s.commitment.end > s.commitment.start));
 * ```
 */
export function subscriptionArbitrary(): fc.Arbitrary<Subscription> {
  return fc
    .record({
      tier: fc.constantFrom('plus' as const, 'pro' as const, 'enterprise' as const),
      billing: fc.constantFrom('monthly' as const, 'annual' as const),
      startedAt: instant,
    })
    .map((r) => subscribe(r));
}
