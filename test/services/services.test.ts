import { describe, it, expect } from 'vitest';
import {
  memoryPorts,
  fixedClock,
  subscribeSupport,
  cancelSupport,
  upgradeSupport,
  grantPartnerAccess,
  changeClientPaymentMode,
  submitStoredRfp,
  deleteStoredRfp,
  isHostPolicyError,
  InvalidInputError,
  type Ports,
} from '../../src/index.js';

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return isHostPolicyError(e) ? e.code : 'OTHER';
  }
}

const at = (iso: string): Ports => memoryPorts({ clock: fixedClock(iso) });

describe('support services', () => {
  it('COM-01 subscribeSupport stores a subscription with its firm term, idempotently', async () => {
    const ports = at('2026-01-15T08:00:00Z');
    const a = await subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'pro' });
    expect(a.version).toBe(1);
    expect(a.value.subscription.commitment.end.toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(await subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'pro' })).toEqual(a);
    expect(await codeOf(subscribeSupport(ports, { id: 'sub-1', customer: 'other', tier: 'plus' }))).toBe('SUBSCRIPTION_EXISTS');
    expect((await ports.subscriptions.listByOwner('acme')).length).toBe(1);
  });

  it('COM-02 cancelSupport takes effect at the end of the term, refunds nothing, and keeps the first request', async () => {
    const ports = at('2026-01-15T08:00:00Z');
    await subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'plus' });
    const c = await cancelSupport({ ...ports, clock: fixedClock('2026-02-01T00:00:00Z') }, { id: 'sub-1' });
    expect(c.effectiveAt.toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(c.refund.isZero()).toBe(true);
    const again = await cancelSupport({ ...ports, clock: fixedClock('2026-03-01T00:00:00Z') }, { id: 'sub-1' });
    expect(again.record.version).toBe(2);
    expect(again.record.value.cancellation?.requestedAt).toBe('2026-02-01T00:00:00.000Z');
    expect(await codeOf(cancelSupport(ports, { id: 'nope' }))).toBe('NOT_FOUND');
  });

  it('COM-02 cancelSupport after a 12-month commitment ends with the billing period then running ("a minimum of 6 months")', async () => {
    const ports = at('2026-01-15T08:00:00Z');
    await subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'plus', months: 12 });
    const inside = await cancelSupport({ ...ports, clock: fixedClock('2026-09-01T00:00:00Z') }, { id: 'sub-1' });
    expect(inside.effectiveAt.toISOString()).toBe('2027-01-15T08:00:00.000Z');
    await subscribeSupport(ports, { id: 'sub-2', customer: 'acme', tier: 'plus', billing: 'monthly' });
    const after = await cancelSupport({ ...ports, clock: fixedClock('2026-09-20T00:00:00Z') }, { id: 'sub-2' });
    expect(after.effectiveAt.toISOString()).toBe('2026-10-15T07:00:00.000Z');
    expect(after.record.value.cancellation?.effectiveAt).toBe('2026-10-15T07:00:00.000Z');
  });

  it('COM-04 upgradeSupport moves up, never down; concurrent upgrades all land on one version chain', async () => {
    const ports = memoryPorts({ clock: fixedClock('2026-01-15T08:00:00Z'), interleave: () => new Promise((r) => setTimeout(r, 0)) });
    await subscribeSupport(ports, { id: 'sub-1', customer: 'acme', tier: 'plus' });
    const results = await Promise.all([
      upgradeSupport(ports, { id: 'sub-1', tier: 'pro' }),
      upgradeSupport(ports, { id: 'sub-1', tier: 'pro' }),
    ]);
    expect(results.map((r) => r.value.subscription.tier)).toEqual(['pro', 'pro']);
    expect((await ports.subscriptions.get('sub-1'))?.version).toBe(2);
    expect(await codeOf(upgradeSupport(ports, { id: 'sub-1', tier: 'plus' }))).toBe('DOWNGRADE_NOT_ALLOWED');
    const up = await upgradeSupport(ports, { id: 'sub-1', tier: 'enterprise' });
    expect(up.value.subscription.commitment.end.toISOString()).toBe('2026-07-15T07:00:00.000Z');
  });

  it('bad input names the field', async () => {
    const ports = at('2026-01-15T08:00:00Z');
    await expect(subscribeSupport(ports, { id: '', customer: 'acme', tier: 'pro' })).rejects.toThrow(/id/);
    await expect(subscribeSupport(ports, { id: 's', customer: 'acme', tier: 'gold' as never })).rejects.toThrow(InvalidInputError);
  });
});

