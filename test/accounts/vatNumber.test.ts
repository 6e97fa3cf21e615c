import { timeRatio } from '../partners/timing.js';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  billingIdentity,
  canRegisterVatNumber,
  defaultPolicy,
  definePolicy,
  isHostPolicyError,
  isValidEuVatNumber,
  organization,
  registerVatNumber,
  InvalidInputError,
  type Decision,
} from '../../src/index.js';

const codes = (d: Decision): string[] => (d.allowed ? [] : d.reasons.map((r) => `${r.code}:${r.rule}`));

/** One example per prefix of the VIES structure table, valid. */
const VALID: Record<string, string[]> = {
  AT: ['ATU12345678'],
  BE: ['BE0123456789', 'BE1234567890'],
  BG: ['BG123456789', 'BG1234567890'],
  CY: ['CY12345678X'],
  CZ: ['CZ12345678', 'CZ123456789', 'CZ1234567890'],
  DE: ['DE123456789'],
  DK: ['DK12 34 56 78'],
  EE: ['EE123456789'],
  EL: ['EL123456789'],
  ES: ['ESX1234567X', 'ESA12345678', 'ES12345678Z'],
  FI: ['FI12345678'],
  FR: ['FRXX 123456789', 'FR12345678901', 'FRA1123456789'],
  HR: ['HR12345678901'],
  HU: ['HU12345678'],
  IE: ['IE1234567T', 'IE1S12345L', 'IE1+12345L', 'IE1234567WA'],
  IT: ['IT12345678901'],
  LT: ['LT123456789', 'LT123456789012'],
  LU: ['LU12345678'],
  LV: ['LV12345678901'],
  MT: ['MT12345678'],
  NL: ['NL123456789B01'],
  PL: ['PL1234567890'],
  PT: ['PT123456789'],
  RO: ['RO12', 'RO1234567890'],
  SE: ['SE123456789001'],
  SI: ['SI12345678'],
  SK: ['SK1234567890'],
  XI: ['XI123456789', 'XI123456789012', 'XIGD123', 'XIHA567'],
};

const INVALID = [
  'ATX12345678', // AT starts with U
  'ATU1234567', // 7 digits
  'BE2123456789', // BE starts with 0 or 1
  'DE12345678', // 8 digits
  'DE1234567890', // 10 digits
  'GR123456789', // Greece is EL
  'ES123456789', // ES: not both ends digits
  'NL123456789A01', // NL: B at position 10
  'RO0123', // RO: no leading 0
  'RO12345678901', // RO: at most 10 digits
  'CHE123456789', // Switzerland: no EU VAT number
  'XIGD500', // GD 000-499
  'IE1234567WJ', // IE: last letter A-I
  '123456789', // no prefix
  'DE', // nothing after the prefix
  'DE12345678€',
];

