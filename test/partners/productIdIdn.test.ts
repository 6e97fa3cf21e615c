/**
 * PAR-03, DESIGN principle 14: product ids compare in one canonical form, and an internationalized
 * domain is one product in its Unicode and its punycode (ASCII) spelling, as ACC-02's mail domains
 * are. Found by an outside attack: `bäckerei.ch` and its punycode spelling could be granted to two
 * partners. (The attack's repro used `xn--bckerei-bxa.ch`, which is `bckereäi.ch`, another domain;
 * the punycode of `bäckerei.ch` is `xn--bckerei-5wa.ch`.)
 */
import { domainToASCII } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorize, canonicalProductId, emptyClientAccess, grantAccess } from '../../src/partners/index.js';
import { caught } from './helpers.js';

const acme = emptyClientAccess('acme');

describe('PAR-03 an internationalized domain product is one product in every spelling', () => {
  it.each([
    ['bäckerei.ch', 'xn--bckerei-5wa.ch'],
    ['xn--bckerei-5wa.ch', 'bäckerei.ch'],
    ['BÄCKEREI.CH.', 'XN--BCKEREI-5WA.CH'],
    ['ba\u0308ckerei.ch', 'xn--bckerei-5wa.ch'], // a decomposed ä
    ['müller.ch', 'xn--mller-kva.ch'],
  ])('PAR-03 a rival cannot get limited access to %j when another partner manages %j', (first, second) => {
    const managed = grantAccess(acme, { partner: 'agency', access: 'limited', products: [first] });
    const e = caught(() => grantAccess(managed, { partner: 'rival', access: 'limited', products: [second] }));
    expect([e.code, e.rule]).toEqual(['ACCESS_CONFLICT', 'PAR-03']);
    // The partner acts on its product under either spelling, and the rival under neither.
    for (const product of [first, second]) {
      expect(authorize(managed, { actor: { kind: 'partner', partner: 'agency' }, action: 'manage-product', product })).toEqual({
        allowed: true,
      });
      expect(authorize(managed, { actor: { kind: 'partner', partner: 'rival' }, action: 'manage-product', product }).allowed).toBe(false);
    }
  });

  it('PAR-03 the canonical form of an internationalized domain is its punycode, in lower case, without a final dot', () => {
    expect(canonicalProductId('Bäckerei.ch')).toBe('xn--bckerei-5wa.ch');
    expect(canonicalProductId(' ＢÄＣＫＥＲＥＩ.ch.\u200B')).toBe('xn--bckerei-5wa.ch');
    expect(grantAccess(acme, { partner: 'agency', access: 'limited', products: ['bäckerei.ch'] }).grants[0]).toEqual({
      partner: 'agency',
      access: 'limited',
      products: ['xn--bckerei-5wa.ch'],
    });
  });

  it('PAR-03 two different internationalized domains stay two products', () => {
    // xn--bckerei-bxa.ch is bckereäi.ch: another domain than bäckerei.ch.
    const s = grantAccess(acme, { partner: 'agency', access: 'limited', products: ['bäckerei.ch'] });
    expect(grantAccess(s, { partner: 'rival', access: 'limited', products: ['xn--bckerei-bxa.ch'] }).grants).toHaveLength(2);
  });

  it('PAR-03 ids that are not domain names are unchanged, non-ASCII ones too', () => {
    for (const id of ['Hosting-42', 'Site-A', 'Café', 'Bäckerei Webshop', 'a/b.ch', 'user@bäckerei.ch']) {
      expect(canonicalProductId(id)).toBe(id);
    }
  });

  it('PAR-03 a domain whose ASCII form is longer than 253 characters keeps its Unicode form, which reads back as itself', () => {
    const long = `${'ä'.repeat(60)}.${'ö'.repeat(60)}.${'ü'.repeat(60)}.${'é'.repeat(60)}.ch`;
    const id = canonicalProductId(long);
    expect(id).toBe(long);
    expect(canonicalProductId(id)).toBe(id);
  });

  it('PAR-03 property: a Unicode domain and its punycode spelling have one canonical id, which is its own canonical form', () => {
    const label = fc.stringMatching(/^[a-zäöüéèàçñß0-9]{1,12}$/);
    const domain = fc.tuple(label, label, fc.constantFrom('ch', 'com', 'swiss')).map((parts) => parts.join('.'));
    fc.assert(
      fc.property(domain, (unicode) => {
        const ascii = domainToASCII(unicode);
        fc.pre(ascii !== '');
        const id = canonicalProductId(unicode);
        expect(id).toBe(ascii);
        expect(canonicalProductId(ascii)).toBe(id);
        expect(canonicalProductId(ascii.toUpperCase())).toBe(id);
        expect(canonicalProductId(id)).toBe(id);
      }),
    );
  });
});
