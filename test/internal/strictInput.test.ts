/**
 * Strict inputs (issue 15, items 5, 6 and 8): an unknown key is INVALID_INPUT naming it (and the
 * key meant, when one is close), and so are inherited properties, holes in lists, revoked
 * Proxies, throwing getters and a policy argument that is not an object. Each of these was
 * silently ignored, read, or raised a raw TypeError before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as hostpolicy from '../../src/index.js';
import {
  addBusinessTime,
  alwaysOpen,
  canLeaveOrganization,
  checkPartnerEligibility,
  decide,
  definePolicy,
  explainReminder,
  organization,
  parseMoney,
  quote,
  reconcile,
  responseDeadline,
  slaStatus,
  subscribe,
  weeklySchedule,
  isHostPolicyError,
  InvalidInputError,
  type Reason,
} from '../../src/index.js';
import { chf, invoice as billingInvoice, payment as billingPayment, REF_A } from '../billing/fixtures.js';
import { expectInvalid } from '../helpers/expectError.js';

const line = { product: 'web-hosting', quantity: 35 };
const request = { currency: 'CHF', lines: [line] };
const support = { tier: 'pro', channel: 'email', receivedAt: '2026-03-02T10:00:00+01:00' } as const;
const applicant = {
  yearlyVolume: { amount: '1500', currency: 'CHF' },
  register: 'none',
  supportsClients: true,
  invoicesClients: true,
  usesOnlyProviderProductsForRfp: true,
  acceptsResellerTerms: true,
} as const;
const invoice = billingInvoice('INV-1', 'c1', REF_A, chf('120.00'));
const payment = billingPayment('P-1', chf('120.00'), { reference: REF_A });
const denial: Reason = { code: 'VOLUME_BELOW_MINIMUM', rule: 'PAR-01', message: 'Too small' };

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An object whose `key` getter throws the caller's own error. */
function throwing<T extends object>(base: T, key: string, error = new Error('boom')): T {
  const copy = { ...base };
  Object.defineProperty(copy, key, {
    enumerable: true,
    get: () => {
      throw error;
    },
  });
  return copy;
}

