import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addPaymentMeans,
  canPayWithProfile,
  creditCancelledOrder,
  definePolicy,
  emptyPrepaidLedger,
  Money,
  paymentProfile,
  payWithProfile,
  removePaymentMeans,
  requestPayout,
  setDefaultPaymentMeans,
  HostPolicyError,
  InvalidInputError,
  type PaymentProfileInput,
  type PrepaidLedger,
} from '../../src/index.js';
import { expectInvalid, expectPolicyError } from '../helpers/expectError.js';
import { chf, eur, invoice, REF_A, REF_B } from './fixtures.js';

const profile: PaymentProfileInput = {
  organization: 'acme',
  means: [
    { id: 'pp', kind: 'prepaid' },
    { id: 'visa', kind: 'card', label: 'Visa •••• 4242' },
  ],
  defaultMeans: 'pp',
};
const open = invoice('I-1', 'acme', REF_A, chf('80.00'));

describe('BIL-13 payment profiles: means and a default', () => {
  it(
    'BIL-13 "Das auf dem Vorkassekonto verfügbare Geld kann beispielsweise als Standardzahlungsprofil dienen, aber andere ' +
      'Zahlungsmittel können registriert werden": an organization registers payment means of the kinds the policy offers, and picks a ' +
      'default',
    () => {
      let p = paymentProfile({ organization: 'acme' });
      expect(p).toEqual({ organization: 'acme', means: [], defaultMeans: null });
      p = addPaymentMeans(p, { id: 'visa', kind: 'card' });
      p = addPaymentMeans(p, { id: 'bill', kind: 'ebill' });
      p = addPaymentMeans(p, { id: 'pp', kind: 'prepaid' });
      expect(p.defaultMeans).toBeNull(); // adding never picks the default silently
      p = setDefaultPaymentMeans(p, 'pp'); // the prepaid account can be the default
      expect(p.defaultMeans).toBe('pp');
      expect(p.means.map((m) => `${m.id}:${m.kind}`)).toEqual(['visa:card', 'bill:ebill', 'pp:prepaid']);
    },
  );

  it('BIL-13 the kinds offered are policy data', () => {
    expectPolicyError(() => addPaymentMeans(profile, { id: 'tw', kind: 'twint' }), 'PAYMENT_MEANS_NOT_OFFERED', 'BIL-13');
    const policy = definePolicy({ billing: { paymentMeans: ['card', 'twint', 'prepaid'] } });
    expect(addPaymentMeans(profile, { id: 'tw', kind: 'twint' }, policy).means.map((m) => m.id)).toEqual(['pp', 'visa', 'tw']);
    expectPolicyError(
      () => addPaymentMeans({ organization: 'acme' }, { id: 'pal', kind: 'paypal' }, policy),
      'PAYMENT_MEANS_NOT_OFFERED',
      'BIL-13',
    );
  });

  it('BIL-13 adding a means again changes nothing; another means under a taken id, or a second prepaid account, is refused', () => {
    const p = paymentProfile(profile);
    expect(addPaymentMeans(p, { id: 'visa', kind: 'card', label: 'Visa •••• 4242' })).toEqual(p);
    expectPolicyError(() => addPaymentMeans(p, { id: 'visa', kind: 'paypal' }), 'PAYMENT_MEANS_EXISTS', 'BIL-13');
    expectPolicyError(() => addPaymentMeans(p, { id: 'pp2', kind: 'prepaid' }), 'PREPAID_MEANS_EXISTS', 'BIL-13');
  });

  it('BIL-13 removing the default must say what the new default is', () => {
    const e = expectPolicyError(() => removePaymentMeans(profile, { id: 'pp' }), 'DEFAULT_PAYMENT_MEANS_REMOVED', 'BIL-13');
    expect(e.details?.['remaining']).toEqual(['visa']);
    expect(removePaymentMeans(profile, { id: 'pp', newDefault: 'visa' })).toMatchObject({ defaultMeans: 'visa', means: [{ id: 'visa' }] });
    expect(removePaymentMeans(profile, { id: 'pp', newDefault: null }).defaultMeans).toBeNull();
    expectPolicyError(() => removePaymentMeans(profile, { id: 'pp', newDefault: 'pp' }), 'UNKNOWN_PAYMENT_MEANS', 'BIL-13');
    // removing another means keeps the default
    expect(removePaymentMeans(profile, { id: 'visa' })).toEqual({
      organization: 'acme',
      means: [{ id: 'pp', kind: 'prepaid' }],
      defaultMeans: 'pp',
    });
    expectPolicyError(() => removePaymentMeans(profile, { id: 'amex' }), 'UNKNOWN_PAYMENT_MEANS', 'BIL-13');
    expectPolicyError(() => setDefaultPaymentMeans(profile, 'amex'), 'UNKNOWN_PAYMENT_MEANS', 'BIL-13');
  });

  it('BIL-13 ids such as __proto__ and constructor are ordinary ids', () => {
    let p = paymentProfile({ organization: '__proto__' });
    p = addPaymentMeans(p, { id: '__proto__', kind: 'prepaid' });
    p = addPaymentMeans(p, { id: 'constructor', kind: 'card' });
    p = setDefaultPaymentMeans(p, '__proto__');
    expect(paymentProfile(JSON.parse(JSON.stringify(p)) as PaymentProfileInput)).toEqual(p);
    const ledger = creditCancelledOrder(emptyPrepaidLedger(), { customer: '__proto__', amount: chf('80.00') });
    const paid = payWithProfile(p, ledger, invoice('I-9', '__proto__', REF_A, chf('80.00')));
    expect(paid.via).toBe('prepaid');
    expect(paid.ledger.balance('__proto__', 'CHF').isZero()).toBe(true);
    expect(removePaymentMeans(p, { id: '__proto__', newDefault: 'constructor' }).defaultMeans).toBe('constructor');
  });
});

