import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  canChangeOrganization,
  setMemberRole,
  organization,
  roleIn,
  membershipsOf,
  switchOrganization,
  isHostPolicyError,
  InvalidInputError,
} from '../../src/index.js';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return isHostPolicyError(e) ? e.code : 'OTHER';
  }
};

describe('ACC-01 only owners change the organization', () => {
  const org = organization({ id: 'acme', name: 'Acme', owners: ['anna'], administrators: ['ben'], members: ['carl'] });

  it('ACC-01 an owner may change the organization, an administrator or member may not', () => {
    expect(canChangeOrganization({ user: { id: 'anna' }, organization: org })).toEqual({ allowed: true });
    for (const user of ['ben', 'carl', 'zoe']) {
      const d = canChangeOrganization({ user: { id: user }, organization: org });
      expect(d).toMatchObject({ allowed: false, reasons: [{ code: 'NOT_OWNER', rule: 'ACC-01' }] });
    }
  });

  it('ACC-01 setMemberRole by an owner adds, promotes and removes members', () => {
    const a = setMemberRole(org, { actor: 'anna', user: 'dora', role: 'administrator' });
    expect(roleIn(a, 'dora')).toBe('administrator');
    const b = setMemberRole(a, { actor: 'anna', user: 'carl', role: 'owner' });
    expect(b.owners).toEqual(['anna', 'carl']);
    const c = setMemberRole(b, { actor: 'carl', user: 'anna', role: 'none' });
    expect(roleIn(c, 'anna')).toBeUndefined();
  });

  it('ACC-01 a non-owner cannot change roles; the last owner cannot be demoted', () => {
    expect(codeOf(() => setMemberRole(org, { actor: 'ben', user: 'carl', role: 'administrator' }))).toBe('NOT_OWNER');
    expect(codeOf(() => setMemberRole(org, { actor: 'anna', user: 'anna', role: 'member' }))).toBe('LAST_OWNER');
  });

  it('ACC-01 property: canChangeOrganization allows exactly the owners', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1 }),
        fc.constantFrom('a', 'b', 'c', 'd'),
        (owners, user) => {
          expect(canChangeOrganization({ user: { id: user }, organization: { owners } }).allowed).toBe(owners.includes(user));
        },
      ),
    );
  });

  // ACC-01 (clarified), guide on customizing the organization's display: "Sie können insbesondere
  // ein Logo zum Namen der Organisation hinzufügen und die Anzeige des Namens vollständig durch ein
  // kleines Banner ersetzen." Prerequisite: "Rechtsverantwortlicher oder Administrator in der
  // betreffenden Organisation sein."
  it('ACC-01 customizing the display is open to owners and administrators, not to members', () => {
    expect(canChangeOrganization({ user: { id: 'anna' }, organization: org, change: 'display' })).toEqual({ allowed: true });
    expect(canChangeOrganization({ user: { id: 'ben' }, organization: org, change: 'display' })).toEqual({ allowed: true });
    for (const user of ['carl', 'zoe']) {
      expect(canChangeOrganization({ user: { id: user }, organization: org, change: 'display' })).toEqual({
        allowed: false,
        reasons: [
          {
            code: 'NOT_OWNER_OR_ADMINISTRATOR',
            rule: 'ACC-01',
            message:
              'Only an owner / legal representative or an administrator can customize how the organization is displayed; ' +
              `${user} is neither.`,
          },
        ],
      });
    }
    // Changing the organization itself stays with its owners.
    expect(canChangeOrganization({ user: { id: 'ben' }, organization: org, change: 'organization' })).toMatchObject({
      allowed: false,
      reasons: [{ code: 'NOT_OWNER' }],
    });
  });

  it('ACC-01 property: display customization allows exactly owners and administrators', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(fc.uniqueArray(ids, { minLength: 1 }), fc.uniqueArray(ids), ids, (owners, administrators, user) => {
        const d = canChangeOrganization({ user: { id: user }, organization: { owners, administrators }, change: 'display' });
        expect(d.allowed).toBe(owners.includes(user) || administrators.includes(user));
        // Whoever may change the organization may also customize its display.
        if (canChangeOrganization({ user: { id: user }, organization: { owners, administrators } }).allowed) expect(d.allowed).toBe(true);
      }),
    );
  });

  it('ACC-01 bad input: an unknown kind of change is refused, naming the field', () => {
    expect(() => canChangeOrganization({ user: { id: 'anna' }, organization: org, change: 'logo' as never })).toThrow(/change/);
  });

  it('ACC-01 bad input is an InvalidInputError naming the field', () => {
    expect(() => organization({ id: 'x', name: 'X', owners: [] })).toThrow(/owners/);
    expect(() => canChangeOrganization({ user: { id: '' }, organization: { owners: ['a'] } })).toThrow(InvalidInputError);
    expect(() => setMemberRole(org, { actor: 'anna', user: 'x', role: 'king' as never })).toThrow(/role/);
  });
});

describe('ACC-03 several organizations and switching', () => {
  const a = organization({ id: 'a', name: 'Acme', owners: ['anna'] });
  const b = organization({ id: 'b', name: 'Beta', owners: ['carl'], members: ['anna'] });
  const c = organization({ id: 'c', name: 'Gamma', owners: ['carl'] });

  it('ACC-03 one user belongs to several organizations with a role in each', () => {
    expect(membershipsOf('anna', [a, b, c]).map((m) => [m.organization.id, m.role])).toEqual([
      ['a', 'owner'],
      ['b', 'member'],
    ]);
  });

  it('ACC-03 switches to an organization the user belongs to, not to another', () => {
    expect(switchOrganization('anna', [a, b, c], 'b')).toEqual({ organization: b, role: 'member' });
    expect(codeOf(() => switchOrganization('anna', [a, b, c], 'c'))).toBe('NOT_A_MEMBER');
    expect(codeOf(() => switchOrganization('anna', [a, b, c], 'zz'))).toBe('UNKNOWN_ORGANIZATION');
    expect(() => switchOrganization('', [a], 'a')).toThrow(InvalidInputError);
  });

  it('ACC-03 property: a user can switch to exactly the organizations listed by membershipsOf', () => {
    fc.assert(
      fc.property(fc.constantFrom('anna', 'carl', 'zoe'), (user) => {
        const ids = membershipsOf(user, [a, b, c]).map((m) => m.organization.id);
        for (const org of [a, b, c])
          expect(codeOf(() => switchOrganization(user, [a, b, c], org.id)) === undefined).toBe(ids.includes(org.id));
      }),
    );
  });
});

describe('ACC-03 malformed organizations are InvalidInputErrors, never TypeErrors', () => {
  it('ACC-03 membershipsOf, switchOrganization, setMemberRole and leaveOrganization validate the organization', async () => {
    const { leaveOrganization } = await import('../../src/index.js');
    expect(() => membershipsOf('anna', 'nope' as never)).toThrow(InvalidInputError);
    expect(() => membershipsOf('anna', [{ id: 'x' } as never])).toThrow(/organizations\[0\]/);
    expect(() => switchOrganization('anna', [null as never], 'x')).toThrow(InvalidInputError);
    expect(() => setMemberRole({ id: 'o', name: 'O', owners: 'anna' } as never, { actor: 'anna', user: 'b', role: 'member' })).toThrow(
      InvalidInputError,
    );
    expect(() => leaveOrganization(undefined as never, { id: 'a', loginEmail: 'a@b.ch' })).toThrow(InvalidInputError);
  });
});
