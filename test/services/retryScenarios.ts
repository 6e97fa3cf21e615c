/**
 * DESIGN principle 11 for the services whose answer the caller acts on (it sends e-mails): a call
 * interrupted at any port call, retried, completes what it did, answer included. A lost
 * acknowledgement (`after: true`: the write is stored, the answer lost) is the case that used to
 * lose the excerpts (RFP-01) or the event (PAR-08, PAR-16). Found by an outside attack (round 2,
 * #3). Shared by the memory adapter's test and the postgres adapter's (PGlite).
 */
import { describe, it, expect } from 'vitest';
import { fixedClock, grantPartnerAccess, changeClientPaymentMode, submitStoredRfp, type Ports } from '../../src/index.js';
import { endStoredPartnership } from '../../src/services/index.js';
import { InjectedFault, withFaults, type FaultTarget } from '../../src/testing/index.js';

export const T0 = '2026-01-15T08:00:00Z';
export const RETRY = '2026-01-15T08:05:00Z';
export const withClock = (ports: Ports, iso: string): Ports => ({ ...ports, clock: fixedClock(iso) });

/** A service call on a prepared store, and what of its answer the caller acts on. */
export interface Scenario {
  readonly name: string;
  readonly setup: (ports: Ports) => Promise<void>;
  readonly run: (ports: Ports) => Promise<unknown>;
  readonly answer: (result: unknown) => unknown;
  readonly state: (ports: Ports) => Promise<unknown>;
}

export const submission = {
  id: 'rfp-1',
  title: 'Shop',
  description: 'A WordPress shop',
  topics: ['wordpress', 'mail'],
  contact: { name: 'Ana', email: 'ana@example.ch', phone: '+41 44 000 00 00' },
  deleteToken: 'a-long-random-secret',
};
export const directory = [
  { partner: 'p1', topics: ['wordpress'] },
  { partner: 'p2', topics: ['dns'] },
  { partner: 'p3', topics: ['mail'] },
];

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'RFP-01 submitStoredRfp: every concerned partner still gets its excerpt',
    setup: async () => {},
    run: (p) => submitStoredRfp(p, { submission, directory }),
    answer: (r) => (r as Awaited<ReturnType<typeof submitStoredRfp>>).excerpts,
    state: async (p) => (await p.rfps.get('rfp-1'))?.value,
  },
  {
    name: 'PAR-08 changeClientPaymentMode: the partner is still notified',
    setup: async (p) => {
      await grantPartnerAccess(p, { client: 'acme', grant: { partner: 'p1', access: 'full', paymentMode: 'client' } });
    },
    run: (p) => changeClientPaymentMode(p, { client: 'acme', mode: 'partner' }),
    answer: (r) => (r as Awaited<ReturnType<typeof changeClientPaymentMode>>).event,
    state: async (p) => (await p.clientAccess.get('acme'))?.value,
  },
  {
    name: 'PAR-08 changeClientPaymentMode by the partner: the client is still notified',
    setup: async (p) => {
      await grantPartnerAccess(p, { client: 'acme', grant: { partner: 'p1', access: 'full', paymentMode: 'partner' } });
    },
    run: (p) => changeClientPaymentMode(p, { client: 'acme', mode: 'client', by: 'partner' }),
    answer: (r) => (r as Awaited<ReturnType<typeof changeClientPaymentMode>>).event,
    state: async (p) => (await p.clientAccess.get('acme'))?.value,
  },
  {
    name: 'PAR-16 endStoredPartnership: the instant incentives stop is still known',
    setup: async (p) => {
      await grantPartnerAccess(p, { client: 'acme', grant: { partner: 'p1', access: 'limited', products: ['shop', 'blog'] } });
      await grantPartnerAccess(p, { client: 'acme', grant: { partner: 'p2', access: 'limited', products: ['mail'] } });
    },
    run: (p) => endStoredPartnership(p, { client: 'acme', partner: 'p1' }),
    answer: (r) => (r as Awaited<ReturnType<typeof endStoredPartnership>>).event,
    state: async (p) => (await p.clientAccess.get('acme'))?.value,
  },
];

/**
 * Every scenario on the ports `fresh` gives (an empty store whose clock reads {@link T0}): a fault
 * at every port call, before or after it took effect, then the retry; and a lost acknowledgement
 * retried later.
 */
export function describeServiceRetries(adapter: string, fresh: () => Promise<Ports>): void {
  async function prepared(s: Scenario): Promise<Ports> {
    const ports = await fresh();
    await s.setup(ports);
    return ports;
  }

  describe(`services retried after a fault at any port call (DESIGN principle 11), ${adapter}`, () => {
    for (const s of SCENARIOS) {
      it(`${s.name}: a fault at any port call, before or after it took effect, then the retry, answers as without fault`, async () => {
        const clean = await prepared(s);
        const expected = s.answer(await s.run(clean));
        expect(expected).not.toEqual(null);
        expect(expected).not.toEqual([]);
        const expectedState = await s.state(clean);
        for (const on of ['write', 'read', 'any'] as const satisfies readonly FaultTarget[]) {
          const counting = withFaults(await prepared(s), { on });
          await s.run(counting.ports);
          for (let failAt = 1; failAt <= counting.calls(); failAt += 1) {
            for (const after of [false, true]) {
              const ports = await prepared(s);
              const faulty = withFaults(ports, { failAt, on, after });
              await expect(s.run(faulty.ports)).rejects.toBeInstanceOf(InjectedFault);
              const where = `${on} #${failAt}${after ? ' after' : ''}`;
              expect(s.answer(await s.run(ports)), where).toEqual(expected);
              expect(await s.state(ports), where).toEqual(expectedState);
              // A second retry is answered the same, and still changes nothing.
              expect(s.answer(await s.run(ports)), where).toEqual(expected);
              expect(await s.state(ports), where).toEqual(expectedState);
            }
          }
        }
      });

      it(`${s.name}: after a lost acknowledgement, the retry later answers with the first call's instant`, async () => {
        const clean = await prepared(s);
        const expected = s.answer(await s.run(clean));
        const ports = await prepared(s);
        await expect(s.run(withFaults(ports, { failAt: 1, on: 'write', after: true }).ports)).rejects.toBeInstanceOf(InjectedFault);
        expect(s.answer(await s.run(withClock(ports, RETRY)))).toEqual(expected);
      });
    }
  });
}
