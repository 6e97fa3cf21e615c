/**
 * One copy, any build (DESIGN.md principle 13): values made by one copy of the library are
 * accepted by another. The library is bundled twice, as the ESM and the CommonJS build a process
 * may load side by side (each with its own decimal.js and zod build: the ESM copy imports their
 * ESM files, the CommonJS copy requires their CommonJS files), and each copy's functions are
 * given the other's Money, Rate, Schedule, PrepaidLedger and Quote.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Library = typeof import('../../src/index.js');

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Bare imports (decimal.js, zod, date-fns, …) stay outside the bundle, resolved from the project
 * for the bundle's format: the `import` condition for the ESM copy, `require` for the CommonJS one.
 */
const dependenciesFromProject = (format: 'esm' | 'cjs'): Plugin => ({
  name: 'dependencies-from-project',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if ((args.pluginData as { again?: boolean } | undefined)?.again === true) return undefined;
      const kind = format === 'esm' ? 'import-statement' : 'require-call';
      const found = await b.resolve(args.path, { kind, resolveDir: root, pluginData: { again: true } });
      if (found.errors.length > 0) return { errors: found.errors };
      return { path: found.path, external: true };
    });
  },
});

async function bundle(format: 'esm' | 'cjs'): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    format,
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [dependenciesFromProject(format)],
  });
  return (result.outputFiles[0] as { text: string }).text;
}

let dir = '';
let esm: Library;
let cjs: Library;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hostpolicy-two-copies-'));
  const [esmText, cjsText] = await Promise.all([bundle('esm'), bundle('cjs')]);
  writeFileSync(join(dir, 'copy.mjs'), esmText);
  writeFileSync(join(dir, 'copy.cjs'), cjsText);
  esm = (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'copy.mjs')).href)) as Library;
  cjs = createRequire(join(dir, 'index.cjs'))(join(dir, 'copy.cjs')) as Library;
}, 120_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const PHONE = {
  timeZone: 'Europe/Zurich',
  hours: {
    mon: [['06:00', '19:00']],
    tue: [['06:00', '19:00']],
    wed: [['06:00', '19:00']],
    thu: [['06:00', '19:00']],
    fri: [['06:00', '19:00']],
  },
  closures: ['2026-12-25'],
} as const;

/** Each test runs both ways: the ESM copy given the CommonJS copy's values, and the reverse. */
const directions = [
  ['ESM', 'CommonJS', () => [esm, cjs]],
  ['CommonJS', 'ESM', () => [cjs, esm]],
] as const satisfies readonly (readonly [string, string, () => readonly [Library, Library]])[];

/** Tries `run` and gives back what it threw. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  return expect.fail('expected an error, but nothing was thrown');
}

/**
 * A copy of a value whose brand says another format, as a newer or older hostpolicy would make it:
 * an instance of a class of its own (a prototype with its own constructor), with the same fields.
 */
function fromFormat999<T extends object>(value: T, name: string): T {
  const otherClass = Object.create(Object.getPrototypeOf(value) as object, { constructor: { value: function Other() {} } }) as object;
  return Object.create(otherClass, { ...Object.getOwnPropertyDescriptors(value), [Symbol.for(`hostpolicy.${name}`)]: { value: 999 } }) as T;
}

describe('the two copies are really two', () => {
  it('instanceof fails across them, which is why values carry a Symbol.for brand', () => {
    expect(esm.money(1, 'CHF')).not.toBeInstanceOf(cjs.Money);
    expect(cjs.rate('20%')).not.toBeInstanceOf(esm.Rate);
    expect(esm.Money).not.toBe(cjs.Money);
  });
});

