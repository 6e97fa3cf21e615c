/**
 * Every outcome and error of the subscriptions context, with its exact wording, pinned in a
 * snapshot: the reasons of a cancellation or a refund (COM-02, COM-03) and the refusals of a
 * change (COM-04) are read by people, so a change of wording is a change to review.
 */
import { describe, expect, it } from 'vitest';
import {
  canChangePlan,
  changeOffer,
  changePlan,
  changeTier,
  commitmentTerm,
  compareBillingPeriods,
  definePolicy,
  planChangeKind,
  planLadder,
  REFUND_EVENTS,
  refundFor,
  requestCancellation,
  subscribe,
  supportTierLadder,
} from '../../src/index.js';

/** What a call returns or throws, as data (errors with code, rule, message, issue paths and details). */
function outcome(fn: () => unknown): unknown {
  try {
    return { returned: fn() };
  } catch (e) {
    const { name, code, rule, message, issues, details } = e as {
      name: string;
      code: string;
      rule?: string;
      message: string;
      issues?: readonly { path: readonly PropertyKey[]; code: string }[];
      details?: Record<string, unknown>;
    };
    return issues === undefined
      ? { name, code, rule, message, details }
      : { name, code, rule, message, issues: issues.map((i) => `${i.path.map(String).join('.')} (${i.code})`) };
  }
}

const sub = subscribe({ tier: 'pro', startedAt: '2026-01-15T09:00:00+01:00', currency: 'EUR', billing: 'annual' });

describe('COM-01..05 the wording of every subscription outcome', () => {
  it('COM-02 COM-03 a cancellation and each refund event, in full', () => {
    expect({
      subscription: sub,
      'cancellation in the firm term': requestCancellation(sub, '2026-02-01T00:00:00Z'),
      'cancellation after the commitment (annual billing period)': requestCancellation(sub, '2026-08-01T00:00:00Z'),
      'cancellation after the commitment (monthly billing period)': requestCancellation(
        { ...sub, billing: 'monthly' },
        '2026-08-01T00:00:00Z',
      ),
      'cancellation in a renewal term (renew-term policy)': requestCancellation(
        sub,
        '2026-08-01T00:00:00Z',
        definePolicy({ subscriptions: { afterCommitment: 'renew-term' } }),
      ),
      refunds: Object.fromEntries(REFUND_EVENTS.map((e) => [e, refundFor(sub, e)])),
    }).toMatchSnapshot();
  });

  it('COM-04 every change on the support tier ladder and on a kSuite-like ladder', () => {
    const offers = planLadder(['free', 'standard', 'business'], { rule: 'ACC-04' });
    const table: Record<string, unknown> = {};
    for (const from of supportTierLadder.plans) {
      for (const to of supportTierLadder.plans) {
        table[`tiers ${from} → ${to}`] = {
          kind: planChangeKind(supportTierLadder, from, to),
          decision: canChangePlan(supportTierLadder, from, to),
          change: outcome(() => changePlan(supportTierLadder, from, to)),
        };
      }
    }
    for (const from of offers.plans) {
      for (const to of offers.plans)
        table[`offers ${from} → ${to}`] = {
          decision: canChangePlan(offers, from, to),
          change: outcome(() => changeOffer(offers, from, to)),
        };
    }
    expect({ ladders: { supportTierLadder, offers }, table }).toMatchSnapshot();
  });

  it('COM-05 billing comparisons: annual cheaper, monthly cheaper, equal', () => {
    expect({
      annual: compareBillingPeriods({ tier: 'plus', prices: { monthly: '50', annual: '540' } }),
      monthly: compareBillingPeriods({ tier: 'pro', currency: 'EUR', prices: { monthly: '10', annual: '150' } }),
      equal: compareBillingPeriods({ tier: 'enterprise', prices: { monthly: '10', annual: '120' } }),
    }).toMatchSnapshot();
  });
});

describe('COM-01..05 the wording of every subscription error', () => {
  it('COM-01..05 bad input and refusals name the input, the rule and each field', () => {
    const offers = planLadder(['free', 'pro'], { rule: 'ACC-04' });
    const json = JSON.parse(JSON.stringify(sub)) as Record<string, unknown>;
    expect({
      'commitmentTerm too short': outcome(() => commitmentTerm({ startedAt: '2026-01-15T00:00:00Z', months: 5 })),
      'commitmentTerm bad input': outcome(() => commitmentTerm({ startedAt: 'soon', months: 0 })),
      'commitmentTerm too long': outcome(() => commitmentTerm({ startedAt: '2026-01-15T00:00:00Z', months: 1201 })),
      'subscribe too short': outcome(() => subscribe({ tier: 'plus', startedAt: '2026-01-15T00:00:00Z', months: 2 })),
      'subscribe bad input': outcome(() =>
        subscribe({ tier: 'standard', startedAt: 'x', billing: 'weekly', currency: 'chf', months: 1.5 } as never),
      ),
      'requestCancellation bad instant': outcome(() => requestCancellation(sub, 'tomorrow')),
      'requestCancellation bad subscription': outcome(() =>
        requestCancellation(
          { ...json, tier: 'gold', commitmentMonths: 0, commitment: { start: json.startedAt, end: json.startedAt } } as never,
          '2026-02-01T00:00:00Z',
        ),
      ),
      'refundFor unknown event': outcome(() => refundFor(sub, 'changed-my-mind' as never)),
      'refundFor bad subscription': outcome(() => refundFor(null as never, 'stop-support')),
      'changeTier downgrade': outcome(() => changeTier(sub, 'plus')),
      'changeTier unknown tier': outcome(() => changeTier(sub, 'platinum' as never)),
      'changeTier bad subscription': outcome(() => changeTier({ ...json, billing: 'weekly' } as never, 'enterprise')),
      'changeOffer downgrade': outcome(() => changeOffer(offers, 'pro', 'free')),
      'changePlan unknown plans': outcome(() => changePlan(offers, 'gold' as never, 7 as never)),
      'planLadder empty': outcome(() => planLadder([] as never)),
      'planLadder duplicates and an empty name': outcome(() => planLadder(['a', 'a', ''] as never)),
      'planLadder bad rule': outcome(() => planLadder(['a'], { rule: 'com-4' as never })),
      'planChangeKind malformed ladder': outcome(() => planChangeKind({ plans: 'abc', rule: 'X' } as never, 'a' as never, 'b' as never)),
      'compareBillingPeriods no price': outcome(() => compareBillingPeriods({ tier: 'plus' })),
      'compareBillingPeriods no price in the currency': outcome(() =>
        compareBillingPeriods(
          { tier: 'pro', currency: 'USD' },
          definePolicy({ subscriptions: { prices: { pro: { EUR: { monthly: '1', annual: '10' } } } } }),
        ),
      ),
      'compareBillingPeriods no price for the duration': outcome(() =>
        compareBillingPeriods(
          { tier: 'pro', months: 12 },
          definePolicy({ subscriptions: { prices: { pro: { CHF: { '6': { monthly: '1', annual: '10' } } } } } }),
        ),
      ),
      'compareBillingPeriods duration too short': outcome(() =>
        compareBillingPeriods({ tier: 'pro', months: 3, prices: { monthly: '1', annual: '10' } }),
      ),
      'compareBillingPeriods bad input': outcome(() =>
        compareBillingPeriods({ tier: 'standard', currency: 'chf', months: 6.5, prices: { monthly: '0', annual: '-1' } } as never),
      ),
    }).toMatchSnapshot();
  });
});
