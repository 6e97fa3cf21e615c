import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  canRelaunchTransfer,
  definePolicy,
  defaultPolicy,
  payTransferFee,
  relaunchTransfer,
  transferFeeDue,
  HostPolicyError,
  InvalidInputError,
  type DomainTransfer,
  type DomainTransferInput,
} from '../../src/index.js';
import { expectInvalid, expectPolicyError } from '../helpers/expectError.js';
import { chf, eur } from './fixtures.js';

const failed: DomainTransferInput = { id: 'T-1', domain: 'example.ch', currency: 'CHF', attempts: [{ id: 'A-1', outcome: 'failed' }] };
const paidFailed: DomainTransferInput = { ...failed, feePayments: [{ id: 'P-1', amount: chf('15.00') }] };

describe('BIL-12 relaunching a failed domain transfer without paying the fee again', () => {
  it('BIL-12 the fee is policy data (illustrative default) and is due until it is paid', () => {
    expect(defaultPolicy.billing.domainTransfer.illustrative).toBe(true);
    const due = transferFeeDue(failed);
    expect([due.fee.toString(), due.paid.toString(), due.due.toString()]).toEqual(['CHF 15.00', 'CHF 0.00', 'CHF 15.00']);
    const policy = definePolicy({ billing: { domainTransfer: { fees: { CHF: '9.50' } } } });
    expect(transferFeeDue(failed, policy).due.toString()).toBe('CHF 9.50');
  });

  it(
    'BIL-12 "einen Link, mit dem Sie die Übertragungsanfrage erneut starten können, ohne die Übertragungsgebühren erneut zu zahlen": ' +
      'once the fee is paid, a relaunch from the failure link costs nothing',
    () => {
      const { transfer, due, alreadyRelaunched } = relaunchTransfer(paidFailed, { attempt: 'A-2' });
      expect(due.toString()).toBe('CHF 0.00');
      expect(alreadyRelaunched).toBe(false);
      expect(transfer.attempts).toEqual([
        { id: 'A-1', outcome: 'failed' },
        { id: 'A-2', outcome: 'pending' },
      ]);
      expect(transfer.feePayments.map((p) => p.amount.toString())).toEqual(['CHF 15.00']);
    },
  );

  it('BIL-12 a relaunch of a transfer whose fee is not yet paid owes the fee once; a part paid is deducted', () => {
    expect(relaunchTransfer(failed, { attempt: 'A-2' }).due.toString()).toBe('CHF 15.00');
    const part = { ...failed, feePayments: [{ id: 'P-1', amount: chf('10.00') }] };
    expect(relaunchTransfer(part, { attempt: 'A-2' }).due.toString()).toBe('CHF 5.00');
  });

  it('BIL-12 the same link clicked twice relaunches once (idempotent by attempt id)', () => {
    const once = relaunchTransfer(paidFailed, { attempt: 'A-2' }).transfer;
    const twice = relaunchTransfer(once, { attempt: 'A-2' });
    expect(twice.alreadyRelaunched).toBe(true);
    expect(twice.transfer.attempts).toHaveLength(2);
    expect(twice.due.isZero()).toBe(true);
  });

  it('BIL-12 only a transfer whose last attempt failed can be relaunched', () => {
    expect(canRelaunchTransfer(failed)).toEqual({ allowed: true });
    const cases = [
      [[], 'TRANSFER_NOT_STARTED'],
      [[{ id: 'A-1', outcome: 'pending' }], 'TRANSFER_IN_PROGRESS'],
      [
        [
          { id: 'A-1', outcome: 'failed' },
          { id: 'A-2', outcome: 'succeeded' },
        ],
        'TRANSFER_SUCCEEDED',
      ],
    ] as const;
    for (const [attempts, code] of cases) {
      const transfer = { ...failed, attempts };
      expect(canRelaunchTransfer(transfer)).toMatchObject({ allowed: false, reasons: [{ code, rule: 'BIL-12' }] });
      expectPolicyError(() => relaunchTransfer(transfer, { attempt: 'A-9' }), code, 'BIL-12');
    }
  });

  it('BIL-12 the fee is charged once: a payment after it is paid, or above what is due, is refused', () => {
    const started = { ...failed, attempts: [{ id: 'A-1', outcome: 'pending' as const }] };
    const { transfer } = payTransferFee(started, { id: 'P-1', amount: chf('15.00') });
    expect(transferFeeDue(transfer).due.isZero()).toBe(true);
    expectPolicyError(() => payTransferFee(transfer, { id: 'P-2', amount: chf('15.00') }), 'TRANSFER_FEE_ALREADY_PAID', 'BIL-12');
    const e = expectPolicyError(() => payTransferFee(started, { id: 'P-1', amount: chf('20.00') }), 'TRANSFER_FEE_ABOVE_DUE', 'BIL-12');
    expect(String(e.details?.['due'])).toBe('CHF 15.00');
  });

  it('BIL-12 a fee payment recorded again changes nothing; the same id with another amount is refused', () => {
    const { transfer } = payTransferFee(failed, { id: 'P-1', amount: chf('15.00') });
    const again = payTransferFee(transfer, { id: 'P-1', amount: { amount: '15', currency: 'CHF' } });
    expect(again.alreadyRecorded).toBe(true);
    expect(again.transfer.feePayments).toHaveLength(1);
    expectPolicyError(() => payTransferFee(transfer, { id: 'P-1', amount: chf('14.00') }), 'DUPLICATE_PAYMENT', 'BIL-12');
  });

  it('BIL-12 currencies are never mixed: a fee payment in another currency is refused; a currency without a fee cannot be priced', () => {
    expectPolicyError(() => payTransferFee(failed, { id: 'P-1', amount: eur('15.00') }), 'CURRENCY_MISMATCH', 'BIL-12');
    expectPolicyError(
      () => transferFeeDue({ ...failed, feePayments: [{ id: 'P-1', amount: eur('15.00') }] }),
      'CURRENCY_MISMATCH',
      'BIL-12',
    );
    expectPolicyError(() => transferFeeDue({ ...failed, currency: 'USD' }), 'TRANSFER_FEE_UNKNOWN', 'BIL-12');
  });

  it('BIL-12 a transfer round-trips through JSON, and ids such as __proto__ work', () => {
    const odd: DomainTransferInput = {
      id: '__proto__',
      domain: 'example.ch',
      currency: 'CHF',
      attempts: [{ id: '__proto__', outcome: 'failed' }],
    };
    const { transfer } = payTransferFee(odd, { id: '__proto__', amount: chf('15.00') });
    const wire = JSON.parse(JSON.stringify(transfer)) as DomainTransferInput;
    const next = relaunchTransfer(wire, { attempt: 'constructor' });
    expect(next.due.isZero()).toBe(true);
    expect(next.transfer.id).toBe('__proto__');
    expect(next.transfer.attempts.map((a) => a.id)).toEqual(['__proto__', 'constructor']);
    expect(relaunchTransfer(next.transfer, { attempt: '__proto__' }).alreadyRelaunched).toBe(true);
  });
});

