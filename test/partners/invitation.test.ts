import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  acceptInvitation,
  authorize,
  emptyClientAccess,
  grantAccess,
  inviteClient,
  receiveInvitation,
  type ClientAccess,
  type ClientInvitation,
  type PartnerAccessRights,
} from '../../src/partners/index.js';
import { caught, invalidPaths } from './helpers.js';
import { partnerRoleArb, paymentModeArb, productIdArb } from './arbitraries.js';

const at = '2026-11-23T09:00:00+01:00';
const acme = emptyClientAccess('acme');
/** The client's state once the provider delivered the invitation (PAR-11: only a received invitation can be accepted). */
const received = (inv: ClientInvitation, state: ClientAccess = acme): ClientAccess => receiveInvitation(state, inv);

describe('PAR-11 client invitations', () => {
  it('PAR-11 a legal representative asks for rights; nothing is granted before acceptance', () => {
    const inv = inviteClient({
      partner: 'p1',
      role: 'legal-representative',
      client: 'acme',
      requested: { access: 'full', paymentMode: 'partner' },
      at,
    });
    expect(inv).toEqual({
      partner: 'p1',
      client: 'acme',
      requested: { access: 'full', paymentMode: 'partner' },
      invitedAt: '2026-11-23T08:00:00.000Z',
    });
    expect(authorize(acme, { actor: { kind: 'partner', partner: 'p1' }, action: 'order' }).allowed).toBe(false);
  });

  it('PAR-11 administrators and staff cannot invite clients', () => {
    for (const role of ['administrator', 'staff'] as const) {
      const e = caught(() =>
        inviteClient({ partner: 'p1', role, client: 'acme', requested: { access: 'limited', products: ['site'] }, at }),
      );
      expect([e.code, e.rule]).toEqual(['LEGAL_REPRESENTATIVE_REQUIRED', 'PAR-11']);
    }
  });

  it('PAR-11 accepted as requested, the requested rights are granted', () => {
    const inv = inviteClient({
      partner: 'p1',
      role: 'legal-representative',
      client: 'acme',
      requested: { access: 'full', paymentMode: 'client' },
      at,
    });
    const { state, grant } = acceptInvitation(received(inv), inv);
    expect(grant).toEqual({ partner: 'p1', access: 'full', paymentMode: 'client' });
    expect(authorize(state, { actor: { kind: 'partner', partner: 'p1' }, action: 'order' }).allowed).toBe(true);
  });

  it('PAR-11 the client grants other rights than requested; the granted rights are what counts', () => {
    const inv = inviteClient({
      partner: 'p1',
      role: 'legal-representative',
      client: 'acme',
      requested: { access: 'full', paymentMode: 'partner' },
      at,
    });
    const { state } = acceptInvitation(received(inv), inv, { access: 'limited', products: ['site'] });
    const p1 = { kind: 'partner' as const, partner: 'p1' };
    expect(authorize(state, { actor: p1, action: 'manage-product', product: 'site' }).allowed).toBe(true);
    expect(authorize(state, { actor: p1, action: 'order', product: 'site' }).allowed).toBe(false);
    expect(authorize(state, { actor: p1, action: 'view-invoices' }).allowed).toBe(false);
  });

  it('PAR-11 acceptance goes through the grant checks (PAR-05) and the client must match', () => {
    const inv = inviteClient({
      partner: 'p2',
      role: 'legal-representative',
      client: 'acme',
      requested: { access: 'full', paymentMode: 'client' },
      at,
    });
    const taken = grantAccess(acme, { partner: 'p1', access: 'full', paymentMode: 'client' });
    expect(caught(() => acceptInvitation(received(inv, taken), inv)).code).toBe('ACCESS_CONFLICT');
    expect(caught(() => acceptInvitation(emptyClientAccess('other'), inv)).code).toBe('INVITATION_CLIENT_MISMATCH');
  });

  it('PAR-11 property: only legal representatives invite, and acceptance grants exactly the granted rights', () => {
    const rightsArb: fc.Arbitrary<PartnerAccessRights> = fc.oneof(
      paymentModeArb.map((paymentMode) => ({ access: 'full' as const, paymentMode })),
      fc
        .uniqueArray(productIdArb(5), { minLength: 1, maxLength: 3 })
        .map((products) => ({ access: 'limited' as const, products: [...products].sort() })),
    );
    fc.assert(
      fc.property(partnerRoleArb, rightsArb, fc.option(rightsArb, { nil: undefined }), (role, requested, granted) => {
        let inv: ReturnType<typeof inviteClient>;
        try {
          inv = inviteClient({ partner: 'p1', role, client: 'acme', requested, at });
        } catch (e) {
          expect(role).not.toBe('legal-representative');
          expect((e as { code: string }).code).toBe('LEGAL_REPRESENTATIVE_REQUIRED');
          return;
        }
        expect(role).toBe('legal-representative');
        const { state } = acceptInvitation(received(inv), inv, granted);
        expect(state.grants).toEqual([{ partner: 'p1', ...(granted ?? requested) }]);
        expect(state.invitations).toBeUndefined(); // answered: no longer pending
      }),
    );
  });

  it('PAR-11 bad input: empty ids, unknown roles, an invalid instant', () => {
    expect(
      invalidPaths(() =>
        inviteClient({ partner: '', role: 'legal-representative', client: 'acme', requested: { access: 'limited', products: ['x'] }, at }),
      ),
    ).toEqual([['partner']]);
    expect(
      invalidPaths(() =>
        inviteClient({ partner: 'p1', role: 'owner' as 'staff', client: 'acme', requested: { access: 'limited', products: ['x'] }, at }),
      ),
    ).toEqual([['role']]);
    expect(
      invalidPaths(() =>
        inviteClient({ partner: 'p1', role: 'staff', client: 'acme', requested: { access: 'limited', products: ['x'] }, at: 'yesterday' }),
      ),
    ).toEqual([['at']]);
  });
});
