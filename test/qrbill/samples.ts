/**
 * QR-bill payloads used by the tests. Samples 1 to 5 are the example bills of the SIX Swiss
 * Implementation Guidelines for the QR-bill (Robert Schneider AG, Biel; Pia Rutschmann, Rorschach;
 * the Salvation Army donation), as the SwissQRBill library lists them line by line in
 * generator/src/test/java/net/codecrete/qrbill/generator/SampleQrCodeText.java
 * (github.com/manuelbl/SwissQRBill, MIT). Samples 4 and 5 have a combined (K) debtor address,
 * valid before v2.3 and refused since 21 November 2025.
 */
const empty7 = ['', '', '', '', '', '', ''];

export const SAMPLE_1 = [
  'SPC',
  '0200',
  '1',
  'CH5800791123000889012',
  'S',
  'Robert Schneider AG',
  'Rue du Lac',
  '1268',
  '2501',
  'Biel',
  'CH',
  ...empty7,
  '3949.75',
  'CHF',
  'S',
  'Pia Rutschmann',
  'Marktgasse',
  '28',
  '9400',
  'Rorschach',
  'CH',
  'NON',
  '',
  'Bill no. 3139 for gardening work and disposal of waste material',
  'EPD',
];

export const SAMPLE_2 = [
  'SPC',
  '0200',
  '1',
  'CH4431999123000889012',
  'S',
  'Robert Schneider AG',
  'Rue du Lac',
  '1268',
  '2501',
  'Biel',
  'CH',
  ...empty7,
  '1949.75',
  'CHF',
  'S',
  'Pia-Maria Rutschmann-Schnyder',
  'Grosse Marktgasse',
  '28',
  '9400',
  'Rorschach',
  'CH',
  'QRR',
  '210000000003139471430009017',
  'Order dated 18.06.2020',
  'EPD',
  '//S1/01/20170309/11/10201409/20/14000000/22/36958/30/CH106017086/40/1020/41/3010',
  'UV;UltraPay005;12345',
  'XY;XYService;54321',
];

export const SAMPLE_3 = [
  'SPC',
  '0200',
  '1',
  'CH3709000000304442225',
  'S',
  'Salvation Army Foundation Switzerland',
  '',
  '',
  '3000',
  'Bern',
  'CH',
  ...empty7,
  '',
  'CHF',
  ...empty7,
  'NON',
  '',
  'Donnation to the Winterfest campaign',
  'EPD',
];

export const SAMPLE_4 = [
  'SPC',
  '0200',
  '1',
  'CH5800791123000889012',
  'S',
  'Robert Schneider AG',
  'Rue du Lac',
  '1268',
  '2501',
  'Biel',
  'CH',
  ...empty7,
  '199.95',
  'CHF',
  'K',
  'Pia-Maria Rutschmann-Schnyder',
  'Grosse Marktgasse 28',
  '9400 Rorschach',
  '',
  '',
  'CH',
  'SCOR',
  'RF18539007547034',
  '',
  'EPD',
];

export const SAMPLE_5 = [...SAMPLE_4.slice(0, 18), '0.50', ...SAMPLE_4.slice(19)];

/** A payload with line `index` replaced. */
export function withLine(payload: readonly string[] | string, index: number, value: string): string {
  const lines = typeof payload === 'string' ? payload.split('\n') : payload;
  return lines.map((l, i) => (i === index ? value : l)).join('\n');
}

/** Our creditor, with a QR-IBAN (for QR references) and an IBAN (for creditor references). */
export const CREDITOR = {
  name: 'Robert Schneider AG',
  street: 'Rue du Lac',
  buildingNumber: '1268',
  postalCode: '2501',
  town: 'Biel',
  country: 'CH',
} as const;
export const QR_IBAN = 'CH4431999123000889012';
export const IBAN = 'CH5800791123000889012';