describe('BIL-13 paying an invoice with the profile', () => {
  it('BIL-13 the default prepaid account pays when it covers the amount (reusing the BIL-05 ledger)', () => {
    const paid = payWithProfile(profile, { balances: { acme: { CHF: '100.00' } } }, open);
    expect(paid.via).toBe('prepaid');
    if (paid.via !== 'prepaid') return;
    expect(paid.ledger.balance('acme', 'CHF').toString()).toBe('CHF 20.00');
    expect(paid.invoice).toMatchObject({ settled: true, settledBy: 'prepaid' });
    expect(paid.alreadyPaid).toBe(false);
    // retried with the same invoice: nothing is debited twice
    const again = payWithProfile(profile, paid.ledger, open);
    expect(again).toMatchObject({ via: 'prepaid', alreadyPaid: true });
    expect(again.ledger.balance('acme', 'CHF').toString()).toBe('CHF 20.00');
    // … and no other means can be charged for it either
    expectPolicyError(() => payWithProfile(profile, paid.ledger, open, { means: 'visa' }), 'INVOICE_ALREADY_SETTLED', 'BIL-05');
  });

  it('BIL-13 an amount the prepaid account cannot cover is refused whole, with the shortfall as Money', () => {
    const ledger = { balances: { acme: { CHF: '50.00', EUR: '500.00' } } };
    const decision = canPayWithProfile(profile, ledger, open);
    expect(decision).toMatchObject({ allowed: false, reasons: [{ code: 'INSUFFICIENT_PREPAID_BALANCE', rule: 'BIL-13' }] });
    if (decision.allowed) return;
    expect(decision.shortfall).toBeInstanceOf(Money);
    expect(decision.shortfall?.toString()).toBe('CHF 30.00'); // the EUR balance does not count
    const e = expectPolicyError(() => payWithProfile(profile, ledger, open), 'INSUFFICIENT_PREPAID_BALANCE', 'BIL-13');
    const shortfall = e.details?.['shortfall'];
    expect(shortfall).toBeInstanceOf(Money);
    expect((shortfall as Money).toJSON()).toEqual({ amount: '30.00', currency: 'CHF' });
  });

  it('BIL-13 another means (chosen, or the default) is charged by the caller; the ledger is untouched', () => {
    const ledger = { balances: { acme: { CHF: '10.00' } } };
    const viaCard = payWithProfile(profile, ledger, open, { means: 'visa' });
    expect(viaCard).toMatchObject({ via: 'means', means: { id: 'visa', kind: 'card' } });
    if (viaCard.via !== 'means') return;
    expect(viaCard.amount.toString()).toBe('CHF 80.00');
    expect(viaCard.ledger.balance('acme', 'CHF').toString()).toBe('CHF 10.00');
    expect(viaCard.invoice.settled).toBe(false);
    expect(canPayWithProfile({ ...profile, defaultMeans: 'visa' }, ledger, open)).toEqual({
      allowed: true,
      means: { id: 'visa', kind: 'card', label: 'Visa •••• 4242' },
    });
  });

  it('BIL-13 lists every failed condition: no default, another organization, a settled invoice', () => {
    const decision = canPayWithProfile(
      { ...profile, defaultMeans: null },
      emptyPrepaidLedger(),
      invoice('I-2', 'globex', REF_B, eur('5.00'), { settled: true, settledBy: 'camt-1' }),
    );
    expect(decision.allowed).toBe(false);
    if (!decision.allowed)
      expect(decision.reasons.map((r) => r.code)).toEqual([
        'PAYMENT_PROFILE_MISMATCH',
        'NO_DEFAULT_PAYMENT_MEANS',
        'INVOICE_ALREADY_SETTLED',
      ]);
    expectPolicyError(() => payWithProfile(profile, emptyPrepaidLedger(), open, { means: 'amex' }), 'UNKNOWN_PAYMENT_MEANS', 'BIL-13');
  });
});

