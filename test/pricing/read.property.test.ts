import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { parseInput, readInput } from '../../src/internal/parse.js';
import type { Reader } from '../../src/internal/readers.js';
import { Rate, rate } from '../../src/money/index.js';
import { catalogSchema } from '../../src/policy/catalogSchema.js';
import { pricingPolicySchema } from '../../src/policy/pricingSchema.js';
import { readCatalog, readPricingPolicy, readQuoteRequest } from '../../src/pricing/read.js';
import { quoteRequestSchema } from '../../src/pricing/schema.js';

/*
 * quote() and defineCatalog() read their input without zod (src/pricing/read.ts), so that the
 * partner quote bundle ships no zod (docs/packaging.md); the zod schemas of the same inputs stay
 * for hostpolicy/schemas and definePolicy. On any input — well formed, or with a part of the wrong
 * type, missing, unknown or hostile — both must agree: the same output, or the same error
 * (code, message, issues with their paths).
 */

function plain(value: unknown): unknown {
  if (value instanceof Rate) return { rate: value.toJSON() };
  if (Decimal.isDecimal(value)) return { decimal: (value as Decimal).toString() };
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function outcome(run: () => unknown): unknown {
  try {
    return { value: plain(run()) };
  } catch (e) {
    const err = e as { name?: unknown; code?: unknown; rule?: unknown; message?: unknown; issues?: unknown; details?: unknown };
    return { error: { name: err.name, code: err.code, rule: err.rule, message: err.message, issues: err.issues, details: err.details } };
  }
}

/** Mostly `arb`, sometimes anything, or nothing: every field is also tried with a wrong value. */
const or = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 30, arbitrary: arb },
    { weight: 1, arbitrary: fc.anything() },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, '', 0, -1, 1.5, [], {}) },
  );

/**
 * An object of `shape` (the `optional` keys sometimes left out; rarely any key), sometimes with a
 * misspelled or hostile extra key.
 */
function object(shape: Record<string, fc.Arbitrary<unknown>>, optional: readonly string[] = []): fc.Arbitrary<unknown> {
  const required = Object.keys(shape).filter((k) => !optional.includes(k));
  const extra = fc.oneof(
    { weight: 12, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('amout', 'Currency', 'linez', '__proto__', 'constructor', 'x') },
  );
  const record = fc.oneof(
    { weight: 12, arbitrary: fc.record(shape, { requiredKeys: required }) },
    { weight: 1, arbitrary: fc.record(shape, { requiredKeys: [] }) },
  );
  return fc.tuple(record, extra, fc.anything()).map(([o, key, junk]) => {
    if (key === undefined) return o;
    return key === '__proto__'
      ? { ...(JSON.parse(`{"__proto__": ${JSON.stringify(junk ?? null) ?? 'null'}}`) as object), ...o }
      : { ...o, [key]: junk };
  });
}

const dict = (key: fc.Arbitrary<string>, value: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 20, arbitrary: fc.dictionary(key, value, { maxKeys: 3 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        JSON.parse('{"__proto__": {}}') as unknown,
        JSON.parse('{"constructor": {}, "prototype": {}}') as unknown,
        Object.create({ CHF: '1' }) as unknown,
        ['CHF'],
      ),
    },
  );

