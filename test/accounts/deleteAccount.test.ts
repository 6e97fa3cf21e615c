import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { canDeleteUserAccount, organization, signUp, setMemberRole, InvalidInputError, type Decision } from '../../src/index.js';

const codes = (d: Decision): string[] => (d.allowed ? [] : d.reasons.map((r) => `${r.code}:${r.rule}`));

describe('ACC-08 deleting a user account', () => {
  const solo = organization({ id: 'solo', name: 'Anna Muster', owners: ['anna'] });

  it('ACC-08 the only account of an organization cannot be deleted until the organization is deleted or someone else is named', () => {
    // "Wenn das Konto, das Sie verwenden, das einzige Konto innerhalb einer Organisation ist, müssen Sie
    // zuvor die Organisation löschen oder jemand anderen benennen, um Ihr Konto löschen zu können."
    const d = canDeleteUserAccount({ user: 'anna', organizations: [solo] });
    expect(d).toMatchObject({ allowed: false, reasons: [{ code: 'ONLY_ACCOUNT', rule: 'ACC-08' }] });
    if (!d.allowed) expect(d.reasons[0].message).toMatch(/delete the organization or name someone else/);
    // The organization deleted: nothing keeps the account.
    expect(canDeleteUserAccount({ user: 'anna', organizations: [] })).toEqual({ allowed: true });
    // Someone else named as legal representative: the account can go.
    const named = setMemberRole(solo, { actor: 'anna', user: 'ben', role: 'owner' });
    expect(canDeleteUserAccount({ user: 'anna', organizations: [named] })).toEqual({ allowed: true });
  });

  it('ACC-08 the organization a sign-up created keeps its only account (ACC-07)', () => {
    const { organization: own } = signUp({ via: 'own', user: { id: 'anna', name: 'Anna' }, organizationId: 'o' });
    expect(codes(canDeleteUserAccount({ user: 'anna', organizations: [own] }))).toEqual(['ONLY_ACCOUNT:ACC-08']);
  });

  it(
    'ACC-08 lists one reason per organization that keeps the account; ' +
      'the only legal representative among others must name someone else',
    () => {
      const team = organization({ id: 'team', name: 'Team', owners: ['anna'], members: ['ben'] });
      const other = organization({ id: 'other', name: 'Other', owners: ['carl'], members: ['anna'] });
      const d = canDeleteUserAccount({ user: 'anna', organizations: [solo, team, other] });
      expect(codes(d)).toEqual(['ONLY_ACCOUNT:ACC-08', 'LAST_OWNER:ACC-08']);
      if (!d.allowed) expect(d.reasons.map((r) => r.message).join(' ')).toMatch(/solo.*team/);
      expect(canDeleteUserAccount({ user: 'ben', organizations: [solo, team, other] })).toEqual({ allowed: true });
    },
  );

  it('ACC-08 a kSuite user counts as another account', () => {
    const withSuite = organization({ id: 'k', name: 'K', owners: ['anna'], ksuiteMembers: ['ben'] });
    expect(codes(canDeleteUserAccount({ user: 'anna', organizations: [withSuite] }))).toEqual(['LAST_OWNER:ACC-08']);
  });

  const ids = fc.constantFrom('u1', 'u2', 'u3');
  const org = fc.record({
    owners: fc.uniqueArray(ids, { minLength: 1, maxLength: 2 }),
    administrators: fc.uniqueArray(ids, { maxLength: 2 }),
    members: fc.uniqueArray(ids, { maxLength: 3 }),
  });

  it('ACC-08 property: allowed iff, in every organization of the user, someone else has an account and someone else is an owner', () => {
    fc.assert(
      fc.property(ids, fc.array(org, { maxLength: 4 }), (user, raw) => {
        const orgs = raw.map((o, i) => organization({ id: `o${i}`, name: `O${i}`, ...o }));
        const d = canDeleteUserAccount({ user, organizations: orgs });
        const keeps = orgs.filter(
          (o) => o.members.includes(user) && (o.members.every((m) => m === user) || (o.owners.length === 1 && o.owners[0] === user)),
        );
        expect(d.allowed).toBe(keeps.length === 0);
        expect(d.allowed ? 0 : d.reasons.length).toBe(keeps.length);
      }),
    );
  });

  it('ACC-08 bad input: unknown keys, a malformed organization, a __proto__ id, a huge id list', () => {
    expect(() => canDeleteUserAccount({ user: 'anna', organizations: [], force: true } as never)).toThrow(/unknown key 'force'/);
    expect(() => canDeleteUserAccount({ user: 'anna', organizations: [{ id: 'x', name: 'X', owners: [] }] })).toThrow(InvalidInputError);
    expect(() => canDeleteUserAccount({ user: '', organizations: [] })).toThrow(InvalidInputError);
    expect(() => canDeleteUserAccount({ user: 'anna' } as never)).toThrow(/organizations/);
    const proto = organization({ id: '__proto__', name: 'P', owners: ['__proto__'] });
    expect(codes(canDeleteUserAccount({ user: '__proto__', organizations: [proto] }))).toEqual(['ONLY_ACCOUNT:ACC-08']);
    const crowd = organization({ id: 'c', name: 'C', owners: ['anna', 'x'], members: Array.from({ length: 50_000 }, (_, i) => `m${i}`) });
    expect(canDeleteUserAccount({ user: 'anna', organizations: [crowd] })).toEqual({ allowed: true });
  });
});
