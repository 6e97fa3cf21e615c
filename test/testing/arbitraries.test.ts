import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  moneyArbitrary,
  scheduleDefinitionArbitrary,
  scheduleArbitrary,
  organizationArbitrary,
  clientAccessArbitrary,
  invoicesArbitrary,
  paymentsArbitrary,
  subscriptionArbitrary,
} from '../../src/testing/index.js';
import { canLeaveOrganization, roleIn, weeklySchedule, isOpen, nextOpening, reconcile } from '../../src/index.js';

describe('hostpolicy/testing arbitraries', () => {
  it('moneyArbitrary yields two-decimal amounts within bounds', () => {
    fc.assert(
      fc.property(moneyArbitrary({ minCents: -500, maxCents: 500, currencies: ['CHF'] }), (m) => {
        expect(m.currency).toBe('CHF');
        expect(/^-?\d+\.\d{2}$/.test(m.toJSON().amount)).toBe(true);
        expect(Math.abs(Number(m.toJSON().amount))).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('scheduleDefinitionArbitrary yields sorted, disjoint, non-empty intervals', () => {
    fc.assert(
      fc.property(scheduleDefinitionArbitrary(), (def) => {
        const all = Object.values(def.hours).flat();
        expect(all.length).toBeGreaterThan(0);
        for (const day of Object.values(def.hours)) {
          let last = -1;
          for (const [from, to] of day ?? []) {
            const [a, b] = [from, to].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
            expect(a).toBeGreaterThan(last);
            expect(b).toBeGreaterThan(a ?? 0);
            expect(b).toBeLessThanOrEqual(1440);
            last = b ?? 0;
          }
        }
      }),
    );
  });

  it('scheduleArbitrary: every definition is a valid weekly schedule with a next opening', () => {
    fc.assert(
      fc.property(
        scheduleDefinitionArbitrary(),
        fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-01-01T00:00:00Z'), noInvalidDate: true }),
        (def, at) => {
          const schedule = weeklySchedule(def);
          expect(isOpen(nextOpening(at, schedule), schedule)).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
    fc.assert(
      fc.property(scheduleArbitrary(['Europe/Zurich']), (s) => {
        expect(s).toBeDefined();
      }),
      { numRuns: 10 },
    );
  });

  it('ACC-02 organizationArbitrary yields valid organizations the leave rules accept as input', () => {
    fc.assert(
      fc.property(organizationArbitrary(), (org) => {
        expect(org.owners.length).toBeGreaterThan(0);
        for (const u of org.ksuiteMembers) expect(roleIn(org, u)).toBeDefined();
        const owner = org.owners[0] ?? '';
        const d = canLeaveOrganization({ user: { id: owner, loginEmail: `${owner}@elsewhere.net` }, organization: org });
        expect(d.allowed).toBe(org.owners.length > 1 && !org.ksuiteMembers.includes(owner));
      }),
    );
  });
});

describe('hostpolicy/testing partner arbitraries', () => {
  it('PAR-05 clientAccessArbitrary: at most one full access, and then no other partner', () => {
    fc.assert(
      fc.property(clientAccessArbitrary(), (s) => {
        const full = s.grants.filter((g) => g.access === 'full');
        expect(full.length).toBeLessThanOrEqual(1);
        if (full.length === 1) expect(s.grants).toHaveLength(1);
      }),
    );
  });
});

describe('hostpolicy/testing billing arbitraries', () => {
  it('BIL-01 invoicesArbitrary: valid invoices with their own references, reconcilable with paymentsArbitrary', () => {
    fc.assert(
      fc.property(
        invoicesArbitrary().chain((invoices) => fc.tuple(fc.constant(invoices), paymentsArbitrary(invoices))),
        ([invoices, payments]) => {
          expect(new Set(invoices.map((i) => i.reference)).size).toBe(invoices.length);
          const r = reconcile({ invoices, payments });
          expect(r.settled.length + r.credited.length + r.unidentified.length + r.alreadyReconciled.length).toBe(payments.length);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('hostpolicy/testing subscription arbitraries', () => {
  it('COM-01 subscriptionArbitrary: a firm commitment of at least 6 months', () => {
    fc.assert(
      fc.property(subscriptionArbitrary(), (s) => {
        expect(s.commitment.end.getTime()).toBeGreaterThan(s.commitment.start.getTime() + 150 * 86_400_000);
      }),
    );
  });
});
