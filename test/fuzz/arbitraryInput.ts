import fc from 'fast-check';

/** Values that break careless code: non-finite and huge numbers, odd strings, odd dates. */
const nasty = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  // biome-ignore lint/correctness/noPrecisionLoss: a literal too large for a double (it reads as Infinity) is the point
  1e400,
  -1e21,
  '1e400',
  'NaN',
  '',
  ' ',
  '-5%',
  '120%',
  'abc',
  '0x10',
  '9'.repeat(400),
  'x'.repeat(100_000),
  '2026-02-30T10:00:00Z',
  '2026-13-01',
  'not a date',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date('1900-01-01T00:00:00Z'),
  Symbol('s'),
  () => 1,
  [],
  {},
  Object.create(null) as unknown,
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as unknown,
  { amount: '1e400', currency: 'CHF' },
  { amount: Number.NaN, currency: 'CHF' },
  { amount: '10.00', currency: 'XXX' },
);

/** Plausible-looking domain values, so that fuzzing also reaches past the first check. */
const plausible = fc.oneof(
  fc.constantFrom<unknown>(
    'CHF',
    'EUR',
    'web-hosting',
    'plus',
    'pro',
    'enterprise',
    'standard',
    'email',
    'phone',
    'full',
    'limited',
    'client',
    'partner',
    '20%',
    0.2,
    35,
    '2026-10-24T22:00:00+02:00',
    'Europe/Zurich',
  ),
  fc.record({ amount: fc.oneof(fc.double(), fc.string()), currency: fc.constantFrom('CHF', 'EUR', 'JPY', 'chf') }),
  fc.record({
    currency: fc.constantFrom('CHF', 'EUR'),
    lines: fc.array(fc.record({ product: fc.string(), quantity: fc.oneof(fc.integer(), fc.double()) })),
  }),
  fc.date({ noInvalidDate: false }),
);

/** One argument of any kind. */
export const anyArgument: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.anything({
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withObjectString: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
    }),
  },
  { weight: 2, arbitrary: nasty },
  { weight: 2, arbitrary: plausible },
);

/** Zero to four arguments. */
export const anyArguments: fc.Arbitrary<unknown[]> = fc.array(anyArgument, { maxLength: 4 });