describe.each(directions)('the %s copy reads values made by the %s copy', (_self, _other, copies) => {
  it('recognises them with its guards', () => {
    const [self, other] = copies();
    expect(self.isMoney(other.money('12.34', 'CHF'))).toBe(true);
    expect(self.isRate(other.rate('20%'))).toBe(true);
    expect(self.isSchedule(other.weeklySchedule(PHONE))).toBe(true);
    expect(self.isPrepaidLedger(other.emptyPrepaidLedger())).toBe(true);
    expect(self.isQuote(other.quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 1 }] }))).toBe(true);
    expect(self.isHostPolicyError(thrown(() => other.money(1, 'CHF').plus(other.money(1, 'EUR'))))).toBe(true);
  });

  it('MON-02 Money: arithmetic, comparison and formatting with the other copy’s amounts', () => {
    const [self, other] = copies();
    const sum = self.money('10.00', 'CHF').plus(other.money('2.345', 'CHF'));
    expect(sum).toBeInstanceOf(self.Money);
    expect(sum.toString()).toBe('CHF 12.345');
    expect(self.money('10', 'CHF').minus(other.money('0.05', 'CHF')).toString()).toBe('CHF 9.95');
    expect(self.money('10', 'CHF').equals(other.money('10.00', 'CHF'))).toBe(true);
    expect(self.money('10', 'CHF').compare(other.money('10.01', 'CHF'))).toBe(-1);
    expect(self.parseMoney(other.money('5', 'EUR'))).toBeInstanceOf(self.Money);
    expect(self.formatMoney(other.money('1208.32', 'CHF'), 'en')).toBe(other.formatMoney(other.money('1208.32', 'CHF'), 'en'));
    expect(self.toMinorUnits(other.money('12.34', 'CHF'))).toBe(1234);
    const mismatch = thrown(() => self.money(1, 'CHF').plus(other.money(1, 'EUR')));
    expect(self.isHostPolicyError(mismatch) && mismatch.code).toBe('CURRENCY_MISMATCH');
  });

  it('PRC-03 Rate: a partner discount from the other copy gives the same quote', () => {
    const [self, other] = copies();
    const lines = [{ product: 'web-hosting', quantity: 35 }];
    const withOther = self.quote({ currency: 'CHF', lines, partnerDiscount: other.rate('20%') as unknown as string });
    const withText = self.quote({ currency: 'CHF', lines, partnerDiscount: '20%' });
    expect(withOther.toJSON()).toEqual(withText.toJSON());
    expect(withOther.total.toString()).toBe('CHF 208.32');
    expect(self.money('100', 'CHF').times(other.rate('8.1%')).toString()).toBe('CHF 8.10');
    expect(self.rate(other.rate('20%').followedBy(other.rate('25%'))).toString()).toBe('40%');
    expect(self.formatRate(other.rate('8.1%'), 'en')).toBe('8.1%');
    // Above the cap is refused as it is for the copy's own rates (PRC-04).
    const above = thrown(() => self.quote({ currency: 'CHF', lines, partnerDiscount: other.rate('40%') as unknown as string }));
    expect(self.isHostPolicyError(above) && above.rule).toBe('PRC-04');
  });

  it('SUP-03 Schedule: business time over the other copy’s schedule is the same', () => {
    const [self, other] = copies();
    const theirs = other.weeklySchedule(PHONE);
    const start = '2026-12-24T17:00:00Z'; // Thursday 18:00 CET; Friday is closed
    expect(self.addBusinessTime(start, { hours: 4 }, theirs).toISOString()).toBe(
      other.addBusinessTime(start, { hours: 4 }, theirs).toISOString(),
    );
    expect(self.addBusinessTime(start, { hours: 4 }, theirs).toISOString()).toBe('2026-12-28T08:00:00.000Z');
    expect(self.businessTimeBetween(start, '2026-12-28T06:00:00Z', theirs)).toBe(7_200_000);
    expect(self.isOpen('2026-12-25T10:00:00Z', theirs)).toBe(false);
    expect(self.nextOpening('2026-12-25T10:00:00Z', theirs).toISOString()).toBe('2026-12-28T05:00:00.000Z');
    // A schedule where a definition is also accepted becomes one of this copy.
    expect(self.defineSlaPolicy({ schedules: { phone: theirs } }).schedules.phone.weeklyOpenHours).toBe(65);
  });

  it('BIL-05 PrepaidLedger: the ledger functions and reconcile take the other copy’s ledger', () => {
    const [self, other] = copies();
    const theirs = other.prepaidLedger({ balances: { c1: { CHF: '100.00' } }, creditedPayments: ['P0'] });
    const invoice = {
      id: 'I-A',
      customer: 'c1',
      reference: self.qrReference('1001'),
      amount: { amount: '80.00', currency: 'CHF' },
      issuedAt: '2026-03-01T00:00:00Z',
      dueAt: '2026-03-31T00:00:00Z',
    };
    expect(self.canPayFromPrepaid(theirs, invoice)).toEqual({ allowed: true });
    const paid = self.payInvoiceFromPrepaid(theirs, invoice);
    expect(paid.ledger).toBeInstanceOf(self.PrepaidLedger);
    expect(paid.ledger.balance('c1', 'CHF').toString()).toBe('CHF 20.00');
    expect(paid.ledger.hasCredited('P0')).toBe(true);
    const payments = [{ id: 'P1', customer: 'c1', amount: other.money('12.50', 'CHF'), bookedAt: '2026-03-20T10:00:00Z' }];
    const mine = self.reconcile({ invoices: [invoice], payments, prepaid: theirs });
    const reference = other.reconcile({ invoices: [invoice], payments, prepaid: theirs });
    expect(JSON.stringify(mine)).toBe(JSON.stringify(reference));
    expect(mine.prepaid.balance('c1', 'CHF').toString()).toBe('CHF 112.50');
  });

  it('SUP-03 SlaPolicy: the other copy’s SLA policy gives the same clock', () => {
    const [self, other] = copies();
    const theirs = other.defineSlaPolicy({
      targets: { pro: { normal: { nextResponse: 4, resolution: 24 } } },
      atRisk: '20%',
      reopen: 'restart',
    });
    const events = [
      { type: 'received', at: '2026-03-09T08:00:00Z', channel: 'email', tier: 'pro' },
      { type: 'staff-replied', at: '2026-03-09T09:00:00Z' },
      { type: 'customer-replied', at: '2026-03-09T10:00:00Z' },
    ] as const;
    const mine = self.slaClock({ events, at: '2026-03-10T08:00:00Z' }, theirs);
    const reference = other.slaClock({ events, at: '2026-03-10T08:00:00Z' }, theirs);
    expect(JSON.parse(JSON.stringify(mine))).toEqual(JSON.parse(JSON.stringify(reference)));
    expect(mine.nextResponse.targetMs).toBe(4 * 3_600_000);
    expect(mine.resolution.targetMs).toBe(24 * 3_600_000);
  });

  it('PRC-07 Quote: the other copy’s quote is described and formatted as its own', () => {
    const [self, other] = copies();
    const theirs = other.quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%' });
    expect(self.formatQuote(theirs, 'de-CH')).toBe(other.formatQuote(theirs, 'de-CH'));
    expect(self.describeQuote(theirs, 'en')).toEqual(other.describeQuote(theirs, 'en'));
  });

  it('refuses a value of another format with INCOMPATIBLE_VALUE, naming the class and both formats', () => {
    const [self, other] = copies();
    const cases: [string, () => unknown][] = [
      ['Money', () => self.money(1, 'CHF').plus(fromFormat999(other.money(1, 'CHF'), 'Money'))],
      ['Money', () => self.parseMoney(fromFormat999(other.money(1, 'CHF'), 'Money'))],
      ['Rate', () => self.rate(fromFormat999(other.rate('20%'), 'Rate'))],
      ['Rate', () => self.money(1, 'CHF').times(fromFormat999(other.rate('20%'), 'Rate'))],
      [
        'Schedule',
        () => self.addBusinessTime('2026-03-02T08:00:00Z', { hours: 1 }, fromFormat999(other.weeklySchedule(PHONE), 'Schedule')),
      ],
      ['PrepaidLedger', () => self.prepaidLedger(fromFormat999(other.emptyPrepaidLedger(), 'PrepaidLedger'))],
      [
        'SlaPolicy',
        () =>
          self.slaClock(
            [{ type: 'received', at: '2026-03-09T08:00:00Z', channel: 'email', tier: 'pro' }],
            fromFormat999(other.defineSlaPolicy({}), 'SlaPolicy'),
          ),
      ],
      [
        'Quote',
        () =>
          self.formatQuote(
            fromFormat999(other.quote({ currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 1 }] }), 'Quote'),
            'en',
          ),
      ],
    ];
    for (const [name, run] of cases) {
      const error = thrown(run);
      expect(self.isHostPolicyError(error)).toBe(true);
      expect(error).toMatchObject({ code: 'INCOMPATIBLE_VALUE' });
      expect((error as Error).message).toBe(
        `A ${name} from hostpolicy format 999; this copy reads format 1 — use one version of hostpolicy.`,
      );
    }
    // The guards answer false rather than throw: a value of another format is not one this copy reads.
    expect(self.isMoney(fromFormat999(other.money(1, 'CHF'), 'Money'))).toBe(false);
    expect(self.isRate(fromFormat999(other.rate('1%'), 'Rate'))).toBe(false);
  });
});
