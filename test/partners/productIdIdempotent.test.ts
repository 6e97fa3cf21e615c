/**
 * PAR-03 (DESIGN principle 14: product ids compare in one canonical form): the canonical form is a
 * fixed point — read back, a canonical id is itself. An outside attack (round 3) found a soft hyphen
 * between a letter and its combining mark: removed after NFKC, it left `'shopn\u0301.ch'`, kept as a
 * non-domain id, which read back as `'xn--shop-e2a.ch'`; a rival got the domain another partner
 * managed, and the stored access state then failed its own PAR-03 check on every later call.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalProductId, emptyClientAccess, grantAccess } from '../../src/partners/index.js';
import { endStoredPartnership, grantPartnerAccess } from '../../src/services/index.js';
import { fixedClock, memoryPorts } from '../../src/index.js';
import { caught } from './helpers.js';

describe('PAR-03 the canonical product id is a fixed point', () => {
  it('PAR-03 a soft hyphen inside a domain changes nothing: the same product as its composed spelling', () => {
    expect(canonicalProductId('shopn\u00AD\u0301.ch')).toBe('xn--shop-e2a.ch');
    expect(canonicalProductId('shopń.ch')).toBe('xn--shop-e2a.ch');
    const managed = grantAccess(emptyClientAccess('acme'), { partner: 'agency', access: 'limited', products: ['shopń.ch'] });
    const e = caught(() => grantAccess(managed, { partner: 'rival', access: 'limited', products: ['shopn\u00AD\u0301.ch'] }));
    expect([e.code, e.rule]).toEqual(['ACCESS_CONFLICT', 'PAR-03']);
  });

  it('PAR-03 through the services: the rival is refused, and the stored state stays usable', async () => {
    const ports = memoryPorts({ clock: fixedClock('2026-01-15T08:00:00Z') });
    await grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'agency', access: 'limited', products: ['shopń.ch'] } });
    await expect(
      grantPartnerAccess(ports, { client: 'acme', grant: { partner: 'rival', access: 'limited', products: ['shopn\u00AD\u0301.ch'] } }),
    ).rejects.toMatchObject({ code: 'ACCESS_CONFLICT' });
    const third = await grantPartnerAccess(ports, {
      client: 'acme',
      grant: { partner: 'third', access: 'limited', products: ['other.ch'] },
    });
    expect(third.value.access.grants.map((g) => g.partner)).toEqual(['agency', 'third']);
    expect((await endStoredPartnership(ports, { client: 'acme', partner: 'agency' })).event?.type).toBe('PartnershipEnded');
  });

  it('PAR-03 property: the canonical id of a canonical id is itself (letters, marks, format characters, case)', () => {
    const piece = fc.constantFrom(
      'a',
      'n',
      'S',
      'ß',
      'İ',
      'ﬁ',
      'Ä',
      'ä',
      'é',
      '1',
      '-',
      '.',
      '.',
      ' ',
      'Ｓ',
      '①',
      '\u0301',
      '\u0308',
      '\u0307',
      '\u00AD',
      '\u200B',
      '\u200D',
      '\u2060',
      '\uFEFF',
      'ǅ',
      'ς',
      'Σ',
      'xn--',
      'ⓐ',
      '\u0345',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 24 }), (pieces) => {
        const once = canonicalProductId(pieces.join(''));
        expect(canonicalProductId(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('PAR-16 a partner id a grant accepts can be ended through the services', () => {
  it("PAR-16 ' p1' (spaces are part of a partner id, as a grant reads it) is granted and ended", async () => {
    const ports = memoryPorts({ clock: fixedClock('2026-01-15T08:00:00Z') });
    await grantPartnerAccess(ports, { client: 'acme', grant: { partner: ' p1', access: 'full', paymentMode: 'client' } });
    const { record, event } = await endStoredPartnership(ports, { client: 'acme', partner: ' p1' });
    expect(event).toMatchObject({ type: 'PartnershipEnded', partner: ' p1' });
    expect(record?.value.access.grants).toEqual([]);
  });

  it('PAR-16 a blank partner id is still refused', async () => {
    const ports = memoryPorts({ clock: fixedClock('2026-01-15T08:00:00Z') });
    await expect(endStoredPartnership(ports, { client: 'acme', partner: '  ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
