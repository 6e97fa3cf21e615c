import * as z from 'zod/mini';
import { strictObject } from '../../internal/checks.js';
import { parseInput } from '../../internal/parse.js';
import type { Clock } from '../../ports/clock.js';
import type { Ports } from '../../ports/ports.js';
import { systemClock } from '../system/clock.js';
import { memoryInvoiceRepository } from './invoiceRepository.js';
import { memoryRepository, type MemoryRepositoryOptions } from './repository.js';

const optionsSchema = strictObject({
  clock: z.optional(
    z.custom<Clock>((c) => typeof c === 'object' && c !== null && typeof (c as Clock).now === 'function', 'must be a clock with now()'),
  ),
  interleave: z.optional(z.custom<() => Promise<void>>((f) => typeof f === 'function', 'must be a function returning a promise')),
});

/** Options of {@link memoryPorts}. */
export interface MemoryPortsOptions extends MemoryRepositoryOptions {
  /** The clock; the system clock unless given (use `fixedClock` in tests). */
  readonly clock?: Clock;
}

/**
 * Every port, in memory: for tests, demos and single-process tools.
 *
 * @example
 * ```ts
 * const ports = memoryPorts({ clock: fixedClock('2026-11-23T09:00:00Z') });
 * await ports.invoices.put({ id: 'inv-1', owner: 'anna', invoice: { total: '100.00' } }, 0);
 * ```
 */
export function memoryPorts(options: MemoryPortsOptions = {}): Ports {
  parseInput(optionsSchema, options, 'memory ports options');
  const repo = { ...(options.interleave === undefined ? {} : { interleave: options.interleave }) };
  return {
    clock: options.clock ?? systemClock,
    subscriptions: memoryRepository(repo),
    invoices: memoryInvoiceRepository(repo),
    payments: memoryRepository(repo),
    prepaidLedgers: memoryRepository(repo),
    clientAccess: memoryRepository(repo),
    organizations: memoryRepository(repo),
    rfps: memoryRepository(repo),
  };
}
