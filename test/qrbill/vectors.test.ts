/**
 * The QR-bill codec against the guidelines' example bills (test/qrbill/samples.ts cites them) and
 * one bad payload per rule (QRB-01..09).
 */
import { describe, expect, it } from 'vitest';
import { parseQrBill, qrBillPayload, type QrBillError } from '../../src/qrbill/index.js';
import { SAMPLE_1, SAMPLE_2, SAMPLE_3, SAMPLE_4, SAMPLE_5, withLine } from './samples.js';

const errorsOf = (text: string): readonly QrBillError[] => {
  const read = parseQrBill(text);
  return read.ok ? [] : read.errors;
};
const codes = (text: string): string[] => errorsOf(text).map((e) => `${e.rule} ${e.code} ${e.field}`);

describe('the guidelines’ example bills', () => {
  it.each([
    ['1 (NON, debtor, message)', SAMPLE_1],
    ['2 (QRR on a QR-IBAN, bill information, two alternative schemes)', SAMPLE_2],
    ['3 (donation: no amount, no debtor, creditor without street)', SAMPLE_3],
  ])('sample %s is read, and written back to the same text (QRB-01)', (_, lines) => {
    const text = lines.join('\n');
    const read = parseQrBill(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(qrBillPayload(read.bill)).toBe(text);
    // CR LF line breaks read the same.
    expect(parseQrBill(lines.join('\r\n'))).toEqual(read);
  });

  it('reads sample 2 into the bill it describes', () => {
    const read = parseQrBill(SAMPLE_2.join('\n'));
    expect(read).toEqual({
      ok: true,
      bill: {
        account: 'CH4431999123000889012',
        creditor: {
          name: 'Robert Schneider AG',
          street: 'Rue du Lac',
          buildingNumber: '1268',
          postalCode: '2501',
          town: 'Biel',
          country: 'CH',
        },
        amount: { amount: '1949.75', currency: 'CHF' },
        currency: 'CHF',
        debtor: {
          name: 'Pia-Maria Rutschmann-Schnyder',
          street: 'Grosse Marktgasse',
          buildingNumber: '28',
          postalCode: '9400',
          town: 'Rorschach',
          country: 'CH',
        },
        referenceType: 'QRR',
        reference: '210000000003139471430009017',
        message: 'Order dated 18.06.2020',
        billInformation: '//S1/01/20170309/11/10201409/20/14000000/22/36958/30/CH106017086/40/1020/41/3010',
        alternativeSchemes: ['UV;UltraPay005;12345', 'XY;XYService;54321'],
      },
    });
  });

  it.each([
    ['4', SAMPLE_4],
    ['5', SAMPLE_5],
  ])('sample %s, with a combined (K) debtor address, is refused since v2.3 (QRB-07)', (_, lines) => {
    expect(codes(lines.join('\n'))).toEqual(['QRB-07 COMBINED_ADDRESS_NOT_ALLOWED debtor.addressType']);
    expect(codes(withLine(lines, 4, 'K'))).toContain('QRB-07 COMBINED_ADDRESS_NOT_ALLOWED creditor.addressType');
  });

  it('tolerates one line break after the trailer, and spaces around fields, as readers must (QRB-01)', () => {
    const text = SAMPLE_1.join('\n');
    expect(parseQrBill(`${text}\n`)).toEqual(parseQrBill(text));
    expect(parseQrBill(`${SAMPLE_1.join('\r\n')}\r\n`)).toEqual(parseQrBill(text));
    expect(parseQrBill(withLine(SAMPLE_1, 25, ' Rorschach  '))).toEqual(parseQrBill(text));
    expect(parseQrBill(`${text}\n\n\n`).ok).toBe(false);
  });

  it('refuses two line breaks after the last element, with a sentence saying one is tolerated (QRB-01)', () => {
    const text = SAMPLE_1.join('\n');
    for (const ending of ['\n\n', '\r\n\r\n', '\n\r\n', '\r\n\n']) {
      const errors = errorsOf(`${text}${ending}`);
      expect(errors.map((e) => `${e.rule} ${e.code} ${e.field}`)).toEqual(['QRB-01 INVALID_STRUCTURE payload']);
      expect(errors[0]?.message).toContain('more than one line break');
    }
    const withSchemes = SAMPLE_2.join('\n');
    expect(parseQrBill(`${withSchemes}\n`).ok).toBe(true);
    expect(codes(`${withSchemes}\n\n`)).toEqual(['QRB-01 INVALID_STRUCTURE payload']);
  });
});

describe('one bad payload per rule', () => {
  const s1 = SAMPLE_1;
  const s2 = SAMPLE_2.slice(0, 31);

  it('QRB-01: header, version, coding, trailer, line count and total length', () => {
    expect(codes(withLine(s1, 0, 'SPD'))).toEqual(['QRB-01 INVALID_STRUCTURE qrType']);
    expect(codes(withLine(s1, 1, '0100'))).toEqual(['QRB-01 UNSUPPORTED_VERSION version']);
    expect(parseQrBill(withLine(s1, 1, '0201')).ok).toBe(true); // a 2.x minor version reads
    expect(codes(withLine(s1, 2, '2'))).toEqual(['QRB-01 INVALID_STRUCTURE codingType']);
    expect(codes(withLine(s1, 30, 'END'))).toEqual(['QRB-01 INVALID_STRUCTURE trailer']);
    expect(codes(s1.slice(0, 30).join('\n'))).toEqual(['QRB-01 INVALID_STRUCTURE payload']);
    expect(codes([...SAMPLE_2, 'ZZ;more'].join('\n'))).toEqual(['QRB-01 INVALID_STRUCTURE payload']);
    expect(codes('')).toEqual(['QRB-01 INVALID_STRUCTURE payload']);
    // Longer than 997 characters: refused before the text is split (bounded work).
    expect(codes(withLine(s1, 29, 'x'.repeat(998)))).toEqual(['QRB-01 INVALID_STRUCTURE payload']);
    expect(errorsOf(withLine(s1, 29, 'x'.repeat(5_000_000)))[0]?.message).toContain('at most 997');
  });

  it('QRB-02: required fields, lengths, and the reserved ultimate creditor', () => {
    expect(codes(withLine(s1, 5, ''))).toEqual(['QRB-02 FIELD_REQUIRED creditor.name']);
    expect(codes(withLine(s1, 5, 'N'.repeat(71)))).toEqual(['QRB-02 FIELD_TOO_LONG creditor.name']);
    expect(parseQrBill(withLine(s1, 5, 'N'.repeat(70))).ok).toBe(true);
    expect(codes(withLine(s1, 7, '1'.repeat(17)))).toEqual(['QRB-02 FIELD_TOO_LONG creditor.buildingNumber']);
    expect(codes(withLine(s1, 9, 'T'.repeat(36)))).toEqual(['QRB-02 FIELD_TOO_LONG creditor.town']);
    expect(codes(withLine(s1, 8, ''))).toEqual(['QRB-02 FIELD_REQUIRED creditor.postalCode']);
    expect(codes(withLine(s1, 3, ''))).toEqual(['QRB-02 FIELD_REQUIRED account']);
    expect(codes(withLine(s1, 12, 'Ultimate AG'))).toEqual(['QRB-02 FIELD_MUST_BE_EMPTY ultimateCreditor[1]']);
  });

  it('QRB-03: the character set of v2.3 — Latin-1, Latin Extended-A, Ș ș Ț ț and € pass; others are named with their position', () => {
    for (const name of ['Ștefan Țurcanu € Ő ő Ł ß Æ', 'Zoë Müller-Lüdenscheidt', 'Dvořák & Söhne'])
      expect(parseQrBill(withLine(s1, 21, name)).ok).toBe(true);
    const bad = errorsOf(withLine(s1, 21, 'Pia Ω Rutschmann'));
    expect(bad.map((e) => `${e.rule} ${e.code} ${e.field}`)).toEqual(['QRB-03 INVALID_CHARACTER debtor.name']);
    expect(bad[0]?.message).toContain("'Ω' (U+03A9) at position 5");
    for (const odd of ['Pia 😀', 'Pia\tR', 'Pia\u200bR', 'Pia \u2019s'])
      expect(codes(withLine(s1, 21, odd))).toEqual(['QRB-03 INVALID_CHARACTER debtor.name']);
  });

  it('QRB-03: a CR inside a field is refused, as every control character, while CR LF between elements reads', () => {
    for (const odd of ['Pia\rRutschmann', 'Pia\r\rR', 'Pia\u0000R', 'Pia\u001fR', 'Pia\u007fR', 'Pia\u0085R'])
      expect(codes(withLine(s1, 21, odd))).toEqual(['QRB-03 INVALID_CHARACTER debtor.name']);
    const crInMessage = errorsOf(withLine(s1, 29, 'line1\rline2'));
    expect(crInMessage.map((e) => `${e.rule} ${e.code} ${e.field}`)).toEqual(['QRB-03 INVALID_CHARACTER message']);
    expect(crInMessage[0]?.message).toBe('message: U+000D at position 6 is a line break, allowed only between elements');
    // The same CR inside a field of a payload with CR LF breaks throughout.
    expect(codes(withLine(s1, 29, 'line1\rline2').replace(/\n/g, '\r\n'))).toEqual(['QRB-03 INVALID_CHARACTER message']);
    expect(parseQrBill(s1.join('\r\n')).ok).toBe(true);
  });

  it('QRB-04: the account is a Swiss or Liechtenstein IBAN of 21 characters with valid check digits', () => {
    expect(codes(withLine(s1, 3, 'CH5800791123000889013'))).toEqual(['QRB-04 INVALID_IBAN account']);
    expect(codes(withLine(s1, 3, 'DE89370400440532013000'))).toEqual(['QRB-04 INVALID_IBAN account']);
    expect(codes(withLine(s1, 3, 'CH58 0079 1123 0008 8901 2'))).toEqual(['QRB-04 INVALID_IBAN account']);
    expect(parseQrBill(withLine(s1, 3, 'LI21088100002324013AA')).ok).toBe(true);
  });

  it('QRB-05: a QR-IBAN takes a QR reference, and a QR reference needs a QR-IBAN', () => {
    expect(codes(withLine(s2, 3, 'CH5800791123000889012'))).toEqual(['QRB-05 QR_REFERENCE_NEEDS_QR_IBAN referenceType']);
    expect(codes(withLine(s1, 3, 'CH4431999123000889012'))).toEqual(['QRB-05 QR_IBAN_NEEDS_QR_REFERENCE referenceType']);
    const scorOnQrIban = withLine(withLine(withLine(s1, 3, 'CH4431999123000889012'), 27, 'SCOR'), 28, 'RF18539007547034');
    expect(codes(scorOnQrIban)).toEqual(['QRB-05 QR_IBAN_NEEDS_QR_REFERENCE referenceType']);
  });

  it('QRB-06: QR reference check digit, creditor reference check digits, and no reference with NON', () => {
    expect(codes(withLine(s2, 28, '210000000003139471430009016'))).toEqual(['QRB-06 INVALID_REFERENCE reference']);
    const scor = withLine(withLine(s1, 27, 'SCOR'), 28, 'RF18539007547034');
    expect(parseQrBill(scor).ok).toBe(true);
    expect(codes(withLine(withLine(s1, 27, 'SCOR'), 28, 'RF19539007547034'))).toEqual(['QRB-06 INVALID_REFERENCE reference']);
    expect(codes(withLine(s1, 28, 'RF18539007547034'))).toEqual(['QRB-06 INVALID_REFERENCE reference']);
    expect(codes(withLine(s1, 27, 'ABC'))).toEqual(['QRB-06 INVALID_REFERENCE referenceType']);
  });

  it('QRB-07: structured addresses only, complete, with an ISO country code', () => {
    expect(codes(withLine(s1, 10, 'ch'))).toEqual(['QRB-07 INVALID_COUNTRY creditor.country']);
    expect(codes(withLine(s1, 10, 'CHE'))).toEqual(['QRB-02 FIELD_TOO_LONG creditor.country', 'QRB-07 INVALID_COUNTRY creditor.country']);
    expect(codes(withLine(s1, 20, ''))).toEqual(['QRB-07 INCOMPLETE_ADDRESS debtor.addressType']);
  });

  it('QRB-08: amount from 0.01 to 999999999.99 with two decimals, in CHF or EUR', () => {
    for (const ok of ['0.01', '999999999.99', '10.00']) expect(parseQrBill(withLine(s1, 18, ok)).ok).toBe(true);
    for (const bad of ['0.00', '1000000000.00', '3949.7', '3949', '03949.75', '-1.00', '1,949.75', '1e3', '3949.750']) {
      expect(codes(withLine(s1, 18, bad))).toEqual(['QRB-08 INVALID_AMOUNT amount']);
    }
    expect(parseQrBill(withLine(s1, 19, 'EUR')).ok).toBe(true);
    expect(codes(withLine(s1, 19, 'USD'))).toEqual(['QRB-08 INVALID_CURRENCY currency']);
  });

  it('QRB-09: message and bill information share 140 characters; at most two alternative schemes of 100', () => {
    const withInfo = (message: string, info: string): string => [...s1.slice(0, 29), message, 'EPD', info].join('\n');
    expect(parseQrBill(withInfo('m'.repeat(70), 'b'.repeat(70))).ok).toBe(true);
    expect(codes(withInfo('m'.repeat(71), 'b'.repeat(70)))).toEqual(['QRB-09 TEXT_TOO_LONG message']);
    expect(codes([...s2, '', 'S'.repeat(101)].join('\n'))).toEqual(['QRB-02 FIELD_TOO_LONG alternativeSchemes[0]']);
  });

  it('lists every broken rule at once, in the order of the payload', () => {
    const text = withLine(
      withLine(withLine(withLine(s2, 3, 'CH4431999123000889013'), 18, '1949.7'), 21, 'Ω'),
      28,
      '210000000003139471430009016',
    );
    expect(codes(text)).toEqual([
      'QRB-04 INVALID_IBAN account',
      'QRB-08 INVALID_AMOUNT amount',
      'QRB-03 INVALID_CHARACTER debtor.name',
      'QRB-06 INVALID_REFERENCE reference',
    ]);
    for (const e of errorsOf(text)) expect(e.message.startsWith(`${e.field}: `)).toBe(true);
  });
});