describe('unknown keys are refused, with the key meant', () => {
  it('quote: a misspelled partnerDiscount is not silently ignored', () => {
    const e = expectInvalid(() => quote({ ...request, partnerDiscout: '20%' } as never));
    expect(e.message).toBe("Invalid quote request: unknown key 'partnerDiscout' — did you mean 'partnerDiscount'?");
    expect(e.issues).toEqual([
      { path: [], message: "unknown key 'partnerDiscout' — did you mean 'partnerDiscount'?", code: 'unrecognized_keys' },
    ]);
    // The same request spelled right gets its discount.
    expect(quote({ ...request, partnerDiscount: '20%' }).total.toString()).toBe('CHF 208.32');
  });

  it('quote: nested keys name their path; a case-insensitive match is suggested', () => {
    expect(expectInvalid(() => quote({ ...request, lines: [{ ...line, Quantity: 1 }] } as never)).message).toBe(
      "Invalid quote request: lines[0]: unknown key 'Quantity' — did you mean 'quantity'?",
    );
    expect(expectInvalid(() => quote({ ...request, vat: { rate: '8.1%', contry: 'CH' } } as never)).message).toBe(
      "Invalid quote request: vat: unknown key 'contry' — did you mean 'country'?",
    );
    // No key is close: none suggested.
    expect(expectInvalid(() => quote({ ...request, colour: 'red' } as never)).message).toBe("Invalid quote request: unknown key 'colour'");
  });

  it('parseMoney and the money JSON form', () => {
    expect(expectInvalid(() => parseMoney({ amount: '1', currency: 'CHF', foo: 1 } as never)).message).toBe(
      "Invalid money: unknown key 'foo'",
    );
    expect(expectInvalid(() => parseMoney({ amount: '1', curency: 'CHF' } as never)).message).toContain(
      "unknown key 'curency' — did you mean 'currency'?",
    );
  });

  it('one function of every context', () => {
    const cases: [string, () => unknown, string][] = [
      [
        'support',
        () => responseDeadline({ ...support, recievedAt: support.receivedAt } as never),
        "unknown key 'recievedAt' — did you mean 'receivedAt'?",
      ],
      [
        'support (status)',
        () => slaStatus({ ...support, now: '2026-03-02T11:00:00+01:00', respondetAt: '2026-03-02T11:00:00+01:00' } as never),
        "did you mean 'respondedAt'?",
      ],
      [
        'calendar',
        () => addBusinessTime('2026-01-01T00:00:00Z', { hour: 1 } as never, alwaysOpen()),
        "unknown key 'hour' — did you mean 'hours'?",
      ],
      [
        'calendar (schedule)',
        () => weeklySchedule({ timeZone: 'Europe/Zurich', hours: { mon: [['08:00', '17:00']] }, closure: [] } as never),
        "did you mean 'closures'?",
      ],
      [
        'subscriptions',
        () => subscribe({ tier: 'plus', startedAt: '2026-01-31T09:00:00+01:00', biling: 'annual' } as never),
        "did you mean 'billing'?",
      ],
      ['partners', () => checkPartnerEligibility({ ...applicant, suportsClients: true } as never), "did you mean 'supportsClients'?"],
      [
        'billing',
        () => reconcile({ invoices: [], payments: [], customer: ['c1'] } as never),
        "unknown key 'customer' — did you mean 'customers'?",
      ],
      [
        'billing (invoice)',
        () => reconcile({ invoices: [{ ...invoice, setled: true }], payments: [] } as never),
        "invoices[0]: unknown key 'setled' — did you mean 'settled'?",
      ],
      [
        'billing (payment amount)',
        () => reconcile({ invoices: [], payments: [{ ...payment, amount: { ...chf('120.00'), fee: '1' } }] } as never),
        "payments[0].amount: unknown key 'fee'",
      ],
      [
        'billing (reminder)',
        () =>
          explainReminder({
            reminder: { customer: 'c1', sentAt: '2026-04-01T00:00:00Z' },
            invoices: [],
            payments: [],
            prepiad: {},
          } as never),
        "did you mean 'prepaid'?",
      ],
      ['accounts', () => organization({ id: 'o', name: 'O', owners: ['anna'], member: ['ben'] } as never), "did you mean 'members'?"],
      [
        'accounts (leave)',
        () =>
          canLeaveOrganization({
            user: { id: 'anna', loginEmail: 'anna@acme.ch', role: 'owner' },
            organization: { owners: ['anna'], members: [], ksuiteMembers: [], mailDomains: [] },
          } as never),
        "user: unknown key 'role'",
      ],
      [
        'policy',
        () => definePolicy({ pricing: { partnerDiscountCap: '30%', vatt: {} } } as never),
        "pricing: unknown key 'vatt' — did you mean 'vat'?",
      ],
    ];
    for (const [context, call, expected] of cases) {
      const e = expectInvalid(call);
      expect(e.message, context).toContain(expected);
    }
  });

  it('property: any one extra key is refused, and named', () => {
    const known = new Set([
      'currency',
      'lines',
      'partnerDiscount',
      'period',
      'vat',
      'cashRounding',
      'catalog',
      'tier',
      'channel',
      'receivedAt',
      'amount',
    ]);
    const extra = fc.string({ minLength: 1, maxLength: 80 }).filter((k) => !known.has(k));
    const calls: ((input: Record<string, unknown>) => unknown)[] = [
      (extraKeys) => quote({ ...request, ...extraKeys } as never),
      (extraKeys) => responseDeadline({ ...support, ...extraKeys } as never),
      (extraKeys) => parseMoney({ amount: '1', currency: 'CHF', ...extraKeys } as never),
    ];
    fc.assert(
      fc.property(extra, fc.integer({ min: 0, max: calls.length - 1 }), fc.jsonValue(), (key, which, value) => {
        const input = Object.defineProperty({}, key, { value, enumerable: true });
        const e = expectInvalid(() => (calls[which] as (i: Record<string, unknown>) => unknown)(input));
        expect(e.issues.some((issue) => issue.code === 'unrecognized_keys' && issue.message.includes(`'${key.slice(0, 50)}'`))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('inherited properties are not read', () => {
  it('quote, parseMoney and a nested line', () => {
    expect(expectInvalid(() => quote(Object.create(request) as never)).message).toBe(
      'Invalid quote request: must be a plain object (inherited properties are not read)',
    );
    expect(expectInvalid(() => parseMoney(Object.create({ amount: '1', currency: 'CHF' }) as never)).issues[0]?.path).toEqual([]);
    expect(expectInvalid(() => quote({ ...request, lines: [Object.create(line)] } as never)).message).toBe(
      'Invalid quote request: lines[0]: must be a plain object (inherited properties are not read)',
    );
  });

  it('reconcile: an inherited invoice, payment or envelope', () => {
    expect(expectInvalid(() => reconcile(Object.create({ invoices: [], payments: [] }) as never)).message).toContain(
      'inherited properties are not read',
    );
    expect(expectInvalid(() => reconcile({ invoices: [Object.create(invoice)], payments: [] } as never)).message).toBe(
      'Invalid reconciliation input: invoices[0]: must be a plain object (inherited properties are not read)',
    );
    expect(expectInvalid(() => reconcile({ invoices: [], payments: [Object.create(payment)] } as never)).issues[0]?.path).toEqual([
      'payments',
      0,
    ]);
  });

  it('null-prototype objects and class instances are read as before', () => {
    const bare = Object.assign(Object.create(null) as object, request);
    expect(quote(bare as never).total.toString()).toBe(quote(request).total.toString());
    expect(parseMoney(parseMoney({ amount: '1', currency: 'CHF' })).toString()).toBe('CHF 1.00');
  });
});

describe('holes in lists are errors at their index', () => {
  it('decide: a sparse list is not allowed by default', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the hostile input under test
    expectInvalid(() => decide([, denial] as Reason[]));
    expectInvalid(() => decide(new Array(2) as Reason[]));
    expect(decide([denial]).allowed).toBe(false);
  });

  it('quote lines', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the hostile input under test
    const e = expectInvalid(() => quote({ currency: 'CHF', lines: [line, , line] } as never));
    expect(e.issues).toEqual([{ path: ['lines', 1], message: 'is missing: the list has a hole here', code: 'custom' }]);
  });

  it('reconcile: customers, invoices and payments', () => {
    const customers = expectInvalid(() => reconcile({ invoices: [], payments: [], customers: new Array(3) }));
    expect(customers.issues.map((i) => i.path)).toEqual([
      ['customers', 0],
      ['customers', 1],
      ['customers', 2],
    ]);
    // biome-ignore lint/suspicious/noSparseArray: the hole is the hostile input under test
    expect(expectInvalid(() => reconcile({ invoices: [invoice, ,] as never, payments: [] })).issues[0]?.path).toEqual(['invoices', 1]);
    // biome-ignore lint/suspicious/noSparseArray: the hole is the hostile input under test
    expect(expectInvalid(() => reconcile({ invoices: [invoice], payments: [, payment] as never })).message).toBe(
      'Invalid reconciliation input: payments[0]: is missing: the list has a hole here',
    );
  });
});

describe('revoked proxies and throwing getters are INVALID_INPUT, with the cause', () => {
  it('at the top level', () => {
    for (const call of [
      () => quote(revoked() as never),
      () => responseDeadline(revoked() as never),
      () => parseMoney(revoked() as never),
      () => reconcile(revoked() as never),
      () => definePolicy(revoked() as never),
    ]) {
      const e = expectInvalid(call);
      expect(e.message).toMatch(/could not be read: .*revoked/);
      expect(e.cause).toBeInstanceOf(TypeError);
    }
    expect(isHostPolicyError(revoked())).toBe(false);
  });

  it('nested', () => {
    const e = expectInvalid(() => quote({ currency: 'CHF', lines: [line, revoked()] } as never));
    expect(e.issues[0]?.path).toEqual(['lines', 1]);
    expect(expectInvalid(() => reconcile({ invoices: [invoice], payments: [revoked()] } as never)).issues[0]?.path).toEqual([
      'payments',
      0,
    ]);
    expect(expectInvalid(() => reconcile({ invoices: [revoked()], payments: [] } as never)).issues[0]?.path).toEqual(['invoices', 0]);
  });

  it('a getter that throws: the caller’s own error is the cause', () => {
    const boom = new Error('boom');
    const top = expectInvalid(() => quote(throwing(request, 'lines', boom) as never));
    expect(top.message).toBe('Invalid quote request: lines: could not be read: boom');
    expect(top.cause).toBe(boom);
    const nested = expectInvalid(() => quote({ ...request, lines: [throwing(line, 'quantity', boom)] } as never));
    expect(nested.issues[0]?.path).toEqual(['lines', 0, 'quantity']);
    expect(nested.cause).toBe(boom);
    expect(expectInvalid(() => responseDeadline(throwing(support, 'tier', boom) as never)).cause).toBe(boom);
    expect(expectInvalid(() => reconcile({ invoices: [throwing(invoice, 'amount', boom)], payments: [] })).cause).toBe(boom);
    expect(expectInvalid(() => reconcile(throwing({ invoices: [], payments: [] }, 'payments', boom))).cause).toBe(boom);
    expect(expectInvalid(() => definePolicy(throwing({}, 'pricing', boom) as never)).cause).toBe(boom);
  });
});

describe('a policy argument that is not an object', () => {
  it('quote(validRequest, null) and the other policy-taking functions', () => {
    const calls: [string, (policy: never) => unknown][] = [
      ['quote', (p) => quote(request, p)],
      ['responseDeadline', (p) => responseDeadline(support, p)],
      ['slaStatus', (p) => slaStatus({ ...support, now: '2026-03-02T11:00:00+01:00' }, p)],
      ['checkPartnerEligibility', (p) => checkPartnerEligibility(applicant, p)],
      ['subscribe', (p) => subscribe({ tier: 'plus', startedAt: '2026-01-31T09:00:00+01:00' }, p)],
      [
        'explainReminder',
        (p) =>
          explainReminder(
            { reminder: { customer: 'c1', sentAt: '2026-04-01T00:00:00Z', invoice: 'INV-1' }, invoices: [invoice], payments: [] },
            p,
          ),
      ],
    ];
    for (const [name, call] of calls) {
      for (const policy of [null, 42, 'default', revoked()]) {
        const e = expectInvalid(() => call(policy as never));
        expect(e.message, name).toMatch(/^Invalid policy/);
      }
    }
  });

  it('every exported function with a policy parameter refuses a null policy with a HostPolicyError, never a TypeError', async () => {
    let checked = 0;
    for (const [name, fn] of Object.entries(hostpolicy)) {
      if (typeof fn !== 'function' || /^class[\s{]/.test(Function.prototype.toString.call(fn))) continue;
      const params =
        /^[^(]*\(([^)]*)\)/
          .exec(Function.prototype.toString.call(fn))?.[1]
          ?.split(',')
          .map((p) => p.trim().split(/[\s=]/)[0]) ?? [];
      const at = params.indexOf('policy');
      if (at < 0) continue;
      checked += 1;
      const args: unknown[] = new Array(at).fill(undefined);
      args[at] = null;
      try {
        await (fn as (...a: unknown[]) => unknown)(...args);
      } catch (e) {
        expect(isHostPolicyError(e), `${name}: ${(e as Error).message}`).toBe(true);
        continue;
      }
      expect.fail(`${name}(…, null) was accepted`);
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('definePolicy refuses null overrides', () => {
    expect(expectInvalid(() => definePolicy(null as never))).toBeInstanceOf(InvalidInputError);
  });
});
