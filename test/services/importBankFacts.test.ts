/**
 * importBankStatement with the facts of a bank file on its payments (issue 17: a camt payment is a
 * payment as it is): they are stored with the payment record, and they are part of "the same
 * payment" when a statement is imported again.
 */
import { describe, expect, it } from 'vitest';
import { creditorReference, importBankStatement, memoryPorts, type PaymentInput } from '../../src/index.js';

const reference = creditorReference('2026031');
const camtPayment: PaymentInput = {
  id: 'ZKB-20261123-0001',
  amount: { amount: '120.00', currency: 'CHF' },
  bookedAt: '2026-11-23T00:00:00+01:00',
  reference,
  referenceType: 'SCOR',
  message: 'Rechnung 2026-031',
  debtorName: 'Muster AG',
  debtorIban: 'CH9300762011623852957',
  charges: { amount: '0.50', currency: 'CHF' },
};

async function portsWithInvoice() {
  const ports = memoryPorts();
  const invoice = {
    id: 'INV-1',
    customer: 'c1',
    reference,
    amount: { amount: '120.00', currency: 'CHF' },
    issuedAt: '2026-11-01T00:00:00Z',
    dueAt: '2026-11-30T00:00:00Z',
  };
  await ports.invoices.put({ id: 'INV-1', owner: 'c1', invoice }, 0);
  return ports;
}

describe('BIL-02 importBankStatement keeps the facts of a bank file', () => {
  it('BIL-02 stores them with the payment record, and a second import of the statement changes nothing', async () => {
    const ports = await portsWithInvoice();
    const first = await importBankStatement(ports, [camtPayment]);
    expect(first.applied).toEqual([{ payment: camtPayment.id, outcome: { kind: 'settled', invoice: 'INV-1', customer: 'c1' } }]);
    const record = (await ports.payments.get(camtPayment.id))?.value.payment;
    expect(record).toMatchObject({
      referenceType: 'SCOR',
      message: 'Rechnung 2026-031',
      debtorIban: 'CH9300762011623852957',
      charges: { amount: '0.50', currency: 'CHF' },
    });
    expect(await importBankStatement(ports, [camtPayment])).toEqual({ applied: [], alreadyImported: [camtPayment.id], conflicting: [] });
  });

  it('BIL-02 the same id with another message is another payment: reported conflicting, not applied', async () => {
    const ports = await portsWithInvoice();
    await importBankStatement(ports, [camtPayment]);
    const other = await importBankStatement(ports, [{ ...camtPayment, message: 'Rechnung 2026-032' }]);
    expect(other.conflicting).toEqual([camtPayment.id]);
  });

  it('BIL-02 a record whose amounts a store wrote in another form is still the same payment', async () => {
    const ports = await portsWithInvoice();
    await importBankStatement(ports, [camtPayment]);
    const stored = await ports.payments.get(camtPayment.id);
    if (stored === undefined) throw new Error('the record was stored');
    const rewritten = { ...stored.value, payment: { ...stored.value.payment, charges: { amount: '0.5', currency: 'CHF' } } };
    await ports.payments.put(rewritten, stored.version);
    expect((await importBankStatement(ports, [camtPayment])).alreadyImported).toEqual([camtPayment.id]);
  });
});