describe('BIL-13 bad input', () => {
  it('BIL-13 unknown keys are refused, naming the key meant', () => {
    const e = expectInvalid(() => paymentProfile({ ...profile, default: 'pp' } as never));
    expect(e.message).toContain('unknown key');
    expectInvalid(() => addPaymentMeans(profile, { id: 'x', kind: 'card', iban: 'CH93' } as never));
    expectInvalid(() => removePaymentMeans(profile, { id: 'pp', newDefaut: 'visa' } as never));
    expect(expectInvalid(() => payWithProfile(profile, emptyPrepaidLedger(), open, { mean: 'visa' } as never)).message).toContain(
      "did you mean 'means'",
    );
  });

  it('BIL-13 inconsistent profiles are input errors: duplicate ids, two prepaid accounts, a default that is not a means', () => {
    expectInvalid(() =>
      paymentProfile({
        organization: 'acme',
        means: [
          { id: 'a', kind: 'card' },
          { id: 'a', kind: 'paypal' },
        ],
      }),
    );
    expectInvalid(() =>
      paymentProfile({
        organization: 'acme',
        means: [
          { id: 'a', kind: 'prepaid' },
          { id: 'b', kind: 'prepaid' },
        ],
      }),
    );
    expectInvalid(() => paymentProfile({ organization: 'acme', means: [{ id: 'a', kind: 'card' }], defaultMeans: 'b' }));
  });

  it('BIL-13 huge strings, long lists, inherited properties and null are input errors, never TypeErrors', () => {
    expectInvalid(() => paymentProfile({ organization: 'o'.repeat(1_000_000) }));
    expectInvalid(() => addPaymentMeans(profile, { id: 'x'.repeat(1_000_000), kind: 'card' }));
    expectInvalid(() => addPaymentMeans(profile, { id: 'x', kind: 'card', label: 'l'.repeat(1_000_000) }));
    expectInvalid(() => setDefaultPaymentMeans(profile, 'x'.repeat(1_000_000)));
    expectInvalid(() =>
      paymentProfile({ organization: 'acme', means: Array.from({ length: 101 }, (_, i) => ({ id: `m${i}`, kind: 'card' })) }),
    );
    expectInvalid(() => paymentProfile(Object.create(profile) as PaymentProfileInput));
    expectInvalid(() => paymentProfile(null as never));
    expectInvalid(() => payWithProfile(profile, { balances: { acme: { CHF: '-1.00' } } }, open));
    expect(() => definePolicy({ billing: { paymentMeans: ['card', 'card'] } })).toThrow(InvalidInputError);
  });
});

