import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { canOpenRfp, checkRfpProposal, deleteRfp, openRfp, rfpExcerpt, submitRfp, type RfpSubmission } from '../../src/partners/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { caught, codesOf, invalidPaths } from './helpers.js';
import { rfpSubmissionArb } from './arbitraries.js';

const submission: RfpSubmission = {
  id: 'rfp-1',
  title: 'WordPress shop for a bakery',
  description: 'We need a small shop with online payment. Write to ana@example.ch or call +41 21 555 12 34.',
  topics: ['wordpress', 'shop'],
  contact: { name: 'Ana Muster', email: 'ana@example.ch', phone: '+41 21 555 12 34', company: 'Boulangerie Muster' },
  deleteToken: 'a-long-random-secret-0001',
  at: '2026-11-23T09:00:00Z',
};
/** A caller's policy that sets an expiry (RFP-03: the default has none). */
const thirtyDays = definePolicy({ partners: { rfp: { validityDays: 30 } } });
const token = submission.deleteToken;
const directory = [
  { partner: 'p1', topics: ['wordpress'] },
  { partner: 'p2', topics: ['mail'] },
  { partner: 'p3', topics: ['shop', 'wordpress'] },
];

describe('RFP-01 submitting a request for proposal', () => {
  it('RFP-01 anyone submits, free: every concerned partner receives the excerpt', () => {
    const { rfp, excerpts } = submitRfp(submission, directory);
    expect(excerpts.map((e) => e.partner)).toEqual(['p1', 'p3']);
    expect(rfp.recipients).toEqual(['p1', 'p3']);
    expect(rfp.deletedAt).toBeNull();
    expect(Object.keys(rfp)).not.toContain('fee');
  });

  it('RFP-03 "If it is still valid": the sources give no period, so by default a request never expires; it stays until deleted', () => {
    const { rfp } = submitRfp(submission, directory);
    expect(rfp.validUntil).toBeNull();
    expect(rfpExcerpt(rfp).validUntil).toBeNull();
    expect(canOpenRfp(rfp, { partner: 'p1', at: '2036-11-23T09:00:00Z' })).toEqual({ allowed: true });
    expect(openRfp(rfp, { partner: 'p1', at: '2036-11-23T09:00:00Z' }).validUntil).toBeNull();
  });

  it('RFP-03 a caller may set an expiry in calendar days in Zurich (policy data), across the DST change', () => {
    expect(submitRfp(submission, directory, thirtyDays).rfp.validUntil).toBe('2026-12-23T09:00:00.000Z');
    // 09:00 Zurich summer time (07:00Z) on 2026-10-10 → 09:00 Zurich winter time (08:00Z) 30 days later.
    expect(submitRfp({ ...submission, at: '2026-10-10T07:00:00Z' }, directory, thirtyDays).rfp.validUntil).toBe('2026-11-09T08:00:00.000Z');
    const policy = definePolicy({ partners: { rfp: { validityDays: 7 } } });
    expect(submitRfp(submission, directory, policy).rfp.validUntil).toBe('2026-11-30T09:00:00.000Z');
  });
});