describe('partnership services', () => {
  it('PAR-05 grantPartnerAccess stores the state, lists it under client and partner, and refuses a second full access', async () => {
    const ports = at('2026-01-15T08:00:00Z');
    const r = await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p1', access: 'full', paymentMode: 'client' } });
    expect(r.value.owner).toEqual(['acme', 'p1']);
    expect((await ports.clientAccess.listByOwner('p1')).map((x) => x.value.id)).toEqual(['acme']);
    expect(await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p1', access: 'full', paymentMode: 'client' } })).toEqual(r);
    expect(
      await codeOf(grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p2', access: 'full', paymentMode: 'client' } })),
    ).toBe('ACCESS_CONFLICT');
  });

  it('PAR-03 concurrent limited grants of the same product: exactly one partner gets it', async () => {
    const ports = memoryPorts({ interleave: () => new Promise((r) => setTimeout(r, 0)) });
    const results = await Promise.allSettled(
      ['p1', 'p2', 'p3'].map((partner) =>
        grantPartnerAccess(ports, { client: 'acme', grant: { partner, access: 'limited', products: ['site'] } }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await ports.clientAccess.get('acme'))?.value.access.grants).toHaveLength(1);
  });

  it('PAR-08 changeClientPaymentMode stores the mode and returns the event naming the partner to notify', async () => {
    const ports = at('2026-05-01T10:00:00Z');
    await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p1', access: 'full', paymentMode: 'client' } });
    const { record, event } = await changeClientPaymentMode(ports, { client: 'acme', mode: 'partner' });
    expect(event).toMatchObject({ type: 'PaymentModeChanged', notify: 'p1', from: 'client', to: 'partner' });
    expect(record.value.access.grants[0]).toMatchObject({ paymentMode: 'partner' });
    // The same request again (its retry after a lost answer, principle 11): nothing changes, the same event.
    expect(await changeClientPaymentMode(ports, { client: 'acme', mode: 'partner' })).toEqual({ record, event });
    expect(await codeOf(changeClientPaymentMode(ports, { client: 'other', mode: 'partner' }))).toBe('NO_FULL_ACCESS');
  });

  it(
    'PAR-08 "Der Kunde und der Partner können die Zahlungsmittel festlegen": ' +
      'the partner sets the mode, the client is notified; the same request again gets the same event',
    async () => {
      const ports = at('2026-05-01T10:00:00Z');
      await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p1', access: 'full', paymentMode: 'partner' } });
      const first = await changeClientPaymentMode(ports, { client: 'acme', mode: 'client', by: 'partner' });
      expect(first.event).toMatchObject({ type: 'PaymentModeChanged', by: 'partner', notify: 'acme', from: 'partner', to: 'client' });
      const again = await changeClientPaymentMode(ports, { client: 'acme', mode: 'client', by: 'partner' });
      expect(again).toEqual({ record: first.record, event: first.event });
      expect(await codeOf(changeClientPaymentMode(ports, { client: 'acme', mode: 'client', by: 'p1' as 'partner' }))).toBe('INVALID_INPUT');
    },
  );
});

describe('request-for-proposal services', () => {
  const submission = {
    id: 'rfp-1',
    title: 'WordPress shop',
    description: 'We need a shop.',
    topics: ['wordpress'],
    contact: { name: 'Ana', email: 'ana@example.ch' },
    deleteToken: 'a-long-random-secret',
  };
  const directory = [
    { partner: 'p1', topics: ['wordpress'] },
    { partner: 'p2', topics: ['mail'] },
  ];

  it('RFP-01 submitStoredRfp stores the request and returns the excerpts, the same ones to the same request again', async () => {
    const ports = at('2026-11-23T09:00:00Z');
    const first = await submitStoredRfp(ports, { submission, directory });
    expect(first.excerpts.map((e) => e.partner)).toEqual(['p1']);
    expect(first.record.value.owner).toBe('ana@example.ch');
    const again = await submitStoredRfp(ports, { submission, directory });
    expect(again).toEqual({ record: first.record, excerpts: first.excerpts });
    expect(await codeOf(submitStoredRfp(ports, { submission: { ...submission, deleteToken: 'another-long-secret!' }, directory }))).toBe(
      'RFP_EXISTS',
    );
  });

  it('RFP-03 deleteStoredRfp deletes at once, idempotently, only with the right link', async () => {
    const ports = at('2026-11-23T09:00:00Z');
    await submitStoredRfp(ports, { submission, directory });
    expect(await codeOf(deleteStoredRfp(ports, { id: 'rfp-1', token: 'wrong-token-wrong-token' }))).toBe('RFP_TOKEN_INVALID');
    const deleted = await deleteStoredRfp(
      { ...ports, clock: fixedClock('2026-11-24T10:00:00Z') },
      { id: 'rfp-1', token: submission.deleteToken },
    );
    expect(deleted.value.rfp.deletedAt).toBe('2026-11-24T10:00:00.000Z');
    const again = await deleteStoredRfp(
      { ...ports, clock: fixedClock('2026-11-25T10:00:00Z') },
      { id: 'rfp-1', token: submission.deleteToken },
    );
    expect(again).toEqual(deleted);
    expect(await codeOf(deleteStoredRfp(ports, { id: 'nope', token: submission.deleteToken }))).toBe('NOT_FOUND');
    // "This email contains a link to cancel your request for proposal": no token, no deletion.
    expect(await codeOf(deleteStoredRfp(ports, { id: 'rfp-1' } as never))).toBe('INVALID_INPUT');
  });
});