describe('BIL-12 bad input', () => {
  it('BIL-12 unknown keys are refused with the key meant', () => {
    const e = expectInvalid(() => transferFeeDue({ ...failed, feePayment: [] } as never));
    expect(e.message).toContain("did you mean 'feePayments'");
    expectInvalid(() => relaunchTransfer(failed, { attempt: 'A-2', fee: 0 } as never));
    expectInvalid(() => payTransferFee(failed, { id: 'P', amount: chf('1.00'), note: 'x' } as never));
  });

  it('BIL-12 duplicate attempt or payment ids, unknown outcomes, zero fees and huge strings are input errors', () => {
    expectInvalid(() =>
      transferFeeDue({
        ...failed,
        attempts: [
          { id: 'A', outcome: 'failed' },
          { id: 'A', outcome: 'failed' },
        ],
      }),
    );
    expectInvalid(() =>
      transferFeeDue({
        ...failed,
        feePayments: [
          { id: 'P', amount: chf('1.00') },
          { id: 'P', amount: chf('1.00') },
        ],
      }),
    );
    expectInvalid(() => transferFeeDue({ ...failed, attempts: [{ id: 'A', outcome: 'lost' as never }] }));
    expectInvalid(() => payTransferFee(failed, { id: 'P', amount: chf('0.00') }));
    expectInvalid(() => transferFeeDue({ ...failed, id: 'x'.repeat(1_000_000) }));
    expectInvalid(() => transferFeeDue({ ...failed, domain: 'd'.repeat(1_000_000) }));
    expectInvalid(() => relaunchTransfer(failed, { attempt: 'x'.repeat(1_000_000) }));
    expectInvalid(() =>
      transferFeeDue({ ...failed, attempts: Array.from({ length: 1001 }, (_, i) => ({ id: `A${i}`, outcome: 'failed' as const })) }),
    );
  });

  it('BIL-12 inherited properties, null and a bad policy are input errors, never TypeErrors', () => {
    expectInvalid(() => transferFeeDue(Object.create(failed) as DomainTransferInput));
    expectInvalid(() => transferFeeDue(null as never));
    expectInvalid(() => relaunchTransfer(failed, null as never));
    expect(() => definePolicy({ billing: { domainTransfer: { fees: { CHF: '-1' } } } })).toThrow(InvalidInputError);
  });
});

