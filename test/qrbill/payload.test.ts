/** qrBillPayload: what it accepts, how it writes, and what it refuses (hostile input included). */
import { describe, expect, it } from 'vitest';
import { HostPolicyError } from '../../src/errors.js';
import { money } from '../../src/money/index.js';
import { parseQrBill, qrBillPayload, type QrBillError, type QrBillInput } from '../../src/qrbill/index.js';
import { expectInvalid, expectPolicyError } from '../helpers/expectError.js';
import { CREDITOR, IBAN, QR_IBAN, SAMPLE_2 } from './samples.js';

const base: QrBillInput = {
  account: 'CH44 3199 9123 0008 8901 2',
  creditor: CREDITOR,
  amount: { amount: '1949.75', currency: 'CHF' },
  reference: '21 00000 00003 13947 14300 09017',
};

const errorsOf = (fn: () => unknown): QrBillError[] => expectPolicyError(fn, 'INVALID_QR_BILL').details?.errors as QrBillError[];

describe('qrBillPayload', () => {
  it('writes version 0200, coding 1, LF between elements, EPD and no line break at the end (QRB-01)', () => {
    const lines = qrBillPayload(base).split('\n');
    expect(lines.slice(0, 4)).toEqual(['SPC', '0200', '1', QR_IBAN]);
    expect(lines).toHaveLength(31);
    expect(lines.at(-1)).toBe('EPD');
    expect(lines.slice(27, 29)).toEqual(['QRR', '210000000003139471430009017']);
  });

  it('writes the guidelines’ sample 2 from its parts', () => {
    const payload = qrBillPayload({
      ...base,
      debtor: {
        name: 'Pia-Maria Rutschmann-Schnyder',
        street: 'Grosse Marktgasse',
        buildingNumber: '28',
        postalCode: '9400',
        town: 'Rorschach',
        country: 'CH',
      },
      message: 'Order dated 18.06.2020',
      billInformation: SAMPLE_2[31] as string,
      alternativeSchemes: SAMPLE_2.slice(32),
    });
    expect(payload).toBe(SAMPLE_2.join('\n'));
  });

  it('takes a Money, infers the reference type, trims texts and completes the decimals', () => {
    const read = parseQrBill(qrBillPayload({ ...base, amount: money('12.5', 'EUR'), creditor: { ...CREDITOR, town: '  Biel ' } }));
    expect(read.ok && read.bill).toMatchObject({
      amount: { amount: '12.50', currency: 'EUR' },
      currency: 'EUR',
      referenceType: 'QRR',
      creditor: { town: 'Biel' },
    });
    const scor = parseQrBill(qrBillPayload({ account: IBAN, creditor: CREDITOR, currency: 'CHF', reference: 'rf18 5390 0754 7034' }));
    expect(scor.ok && scor.bill).toMatchObject({ referenceType: 'SCOR', reference: 'RF18539007547034', currency: 'CHF' });
    expect(scor.ok && scor.bill.amount).toBeUndefined();
    const none = parseQrBill(qrBillPayload({ account: IBAN, creditor: CREDITOR, currency: 'CHF' }));
    expect(none.ok && none.bill.referenceType).toBe('NON');
    expect(qrBillPayload({ ...base, amount: { amount: '007.500', currency: 'CHF' } }).split('\n')[18]).toBe('7.50');
  });

  it('refuses a bill that breaks rules, listing every one (QRB-05, QRB-08, QRB-07)', () => {
    const errors = errorsOf(() =>
      qrBillPayload({
        ...base,
        account: IBAN,
        amount: { amount: '12.505', currency: 'CHF' },
        currency: 'EUR',
        debtor: { ...CREDITOR, country: 'Schweiz' },
      }),
    );
    expect(errors.map((e) => `${e.rule} ${e.code}`)).toEqual([
      'QRB-08 INVALID_AMOUNT',
      'QRB-08 INVALID_CURRENCY',
      'QRB-02 FIELD_TOO_LONG',
      'QRB-07 INVALID_COUNTRY',
      'QRB-05 QR_REFERENCE_NEEDS_QR_IBAN',
    ]);
    expect(expectPolicyError(() => qrBillPayload({ ...base, amount: money('10', 'USD') }), 'INVALID_QR_BILL', 'QRB-08').message).toContain(
      'currency: must be CHF or EUR',
    );
  });

  it('refuses input of the wrong shape with INVALID_INPUT naming the field', () => {
    expect(expectInvalid(() => qrBillPayload({ ...base, refrence: 'x' } as unknown as QrBillInput)).issues[0]?.path).toEqual(['refrence']);
    expect(
      expectInvalid(() => qrBillPayload({ ...base, creditor: { ...CREDITOR, zip: '8000' } } as unknown as QrBillInput)).issues[0]?.path,
    ).toEqual(['creditor', 'zip']);
    expectInvalid(() => qrBillPayload({ ...base, amount: 12.5 } as unknown as QrBillInput));
    expectInvalid(() => qrBillPayload({ ...base, message: 42 } as unknown as QrBillInput));
    expectInvalid(() => qrBillPayload({ account: IBAN } as unknown as QrBillInput));
    for (const bad of [null, undefined, 'SPC', 42, [], new Date()]) expectInvalid(() => qrBillPayload(bad as unknown as QrBillInput));
  });

  it(
    'refuses hostile input as bad input, never a TypeError: __proto__ keys, getters, inherited fields, revoked proxies, a throwing ' +
      'toJSON, huge text',
    () => {
      expectInvalid(() =>
        qrBillPayload(
          JSON.parse(`{"account":"${IBAN}","creditor":${JSON.stringify(CREDITOR)},"__proto__":{"message":"x"}}`) as QrBillInput,
        ),
      );
      const getter = { ...base };
      Object.defineProperty(getter, 'message', { get: () => 'hi', enumerable: true });
      expectInvalid(() => qrBillPayload(getter));
      const inherited = Object.create({ account: QR_IBAN }) as Record<string, unknown>;
      Object.assign(inherited, { creditor: CREDITOR });
      expect(expectInvalid(() => qrBillPayload(inherited as unknown as QrBillInput)).issues[0]?.path).toEqual(['account']);
      const { proxy, revoke } = Proxy.revocable({ ...base }, {});
      revoke();
      expectInvalid(() => qrBillPayload(proxy));
      expectInvalid(() =>
        qrBillPayload({
          ...base,
          amount: {
            toJSON: () => {
              throw new Error('boom');
            },
          },
        }),
      );
      const started = performance.now();
      expectInvalid(() => qrBillPayload({ ...base, message: 'x'.repeat(10_000_000) }));
      expect(performance.now() - started).toBeLessThan(5_000); // a sanity bound only: the cap is checked before any work
      expect(({} as Record<string, unknown>).message).toBeUndefined();
    },
  );

  it('refuses a line break or another control character inside any text field, naming the field; nothing shifts (QRB-03)', () => {
    const address = {
      name: 'Pia Rutschmann',
      street: 'Marktgasse',
      buildingNumber: '28',
      postalCode: '9400',
      town: 'Rorschach',
      country: 'CH',
    };
    const cases: [QrBillInput, string][] = [
      [{ ...base, message: 'Invoice 2026-031\nEPD' }, 'message'],
      [{ ...base, message: 'a\r\nb' }, 'message'],
      [{ ...base, message: 'a\rb' }, 'message'],
      [{ ...base, billInformation: '//S1/10/1\nx' }, 'billInformation'],
      [{ ...base, creditor: { ...CREDITOR, name: 'Robert\nSchneider AG' } }, 'creditor.name'],
      [{ ...base, creditor: { ...CREDITOR, street: 'Rue\ndu Lac' } }, 'creditor.street'],
      [{ ...base, debtor: { ...address, town: 'Bern\nCH' } }, 'debtor.town'],
      [{ ...base, debtor: { ...address, name: 'Pia\u000bR' } }, 'debtor.name'],
      [{ ...base, alternativeSchemes: ['eBill/B/\nx'] }, 'alternativeSchemes[0]'],
    ];
    for (const [bill, field] of cases) {
      const errors = errorsOf(() => qrBillPayload(bill));
      expect(errors.map((e) => `${e.rule} ${e.code} ${e.field}`)).toEqual([`QRB-03 INVALID_CHARACTER ${field}`]);
    }
    expect(errorsOf(() => qrBillPayload(cases[0]?.[0] as QrBillInput))[0]?.message).toBe(
      'message: U+000A at position 17 is a line break, allowed only between elements',
    );
    // Line breaks around a text are trimmed like spaces: the bill is written without them.
    expect(qrBillPayload({ ...base, message: '\nInvoice 2026-031\r\n' }).split('\n')[29]).toBe('Invoice 2026-031');
  });

  it('gives errors people can act on', () => {
    const [error] = errorsOf(() => qrBillPayload({ ...base, account: 'CH44 3199 9123 0008 8901 3' }));
    expect(error).toEqual({
      field: 'account',
      code: 'INVALID_IBAN',
      rule: 'QRB-04',
      message: 'account: has wrong check digits (modulo 97)',
    });
    expect(errorsOf(() => qrBillPayload({ ...base, account: 'CH44 3199 9123 0008 8901 3' }))).toHaveLength(1); // no follow-on error
    expect(new HostPolicyError('INVALID_QR_BILL', 'y')).toBeInstanceOf(Error);
  });
});
