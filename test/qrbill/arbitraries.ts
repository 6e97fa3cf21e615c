/** fast-check arbitraries of valid QR-bills (every rule QRB-01..09 holds), for the property tests and the bench. */
import fc from 'fast-check';
import { mod97 } from '../../src/billing/checkDigits.js';
import { creditorReference, qrReference } from '../../src/billing/index.js';
import type { QrBill, QrBillAddress } from '../../src/qrbill/index.js';

/** Characters of the v2.3 set, weighted towards the ordinary ones. */
const character = fc
  .oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
    { weight: 3, arbitrary: fc.integer({ min: 0xa0, max: 0x17f }) },
    { weight: 1, arbitrary: fc.constantFrom(0x218, 0x219, 0x21a, 0x21b, 0x20ac) },
  )
  .map((c) => String.fromCharCode(c));

/** A trimmed text of 1..max characters of the set. */
export const text = (max: number): fc.Arbitrary<string> =>
  fc
    .string({ unit: character, minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const optionalText = (max: number): fc.Arbitrary<string | undefined> => fc.option(text(max), { nil: undefined });

export const address: fc.Arbitrary<QrBillAddress> = fc
  .record({
    name: text(70),
    street: optionalText(70),
    buildingNumber: optionalText(16),
    postalCode: text(16),
    town: text(35),
    country: fc.constantFrom('CH', 'LI', 'DE', 'FR', 'IT', 'AT'),
  })
  .map(({ street, buildingNumber, ...rest }) => ({
    ...rest,
    ...(street === undefined ? {} : { street }),
    ...(buildingNumber === undefined ? {} : { buildingNumber }),
  }));

/** A valid CH or LI IBAN; `qr` chooses a QR-IBAN (bank id 30000–31999) or an ordinary one. */
export const iban = (qr: boolean): fc.Arbitrary<string> =>
  fc
    .record({
      country: fc.constantFrom('CH', 'LI'),
      bank: qr
        ? fc.integer({ min: 30000, max: 31999 })
        : fc.oneof(fc.integer({ min: 0, max: 29999 }), fc.integer({ min: 32000, max: 99999 })),
      account: fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 12, maxLength: 12 }),
    })
    .map(({ country, bank, account }) => {
      const bban = `${String(bank).padStart(5, '0')}${account}`;
      const check = 98 - mod97(`${bban}${country}00`);
      return `${country}${String(check).padStart(2, '0')}${bban}`;
    });

/** An amount of 0.01 to 999,999,999.99 with two decimals. */
export const amountText = fc
  .integer({ min: 1, max: 99_999_999_999 })
  .map((cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);

const referencePart = fc.oneof(
  fc
    .string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 26 })
    .filter((body) => /[1-9]/.test(body)) // zeros only make no QR reference (IG v2.3, 2.12.1)
    .chain((body) => iban(true).map((account) => ({ account, referenceType: 'QRR' as const, reference: qrReference(body) }))),
  fc
    .string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 1, maxLength: 21 })
    .chain((body) => iban(false).map((account) => ({ account, referenceType: 'SCOR' as const, reference: creditorReference(body) }))),
  iban(false).map((account) => ({ account, referenceType: 'NON' as const })),
);

/** Message and bill information within 140 characters together. */
const texts = fc.tuple(optionalText(140), optionalText(140)).filter(([m, b]) => (m?.length ?? 0) + (b?.length ?? 0) <= 140);

/** A valid bill in the canonical form parseQrBill returns. */
export const qrBill: fc.Arbitrary<QrBill> = fc
  .record({
    ref: referencePart,
    creditor: address,
    currency: fc.constantFrom('CHF' as const, 'EUR' as const),
    amount: fc.option(amountText, { nil: undefined }),
    debtor: fc.option(address, { nil: undefined }),
    texts,
    schemes: fc.option(fc.array(text(100), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  })
  .map(({ ref, creditor, currency, amount, debtor, texts: [message, billInformation], schemes }) => ({
    ...ref,
    creditor,
    ...(amount === undefined ? {} : { amount: { amount, currency } }),
    currency,
    ...(debtor === undefined ? {} : { debtor }),
    ...(message === undefined ? {} : { message }),
    ...(billInformation === undefined ? {} : { billInformation }),
    ...(schemes === undefined ? {} : { alternativeSchemes: schemes }),
  }))
  .map(({ account, referenceType, creditor, currency, ...rest }) => ({ account, creditor, currency, referenceType, ...rest }) as QrBill);