describe('ACC-10 EU VAT identification number', () => {
  it('ACC-10 every country of the VIES table: its examples have the form, and the table covers the EU 27 and XI', () => {
    expect(Object.keys(defaultPolicy.accounts.vatNumberFormats).sort()).toEqual(Object.keys(VALID).sort());
    for (const numbers of Object.values(VALID)) for (const n of numbers) expect([n, isValidEuVatNumber(n)]).toEqual([n, true]);
  });

  it('ACC-10 a wrong prefix or a wrong form for the country is refused', () => {
    for (const n of INVALID) expect([n, isValidEuVatNumber(n)]).toEqual([n, false]);
  });

  it('ACC-10 spaces, dots, hyphens and case do not matter', () => {
    expect(isValidEuVatNumber('de 123.456-789')).toBe(true);
    expect(isValidEuVatNumber(' atu12345678 ')).toBe(true);
  });

  const acme = organization({ id: 'acme', name: 'Acme GmbH', owners: ['anna'], administrators: ['ben'], kind: 'company' });

  it('ACC-10 a company organization registers its VAT number, which then appears on its invoices', () => {
    // "wie Sie Ihre europäische Umsatzsteuer-Identifikationsnummer eingeben, damit sie auf der Rechnung der
    // Organisation erscheint"
    expect(canRegisterVatNumber(acme, { actor: 'anna', vatNumber: 'DE 123 456 789' })).toEqual({ allowed: true });
    const registered = registerVatNumber(acme, { actor: 'anna', vatNumber: 'DE 123 456 789' });
    expect(registered.vatNumber).toBe('DE123456789');
    expect(registered.owners).toEqual(['anna']);
    expect(billingIdentity(registered)).toEqual({
      organization: 'acme',
      name: 'Acme GmbH',
      kind: 'company',
      vatNumber: 'DE123456789',
      lines: ['Acme GmbH', 'VAT No. DE123456789'],
      notices: [],
    });
    // Registering again replaces the number.
    expect(registerVatNumber(registered, { actor: 'anna', vatNumber: 'ATU12345678' }).vatNumber).toBe('ATU12345678');
  });

  it('ACC-10 a company without a VAT number is asked for it; a private organization has none', () => {
    expect(billingIdentity(acme)).toMatchObject({ lines: ['Acme GmbH'], notices: [{ code: 'VAT_NUMBER_MISSING', rule: 'ACC-10' }] });
    const anna = organization({ id: 'a', name: 'Anna Muster', owners: ['anna'] });
    expect(billingIdentity(anna)).toEqual({ organization: 'a', name: 'Anna Muster', kind: 'private', lines: ['Anna Muster'], notices: [] });
  });

  it('ACC-10 lists every failed condition: not a company, not an owner (ACC-01), the form', () => {
    const anna = organization({ id: 'a', name: 'Anna Muster', owners: ['anna'] });
    expect(codes(canRegisterVatNumber(anna, { actor: 'ben', vatNumber: 'GR123456789' }))).toEqual([
      'NOT_A_COMPANY:ACC-10',
      'NOT_OWNER:ACC-01',
      'VAT_COUNTRY_UNKNOWN:ACC-10',
    ]);
    const d = canRegisterVatNumber(acme, { actor: 'anna', vatNumber: 'GR123456789' });
    expect(d.allowed ? '' : d.reasons[0].message).toMatch(/Greece uses EL/);
    expect(codes(canRegisterVatNumber(acme, { actor: 'anna', vatNumber: 'DE12345678' }))).toEqual(['VAT_NUMBER_FORMAT:ACC-10']);
    expect(codes(canRegisterVatNumber(acme, { actor: 'ben', vatNumber: 'DE123456789' }))).toEqual(['NOT_OWNER:ACC-01']);
    try {
      registerVatNumber(acme, { actor: 'anna', vatNumber: 'DE12345678' });
      expect.unreachable();
    } catch (e) {
      expect(isHostPolicyError(e) && [e.code, e.rule]).toEqual(['VAT_NUMBER_REFUSED', 'ACC-10']);
      expect(isHostPolicyError(e) && (e.details?.['reasons'] as { code: string }[] | undefined)?.[0]?.code).toBe('VAT_NUMBER_FORMAT');
    }
  });

  it('ACC-10 the formats are policy data: a caller adds a country or tightens one', () => {
    const policy = definePolicy({ accounts: { vatNumberFormats: { CH: 'E[0-9]{9}' } } });
    expect(isValidEuVatNumber('CHE-123.456.789', policy)).toBe(true);
    expect(isValidEuVatNumber('DE123456789', policy)).toBe(true);
    expect(isValidEuVatNumber('CHE-123.456.789')).toBe(false);
    // Only the safe pattern subset is accepted: no unbounded repetition, no groups, counts in order.
    for (const bad of ['[0-9]+', '([0-9]{2})*', '.*', '[0-9]{9,2}', '(?=x)', '\\d{9}', '[0-9]{100}', 'A'.repeat(201)]) {
      expect(() => definePolicy({ accounts: { vatNumberFormats: { DE: bad } } }), bad).toThrow(InvalidInputError);
    }
    expect(() => definePolicy({ accounts: { vatNumberFormats: { de: '[0-9]{9}' } } })).toThrow(InvalidInputError);
  });

  it('ACC-10 property: a valid number stays valid whatever spacing and case, and registers to its compact upper-case form', () => {
    const examples = Object.values(VALID).flat();
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.array(fc.constantFrom(' ', '.', '-', ''), { minLength: 16, maxLength: 16 }),
        fc.boolean(),
        (n, seps, lower) => {
          const compact = n.replace(/[ .-]/g, '');
          const spaced = [...compact].map((c, i) => c + (seps[i] ?? '')).join('');
          const typed = lower ? spaced.toLowerCase() : spaced;
          fc.pre(typed.length <= 32);
          expect(isValidEuVatNumber(typed)).toBe(true);
          expect(registerVatNumber(acme, { actor: 'anna', vatNumber: typed }).vatNumber).toBe(compact.toUpperCase());
        },
      ),
    );
  });

  it('ACC-10 property: isValidEuVatNumber agrees with canRegisterVatNumber’s form reasons on any short text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.stringMatching(/^(DE|AT|EL|GR|NL|XI|ES)[0-9A-Z]{0,13}$/)), (text) => {
        fc.pre(text.length > 0);
        const d = canRegisterVatNumber(acme, { actor: 'anna', vatNumber: text });
        expect(d.allowed).toBe(isValidEuVatNumber(text));
      }),
      { numRuns: 2000 },
    );
  });

  it(
    'ACC-10 bad input: huge strings are capped before matching, unknown keys, a __proto__ id, ' +
      'a private organization with a VAT number',
    () => {
      const huge = `DE${'1'.repeat(5_000_000)}`;
      expect(isValidEuVatNumber(huge)).toBe(false);
      expect(() => canRegisterVatNumber(acme, { actor: 'anna', vatNumber: huge })).toThrow(/at most 32/);
      // Capped before matching: a 5-million-character number costs what a 5-million-character word does.
      const benign = 'x'.repeat(huge.length);
      expect(
        timeRatio(
          () => isValidEuVatNumber(huge),
          () => isValidEuVatNumber(benign),
        ),
      ).toBeLessThanOrEqual(3);
      expect(isValidEuVatNumber(42 as never)).toBe(false);
      expect(isValidEuVatNumber(null as never)).toBe(false);
      expect(() => canRegisterVatNumber(acme, { actor: 'anna', vat: 'DE123456789' } as never)).toThrow(/unknown key 'vat'/);
      expect(() => organization({ id: 'a', name: 'A', owners: ['a'], vatNumber: 'DE123456789' })).toThrow(/only a company/);
      expect(() => organization({ id: 'a', name: 'A', owners: ['a'], kind: 'club' as never })).toThrow(/kind/);
      const proto = organization({ id: '__proto__', name: 'P', owners: ['__proto__'], kind: 'company' });
      expect(registerVatNumber(proto, { actor: '__proto__', vatNumber: 'DE123456789' }).vatNumber).toBe('DE123456789');
      expect(() => isValidEuVatNumber('DE123456789', null as never)).toThrow(InvalidInputError);
    },
  );
});