const rateLike = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('20%', '35%', '99.9 %', '100%', '0.2', 0.25, 1, 0, rate('25%')) },
  { weight: 1, arbitrary: fc.constantFrom('120%', '-5%', 20, 'abc') },
  { weight: 1, arbitrary: fc.double({ min: -1, max: 2 }) },
);
const amountLike = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('9.92', ' 3.00 ', '0.05', 12, '347.20') },
  { weight: 1, arbitrary: fc.constantFrom('0', '-1', 1e15, '1e3', 'abc', '-0') },
  { weight: 1, arbitrary: fc.double({ min: -10, max: 1e6 }) },
);
const currencyKey = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('CHF', 'EUR', 'JPY') },
  { weight: 1, arbitrary: fc.constantFrom('chf', 'XYZ', '', ' CHF') },
);
const countryKey = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('CH', 'DE', 'FR') },
  { weight: 1, arbitrary: fc.constantFrom('ch', 'CHE', '') },
);
const text = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('web-hosting', 'mail-hosting', 'Web hosting', 'de', 'fr') },
  { weight: 1, arbitrary: fc.constantFrom(' ', '', 'x'.repeat(201), 'language-code-too-long') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const bracket = object({ from: or(fc.integer({ min: -1, max: 120 })), reduction: or(rateLike), illustrative: or(fc.boolean()) }, [
  'illustrative',
]);
const product = object(
  {
    name: or(text),
    names: or(dict(text, or(text))),
    prices: or(dict(currencyKey, object({ monthly: or(amountLike), annual: or(amountLike) }, ['monthly', 'annual']))),
    tiers: or(object({ mode: or(fc.constantFrom('volume', 'graduated', 'tiered')), brackets: or(fc.array(bracket, { maxLength: 4 })) })),
    illustrative: or(fc.boolean()),
  },
  ['names', 'tiers', 'illustrative'],
);
const catalog = object({ products: or(dict(text, product)) });

const pricingPolicy = object({
  partnerDiscountCap: or(rateLike),
  vat: or(
    object(
      {
        defaultCountry: or(countryKey),
        defaultCountryCurrencies: or(fc.array(or(currencyKey), { maxLength: 3 })),
        rates: or(dict(countryKey, or(rateLike))),
      },
      ['defaultCountryCurrencies'],
    ),
  ),
  cashRoundingSteps: or(dict(currencyKey, or(amountLike))),
});

const quoteRequest = object(
  {
    currency: or(currencyKey),
    lines: or(
      fc.array(
        object({ product: or(text), quantity: or(fc.oneof(fc.integer({ min: -1, max: 1_000_001 }), fc.constantFrom(1, 35, 1_000_000))) }),
        { maxLength: 3 },
      ),
    ),
    partnerDiscount: or(rateLike),
    period: or(fc.constantFrom('monthly', 'annual', 'weekly')),
    vat: or(fc.oneof(fc.constant(false), fc.constant(true), object({ rate: or(rateLike), country: or(countryKey) }))),
    cashRounding: or(fc.boolean()),
    catalog: or(fc.constantFrom({ products: {} }, 'catalog')),
  },
  ['partnerDiscount', 'period', 'vat', 'cashRounding', 'catalog'],
);

function agree(schema: Parameters<typeof parseInput>[0], reader: Reader<unknown>, what: string, input: fc.Arbitrary<unknown>): void {
  fc.assert(
    fc.property(input, (v) => {
      expect(outcome(() => readInput(v, what, (x, issues) => reader(x, issues, [])))).toStrictEqual(
        outcome(() => parseInput(schema, v, what)),
      );
    }),
    { numRuns: 4000 },
  );
}

describe('the quote path reads its input without zod, as the zod schemas do', () => {
  it('PRC-01 a quote request is read as quoteRequestSchema reads it', () =>
    agree(quoteRequestSchema, readQuoteRequest, 'quote request', quoteRequest));
  it('PRC-02 a catalog is read as catalogSchema reads it', () => agree(catalogSchema, readCatalog, 'catalog', catalog));
  it('PRC-06 a pricing policy is read as pricingPolicySchema reads it', () =>
    agree(pricingPolicySchema, readPricingPolicy, 'pricing policy', pricingPolicy));

  it('PRC-02 the readers tell the same problems at the same paths (an example of each kind)', () => {
    const bad = {
      products: {
        'web-hosting': {
          name: '',
          prices: { CHF: { monthly: '-1' }, chf: {} },
          tiers: {
            mode: 'volume',
            brackets: [
              { from: 5, reduction: '10%' },
              { from: 5, reduction: '100%' },
            ],
          },
        },
      },
      extra: 1,
    };
    const own = outcome(() => readInput(bad, 'catalog', (x, issues) => readCatalog(x, issues, [])));
    expect(own).toEqual(outcome(() => parseInput(catalogSchema, bad, 'catalog')));
    expect(own).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    const paths = (own as { error: { issues: { path: unknown[] }[] } }).error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual([
      '',
      'products.web-hosting.name',
      'products.web-hosting.prices.CHF.monthly',
      'products.web-hosting.prices.chf',
      'products.web-hosting.tiers.brackets.1.reduction',
    ]);
  });

  it('PRC-06 an unknown key does not stop the check of the whole: both are told', () => {
    const policy = {
      partnerDiscountCap: '35%',
      vat: { defaultCountry: 'DE', rates: { CH: '8.1%' }, defautCountry: 'CH' },
      cashRoundingSteps: {},
    };
    const own = outcome(() => readInput(policy, 'pricing policy', (x, issues) => readPricingPolicy(x, issues, [])));
    expect(own).toStrictEqual(outcome(() => parseInput(pricingPolicySchema, policy, 'pricing policy')));
    expect(own).toMatchObject({
      error: {
        issues: [
          { path: ['vat'], code: 'unrecognized_keys', message: "unknown key 'defautCountry' — did you mean 'defaultCountry'?" },
          { path: ['vat'], code: 'custom', message: 'the default country needs a rate' },
        ],
      },
    });
  });
});
