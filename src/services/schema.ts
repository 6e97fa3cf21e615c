import * as z from 'zod/mini';
import { HostPolicyError } from '../errors.js';
import { invalidField } from '../internal/parse.js';

/** zod schema: the id of a stored entity or of a customer. */
export const keySchema = z.string().check(
  z.minLength(1, 'must not be empty'),
  z.refine((s) => s.trim() === s, 'must not start or end with spaces'),
);

/** The error a service raises when the entity it should change is not stored. */
export function notFound(what: string, id: string): HostPolicyError {
  return new HostPolicyError('NOT_FOUND', `No ${what} ${id} is stored.`, { details: { id } });
}

const REPOSITORY_METHODS = ['get', 'listByOwner', 'list', 'put'] as const;

/**
 * Checks that `ports` holds the named ports (repositories with their four methods, and a clock
 * with `now`), so that a wrong argument is an InvalidInputError, not a TypeError later.
 */
export function requirePorts<K extends 'clock' | 'subscriptions' | 'invoices' | 'payments' | 'prepaidLedgers' | 'clientAccess' | 'organizations' | 'rfps'>(
  ports: unknown,
  names: readonly K[],
): void {
  if (typeof ports !== 'object' || ports === null) invalidField('ports', [], 'must be an object of ports (see memoryPorts)');
  for (const name of names) {
    const port = (ports as Record<string, unknown>)[name];
    const methods = name === 'clock' ? (['now'] as const) : REPOSITORY_METHODS;
    const ok = typeof port === 'object' && port !== null && methods.every((m) => typeof (port as Record<string, unknown>)[m] === 'function');
    if (!ok) invalidField('ports', [name], name === 'clock' ? 'must be a clock with now()' : 'must be a repository with get, listByOwner, list and put');
  }
}
