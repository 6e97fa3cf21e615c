/**
 * responseDeadline's quick path against its careful path (issue 21): the quick request reader
 * gives what the schema gives, or leaves the request to it; the deadline table (each tier's
 * first-response target, each channel's calendar, remembered for the last policy) gives the SLA
 * clock's first-response due instant under any policy, also when calls alternate between policies.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineSlaPolicy, responseDeadline, slaClock, supportRequestSchema } from '../../src/support/index.js';
import { definePolicy, type Policy } from '../../src/policy/index.js';
import { quickSupportRequest } from '../../src/support/quickRequest.js';
import { isHostPolicyError } from '../../src/errors.js';
import { parseInput } from '../../src/internal/parse.js';
import { expectInvalid } from '../helpers/expectError.js';

const TIERS = ['standard', 'plus', 'pro', 'enterprise'] as const;
const KEYS = ['tier', 'channel', 'receivedAt', 'priority', '__proto__', 'constructor'] as const;
const value = fc.oneof(
  fc.constantFrom<unknown>('standard', 'plus', 'pro', 'enterprise', 'gold', 'Plus', 'phone', 'email', 'fax', '', null, undefined, 0),
  fc.constantFrom<unknown>(
    '2026-10-23T12:00:00Z',
    '2026-10-23T14:00:00+02:00',
    '2026-02-30T12:00:00Z',
    '2026-10-23t12:00:00z',
    '2026-10-23T12:00Z',
  ),
  fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: false }),
);

/** Request-like objects: mostly well-formed, often with one thing wrong (a field, a key, a prototype, a getter). */
const requestArb = fc
  .record({
    tier: fc.constantFrom(...TIERS),
    channel: fc.constantFrom('phone', 'email'),
    receivedAt: fc.oneof(
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }).map((t) => new Date(t).toISOString()),
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }).map((t) => new Date(t)),
      fc
        .integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2027, 0, 1) / 60_000 })
        .map((m) => `${new Date(m * 60_000).toISOString().slice(0, 16)}Z`),
    ),
    extra: fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 2 }),
    drop: fc.array(fc.constantFrom(...KEYS), { maxLength: 1 }),
    shape: fc.constantFrom('plain', 'plain', 'plain', 'null-proto', 'inherited', 'class', 'getter', 'hidden'),
  })
  .map(({ tier, channel, receivedAt, extra, drop, shape }) => {
    const r: Record<string, unknown> = { tier, channel, receivedAt };
    for (const [k, v] of extra) Object.defineProperty(r, k, { value: v, enumerable: true, configurable: true, writable: true });
    for (const k of drop) delete r[k];
    switch (shape) {
      case 'null-proto':
        return Object.assign(Object.create(null) as object, r);
      case 'inherited':
        return Object.assign(Object.create({ channel: 'email' }) as object, r);
      case 'class':
        return Object.assign(new (class Request {})(), r);
      case 'getter':
        return Object.defineProperty(r, 'tier', { get: () => tier, enumerable: true, configurable: true });
      case 'hidden': // a field that is not enumerable is not read as one
        return Object.defineProperty(r, 'tier', { value: tier, enumerable: false, configurable: true });
      default:
        return r;
    }
  });

function careful(req: unknown): unknown {
  try {
    const { tier, channel, receivedAt } = parseInput(supportRequestSchema, req, 'support request', 'SUP-03');
    return { tier, channel, receivedAt: receivedAt.getTime() };
  } catch (error) {
    if (!isHostPolicyError(error)) throw error;
    return 'refused';
  }
}

/** A support policy with random first-response guarantees (null: none) and sometimes a phone closure. */
const policyArb = fc
  .record({
    plus: fc.option(fc.integer({ min: 1, max: 60 * 80 }), { nil: null }),
    pro: fc.option(fc.integer({ min: 1, max: 60 * 80 }), { nil: null }),
    enterprise: fc.option(fc.integer({ min: 1, max: 60 * 80 }), { nil: null }),
    closed: fc.boolean(),
  })
  .map(({ plus, pro, enterprise, closed }) =>
    definePolicy({
      support: {
        tiers: {
          plus: { firstResponseHours: plus === null ? null : plus / 60 },
          pro: { firstResponseHours: pro === null ? null : pro / 60 },
          enterprise: { firstResponseHours: enterprise === null ? null : enterprise / 60 },
        },
        ...(closed ? { channels: { phone: { closures: ['2026-12-24', '2026-12-25'] } } } : {}),
      },
    }),
  );

describe('responseDeadline: the quick path agrees with the careful path', () => {
  it('property: the quick request reader gives what the schema gives, or leaves the request to it', () => {
    let quick = 0;
    fc.assert(
      fc.property(requestArb, (req) => {
        const fast = quickSupportRequest(req);
        if (fast === undefined) return;
        quick += 1;
        expect(fast).toEqual(careful(req));
      }),
      { numRuns: 3_000 },
    );
    expect(quick).toBeGreaterThan(300); // the quick path is taken, not only declined
  });

  it('leaves to the schema what it must refuse, which names the field', () => {
    const ok = { tier: 'plus', channel: 'email', receivedAt: '2026-10-24T20:00:00Z' };
    const inherited = Object.assign(Object.create({ tier: 'plus' }) as object, { channel: 'email', receivedAt: ok.receivedAt });
    for (const [bad, field] of [
      [{ ...ok, recievedAt: ok.receivedAt }, 'recievedAt'],
      [{ ...ok, tier: undefined }, 'tier'],
      [{ ...ok, channel: 'fax' }, 'channel'],
      [{ ...ok, receivedAt: '2026-02-30T12:00:00Z' }, 'receivedAt'],
      [Object.defineProperty({ ...ok }, '__proto__', { value: 1, enumerable: true }), '__proto__'],
      [inherited, 'inherited'],
    ] as const) {
      expect(quickSupportRequest(bad)).toBeUndefined();
      expect(expectInvalid(() => responseDeadline(bad as never)).message).toContain(field);
    }
    expect(quickSupportRequest(ok)).toEqual({ tier: 'plus', channel: 'email', receivedAt: Date.parse(ok.receivedAt) });
  });

  it('SUP-03 property: under random policies, alternating call by call, the deadline is the clock’s first-response due instant', () => {
    fc.assert(
      fc.property(
        fc.array(policyArb, { minLength: 1, maxLength: 3 }),
        fc.array(
          fc.record({
            which: fc.nat(),
            tier: fc.constantFrom(...TIERS),
            channel: fc.constantFrom('phone' as const, 'email' as const),
            at: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
            asSlaPolicy: fc.boolean(),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (policies, calls) => {
          const slaPolicies = policies.map((p) => defineSlaPolicy({}, p));
          for (const { which, tier, channel, at, asSlaPolicy } of calls) {
            const i = which % policies.length;
            const policy: Policy | unknown = asSlaPolicy ? slaPolicies[i] : policies[i];
            const receivedAt = new Date(at);
            const expected = slaClock([{ type: 'received', at: receivedAt, tier, channel }], slaPolicies[i]).firstResponse.dueAt;
            expect(responseDeadline({ tier, channel, receivedAt }, policy as Policy)?.getTime()).toBe(expected?.getTime());
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
