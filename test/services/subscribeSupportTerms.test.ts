import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { memoryPorts, fixedClock, subscribeSupport, isHostPolicyError, type SubscribeSupportRequest } from '../../src/index.js';

/*
 * COM-01, COM-05: the same id with other terms is not a retry (round 2, #4). It used to compare
 * only the customer and the tier, so a request for 24 months, billed yearly in EUR, resolved with
 * the stored 6-month monthly CHF subscription, as if it had been done.
 */

const T0 = '2026-01-15T08:00:00Z';

async function failure(p: Promise<unknown>): Promise<{ code: string; differs?: unknown } | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return isHostPolicyError(e) ? { code: e.code, differs: (e.details as { differs?: unknown }).differs } : { code: 'OTHER' };
  }
}

describe('subscribeSupport: the same id is a retry only with the same terms', () => {
  it('COM-01 COM-05 other months, billing or currency under the same id: SUBSCRIPTION_EXISTS naming them, nothing changed', async () => {
    const ports = memoryPorts({ clock: fixedClock(T0) });
    const first = await subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'plus' });
    const other = { id: 'sub-1', customer: 'acme', tier: 'plus', months: 24, billing: 'annual', currency: 'EUR' } as const;
    expect(await failure(subscribeSupport(ports, other))).toEqual({
      code: 'SUBSCRIPTION_EXISTS',
      differs: ['billing', 'currency', 'months'],
    });
    expect(await failure(subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'plus', months: 12 }))).toEqual({
      code: 'SUBSCRIPTION_EXISTS',
      differs: ['months'],
    });
    expect(await failure(subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'plus', billing: 'annual' }))).toMatchObject({
      differs: ['billing'],
    });
    expect(await failure(subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'plus', currency: 'EUR' }))).toMatchObject({
      differs: ['currency'],
    });
    expect(await failure(subscribeSupport(ports, { id: 'sub-1', customer: 'bob', tier: 'pro' }))).toMatchObject({
      differs: ['customer', 'tier'],
    });
    expect(await ports.subscriptions.get('sub-1')).toEqual(first);
  });

  it('COM-01 the same terms, spelled out or left to the defaults, are a retry: the stored subscription', async () => {
    const ports = memoryPorts({ clock: fixedClock(T0) });
    const first = await subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'pro' });
    const later = { ...ports, clock: fixedClock('2026-01-15T09:00:00Z') };
    expect(await subscribeSupport(later, { id: 'sub-1', customer: 'acme', tier: 'pro' })).toEqual(first);
    expect(
      await subscribeSupport(later, { id: 'sub-1', customer: 'acme', tier: 'pro', months: 6, billing: 'monthly', currency: 'CHF' }),
    ).toEqual(first);
  });

  it('COM-01 property: a second request under the same id succeeds exactly when every term is the same', async () => {
    const terms = fc.record(
      {
        tier: fc.constantFrom('plus', 'pro', 'enterprise'),
        months: fc.constantFrom(6, 7, 12, 24),
        billing: fc.constantFrom('monthly', 'annual'),
        currency: fc.constantFrom('CHF', 'EUR'),
      },
      { requiredKeys: ['tier'] },
    );
    const filled = (t: Partial<SubscribeSupportRequest>): Record<string, unknown> => ({
      months: 6,
      billing: 'monthly',
      currency: 'CHF',
      ...t,
    });
    await fc.assert(
      fc.asyncProperty(terms, terms, fc.boolean(), async (a, b, sameCustomer) => {
        const ports = memoryPorts({ clock: fixedClock(T0) });
        const first = await subscribeSupport(ports, { id: 'sub', customer: 'acme', ...(a as Pick<SubscribeSupportRequest, 'tier'>) });
        const second = { id: 'sub', customer: sameCustomer ? 'acme' : 'bob', ...(b as Pick<SubscribeSupportRequest, 'tier'>) };
        const [fa, fb] = [filled(a as Partial<SubscribeSupportRequest>), filled(b as Partial<SubscribeSupportRequest>)];
        const same = sameCustomer && ['tier', 'months', 'billing', 'currency'].every((k) => fa[k] === fb[k]);
        const result = await failure(subscribeSupport(ports, second));
        expect(result?.code).toBe(same ? undefined : 'SUBSCRIPTION_EXISTS');
        expect(await ports.subscriptions.get('sub')).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
