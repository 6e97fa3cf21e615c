/**
 * Rendering stays out of the core: a bill read by parseQrBill is handed to swissqrbill (an optional
 * peer, a dev dependency here) in its own shape, as examples/qrbill.ts and docs/qrbill.md show.
 */
import { SwissQRBill } from 'swissqrbill/svg';
import { describe, expect, it } from 'vitest';
import { parseQrBill } from '../../src/qrbill/index.js';
import { SAMPLE_2 } from './samples.js';

describe('handing a bill to swissqrbill', () => {
  it('renders the payment part of a parsed bill with its amount, account and reference', () => {
    const read = parseQrBill(SAMPLE_2.join('\n'));
    if (!read.ok) throw new Error('sample 2 is valid');
    const { bill } = read;
    const address = (a: NonNullable<typeof bill.debtor>) => ({
      name: a.name,
      address: a.street ?? '',
      buildingNumber: a.buildingNumber ?? '',
      zip: a.postalCode,
      city: a.town,
      country: a.country,
    });
    const svg = new SwissQRBill({
      creditor: { account: bill.account, ...address(bill.creditor) },
      currency: bill.currency,
      amount: Number(bill.amount?.amount),
      reference: bill.reference as string,
      ...(bill.debtor === undefined ? {} : { debtor: address(bill.debtor) }),
      ...(bill.message === undefined ? {} : { message: bill.message }),
    }).toString();
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('1 949.75');
    expect(svg).toContain('CH44 3199 9123 0008 8901 2');
    expect(svg).toContain('21 00000 00003 13947 14300 09017');
  });
});
