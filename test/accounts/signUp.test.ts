import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { signUp, organization, roleIn, isHostPolicyError, InvalidInputError } from '../../src/index.js';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return isHostPolicyError(e) ? e.code : 'OTHER';
  }
};

describe('ACC-07 sign-up', () => {
  it('ACC-07 signing up alone (not invited) creates an organization in the user’s name with the user as legal representative', () => {
    // "Wenn Sie allein waren und es sich nicht um eine Einladung handelte, wurde eine Organisation zu
    // Ihrem Namen erstellt und Sie werden automatisch der gesetzliche Vertreter."
    const { organization: org, role, created } = signUp({ via: 'own', user: { id: 'anna', name: 'Anna Muster' }, organizationId: 'org-1' });
    expect(created).toBe(true);
    expect(role).toBe('owner');
    expect(org).toEqual({
      id: 'org-1',
      name: 'Anna Muster',
      owners: ['anna'],
      administrators: [],
      members: ['anna'],
      ksuiteMembers: [],
      mailDomains: [],
      kind: 'private',
    });
    expect(roleIn(org, 'anna')).toBe('owner');
    expect(Object.isFrozen(org)).toBe(true);
  });

  it('ACC-07 signing up as a company names the organization after it, with its VAT number (ACC-10)', () => {
    const { organization: org, role } = signUp({
      via: 'own',
      user: { id: 'anna', name: 'Anna Muster' },
      organizationId: 'org-2',
      company: { name: 'Acme GmbH', vatNumber: 'de 123 456 789' },
    });
    expect(role).toBe('owner');
    expect(org).toMatchObject({ name: 'Acme GmbH', owners: ['anna'], kind: 'company', vatNumber: 'DE123456789' });
    expect(
      codeOf(() =>
        signUp({ via: 'own', user: { id: 'anna', name: 'Anna' }, organizationId: 'o', company: { name: 'Acme', vatNumber: 'DE12345678' } }),
      ),
    ).toBe('VAT_NUMBER_REFUSED');
  });

  it('ACC-07 a user signing up by invitation joins the inviting organization; no organization is created', () => {
    const acme = organization({ id: 'acme', name: 'Acme SA', owners: ['olga'] });
    const invited = signUp({ via: 'invitation', user: { id: 'ben' }, organization: acme });
    expect(invited).toMatchObject({ created: false, role: 'member' });
    expect(invited.organization.id).toBe('acme');
    expect(invited.organization.owners).toEqual(['olga']);
    expect(invited.organization.members).toEqual(['olga', 'ben']);
    const admin = signUp({ via: 'invitation', user: { id: 'carl' }, organization: acme, role: 'administrator' });
    expect(roleIn(admin.organization, 'carl')).toBe('administrator');
    // Already in the organization: the role is kept.
    expect(signUp({ via: 'invitation', user: { id: 'olga' }, organization: acme, role: 'administrator' })).toMatchObject({
      role: 'owner',
      organization: acme,
    });
  });

  it(
    'ACC-07 property: a sign-up on one’s own makes the user the only owner and only account of a new organization ' + 'named after them',
    () => {
      fc.assert(
        fc.property(
          fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s),
          fc.string({ maxLength: 60 }).filter((s) => s.trim().length > 0),
          (id, name) => {
            const { organization: org, role } = signUp({ via: 'own', user: { id, name }, organizationId: `org-${id}` });
            expect(role).toBe('owner');
            expect(org.owners).toEqual([id]);
            expect(org.members).toEqual([id]);
            expect(org.name).toBe(name);
          },
        ),
      );
    },
  );

  it('ACC-07 property: by invitation, the organization keeps its owners and gains exactly the new user', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(
        fc.uniqueArray(ids, { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(ids, { maxLength: 3 }),
        ids,
        fc.constantFrom('administrator', 'member') as fc.Arbitrary<'administrator' | 'member'>,
        (owners, members, user, role) => {
          const org = organization({ id: 'o', name: 'O', owners, members });
          const out = signUp({ via: 'invitation', user: { id: user }, organization: org, role });
          expect(out.created).toBe(false);
          expect(out.organization.owners).toEqual(org.owners);
          expect(new Set(out.organization.members)).toEqual(new Set([...org.members, user]));
          expect(out.role).toBe(roleIn(org, user) ?? role);
        },
      ),
    );
  });

  it('ACC-07 bad input: unknown keys, a missing id, huge names, a __proto__ id', () => {
    expect(() => signUp({ via: 'own', user: { id: 'anna', name: 'Anna' }, organizationId: 'o', orgId: 'x' } as never)).toThrow(
      /unknown key 'orgId'/,
    );
    expect(() => signUp({ via: 'own', user: { id: 'anna', name: 'Anna' } } as never)).toThrow(InvalidInputError);
    expect(() => signUp({ via: 'own', user: { id: 'anna', name: 'A'.repeat(1_000_000) }, organizationId: 'o' })).toThrow(/at most 200/);
    expect(() =>
      signUp({
        via: 'own',
        user: { id: 'anna', name: 'Anna' },
        organizationId: 'o',
        company: { name: 'Acme', vatNumber: 'DE'.repeat(500_000) },
      }),
    ).toThrow(InvalidInputError);
    expect(() => signUp({ via: 'phone', user: { id: 'anna' } } as never)).toThrow(/via/);
    expect(() =>
      signUp(JSON.parse('{"via":"own","user":{"id":"anna","name":"Anna"},"organizationId":"o","__proto__":{"x":1}}') as never),
    ).toThrow(/__proto__/);
    const proto = signUp({ via: 'own', user: { id: '__proto__', name: 'Proto' }, organizationId: '__proto__' });
    expect(proto.organization.id).toBe('__proto__');
    expect(proto.organization.owners).toEqual(['__proto__']);
  });
});
