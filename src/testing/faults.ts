import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { invalidField, parseInput } from '../internal/parse.js';

/** Which port calls a fault plan counts: writes (`put`, `putMany`), reads (every other method), or both. */
export type FaultTarget = 'write' | 'read' | 'any';

/** Options of {@link withFaults}. */
export interface FaultOptions {
  /**
   * The call (1-based, among the calls counted) that fails; left out, nothing fails and the
   * wrapper only counts, to learn how many calls an operation makes.
   */
  readonly failAt?: number;
  /** Which calls count (default `'write'`). */
  readonly on?: FaultTarget;
  /**
   * `true`: the failing call takes effect first and only its answer is lost (the write is stored,
   * the caller sees the error: a lost acknowledgement). Default `false`: it fails before doing anything.
   * Inside a `transaction(work)` a lost answer breaks the connection and rolls back, the same as a
   * failure before it; what can be lost there is the answer of the commit. So a call chosen inside a
   * transaction takes effect, the work goes on, the transaction commits, and then the caller of
   * `transaction` gets the error (the commit's acknowledgement lost).
   */
  readonly after?: boolean;
}

/** One port call seen by the wrapper. */
export interface PortCall {
  /** Its position among the calls counted (0 for calls not counted). */
  readonly index: number;
  readonly port: string;
  readonly method: string;
  readonly kind: 'read' | 'write';
}

/** What {@link withFaults} returns. */
export interface FaultyPorts<P> {
  /** The wrapped ports: pass them to the code under test. */
  readonly ports: P;
  /** How many calls have been counted so far. */
  calls(): number;
  /** The calls that failed (none, or the one at `failAt`). */
  injected(): readonly PortCall[];
  /** Every call made through the wrapper, counted or not, in order. */
  log(): readonly PortCall[];
}

/** The error a fault plan injects: a stand-in for a crash or a network error at that port call. */
export class InjectedFault extends Error {
  readonly call: PortCall;

  constructor(call: PortCall, after: boolean, inTransaction = false) {
    const lost = inTransaction ? " (after its transaction committed: the commit's answer lost)" : after ? ' (after it took effect)' : '';
    super(`Injected fault at ${call.kind} #${call.index}: ${call.port}.${call.method}${lost}`);
    this.name = 'InjectedFault';
    this.call = call;
  }
}

const optionsSchema = strictObject({
  failAt: z.optional(z.int().check(z.gte(1, 'must be 1 or more (the first counted call is 1)'))),
  on: z.optional(z.enum(['write', 'read', 'any'])),
  after: z.optional(z.boolean()),
});

/** Port methods that change the store; every other method of a port is a read. */
const WRITES: ReadonlySet<string> = new Set(['put', 'putMany']);

/**
 * Wraps ports so that one chosen call fails, to prove that code survives a crash or a network
 * error at any port call: count the calls of an operation once (no `failAt`), then for every k
 * from 1 to that count run it with `failAt: k`, run it again on the unwrapped ports, and compare
 * the final state with a run without faults. Every repository method of every port is wrapped
 * (`put` and `putMany` are writes, any other method a read); the `clock` is passed through as it is,
 * and an optional `transaction(work)` hands `work` ports wrapped on the same plan. The
 * wrapper keeps each port's methods (also `getMany`, `findByReferences` and methods it does not
 * know), so it fits any adapter.
 *
 * @example
 * ```ts
 * import { withFaults, InjectedFault } from 'hostpolicy/testing';
 * const ports = memoryPorts();
 * const faulty = withFaults(ports, { failAt: 2, on: 'write' });
 * await importBankStatement(faulty.ports, statement).catch((e) => e instanceof InjectedFault); // the 2nd write failed
 * await importBankStatement(ports, statement);  // the retry completes the import
 * faulty.injected(); // [{ index: 2, port: 'payments', method: 'put', kind: 'write' }]
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for ports that are not an object or bad options.
 */
export function withFaults<P extends object>(ports: P, options: FaultOptions = {}): FaultyPorts<P> {
  if (typeof ports !== 'object' || ports === null) invalidField('faulty ports', [], 'must be an object of ports (see memoryPorts)');
  const { failAt, on = 'write', after = false } = parseInput(optionsSchema, options, 'fault options');
  let counted = 0;
  const injected: PortCall[] = [];
  const log: PortCall[] = [];
  /** A transaction in progress: the fault its work met after taking effect, thrown once it has committed. */
  interface Scope {
    lost: InjectedFault | undefined;
  }
  const wrapMethod =
    (target: object, port: string, method: string, original: (...args: unknown[]) => unknown, scope: Scope | undefined) =>
    async (...args: unknown[]): Promise<unknown> => {
      const kind = WRITES.has(method) ? 'write' : 'read';
      const counts = on === 'any' || on === kind;
      const call: PortCall = { index: counts ? ++counted : 0, port, method, kind };
      log.push(call);
      if (!counts || call.index !== failAt) return original.apply(target, args);
      injected.push(call);
      if (after && scope !== undefined) {
        const result = await original.apply(target, args);
        scope.lost = new InjectedFault(call, true, true);
        return result;
      }
      if (after) await original.apply(target, args);
      throw new InjectedFault(call, after);
    };
  const wrap = (target: object, scope?: Scope): Record<string, unknown> => {
    const wrapped: Record<string, unknown> = {};
    for (const [name, port] of Object.entries(target)) {
      if (name === 'transaction' && typeof port === 'function') {
        // The ports a transaction hands to its work are wrapped too, counting on the same plan: a
        // fault before a call is a fault of its work, which then rolls back; a fault after one is the
        // commit's lost answer (see FaultOptions.after).
        const original = port as (work: (inner: object) => Promise<unknown>) => Promise<unknown>;
        wrapped[name] = async (work: (inner: object) => Promise<unknown>) => {
          const inner: Scope = { lost: undefined };
          const result = await original.call(target, (ports) => work(wrap(ports, inner)));
          if (inner.lost !== undefined) throw inner.lost;
          return result;
        };
        continue;
      }
      if (name === 'clock' || typeof port !== 'object' || port === null) {
        wrapped[name] = port;
        continue;
      }
      const copy: Record<string, unknown> = {};
      for (const method of methodsOf(port)) {
        const original = (port as Record<string, unknown>)[method];
        if (typeof original === 'function')
          copy[method] = wrapMethod(port, name, method, original as (...args: unknown[]) => unknown, scope);
      }
      wrapped[name] = copy;
    }
    return wrapped;
  };
  const wrapped = wrap(ports);
  return {
    ports: wrapped as P,
    calls: () => counted,
    injected: () => [...injected],
    log: () => [...log],
  };
}

/** Every method name of an object: own ones (object literals) and those of its classes (adapter classes). */
function methodsOf(port: object): string[] {
  const names = new Set<string>();
  for (let o: object | null = port; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const name of Object.getOwnPropertyNames(o)) if (name !== 'constructor') names.add(name);
  }
  return [...names];
}
