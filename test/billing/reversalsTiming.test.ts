/**
 * Red-team finding 7: reversals found by reference walked every credited or unidentified payment
 * of their reference, so n reversals of one reference cost n² (8,000: 6 s against 0.1 s for
 * distinct references). Timed as a ratio against distinct references in the same process, best
 * of 3 alternating runs, in CPU time (see test/partners/timing.ts): never a bare time.
 */
import { describe, expect, it } from 'vitest';
import { qrReference, reconcile, type InvoiceInput, type PaymentInput, type ReversalInput } from '../../src/index.js';
import { cpuMs } from '../partners/timing.js';

const N = 8000;
const CHF = (amount: string) => ({ amount, currency: 'CHF' });

/**
 * N invoices (the first N/2 settled by earlier payments), N/2 payments of an invoice's amount that
 * repeat a settled invoice's reference (credited as STALE_REFERENCE), N/2 unidentified payments of
 * references no invoice has, each of its own amount, and a reversal by reference of each payment.
 * `shared`: every stale payment repeats the first invoice's reference and every unidentified one
 * the same unknown reference; otherwise each has a reference of its own.
 */
function statement(shared: boolean): { invoices: InvoiceInput[]; payments: PaymentInput[]; reversals: ReversalInput[] } {
  const half = N / 2;
  const invoices = Array.from({ length: N }, (_, i) => ({
    id: `I${i}`,
    customer: `c${i % 50}`,
    reference: qrReference(`1${i}`),
    amount: CHF('10.00'),
    issuedAt: '2026-03-01T00:00:00Z',
    dueAt: '2026-03-31T00:00:00Z',
    ...(i < half ? { settled: true, settledBy: `old${i}` } : {}),
  }));
  const stale = Array.from({ length: half }, (_, i) => ({
    id: `S${i}`,
    reference: qrReference(`1${shared ? 0 : i}`),
    amount: CHF('10.00'),
    bookedAt: new Date(Date.UTC(2026, 2, 20) + i * 1000).toISOString(),
  }));
  const unknown = Array.from({ length: half }, (_, i) => ({
    id: `U${i}`,
    reference: qrReference(`2${shared ? 0 : i}`),
    amount: CHF(`${20 + i}.00`),
    bookedAt: new Date(Date.UTC(2026, 2, 21) + i * 1000).toISOString(),
  }));
  const reversals = [...stale, ...unknown].map((p, i) => ({
    id: `R${i}`,
    reference: p.reference,
    amount: p.amount,
    bookedAt: '2026-03-25T00:00:00Z',
    direction: 'debit' as const,
  }));
  return { invoices, payments: [...stale, ...unknown], reversals };
}

describe('reversals found by reference under many payments of one reference', () => {
  it('8,000 reversals of one reference stay within 3x of 8,000 reversals of distinct references (best of 3, CPU time)', () => {
    const shared = statement(true);
    const distinct = statement(false);
    const outcomes = (r: ReturnType<typeof reconcile>) =>
      r.reversed.reduce<Record<string, number>>((m, x) => {
        const key = x.outcome.kind === 'unmatched' ? x.outcome.cause : x.outcome.kind;
        m[key] = (m[key] ?? 0) + 1;
        return m;
      }, {});
    // The same work either way: each stale payment's reversal fits it and the invoice its reference
    // names (ambiguous), each unidentified payment's reversal fits that payment alone (its amount).
    expect(outcomes(reconcile(shared))).toEqual({ REVERSAL_AMBIGUOUS: N / 2, returned: N / 2 });
    expect(outcomes(reconcile(distinct))).toEqual({ REVERSAL_AMBIGUOUS: N / 2, returned: N / 2 });
    const time = (input: ReturnType<typeof statement>): number => {
      const start = cpuMs();
      expect(reconcile(input).reversed).toHaveLength(N);
      return cpuMs() - start;
    };
    const best = { shared: Infinity, distinct: Infinity };
    for (let round = 0; round < 3; round += 1) {
      best.distinct = Math.min(best.distinct, time(distinct));
      best.shared = Math.min(best.shared, time(shared));
    }
    expect(best.shared / best.distinct).toBeLessThanOrEqual(3);
  }, 120_000);
});
