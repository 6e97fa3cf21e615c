import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseInput } from '../../src/internal/parse.js';
import { creditorReference, formatCreditorReference } from '../../src/billing/creditorReference.js';
import { formatQrReference, qrReference } from '../../src/billing/qrReference.js';
import { creditorBodySchema, creditorReferenceSchema, qrBodySchema, qrReferenceSchema } from '../../src/billing/referenceSchemas.js';

/*
 * The reference functions check their input without zod (so that a page checking references
 * ships no zod, docs/packaging.md); the zod schemas of the same checks serve hostpolicy/schemas.
 * Both must give the same verdict, value and error (code, rule, message, issues) on any input.
 */

function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (e) {
    const err = e as { name?: unknown; code?: unknown; rule?: unknown; message?: unknown; issues?: unknown };
    return { error: { name: err.name, code: err.code, rule: err.rule, message: err.message, issues: err.issues } };
  }
}

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom('0', '1', '5', '9', ' '), minLength: min, maxLength: max });
const alnum = fc.string({ unit: fc.constantFrom('0', '7', 'a', 'R', 'f', 'F', 'z', ' ', '-'), minLength: 0, maxLength: 30 });
const anyInput = fc.oneof(
  digits(0, 40),
  alnum,
  alnum.map((s) => `RF${s}`),
  fc.string(),
  fc.anything(),
  fc.constantFrom(undefined, null, 42, {}, [], JSON.parse('{"__proto__":{"x":1}}') as unknown, Object.create({ a: 1 }) as unknown),
);
const strip = (v: unknown) => (typeof v === 'string' ? v.replace(/ /g, '') : v);

describe('BIL-01 reference checks without zod agree with the zod schemas', () => {
  it('BIL-01 qrReference(body) reads a body as qrBodySchema does', () => {
    fc.assert(
      fc.property(anyInput, (body) => {
        expect(outcome(() => qrReference(body as string))).toEqual(
          outcome(() => {
            const d = parseInput(qrBodySchema, strip(body), 'QR reference body', 'BIL-01');
            return qrReference(d);
          }),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('BIL-01 formatQrReference(ref) reads a reference as qrReferenceSchema does', () => {
    const refs = fc.oneof(
      anyInput,
      digits(26, 26)
        .map((b) => b.replace(/ /g, ''))
        .filter((b) => /[1-9]/.test(b)) // zeros only make no QR reference (IG v2.3, 2.12.1)
        .map((b) => qrReference(b)),
    );
    fc.assert(
      fc.property(refs, (ref) => {
        const zod = outcome(() => parseInput(qrReferenceSchema, ref, 'QR reference', 'BIL-01'));
        const own = outcome(() => formatQrReference(ref as string));
        if ('error' in (zod as object)) expect(own).toEqual(zod);
        else expect(own).toEqual({ value: formatQrReference((zod as { value: string }).value) });
      }),
      { numRuns: 2000 },
    );
  });

  it('BIL-01 creditorReference(body) reads a body as creditorBodySchema does', () => {
    fc.assert(
      fc.property(anyInput, (body) => {
        expect(outcome(() => creditorReference(body as string))).toEqual(
          outcome(() => creditorReference(parseInput(creditorBodySchema, body, 'creditor reference body', 'BIL-01'))),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('BIL-01 formatCreditorReference(ref) reads a reference as creditorReferenceSchema does', () => {
    const refs = fc.oneof(
      anyInput,
      alnum.filter((b) => /^[0-9A-Za-z]{1,21}$/.test(b.replace(/ /g, ''))).map((b) => creditorReference(b)),
    );
    fc.assert(
      fc.property(refs, (ref) => {
        const zod = outcome(() => parseInput(creditorReferenceSchema, ref, 'creditor reference', 'BIL-01'));
        const own = outcome(() => formatCreditorReference(ref as string));
        if ('error' in (zod as object)) expect(own).toEqual(zod);
        else expect(own).toEqual({ value: formatCreditorReference((zod as { value: string }).value) });
      }),
      { numRuns: 2000 },
    );
  });

  it('BIL-01 a body that is not a string is refused with the same issue either way', () => {
    const own = outcome(() => qrReference(undefined as unknown as string));
    expect(own).toMatchObject({
      error: { code: 'INVALID_INPUT', issues: [{ path: [], message: 'is required (string)', code: 'invalid_type' }] },
    });
    expect(own).toEqual(outcome(() => parseInput(qrBodySchema, undefined, 'QR reference body', 'BIL-01')));
  });
});
