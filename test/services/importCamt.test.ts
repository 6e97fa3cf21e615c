import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { memoryPorts } from '../../src/adapters/memory/index.js';
import type { InvoiceInput } from '../../src/billing/index.js';
import { isHostPolicyError } from '../../src/errors.js';
import { importBankStatement } from '../../src/services/index.js';

// The demo files of examples/camt: a camt.054.001.08 with eight payments and the invoices they pay.
const statement = readFileSync(new URL('../../examples/camt/statement.xml', import.meta.url));
const invoices = JSON.parse(readFileSync(new URL('../../examples/camt/invoices.json', import.meta.url), 'utf8')) as InvoiceInput[];

async function portsWithInvoices() {
  const ports = memoryPorts();
  for (const invoice of invoices) await ports.invoices.put({ id: invoice.id, owner: invoice.customer, invoice }, 0);
  return ports;
}

describe('importBankStatement with a camt file', () => {
  it('imports the payments of the file and reports the rest of it', async () => {
    const ports = await portsWithInvoices();
    const result = await importBankStatement(ports, statement);
    expect(result.applied).toHaveLength(8);
    const kinds = result.applied.map((a) => a.outcome.kind);
    expect(kinds.filter((k) => k === 'settled')).toHaveLength(5);
    expect(result.camt?.summary.message).toBe('camt.054');
    expect(result.camt?.summary.version).toBe('001.08');
    expect(result.camt?.skipped).toEqual([]);
    const totals = result.camt?.summary.totals['CHF'];
    expect(totals?.payments.count).toBe(8);
    expect(totals?.entries.amount).toBe(totals?.payments.amount);
  });

  it('gives the same result from the text, the bytes and a stream, and applies nothing twice', async () => {
    const ports = await portsWithInvoices();
    const first = await importBankStatement(ports, Readable.from([statement.subarray(0, 1000), statement.subarray(1000)]));
    expect(first.applied).toHaveLength(8);
    const again = await importBankStatement(ports, statement.toString('utf8'));
    expect(again.applied).toEqual([]);
    expect(again.alreadyImported).toEqual(first.applied.map((a) => a.payment));
  });

  it('imports nothing from a file that fails as a whole', async () => {
    const ports = await portsWithInvoices();
    const cut = statement.subarray(0, Math.floor(statement.length * 0.8));
    const error = await importBankStatement(ports, cut).catch((e: unknown) => e);
    expect(isHostPolicyError(error) && error.code).toBe('CAMT_TRUNCATED');
    const again = await importBankStatement(ports, statement);
    expect(again.applied).toHaveLength(8);
  });

  it('refuses a source that is neither payments nor a camt file', async () => {
    const ports = await portsWithInvoices();
    const error = await importBankStatement(ports, 42 as never).catch((e: unknown) => e);
    expect(isHostPolicyError(error) && error.code).toBe('INVALID_INPUT');
  });
});
