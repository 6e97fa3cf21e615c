import { describe, it, expect } from 'vitest';
import { creditorReference, type InvoiceInput, type PaymentInput } from '../billing/index.js';
import type { Ports } from '../ports/ports.js';
import { importBankStatement } from '../services/importBankStatement.js';
import { InjectedFault, withFaults, type FaultTarget } from './faults.js';
import { heldMoney, importState, receivedMoney } from './importState.js';

/** Makes fresh, empty ports for each run (every repository empty). */
export type PortsFactory = () => Ports | Promise<Ports>;

const ref = (n: number): string => creditorReference(String(4200 + n));
const at = (minute: number): string => new Date(Date.UTC(2026, 2, 20, 9, minute)).toISOString();
const chf = (amount: string): { amount: string; currency: string } => ({ amount, currency: 'CHF' });

/** Invoices of three customers, one of them named `__proto__` (any string is an id). */
const INVOICES: readonly InvoiceInput[] = [
  {
    id: 'INV-1',
    customer: 'c1',
    reference: ref(1),
    amount: chf('120.00'),
    issuedAt: '2026-03-01T00:00:00Z',
    dueAt: '2026-03-31T00:00:00Z',
  },
  { id: 'INV-2', customer: 'c1', reference: ref(2), amount: chf('80.50'), issuedAt: '2026-03-01T00:00:00Z', dueAt: '2026-03-31T00:00:00Z' },
  {
    id: 'INV-3',
    customer: 'c2',
    reference: ref(3),
    amount: { amount: '99.95', currency: 'EUR' },
    issuedAt: '2026-03-01T00:00:00Z',
    dueAt: '2026-03-31T00:00:00Z',
  },
  {
    id: 'INV-4',
    customer: '__proto__',
    reference: ref(4),
    amount: chf('10.00'),
    issuedAt: '2026-03-01T00:00:00Z',
    dueAt: '2026-03-31T00:00:00Z',
  },
  {
    id: 'INV-5',
    customer: '__proto__',
    reference: ref(5),
    amount: chf('30.00'),
    issuedAt: '2026-03-01T00:00:00Z',
    dueAt: '2026-03-31T00:00:00Z',
  },
];

/** A statement with every outcome, and payments that depend on each other (a settlement, then a stale repeat). */
const STATEMENT: readonly PaymentInput[] = [
  { id: 'P-01', reference: ref(1), amount: chf('120.00'), bookedAt: at(1) }, // settles INV-1
  { id: 'P-02', reference: ref(1), amount: chf('120.00'), bookedAt: at(2) }, // STALE_REFERENCE → c1
  { id: 'P-03', reference: ref(2), amount: chf('80.00'), bookedAt: at(3) }, // AMOUNT_MISMATCH → c1
  { id: 'P-04', reference: ref(3), amount: chf('99.95'), bookedAt: at(4) }, // CURRENCY_MISMATCH → c2
  { id: 'P-05', reference: ref(4), amount: chf('10.00'), bookedAt: at(5) }, // settles INV-4 of __proto__
  { id: 'P-06', reference: ref(5), amount: chf('31.00'), bookedAt: at(6) }, // AMOUNT_MISMATCH → __proto__
  { id: 'P-07', customer: '__proto__', amount: chf('7.00'), bookedAt: at(7) }, // UNKNOWN_REFERENCE → __proto__
  { id: 'P-08', customer: 'stranger', amount: chf('4.00'), bookedAt: at(8) }, // unidentified
  { id: 'P-09', amount: { amount: '3.00', currency: 'EUR' }, bookedAt: at(9) }, // unidentified
  { id: 'P-10', reference: ref(9), customer: 'c2', amount: chf('5.00'), bookedAt: at(10) }, // UNKNOWN_REFERENCE → c2
  { id: 'P-11', reference: ref(4), amount: chf('10.00'), bookedAt: at(11) }, // STALE_REFERENCE → __proto__
  { id: 'P-12', reference: ref(3), amount: { amount: '99.95', currency: 'EUR' }, bookedAt: at(12) }, // settles INV-3
  { id: 'P-01', reference: ref(1), amount: chf('120.00'), bookedAt: at(1) }, // listed twice: once
];

async function seeded(factory: PortsFactory): Promise<Ports> {
  const ports = await factory();
  for (const invoice of INVOICES) await ports.invoices.put({ id: invoice.id, owner: invoice.customer, invoice }, 0);
  return ports;
}

const MODES: readonly { readonly on: FaultTarget; readonly after: boolean; readonly what: string }[] = [
  { on: 'write', after: false, what: 'write (before it takes effect)' },
  { on: 'write', after: true, what: 'write (after it took effect: a lost acknowledgement)' },
  { on: 'read', after: false, what: 'read' },
];

/**
 * Registers the vitest tests that prove `importBankStatement` exactly-once over an adapter: for
 * every port call k of an import (each write, before and after it takes effect, and each read),
 * the import fails at k, is run again, and must end in exactly the state of an import without
 * faults — every payment applied once, none left pending, money conserved. Call it at the top
 * level of a test file with a factory of fresh, empty ports.
 *
 * @example
 * ```ts
 * import { describeImportFaultContract } from 'hostpolicy/testing';
 * import { memoryPorts } from 'hostpolicy';
 * describeImportFaultContract('memory', () => memoryPorts());
 * ```
 */
export function describeImportFaultContract(name: string, factory: PortsFactory): void {
  describe(`import fault contract: ${name}`, () => {
    for (const mode of MODES) {
      it(`a fault at any ${mode.what} of an import, then a retry, ends as an import without faults`, async () => {
        const clean = await seeded(factory);
        await importBankStatement(clean, STATEMENT);
        const expected = await importState(clean);
        const counting = withFaults(await seeded(factory), { on: mode.on });
        await importBankStatement(counting.ports, STATEMENT);
        const total = counting.calls();
        expect(total).toBeGreaterThan(2);
        const ids = new Set(STATEMENT.map((p) => p.id));
        for (let k = 1; k <= total; k += 1) {
          const ports = await seeded(factory);
          const faulty = withFaults(ports, { failAt: k, on: mode.on, after: mode.after });
          await expect(importBankStatement(faulty.ports, STATEMENT)).rejects.toBeInstanceOf(InjectedFault);
          const retry = await importBankStatement(ports, STATEMENT);
          expect(retry.conflicting).toEqual([]);
          expect([...retry.applied.map((a) => a.payment), ...retry.alreadyImported].sort()).toEqual([...ids].sort());
          expect(
            await importState(ports),
            `fault at ${mode.on} #${k} (${faulty.injected()[0]?.port}.${faulty.injected()[0]?.method})`,
          ).toEqual(expected);
          const held = await heldMoney(ports, ids);
          for (const [currency, received] of receivedMoney(STATEMENT)) expect(held.get(currency)?.equals(received)).toBe(true);
        }
      });
    }
  });
}
