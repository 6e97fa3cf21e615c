import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { authorize, changePaymentMode, emptyClientAccess, grantAccess, revokeAccess, type ClientAccess } from '../../src/partners/index.js';
import { isHostPolicyError } from '../../src/errors.js';
import { accessOperationArb, productIdArb, type AccessOperation } from './arbitraries.js';

/** Error codes a random operation may legitimately raise; anything else fails the property. */
const EXPECTED = new Set(['ACCESS_CONFLICT', 'NO_FULL_ACCESS']);

/** Applies operations in order, skipping those refused with an expected HostPolicyError. */
function run(ops: readonly AccessOperation[]): { states: ClientAccess[]; refused: number } {
  let state = emptyClientAccess('acme');
  const states = [state];
  let refused = 0;
  for (const op of ops) {
    try {
      state =
        op.op === 'grant'
          ? grantAccess(state, op.grant)
          : op.op === 'revoke'
            ? revokeAccess(state, op.partner)
            : changePaymentMode(state, op.mode, op.at).state;
      states.push(state);
    } catch (e) {
      if (!isHostPolicyError(e) || !EXPECTED.has(e.code)) throw e;
      refused += 1;
    }
  }
  return { states, refused };
}

const sequences = fc.array(accessOperationArb(4, 6), { maxLength: 40 });
const PRODUCTS = Array.from({ length: 6 }, (_, i) => `product-${i + 1}`);
const PARTNERS = Array.from({ length: 4 }, (_, i) => `partner-${i + 1}`);

describe('PAR-03 PAR-05 invariants over random sequences of grants, revocations and mode changes', () => {
  it('PAR-05 never two full partners, and a full partner is alone', () => {
    fc.assert(
      fc.property(sequences, (ops) => {
        for (const s of run(ops).states) {
          const fulls = s.grants.filter((g) => g.access === 'full');
          expect(fulls.length).toBeLessThanOrEqual(1);
          if (fulls.length === 1) expect(s.grants).toHaveLength(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('PAR-03 never one product managed by two limited partners', () => {
    fc.assert(
      fc.property(sequences, (ops) => {
        for (const s of run(ops).states) {
          const managed = s.grants.flatMap((g) => (g.access === 'limited' ? g.products : []));
          expect(new Set(managed).size).toBe(managed.length);
          for (const product of PRODUCTS) {
            const managers = PARTNERS.filter(
              (partner) => authorize(s, { actor: { kind: 'partner', partner }, action: 'manage-product', product }).allowed,
            );
            expect(managers.length).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('PAR-02 never a limited partner allowed to order or renew', () => {
    fc.assert(
      fc.property(sequences, productIdArb(6), (ops, product) => {
        for (const s of run(ops).states) {
          for (const g of s.grants) {
            if (g.access !== 'limited') continue;
            for (const action of ['order', 'renew'] as const) {
              const d = authorize(s, { actor: { kind: 'partner', partner: g.partner }, action, product });
              expect(d.allowed).toBe(false);
              if (!d.allowed) expect(d.reasons.map((r) => r.code)).toContain('LIMITED_ACCESS_CANNOT_ORDER');
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('PAR-06 PAR-07 invoices never visible to the partner when the client pays, nor to the client when the partner pays', () => {
    fc.assert(
      fc.property(sequences, (ops) => {
        for (const s of run(ops).states) {
          const full = s.grants.find((g) => g.access === 'full');
          const clientSees = authorize(s, { actor: { kind: 'client', client: 'acme' }, action: 'view-invoices' }).allowed;
          const seers = PARTNERS.filter(
            (partner) => authorize(s, { actor: { kind: 'partner', partner }, action: 'view-invoices' }).allowed,
          );
          if (full?.access === 'full' && full.paymentMode === 'partner') {
            expect(clientSees).toBe(false);
            expect(seers).toEqual([full.partner]);
          } else {
            expect(clientSees).toBe(true);
            expect(seers).toEqual([]);
          }
          // Exactly one side sees the invoices, always.
          expect(Number(clientSees) + seers.length).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('PAR-08 every accepted mode change names the full partner to notify (none when unchanged) and changes only its mode', () => {
    fc.assert(
      fc.property(sequences, fc.constantFrom('client' as const, 'partner' as const), (ops, mode) => {
        const { states } = run(ops);
        const last = states[states.length - 1] as ClientAccess;
        const full = last.grants.find((g) => g.access === 'full');
        if (full === undefined) return;
        const { state, event } = changePaymentMode(last, mode, '2026-11-23T10:00:00Z');
        expect(state.grants).toEqual([{ ...full, paymentMode: mode }]);
        // Setting the mode already in force notifies no one.
        if (full.paymentMode === mode) expect(event).toBeNull();
        else expect(event?.notify).toBe(full.partner);
      }),
    );
  });

  it('PAR-12 states survive a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(sequences, (ops) => {
        // A state read back from storage is accepted as is and means the same.
        for (const s of run(ops).states) expect(revokeAccess(JSON.parse(JSON.stringify(s)) as ClientAccess, 'nobody')).toEqual(s);
      }),
      { numRuns: 50 },
    );
  });
});