type Op =
  | { kind: 'credit'; customer: string; cents: number; currency: string }
  | { kind: 'pay'; customer: string; cents: number; currency: string; invoice: number; means: string | undefined }
  | { kind: 'payout'; customer: string; cents: number; currency: string };

const customer = fc.constantFrom('acme', '__proto__');
const currency = fc.constantFrom('CHF', 'EUR');
const cents = fc.integer({ min: 1, max: 20_000 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('credit' as const), customer, cents, currency }),
  fc.record({
    kind: fc.constant('pay' as const),
    customer,
    cents,
    currency,
    invoice: fc.nat(8),
    means: fc.option(fc.constantFrom('pp', 'visa'), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('payout' as const), customer, cents, currency }),
);
const amountOf = (c: number, cur: string) => ({ amount: (c / 100).toFixed(2), currency: cur });
const profileOf = (organization: string): PaymentProfileInput => ({ ...profile, organization });

describe('BIL-13 properties', () => {
  it(
    'BIL-13 property: no sequence of credits, ' + 'payments and payouts makes a balance negative; a refusal carries the exact shortfall',
    () => {
      let refusals = 0;
      fc.assert(
        fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
          let ledger: PrepaidLedger = emptyPrepaidLedger();
          for (const op of ops) {
            const before = ledger.balance(op.customer, op.currency);
            if (op.kind === 'credit')
              ledger = creditCancelledOrder(ledger, { customer: op.customer, amount: amountOf(op.cents, op.currency) });
            else if (op.kind === 'payout') {
              try {
                ledger = requestPayout(ledger, { customer: op.customer, amount: amountOf(op.cents, op.currency), method: 'paypal' }).ledger;
              } catch (e) {
                if (!(e instanceof HostPolicyError) || e instanceof InvalidInputError) throw e;
              }
            } else {
              const inv = invoice(`I-${op.invoice}-${op.cents}`, op.customer, REF_A, amountOf(op.cents, op.currency));
              try {
                const r = payWithProfile(profileOf(op.customer), ledger, inv, op.means === undefined ? {} : { means: op.means });
                if (r.via === 'prepaid' && !r.alreadyPaid)
                  expect(before.minus(r.ledger.balance(op.customer, op.currency)).toJSON()).toEqual(amountOf(op.cents, op.currency));
                ledger = r.ledger;
              } catch (e) {
                if (!(e instanceof HostPolicyError) || e.code !== 'INSUFFICIENT_PREPAID_BALANCE') throw e;
                refusals += 1;
                expect((e.details!['shortfall'] as Money).plus(before).toJSON()).toEqual(amountOf(op.cents, op.currency));
                expect(ledger.balance(op.customer, op.currency).equals(before)).toBe(true);
              }
            }
            for (const account of ledger.accounts()) expect(account.balance.isNegative()).toBe(false);
          }
        }),
        { numRuns: 300 },
      );
      expect(refusals).toBeGreaterThan(0); // the generator reaches the refusals
    },
  );

  it('BIL-13 property: the decision and the payment agree, and the shortfall is never negative', () => {
    fc.assert(
      fc.property(cents, cents, currency, fc.constantFrom('pp', 'visa'), (balance, amount, cur, means) => {
        const ledger = { balances: { acme: { [cur]: (balance / 100).toFixed(2) } } };
        const inv = invoice('I-1', 'acme', REF_A, amountOf(amount, cur));
        const decision = canPayWithProfile(profile, ledger, inv, { means });
        let paid = true;
        try {
          payWithProfile(profile, ledger, inv, { means });
        } catch {
          paid = false;
        }
        expect(decision.allowed).toBe(paid);
        expect(paid).toBe(means === 'visa' || balance >= amount);
        if (!decision.allowed) expect(decision.shortfall?.isPositive()).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
