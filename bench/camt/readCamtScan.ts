/**
 * The library's streaming reader as the benchmark drives it: `readCamt(createReadStream(file))`,
 * reducing its batches to the same figures as the floor and saxes (count, cents, references, and
 * the characters of ids and references). The reader is loaded on demand: until src/camt/index.ts
 * exists the benchmark says so instead of failing.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ScanResult } from './floor.js';

/** The part of the reader's contract (issue 17) that the benchmark uses. */
export interface CamtPaymentLike {
  readonly id: string;
  readonly amount: { readonly amount: string; readonly currency: string };
  readonly reference?: string;
}
export type ReadCamt = (
  source: AsyncIterable<Uint8Array>,
  options?: { batchSize?: number },
) => AsyncIterable<{ readonly payments: readonly CamtPaymentLike[] }>;

const entry = new URL('../../src/camt/index.ts', import.meta.url);

/** The reader, or why it cannot be used yet. */
export async function loadReadCamt(): Promise<{ readCamt: ReadCamt } | { missing: string }> {
  if (!existsSync(fileURLToPath(entry))) return { missing: 'not built yet' };
  try {
    const mod = (await import(entry.href)) as { readCamt?: unknown };
    if (typeof mod.readCamt !== 'function') return { missing: 'src/camt/index.ts exports no readCamt yet' };
    return { readCamt: mod.readCamt as ReadCamt };
  } catch (e) {
    return { missing: `src/camt/index.ts does not load: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** Whole cents of a decimal amount string such as '123.45'. */
export function centsOf(amount: string): number {
  const dot = amount.indexOf('.');
  if (dot < 0) return Number(amount) * 100;
  return Number(amount.slice(0, dot)) * 100 + Number(amount.slice(dot + 1, dot + 3).padEnd(2, '0'));
}

export async function scanWithReadCamt(readCamt: ReadCamt, source: AsyncIterable<Uint8Array>): Promise<ScanResult> {
  let count = 0;
  let cents = 0;
  let references = 0;
  let chars = 0;
  for await (const batch of readCamt(source)) {
    for (const p of batch.payments) {
      count += 1;
      cents += centsOf(p.amount.amount);
      chars += p.id.length;
      if (p.reference !== undefined) {
        references += 1;
        chars += p.reference.length;
      }
    }
  }
  return { count, cents, references, chars };
}

/** Every payment of the file, in order (for the flow into reconcile()). */
export async function readAllPayments(readCamt: ReadCamt, source: AsyncIterable<Uint8Array>): Promise<CamtPaymentLike[]> {
  const payments: CamtPaymentLike[] = [];
  for await (const batch of readCamt(source)) for (const p of batch.payments) payments.push(p);
  return payments;
}
