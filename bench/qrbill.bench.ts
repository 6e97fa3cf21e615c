/**
 * The QR-bill codec (issue 18): parse + validate ≥ 200,000 payloads/s, next to our own payload
 * writer and to swissqrbill 4 (a dev dependency of the bench only) making the QR code of the same
 * bills, in the same run. swissqrbill has no payload parser and exports no payload writer: its
 * SwissQRCode validates the bill, writes the payload and encodes the QR matrix, so the ratio
 * against it is "reading a bill" against "making one's code", not like for like. Throughput is
 * counted in this process's CPU time (other processes share the cores of these machines).
 */
import fc from 'fast-check';
import { SwissQRCode } from 'swissqrbill/svg';
import { parseQrBill, qrBillPayload, type QrBill } from '../src/qrbill/index.js';
import { qrBill } from '../test/qrbill/arbitraries.js';
import { formatOps, measureCpu as measure, report } from './harness.js';

/** swissqrbill's data for one of our bills (it takes amounts as floats: for rendering only). */
function forSwissQrBill(bill: QrBill): ConstructorParameters<typeof SwissQRCode>[0] {
  const address = (a: NonNullable<QrBill['debtor']>) => ({
    name: a.name,
    address: a.street ?? '',
    ...(a.buildingNumber === undefined ? {} : { buildingNumber: a.buildingNumber }),
    zip: a.postalCode,
    city: a.town,
    country: a.country,
  });
  return {
    creditor: { account: bill.account, ...address(bill.creditor) },
    currency: bill.currency,
    ...(bill.amount === undefined ? {} : { amount: Number(bill.amount.amount) }),
    ...(bill.debtor === undefined ? {} : { debtor: address(bill.debtor) }),
    ...(bill.reference === undefined ? {} : { reference: bill.reference }),
    ...(bill.message === undefined ? {} : { message: bill.message }),
  };
}

export function run(): void {
  // Realistic bills: street addresses, no exotic characters (swissqrbill refuses what v2.3 added).
  const ascii = (b: QrBill): QrBill => JSON.parse(JSON.stringify(b).replace(/[^\x20-\x7e]/g, 'e')) as QrBill;
  const bills = fc
    .sample(qrBill, { numRuns: 2000, seed: 42 })
    .map(ascii)
    .filter((b) => b.creditor.street !== undefined && (b.debtor === undefined || b.debtor.street !== undefined))
    .map(({ alternativeSchemes: _a, billInformation: _b, ...rest }) => rest);
  const payloads = bills.map((b) => qrBillPayload(b));
  let i = 0;
  const parse = measure('parseQrBill', () => parseQrBill(payloads[(i += 1) % payloads.length] as string));
  let j = 0;
  const write = measure('qrBillPayload', () => qrBillPayload(bills[(j += 1) % bills.length] as QrBill));
  const peerData = bills.map(forSwissQrBill);
  let k = 0;
  const peer = measure('swissqrbill SwissQRCode', () =>
    new SwissQRCode(peerData[(k += 1) % peerData.length] as ConstructorParameters<typeof SwissQRCode>[0]).toString(),
  );
  report(
    `${bills.length} generated bills; parse + validate (every rule QRB-01..09): ${formatOps(parse.opsPerSecond)}; target ≥ 200,000/s`,
    parse.opsPerSecond >= 200_000,
  );
  report(`qrBillPayload (validate + write): ${formatOps(write.opsPerSecond)}`);
  report(
    `swissqrbill 4.4 SwissQRCode (validate + write + encode the QR matrix, SVG): ${formatOps(peer.opsPerSecond)}; parseQrBill is ` +
      `${(parse.opsPerSecond / peer.opsPerSecond).toFixed(0)}× its throughput`,
  );
}