describe('RFP-02 excerpt and full request', () => {
  it('RFP-02 the excerpt has no contact details, even those written in the description', () => {
    const { rfp, excerpts } = submitRfp(submission, directory);
    const excerpt = rfpExcerpt(rfp);
    expect(excerpts[0]?.excerpt).toEqual(excerpt);
    expect(excerpt).toEqual({
      id: 'rfp-1',
      title: 'WordPress shop for a bakery',
      summary: 'We need a small shop with online payment. Write to [hidden] or call [hidden].',
      topics: ['wordpress', 'shop'],
      submittedAt: '2026-11-23T09:00:00.000Z',
      validUntil: null,
    });
    const text = JSON.stringify(excerpt);
    for (const secret of ['ana@example.ch', '555 12 34', 'Ana Muster', 'Boulangerie', submission.deleteToken])
      expect(text).not.toContain(secret);
  });

  it('RFP-02 the summary is cut at the policy length after hiding contacts', () => {
    const policy = definePolicy({ partners: { rfp: { excerptLength: 40 } } });
    const { rfp } = submitRfp({ ...submission, description: `${'x'.repeat(30)} ana@example.ch ${'y'.repeat(30)}` }, directory, policy);
    const { summary } = rfpExcerpt(rfp, policy);
    expect(Array.from(summary)).toHaveLength(40);
    expect(summary).toBe(`${'x'.repeat(30)} [hidden]…`);
  });

  it('RFP-02 a concerned partner opens the full request with the contact while it is valid', () => {
    const { rfp } = submitRfp(submission, directory, thirtyDays);
    const full = openRfp(rfp, { partner: 'p1', at: '2026-12-23T08:59:59.999Z' });
    expect(full.contact).toEqual(submission.contact);
    expect(full.description).toBe(submission.description);
    expect(Object.keys(full)).not.toContain('deleteToken');
  });

  it('RFP-03 opening a request after the expiry a caller set is denied', () => {
    const { rfp } = submitRfp(submission, directory, thirtyDays);
    const e = caught(() => openRfp(rfp, { partner: 'p1', at: '2026-12-23T09:00:00Z' }));
    expect([e.code, e.rule]).toEqual(['RFP_EXPIRED', 'RFP-03']);
    expect(codesOf(canOpenRfp(rfp, { partner: 'p1', at: '2027-01-01T00:00:00Z' }))).toEqual(['RFP_EXPIRED']);
  });

  it('RFP-03 opening a deleted request is denied, immediately', () => {
    const { rfp } = submitRfp(submission, directory);
    const deleted = deleteRfp(rfp, { at: '2026-11-24T10:00:00Z', token: submission.deleteToken });
    expect(deleted.deletedAt).toBe('2026-11-24T10:00:00.000Z');
    const e = caught(() => openRfp(deleted, { partner: 'p1', at: '2026-11-24T10:00:00Z' }));
    expect([e.code, e.rule]).toEqual(['RFP_DELETED', 'RFP-03']);
    expect(rfp.deletedAt).toBeNull();
  });

  it('RFP-03 deleting twice keeps the first instant; a wrong token is refused', () => {
    const { rfp } = submitRfp(submission, directory);
    const once = deleteRfp(rfp, { at: '2026-11-24T10:00:00Z', token });
    expect(deleteRfp(once, { at: '2026-11-25T10:00:00Z', token }).deletedAt).toBe('2026-11-24T10:00:00.000Z');
    expect([caught(() => deleteRfp(rfp, { at: '2026-11-24T10:00:00Z', token: 'guess' })).code]).toEqual(['RFP_TOKEN_INVALID']);
    expect([caught(() => deleteRfp(once, { at: '2026-11-25T10:00:00Z', token: 'guess' })).code]).toEqual(['RFP_TOKEN_INVALID']);
  });

  it('RFP-03 "This email contains a link to cancel your request for proposal": deleting requires the link\'s token', () => {
    const { rfp } = submitRfp(submission, directory);
    expect(invalidPaths(() => deleteRfp(rfp, { at: '2026-11-24T10:00:00Z' } as never))).toEqual([['token']]);
    expect(invalidPaths(() => deleteRfp(rfp, { at: '2026-11-24T10:00:00Z', token: '' }))).toEqual([['token']]);
  });

  it('RFP-01 a partner that did not receive the request cannot open it; every reason is listed', () => {
    const { rfp } = submitRfp(submission, directory, thirtyDays);
    const deleted = deleteRfp(rfp, { at: '2026-11-24T10:00:00Z', token });
    expect(codesOf(canOpenRfp(deleted, { partner: 'p2', at: '2027-01-01T00:00:00Z' }))).toEqual([
      'RFP_DELETED',
      'RFP_EXPIRED',
      'RFP_NOT_ADDRESSED',
    ]);
    expect(caught(() => openRfp(rfp, { partner: 'p2', at: '2026-11-24T10:00:00Z' })).code).toBe('RFP_NOT_ADDRESSED');
  });

  it('RFP-03 property: deleted or expired requests are never opened', () => {
    const { rfp } = submitRfp(submission, directory, thirtyDays);
    const start = Date.parse(rfp.submittedAt);
    const end = Date.parse(rfp.validUntil ?? '');
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: end + 90 * 86_400_000 }),
        fc.option(fc.integer({ min: start, max: end }), { nil: undefined }),
        (atMs, deletedMs) => {
          const r = deletedMs === undefined ? rfp : deleteRfp(rfp, { at: new Date(deletedMs), token });
          const d = canOpenRfp(r, { partner: 'p3', at: new Date(atMs) });
          expect(d.allowed).toBe(deletedMs === undefined && atMs < end);
        },
      ),
    );
  });
});