type Op = { kind: 'fail' } | { kind: 'succeed' } | { kind: 'relaunch'; attempt: number } | { kind: 'pay'; payment: number; cents: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ kind: 'fail' }),
  fc.constant<Op>({ kind: 'succeed' }),
  fc.record({ kind: fc.constant('relaunch' as const), attempt: fc.nat(12) }),
  fc.record({
    kind: fc.constant('pay' as const),
    payment: fc.nat(6),
    cents: fc.oneof(fc.constantFrom(1500, 1000, 500), fc.integer({ min: 1, max: 2000 })),
  }),
);

/** Applies one operation the way a caller would; refused operations leave the transfer as it was. */
function apply(t: DomainTransfer, op: Op): { transfer: DomainTransfer; dueAtRelaunch?: string } {
  const last = t.attempts[t.attempts.length - 1];
  try {
    if (op.kind === 'fail' || op.kind === 'succeed') {
      if (last?.outcome !== 'pending') return { transfer: t };
      const attempts = [
        ...t.attempts.slice(0, -1),
        { id: last.id, outcome: op.kind === 'fail' ? ('failed' as const) : ('succeeded' as const) },
      ];
      return { transfer: { ...t, attempts } };
    }
    if (op.kind === 'relaunch') {
      const r = relaunchTransfer(t, { attempt: `A-${op.attempt}` });
      return { transfer: r.transfer, dueAtRelaunch: r.due.toDecimalString() };
    }
    return {
      transfer: payTransferFee(t, { id: `P-${op.payment}`, amount: { amount: (op.cents / 100).toFixed(2), currency: 'CHF' } }).transfer,
    };
  } catch (e) {
    if (e instanceof InvalidInputError || !(e instanceof HostPolicyError)) throw e;
    return { transfer: t };
  }
}

describe('BIL-12 properties', () => {
  it(
    'BIL-12 property: whatever the number of relaunches and payments, at most the fee is ever paid, and once paid every relaunch is ' +
      'free',
    () => {
      let relaunchedAfterPaying = 0;
      fc.assert(
        fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
          let t = transferFeeDueStart();
          let paidOnce = false;
          for (const op of ops) {
            const { transfer, dueAtRelaunch } = apply(t, op);
            t = transfer;
            const { paid, fee, due } = transferFeeDue(t);
            expect(paid.compare(fee)).toBeLessThanOrEqual(0);
            expect(due.plus(paid).equals(fee)).toBe(true);
            if (dueAtRelaunch !== undefined && paidOnce) expect(dueAtRelaunch).toBe('0.00');
            paidOnce = paid.equals(fee);
            if (paidOnce && dueAtRelaunch !== undefined) relaunchedAfterPaying += 1;
          }
        }),
        { numRuns: 300 },
      );
      expect(relaunchedAfterPaying).toBeGreaterThan(0); // the generator reaches the interesting case
    },
  );

  it('BIL-12 property: relaunching N times after the fee was paid charges nothing, for any N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (n) => {
        let t = payTransferFee({ ...failed, attempts: [{ id: 'A-0', outcome: 'pending' }] }, { id: 'P', amount: chf('15.00') }).transfer;
        let charged = transferFeeDue(t).paid;
        for (let i = 1; i <= n; i += 1) {
          t = { ...t, attempts: [...t.attempts.slice(0, -1), { id: t.attempts[t.attempts.length - 1]?.id ?? '', outcome: 'failed' }] };
          const r = relaunchTransfer(t, { attempt: `A-${i}` });
          charged = charged.plus(r.due);
          t = r.transfer;
        }
        expect(t.attempts).toHaveLength(n + 1);
        expect(charged.toString()).toBe('CHF 15.00');
      }),
      { numRuns: 50 },
    );
  });
});

function transferFeeDueStart(): DomainTransfer {
  return relaunchTransfer(failed, { attempt: 'A-start' }).transfer;
}
