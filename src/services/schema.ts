import * as z from 'zod/mini';
import { HostPolicyError } from '../errors.js';
import { invalidField } from '../internal/parse.js';

/** zod schema: the id of a stored entity or of a customer. */
export const keySchema = z.string().check(
  z.minLength(1, 'must not be empty'),
  z.refine((s) => s.trim() === s, 'must not start or end with spaces'),
);

/**
 * The error a service raises when the entity it should change is not stored.
 *
 * @example
 * ```ts
 * notFound('subscription', 'sub-1').code; // 'NOT_FOUND'
 * ```
 */
export function notFound(what: string, id: string): HostPolicyError {
  return new HostPolicyError('NOT_FOUND', `No ${what} ${id} is stored.`, { details: { id } });
}

const REPOSITORY_METHODS = ['get', 'listByOwner', 'list', 'put'] as const;

/** The name of a port in `Ports`. */
export type PortName = 'clock' | 'subscriptions' | 'invoices' | 'payments' | 'prepaidLedgers' | 'clientAccess' | 'organizations' | 'rfps';

/**
 * Checks that `ports` holds the named ports (repositories with their methods, and a clock with
 * `now`), so that a wrong argument is an InvalidInputError, not a TypeError later. A repository
 * must have `get`, `listByOwner`, `list` and `put`, or, for the ports named in `methods`, exactly
 * the methods listed there (a service that uses `getMany` or `findByReferences` names them).
 *
 * @example
 * ```ts
 * requirePorts(memoryPorts(), ['invoices', 'clock']);
 * requirePorts(memoryPorts(), ['invoices'], { invoices: ['findByReferences', 'put'] });
 * requirePorts({}, ['invoices']); // throws InvalidInputError naming ports.invoices
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) naming the port and the methods it needs.
 */
export function requirePorts<K extends PortName>(
  ports: unknown,
  names: readonly K[],
  methods: Partial<Record<K, readonly string[]>> = {},
): void {
  if (typeof ports !== 'object' || ports === null) invalidField('ports', [], 'must be an object of ports (see memoryPorts)');
  for (const name of names) {
    const port = (ports as Record<string, unknown>)[name];
    const needed = name === 'clock' ? ['now'] : (methods[name] ?? REPOSITORY_METHODS);
    const ok = typeof port === 'object' && port !== null && needed.every((m) => typeof (port as Record<string, unknown>)[m] === 'function');
    if (!ok)
      invalidField('ports', [name], name === 'clock' ? 'must be a clock with now()' : `must be a repository with ${needed.join(', ')}`);
  }
}