describe('RFP-02 property over random requests', () => {
  it('RFP-02 an excerpt never contains the requester e-mail or phone, however written', () => {
    fc.assert(
      fc.property(rfpSubmissionArb(), (s) => {
        const { rfp, excerpts } = submitRfp(s, [{ partner: 'p', topics: ['wordpress', 'mail', 'shop', 'cloud'] }]);
        const excerpt = rfpExcerpt(rfp);
        // The free-text fields; the id is the caller's (a uuid here) and may hold any digits.
        const text = `${excerpt.title} ${excerpt.summary} ${excerpt.topics.join(' ')}`.toLowerCase();
        expect(text).not.toContain(s.contact.email.toLowerCase());
        const phone = s.contact.phone ?? '';
        const digits = phone.replace(/\D/g, '');
        expect(text).not.toContain(phone.toLowerCase());
        expect(text).not.toContain(digits.slice(2)); // the national number, in any spelling without separators
        expect(text.replace(/[\s.()\-/+]/g, '')).not.toContain(digits.slice(-7));
        expect(excerpts).toHaveLength(1);
        expect(openRfp(rfp, { partner: 'p', at: s.at }).contact.email).toBe(s.contact.email);
      }),
      { numRuns: 300 },
    );
  });
});

describe('RFP-04 proposals use only the provider products', () => {
  it('RFP-04 every third-party product is a reason', () => {
    expect(checkRfpProposal({ partner: 'p1', rfp: 'rfp-1', products: [{ name: 'Web hosting', provider: 'own' }] })).toEqual({
      allowed: true,
    });
    const d = checkRfpProposal({
      partner: 'p1',
      rfp: 'rfp-1',
      products: [
        { name: 'VM A', provider: 'third-party' },
        { name: 'Web hosting', provider: 'own' },
        { name: 'CDN B', provider: 'third-party' },
      ],
    });
    expect(codesOf(d)).toEqual(['THIRD_PARTY_PRODUCT', 'THIRD_PARTY_PRODUCT']);
    expect(d.allowed ? [] : d.reasons.map((r) => r.rule)).toEqual(['RFP-04', 'RFP-04']);
  });
});

describe('RFP-01 bad input', () => {
  it('RFP-01 missing topics, a bad e-mail, a short token and an invalid instant are each named', () => {
    const paths = invalidPaths(() =>
      submitRfp(
        { ...submission, topics: [], contact: { name: 'A', email: 'not-an-email' }, deleteToken: 'short', at: '23.11.2026' },
        directory,
      ),
    );
    expect(paths).toEqual(expect.arrayContaining([['topics'], ['contact', 'email'], ['deleteToken'], ['at']]));
  });

  it('RFP-02 opening with an empty partner id or a bad instant is invalid input', () => {
    const { rfp } = submitRfp(submission, directory);
    expect(invalidPaths(() => openRfp(rfp, { partner: '', at: submission.at }))).toEqual([['partner']]);
    expect(invalidPaths(() => openRfp(rfp, { partner: 'p1', at: new Date('nope') }))).toEqual([['at']]);
  });
});
