import { describe, it, expect } from 'vitest';
import { memoryPorts, fixedClock, isHostPolicyError, incentiveFor, type Ports } from '../../src/index.js';
import { confirmStoredPartnership, endStoredPartnership, proposePartnership } from '../../src/services/index.js';

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return isHostPolicyError(e) ? e.code : 'OTHER';
  }
}

const at = (iso: string, ports?: Ports): Ports => ({ ...(ports ?? memoryPorts()), clock: fixedClock(iso) });

describe('PAR-15 PAR-16 partnership services', () => {
  it(
    'PAR-15 "Auf die Bestätigung Ihres Partners (ein E-Mail wird verschickt) warten": ' + 'a proposal is stored pending and grants nothing',
    async () => {
      const ports = at('2026-11-23T09:00:00Z');
      const { record, request } = await proposePartnership(ports, {
        client: 'acme',
        partner: 'agency',
        rights: { access: 'limited', products: ['shop'] },
      });
      expect(request).toEqual({
        client: 'acme',
        partner: 'agency',
        rights: { access: 'limited', products: ['shop'] },
        requestedAt: '2026-11-23T09:00:00.000Z',
      });
      expect(record.value.access.grants).toEqual([]);
      expect(record.value.access.requests).toEqual([request]);
    },
  );

  it('PAR-15 proposing the same rights twice changes nothing the second time; other rights replace the request', async () => {
    const ports = at('2026-11-23T09:00:00Z');
    const first = await proposePartnership(ports, {
      client: 'acme',
      partner: 'agency',
      rights: { access: 'limited', products: ['shop', 'blog'] },
    });
    const again = await proposePartnership(at('2026-11-24T09:00:00Z', ports), {
      client: 'acme',
      partner: 'agency',
      rights: { access: 'limited', products: ['blog', 'shop'] },
    });
    expect(again).toEqual(first);
    const other = await proposePartnership(at('2026-11-24T09:00:00Z', ports), {
      client: 'acme',
      partner: 'agency',
      rights: { access: 'full', paymentMode: 'client' },
    });
    expect(other.record.version).toBe(first.record.version + 1);
    expect(other.record.value.access.requests).toEqual([other.request]);
  });

  it('PAR-15 the partner confirms: the grant takes effect; confirming twice changes nothing the second time', async () => {
    const ports = at('2026-11-23T09:00:00Z');
    const { request } = await proposePartnership(ports, {
      client: 'acme',
      partner: 'agency',
      rights: { access: 'full', paymentMode: 'client' },
    });
    const confirmed = await confirmStoredPartnership(ports, { request });
    expect(confirmed.grant).toEqual({ partner: 'agency', access: 'full', paymentMode: 'client' });
    expect(confirmed.record.value.access.grants).toEqual([confirmed.grant]);
    expect(confirmed.record.value.access.requests ?? []).toEqual([]);
    expect(confirmed.record.value.owner).toEqual(['acme', 'agency']);
    expect(await confirmStoredPartnership(ports, { request })).toEqual(confirmed);
  });

  it('PAR-15 an edited or unknown request is refused; bad input is INVALID_INPUT', async () => {
    const ports = at('2026-11-23T09:00:00Z');
    const { request } = await proposePartnership(ports, {
      client: 'acme',
      partner: 'agency',
      rights: { access: 'limited', products: ['shop'] },
    });
    expect(
      await codeOf(confirmStoredPartnership(ports, { request: { ...request, rights: { access: 'full', paymentMode: 'partner' } } })),
    ).toBe('PARTNERSHIP_NOT_PENDING');
    expect(await codeOf(confirmStoredPartnership(ports, { request: { ...request, client: 'nobody' } }))).toBe('NOT_FOUND');
    expect(await codeOf(confirmStoredPartnership(ports, { request: { ...request, rights: undefined } as never }))).toBe('INVALID_INPUT');
    expect(
      await codeOf(proposePartnership(ports, { client: '', partner: 'agency', rights: { access: 'full', paymentMode: 'client' } })),
    ).toBe('INVALID_INPUT');
    expect(await codeOf(proposePartnership(ports, { client: 'acme', partner: 'agency', rights: { access: 'admin' } } as never))).toBe(
      'INVALID_INPUT',
    );
  });

  it('PAR-15 concurrent confirmations of the same request store one grant', async () => {
    const ports = memoryPorts({ clock: fixedClock('2026-11-23T09:00:00Z'), interleave: () => new Promise((r) => setTimeout(r, 0)) });
    const { request } = await proposePartnership(ports, {
      client: 'acme',
      partner: 'agency',
      rights: { access: 'limited', products: ['shop'] },
    });
    const results = await Promise.all([confirmStoredPartnership(ports, { request }), confirmStoredPartnership(ports, { request })]);
    expect(results.map((r) => r.grant)).toEqual([results[0]?.grant, results[0]?.grant]);
    expect((await ports.clientAccess.get('acme'))?.value.access.grants).toHaveLength(1);
  });

  it(
    'PAR-16 "Partnerschaft aufkündigen": ending revokes every grant at once; orders from then on earn nothing; ending twice changes ' +
      'nothing',
    async () => {
      const ports = at('2026-11-23T09:00:00Z');
      const { request } = await proposePartnership(ports, {
        client: 'acme',
        partner: 'agency',
        rights: { access: 'limited', products: ['shop', 'blog'] },
      });
      await confirmStoredPartnership(ports, { request });
      const ended = await endStoredPartnership(at('2026-12-01T12:00:00Z', ports), { client: 'acme', partner: 'agency' });
      expect(ended.event).toEqual({
        type: 'PartnershipEnded',
        client: 'acme',
        partner: 'agency',
        revoked: { partner: 'agency', access: 'limited', products: ['blog', 'shop'] },
        at: new Date('2026-12-01T12:00:00Z'),
      });
      expect(ended.record?.value.access.grants).toEqual([]);
      const order = {
        access: 'limited' as const,
        actor: 'client' as const,
        managedByPartner: true,
        publicPrice: { amount: '10', currency: 'CHF' },
        partnerPrice: { amount: '8', currency: 'CHF' },
      };
      expect(incentiveFor({ ...order, orderedAt: '2026-12-01T12:00:00Z', partnershipEndedAt: ended.event?.at ?? '' }).kind).toBe('none');
      const again = await endStoredPartnership(at('2026-12-02T12:00:00Z', ports), { client: 'acme', partner: 'agency' });
      expect(again).toEqual({ record: ended.record, event: ended.event }); // its retry: the first instant, not this one
      expect(await endStoredPartnership(ports, { client: 'unknown', partner: 'agency' })).toEqual({ record: undefined, event: null });
      expect(await codeOf(endStoredPartnership(ports, { client: 'acme', partner: '' }))).toBe('INVALID_INPUT');
    },
  );
});
