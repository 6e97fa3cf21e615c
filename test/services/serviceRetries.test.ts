import { describe, it, expect } from 'vitest';
import {
  memoryPorts,
  fixedClock,
  grantPartnerAccess,
  changeClientPaymentMode,
  submitStoredRfp,
  deleteStoredRfp,
  isHostPolicyError,
} from '../../src/index.js';
import { endStoredPartnership } from '../../src/services/index.js';
import { InjectedFault, withFaults } from '../../src/testing/index.js';
import { describeServiceRetries, directory, RETRY, submission, T0, withClock } from './retryScenarios.js';

/*
 * DESIGN principle 11 for submitStoredRfp (RFP-01), changeClientPaymentMode (PAR-08) and
 * endStoredPartnership (PAR-16): the same request retried after a lost answer gets the same
 * answer (round 2, #3). The scenarios at every port call are in retryScenarios.ts.
 */

describeServiceRetries('memory adapter', async () => memoryPorts({ clock: fixedClock(T0) }));

describe('services retried: what the answer is rebuilt from, and what a different request gets', () => {
  it('RFP-01 the retry sends the excerpts to the partners the first call found, whatever directory the retry passes', async () => {
    const ports = memoryPorts({ clock: fixedClock(T0) });
    const first = await submitStoredRfp(ports, { submission, directory });
    expect(first.excerpts.map((e) => e.partner)).toEqual(['p1', 'p3']);
    const again = await submitStoredRfp(withClock(ports, RETRY), { submission, directory: [] });
    expect(again).toEqual({ record: first.record, excerpts: first.excerpts });
  });

  it('RFP-01 RFP-03 a different request keeps its answer: other contents, same token, or a deleted request: no excerpts', async () => {
    const ports = memoryPorts({ clock: fixedClock(T0) });
    const first = await submitStoredRfp(ports, { submission, directory });
    const other = await submitStoredRfp(ports, { submission: { ...submission, title: 'Another shop' }, directory });
    expect(other).toEqual({ record: first.record, excerpts: [] });
    const otherContact = { ...submission, contact: { ...submission.contact, email: 'bob@example.ch' } };
    expect((await submitStoredRfp(ports, { submission: otherContact, directory })).excerpts).toEqual([]);
    const deleted = await deleteStoredRfp(ports, { id: 'rfp-1', token: submission.deleteToken });
    expect(await submitStoredRfp(ports, { submission, directory })).toEqual({ record: deleted, excerpts: [] });
    const code = await submitStoredRfp(ports, { submission: { ...submission, deleteToken: 'another-long-secret!' }, directory }).catch(
      (e: unknown) => (isHostPolicyError(e) ? e.code : 'OTHER'),
    );
    expect(code).toBe('RFP_EXISTS');
  });

  it('RFP-01 the stored request is compared in any key order (a jsonb store reorders keys)', async () => {
    const ports = memoryPorts({ clock: fixedClock(T0) });
    const first = await submitStoredRfp(ports, { submission, directory });
    const rfp = first.record.value.rfp;
    const reordered = { ...rfp, contact: { phone: rfp.contact.phone, email: rfp.contact.email, name: rfp.contact.name } };
    const record = await ports.rfps.put({ ...first.record.value, rfp: reordered }, first.record.version);
    expect((await submitStoredRfp(ports, { submission, directory })).excerpts).toEqual(first.excerpts);
    expect((await ports.rfps.get('rfp-1'))?.version).toBe(record.version);
  });

  it('PAR-08 a mode the change did not set (granted so, or changed by the other side) notifies nobody', async () => {
    const ports = memoryPorts({ clock: fixedClock(T0) });
    await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p1', access: 'full', paymentMode: 'partner' } });
    expect((await changeClientPaymentMode(ports, { client: 'acme', mode: 'partner' })).event).toBeNull();
    const byPartner = await changeClientPaymentMode(ports, { client: 'acme', mode: 'client', by: 'partner' });
    expect(byPartner.event).toMatchObject({ by: 'partner', notify: 'acme' });
    // The client asks for the mode the partner set: nothing changes, and it is not the client's change to report.
    expect((await changeClientPaymentMode(ports, { client: 'acme', mode: 'client' })).event).toBeNull();
    // The partner's request again is its retry: the same event.
    expect((await changeClientPaymentMode(ports, { client: 'acme', mode: 'client', by: 'partner' })).event).toEqual(byPartner.event);
  });

  it('PAR-08 a change back and forth: the retry of the last one gets the last event, never an older one', async () => {
    const ports = memoryPorts({ clock: fixedClock(T0) });
    await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p1', access: 'full', paymentMode: 'client' } });
    await changeClientPaymentMode(ports, { client: 'acme', mode: 'partner' });
    const back = await changeClientPaymentMode(withClock(ports, RETRY), { client: 'acme', mode: 'client' });
    expect(back.event).toMatchObject({ from: 'partner', to: 'client', at: new Date(RETRY) });
    expect((await changeClientPaymentMode(ports, { client: 'acme', mode: 'client' })).event).toEqual(back.event);
  });

  it('PAR-16 a write of another service between the lost acknowledgement and the retry keeps the event', async () => {
    const ports = memoryPorts({ clock: fixedClock(T0) });
    await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p1', access: 'limited', products: ['shop'] } });
    await expect(
      endStoredPartnership(withFaults(ports, { failAt: 1, on: 'write', after: true }).ports, { client: 'acme', partner: 'p1' }),
    ).rejects.toBeInstanceOf(InjectedFault);
    await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p2', access: 'limited', products: ['blog'] } });
    const retry = await endStoredPartnership(withClock(ports, RETRY), { client: 'acme', partner: 'p1' });
    expect(retry.event).toEqual({
      type: 'PartnershipEnded',
      client: 'acme',
      partner: 'p1',
      revoked: { partner: 'p1', access: 'limited', products: ['shop'] },
      at: new Date(T0),
    });
  });

  it('PAR-16 a partner granted access again and ended again: the retry gets the latest end; never granted: null', async () => {
    const ports = memoryPorts({ clock: fixedClock(T0) });
    await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p1', access: 'limited', products: ['shop'] } });
    await endStoredPartnership(ports, { client: 'acme', partner: 'p1' });
    await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p1', access: 'full', paymentMode: 'client' } });
    expect((await ports.clientAccess.get('acme'))?.value.events).toBeUndefined();
    const second = await endStoredPartnership(withClock(ports, RETRY), { client: 'acme', partner: 'p1' });
    expect(second.event).toMatchObject({ revoked: { access: 'full' }, at: new Date(RETRY) });
    expect((await endStoredPartnership(ports, { client: 'acme', partner: 'p1' })).event).toEqual(second.event);
    expect((await endStoredPartnership(ports, { client: 'acme', partner: 'never' })).event).toBeNull();
  });

  it('stored events are hostile input: a malformed one is INVALID_INPUT naming the field, never returned', async () => {
    const ports = memoryPorts({ clock: fixedClock(T0) });
    const base = await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'p1', access: 'limited', products: ['shop'] } });
    const bad = [
      { partnershipsEnded: [{ type: 'PartnershipEnded', client: 'acme', partner: 'p9', revoked: { partner: 'p9' }, at: T0 }] },
      {
        partnershipsEnded: [
          {
            type: 'PartnershipEnded',
            client: 'acme',
            partner: 'p9',
            revoked: { partner: 'p9', access: 'full', paymentMode: 'client' },
            at: 'soon',
          },
        ],
      },
      {
        paymentModeChanged: {
          type: 'PaymentModeChanged',
          client: 'acme',
          by: 'anyone',
          notify: 'p1',
          from: 'client',
          to: 'partner',
          at: T0,
        },
      },
      { other: true },
      'events',
    ];
    for (const events of bad) {
      const current = await ports.clientAccess.get('acme');
      await ports.clientAccess.put({ ...base.value, events } as never, current?.version ?? 0);
      const error = await endStoredPartnership(ports, { client: 'acme', partner: 'p9' }).catch((e: unknown) => e);
      expect(isHostPolicyError(error) && error.code, JSON.stringify(events)).toBe('INVALID_INPUT');
      expect(String((error as Error).message)).toContain('events');
    }
  });
});
