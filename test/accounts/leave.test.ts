import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  canLeaveOrganization,
  leaveOrganization,
  organization,
  isHostPolicyError,
  InvalidInputError,
  type Decision,
} from '../../src/index.js';

const codes = (d: Decision): string[] => (d.allowed ? [] : d.reasons.map((r) => r.code));

describe('ACC-02 leaving an organization', () => {
  const org = { owners: ['anna'], members: ['anna', 'ben', 'carl'], ksuiteMembers: ['anna', 'ben'], mailDomains: ['acme.ch'] };

  it('ACC-02 a plain member with an outside login address may leave', () => {
    expect(canLeaveOrganization({ user: { id: 'carl', loginEmail: 'carl@gmail.com' }, organization: org })).toEqual({ allowed: true });
  });

  it('ACC-02 reports every blocking condition at once: kSuite, mail domain, last owner', () => {
    const d = canLeaveOrganization({ user: { id: 'anna', loginEmail: 'anna@ACME.ch' }, organization: org });
    expect(d.allowed).toBe(false);
    expect(codes(d)).toEqual(['KSUITE_MEMBER', 'LOGIN_IN_ORGANIZATION_MAIL', 'LAST_OWNER']);
    if (!d.allowed) for (const r of d.reasons) expect(r.rule).toBe('ACC-02');
  });

  it('ACC-02 a kSuite user cannot leave', () => {
    expect(codes(canLeaveOrganization({ user: { id: 'ben', loginEmail: 'ben@gmail.com' }, organization: org }))).toEqual(['KSUITE_MEMBER']);
  });

  it('ACC-02 a login address in one of the organization mail domains blocks leaving', () => {
    const d = canLeaveOrganization({
      user: { id: 'carl', loginEmail: 'carl@acme.ch' },
      organization: { ...org, mailDomains: ['other.com', 'Acme.CH.'] },
    });
    expect(codes(d)).toEqual(['LOGIN_IN_ORGANIZATION_MAIL']);
  });

  it('ACC-02 one of two owners may leave; the last owner may not', () => {
    const two = { ...org, owners: ['anna', 'carl'], ksuiteMembers: [] };
    expect(canLeaveOrganization({ user: { id: 'carl', loginEmail: 'c@x.org' }, organization: two }).allowed).toBe(true);
    expect(
      codes(canLeaveOrganization({ user: { id: 'anna', loginEmail: 'a@x.org' }, organization: { ...two, owners: ['anna', 'anna'] } })),
    ).toEqual(['LAST_OWNER']);
  });

  it('ACC-02 a user outside the organization cannot leave it', () => {
    expect(codes(canLeaveOrganization({ user: { id: 'zoe', loginEmail: 'z@x.org' }, organization: org }))).toEqual(['NOT_A_MEMBER']);
  });

  it('ACC-02 a subdomain is not the organization domain', () => {
    expect(canLeaveOrganization({ user: { id: 'carl', loginEmail: 'carl@mail.acme.ch' }, organization: org }).allowed).toBe(true);
  });

  it('ACC-02 a Unicode, full-width, invisible-character or upper-case spelling of the organization domain is that domain', () => {
    const blocked = (loginEmail: string, mailDomains: string[] = ['acme.ch']): string[] =>
      codes(canLeaveOrganization({ user: { id: 'carl', loginEmail }, organization: { ...org, mailDomains } }));
    for (const login of [
      'carl@ａｃｍｅ.ch', // full-width letters
      'carl@acme.ch\u200b', // zero-width space after the domain
      'carl@ac\u200dme.ch', // zero-width joiner
      'carl@ac\u00adme.ch', // soft hyphen
      'carl@\u2060acme.ch', // word joiner
      'carl@ACME.ＣＨ',
    ])
      expect(blocked(login), login).toEqual(['LOGIN_IN_ORGANIZATION_MAIL']);
    // An internationalized domain: listed in its ASCII form, the login in Unicode or in ASCII.
    for (const login of ['carl@müller.ch', 'carl@MÜLLER.ch', 'carl@xn--mller-kva.ch', 'carl@XN--MLLER-KVA.CH', 'carl@mu\u0308ller.ch'])
      expect(blocked(login, ['xn--mller-kva.ch']), login).toEqual(['LOGIN_IN_ORGANIZATION_MAIL']);
    const d = canLeaveOrganization({
      user: { id: 'carl', loginEmail: 'carl@müller.ch' },
      organization: { ...org, mailDomains: ['xn--mller-kva.ch'] },
    });
    expect(d.allowed ? '' : d.reasons[0]?.message).toBe('The login address is in the organization’s mail domain xn--mller-kva.ch.');
    // Other domains stay other domains.
    for (const login of ['carl@mueller.ch', 'carl@muller.ch', 'carl@xn--acme.ch', 'carl@mail.ａｃｍｅ.ch', 'carl@acme.com'])
      expect(blocked(login, ['xn--mller-kva.ch', 'acme.ch']), login).toEqual([]);
  });

  it('ACC-02 an organization lists an internationalized mail domain in its ASCII form; the message gives that form', () => {
    const list = (mailDomains: string[]) => () =>
      canLeaveOrganization({ user: { id: 'carl', loginEmail: 'carl@gmail.com' }, organization: { ...org, mailDomains } });
    expect(list(['müller.ch'])).toThrow("organization.mailDomains[0]: must be a domain name in its ASCII form: write 'xn--mller-kva.ch'");
    expect(list(['ａｃｍｅ.ch'])).toThrow("must be a domain name in its ASCII form: write 'acme.ch'");
    expect(list(['not a domain'])).toThrow("must be a domain name like 'example.ch'");
    expect(() => organization({ id: 'o', name: 'Acme', owners: ['anna'], mailDomains: ['müller.ch'] })).toThrow(/xn--mller-kva\.ch/);
  });

  it('ACC-02 property: any case, width or invisible-character variant of the organization domain is still in the domain', () => {
    const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u034f', '\u180e', '\ufe0f');
    /** One character of the domain, written in upper case, full width, or followed by an invisible character. */
    const variantOf = (c: string): fc.Arbitrary<string> =>
      fc
        .record({
          upper: fc.boolean(),
          wide: fc.boolean(),
          after: fc.option(invisible, { nil: undefined }),
        })
        .map(({ upper, wide, after }) => {
          let out = upper ? c.toUpperCase() : c;
          // Full-width forms (U+FF01..U+FF5E) of the printable ASCII letters, digits and signs; the dot stays (it separates labels).
          if (wide && c !== '.') out = String.fromCharCode(out.charCodeAt(0) + 0xfee0);
          return after === undefined ? out : out + after;
        });
    const domain = fc
      .array(fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/), { minLength: 2, maxLength: 4 })
      .map((labels) => labels.join('.'))
      .filter((d) => !/(^|\.)xn--/.test(d) && !/^[0-9.]+$/.test(d));
    fc.assert(
      fc.property(
        domain.chain((d) =>
          fc.tuple(
            fc.constant(d),
            fc.tuple(...[...d].map(variantOf)).map((parts) => parts.join('')),
          ),
        ),
        ([d, variant]) => {
          const decision = canLeaveOrganization({
            user: { id: 'carl', loginEmail: `carl@${variant}` },
            organization: { ...org, mailDomains: [d] },
          });
          expect(codes(decision)).toEqual(['LOGIN_IN_ORGANIZATION_MAIL']);
        },
      ),
      { numRuns: 300 },
    );
  });

  const ids = fc.constantFrom('u1', 'u2', 'u3', 'u4');
  const domains = fc.constantFrom('acme.ch', 'beta.com', 'gamma.org');
  const scenario = fc.record({
    user: ids,
    userDomain: domains,
    owners: fc.uniqueArray(ids, { minLength: 1, maxLength: 3 }),
    members: fc.uniqueArray(ids, { maxLength: 4 }),
    ksuiteMembers: fc.uniqueArray(ids, { maxLength: 4 }),
    mailDomains: fc.uniqueArray(domains, { maxLength: 3 }),
  });

  // ACC-02 (clarified): "möglicherweise Ihre Zugehörigkeit zu löschen (wenn Sie nicht der letzte
  // Benutzer oder der einzige gesetzliche Vertreter sind)".
  it('ACC-02 the last user of an organization cannot leave it, whatever the role', () => {
    const alone = { owners: ['anna'], members: ['anna'], ksuiteMembers: [], mailDomains: [] };
    const d = canLeaveOrganization({ user: { id: 'anna', loginEmail: 'anna@gmail.com' }, organization: alone });
    expect(d).toEqual({
      allowed: false,
      reasons: [
        { code: 'LAST_OWNER', rule: 'ACC-02', message: 'The user is the last owner / legal representative of the organization.' },
        { code: 'LAST_USER', rule: 'ACC-02', message: 'The user is the last user of the organization.' },
      ],
    });
    // A member left alone (owners listed elsewhere are users too, so only an ownerless fact set shows LAST_USER alone).
    expect(
      codes(
        canLeaveOrganization({
          user: { id: 'ben', loginEmail: 'ben@gmail.com' },
          organization: { owners: [], members: ['ben'], ksuiteMembers: [], mailDomains: [] },
        }),
      ),
    ).toEqual(['LAST_USER']);
    // With a second user the owner is still refused as the last owner, but not as the last user.
    expect(
      codes(
        canLeaveOrganization({ user: { id: 'anna', loginEmail: 'anna@gmail.com' }, organization: { ...alone, members: ['anna', 'ben'] } }),
      ),
    ).toEqual(['LAST_OWNER']);
  });

  it('ACC-02 property: a member is allowed iff none of the four conditions holds, and every condition that holds is reported', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const members = [...new Set([...s.members, s.user])];
        const d = canLeaveOrganization({
          user: { id: s.user, loginEmail: `${s.user}@${s.userDomain}` },
          organization: { owners: s.owners, members, ksuiteMembers: s.ksuiteMembers, mailDomains: s.mailDomains },
        });
        const expected = [
          ...(s.ksuiteMembers.includes(s.user) ? ['KSUITE_MEMBER'] : []),
          ...(s.mailDomains.includes(s.userDomain) ? ['LOGIN_IN_ORGANIZATION_MAIL'] : []),
          ...(s.owners.length === 1 && s.owners[0] === s.user ? ['LAST_OWNER'] : []),
          ...(new Set([...s.owners, ...members, ...s.ksuiteMembers]).size === 1 ? ['LAST_USER'] : []),
        ];
        expect(codes(d)).toEqual(expected);
        expect(d.allowed).toBe(expected.length === 0);
      }),
    );
  });

  it('ACC-02 property: leaving removes the user from every list and keeps an owner', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const org2 = organization({
          id: 'o',
          name: 'O',
          owners: s.owners,
          members: [...s.members, s.user],
          ksuiteMembers: s.ksuiteMembers,
          mailDomains: s.mailDomains,
        });
        const user = { id: s.user, loginEmail: `${s.user}@${s.userDomain}` };
        const allowed = canLeaveOrganization({ user, organization: org2 }).allowed;
        try {
          const after = leaveOrganization(org2, user);
          expect(allowed).toBe(true);
          expect([...after.members, ...after.owners, ...after.ksuiteMembers]).not.toContain(s.user);
          expect(after.owners.length).toBeGreaterThan(0);
        } catch (e) {
          expect(allowed).toBe(false);
          expect(isHostPolicyError(e) && e.code).toBe('LEAVE_NOT_ALLOWED');
        }
      }),
    );
  });

  it('ACC-02 leaveOrganization throws LEAVE_NOT_ALLOWED with the reasons', () => {
    const o = organization({ id: 'o', name: 'Acme', owners: ['anna'] });
    try {
      leaveOrganization(o, { id: 'anna', loginEmail: 'anna@x.ch' });
      expect.unreachable();
    } catch (e) {
      expect(isHostPolicyError(e) && e.rule).toBe('ACC-02');
      // LAST_OWNER and, alone in the organization, LAST_USER (ACC-02 clarified).
      expect(isHostPolicyError(e) && e.details?.['reasons']).toHaveLength(2);
    }
  });

  it('ACC-02 bad input names the field', () => {
    expect(() => canLeaveOrganization({ user: { id: 'a', loginEmail: 'not-an-email' }, organization: org })).toThrow(/user\.loginEmail/);
    expect(() => canLeaveOrganization({ user: { id: '', loginEmail: 'a@b.ch' }, organization: org })).toThrow(InvalidInputError);
    expect(() =>
      canLeaveOrganization({ user: { id: 'a', loginEmail: 'a@b.ch' }, organization: { ...org, mailDomains: ['not a domain'] } }),
    ).toThrow(/mailDomains\[0\]/);
    expect(() => canLeaveOrganization(null as never)).toThrow(InvalidInputError);
  });
});
