import { HostPolicyError } from '../errors.js';
import type { Versioned } from '../ports/repository.js';

/**
 * What a service checks of every answer a port gives before it uses it: a port is code the
 * library does not control (a database adapter, a wrapper), and a wrong shape must surface as a
 * HostPolicyError `PORT_CONTRACT_VIOLATION` naming the port and the method, never as a TypeError
 * deep inside a service, and never as silently wrong data written back.
 */

/** A check of one stored entity: the problem found, or `undefined` when it is fine. */
export type EntityCheck = (value: Readonly<Record<string, unknown>>) => string | undefined;

/**
 * The error for a port answer that breaks the port's contract.
 *
 * @example
 * ```ts
 * portViolation('invoices', 'getMany', 'must be a Map').code; // 'PORT_CONTRACT_VIOLATION'
 * ```
 * @throws nothing.
 */
export function portViolation(port: string, method: string, problem: string, cause?: unknown): HostPolicyError {
  return new HostPolicyError('PORT_CONTRACT_VIOLATION', `ports.${port}.${method} broke the port contract: ${problem}.`, {
    details: { port, method, problem },
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * Calls a port method. Its own errors (a network error, `VERSION_CONFLICT`, an InjectedFault)
 * pass through as they are, for the caller to retry; a TypeError or RangeError is the symptom of
 * a broken answer (a promise resolved with a revoked Proxy fails on reading its `then`) or a
 * broken adapter, and becomes `PORT_CONTRACT_VIOLATION` with the original as `cause`.
 *
 * @example
 * ```ts
 * const found = await portCall('payments', 'getMany', () => ports.payments.getMany(ids));
 * ```
 * @throws HostPolicyError `PORT_CONTRACT_VIOLATION` for a TypeError or RangeError; any other error of the port as it is.
 */
export async function portCall<R>(port: string, method: string, call: () => Promise<R>): Promise<R> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError) throw portViolation(port, method, `failed with ${e.name}: ${e.message}`, e);
    throw e;
  }
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The problem of one `{ version, value }`, or `undefined`. */
function versionedProblem(answer: unknown, check: EntityCheck, id: string | undefined): string | undefined {
  if (!isRecord(answer)) return `must give { version, value }, not ${describe(answer)}`;
  const { version, value } = answer;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return `version must be a whole number ≥ 1, not ${describe(version)}`;
  if (!isRecord(value)) return `value must be an entity object, not ${describe(value)}`;
  if (typeof value.id !== 'string' || value.id.length === 0) return 'value.id must be a non-empty string';
  if (id !== undefined && value.id !== id) return `gave entity '${value.id}' for id '${id}'`;
  const owner = value.owner;
  const ownerOk =
    (typeof owner === 'string' && owner.length > 0) || (Array.isArray(owner) && owner.every((o) => typeof o === 'string' && o.length > 0));
  if (!ownerOk) return 'value.owner must be a non-empty string or an array of them';
  const problem = check(value);
  return problem === undefined ? undefined : `value ${problem}`;
}

/**
 * Checks one `{ version, value }` a port gave (from `put`, or `get` of `id`).
 *
 * @example
 * ```ts
 * checkVersioned('payments', 'put', await ports.payments.put(record, 0), () => undefined, record.id);
 * ```
 * @throws HostPolicyError `PORT_CONTRACT_VIOLATION` naming the port, the method and the problem.
 */
export function checkVersioned<T>(
  port: string,
  method: string,
  answer: unknown,
  check: EntityCheck,
  id?: string,
): Versioned<T & { id: string; owner: string }> {
  const problem = inspecting(port, method, () => versionedProblem(answer, check, id));
  if (problem !== undefined) throw portViolation(port, method, problem);
  return answer as Versioned<T & { id: string; owner: string }>;
}

/**
 * Runs a check of a port's answer; an answer that cannot even be inspected (a revoked Proxy, a
 * throwing getter) is a contract violation too, not the TypeError it raises.
 */
function inspecting<R>(port: string, method: string, check: () => R): R {
  try {
    return check();
  } catch (e) {
    if (e instanceof HostPolicyError) throw e;
    throw portViolation(port, method, `gave an answer that cannot be read (${e instanceof Error ? e.message : 'unknown error'})`);
  }
}

/**
 * Checks the answer of a batch read (`getMany`, `findByReferences`): a Map whose keys are among
 * those asked for, each to a valid `{ version, value }`; `keyOf` gives the key an entity must have.
 *
 * @example
 * ```ts
 * const answer = await ports.prepaidLedgers.getMany([...ids]);
 * const found = checkMany('prepaidLedgers', 'getMany', answer, ids, (v) => v.id as string, () => undefined);
 * ```
 * @throws HostPolicyError `PORT_CONTRACT_VIOLATION` naming the port, the method and the problem.
 */
export function checkMany<T>(
  port: string,
  method: string,
  answer: unknown,
  asked: ReadonlySet<string>,
  keyOf: (value: Readonly<Record<string, unknown>>) => string,
  check: EntityCheck,
): ReadonlyMap<string, Versioned<T & { id: string; owner: string }>> {
  return inspecting(port, method, () => {
    if (!(answer instanceof Map)) throw portViolation(port, method, `must give a Map, not ${describe(answer)}`);
    for (const [key, entry] of answer as Map<unknown, unknown>) {
      if (typeof key !== 'string' || !asked.has(key))
        throw portViolation(port, method, `gave the key ${describe(key)}, which was not asked for`);
      const problem = versionedProblem(entry, check, undefined);
      if (problem !== undefined) throw portViolation(port, method, `for '${key}': ${problem}`);
      const actual = keyOf((entry as Versioned<{ id: string; owner: string }>).value as unknown as Readonly<Record<string, unknown>>);
      if (actual !== key) throw portViolation(port, method, `gave an entity keyed '${actual}' under '${key}'`);
    }
    return answer as ReadonlyMap<string, Versioned<T & { id: string; owner: string }>>;
  });
}

/**
 * Checks a set of strings a port gave (e.g. `ownersWithInvoices`), each among those asked for.
 *
 * @example
 * ```ts
 * checkSet('invoices', 'ownersWithInvoices', await ports.invoices.ownersWithInvoices(['c1']), new Set(['c1']));
 * ```
 * @throws HostPolicyError `PORT_CONTRACT_VIOLATION` naming the port, the method and the problem.
 */
export function checkSet(port: string, method: string, answer: unknown, asked: ReadonlySet<string>): ReadonlySet<string> {
  return inspecting(port, method, () => {
    if (!(answer instanceof Set)) throw portViolation(port, method, `must give a Set, not ${describe(answer)}`);
    for (const item of answer as Set<unknown>) {
      if (typeof item !== 'string' || !asked.has(item))
        throw portViolation(port, method, `gave ${describe(item)}, which was not asked for`);
    }
    return answer as ReadonlySet<string>;
  });
}

/** A short description of an unexpected value for a message (never its contents, which may be large). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length <= 40 ? `the string '${value}'` : 'a long string';
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return `${typeof value} ${String(value)}`;
}
