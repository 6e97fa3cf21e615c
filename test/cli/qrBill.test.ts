/** The `hostpolicy qr-bill` command line: make and check, exit codes, messages. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { CREDITOR, SAMPLE_2, SAMPLE_4 } from '../qrbill/samples.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs main() on in-memory files; returns the exit code and what was printed. */
async function run(args: string[], files: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    read: async (path) => {
      if (!Object.hasOwn(files, path)) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return files[path] as string;
    },
  });
  return { code, out, err };
}

const invoice = {
  id: 'I-3139',
  customer: 'pia',
  reference: '210000000003139471430009017',
  amount: { amount: '1949.75', currency: 'CHF' },
  issuedAt: '2026-06-18T00:00:00Z',
  dueAt: '2026-07-18T00:00:00Z',
};
const creditor = { account: 'CH44 3199 9123 0008 8901 2', ...CREDITOR };

describe('hostpolicy qr-bill', () => {
  it('check: a valid payload is summarised (exit 0); an invalid one lists every rule it breaks (exit 1)', async () => {
    const ok = await run(['qr-bill', 'check', 'bill.txt'], { 'bill.txt': SAMPLE_2.join('\r\n') });
    expect(ok).toEqual({
      code: 0,
      out: 'valid QR-bill: CHF 1949.75 to CH4431999123000889012 (Robert Schneider AG, Biel), QRR 210000000003139471430009017\n',
      err: '',
    });
    const bad = await run(['qr-bill', 'check', '-'], { '-': SAMPLE_4.join('\n') });
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('QRB-07 COMBINED_ADDRESS_NOT_ALLOWED');
    const json = await run(['qr-bill', 'check', '--json', 'bill.txt'], { 'bill.txt': SAMPLE_2.join('\n') });
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, bill: { reference: '210000000003139471430009017' } });
  });

  it('make: from a bill file, and from an invoice and our creditor', async () => {
    const fromBill = await run(['qr-bill', 'make', 'bill.json'], {
      'bill.json': JSON.stringify({
        account: creditor.account,
        creditor: CREDITOR,
        amount: { amount: '1949.75', currency: 'CHF' },
        reference: invoice.reference,
      }),
    });
    expect(fromBill.code).toBe(0);
    expect(fromBill.out.split('\n')[28]).toBe('210000000003139471430009017');
    const fromInvoice = await run(['qr-bill', 'make', '--invoice', 'i.json', '--creditor', 'c.json', '--message', 'Invoice I-3139'], {
      'i.json': JSON.stringify(invoice),
      'c.json': JSON.stringify(creditor),
    });
    expect(fromInvoice.out.trimEnd()).toBe(fromBill.out.trimEnd().replace(/\n\nEPD$/, '\nInvoice I-3139\nEPD'));
    const refused = await run(['qr-bill', 'make', '--invoice', 'i.json', '--creditor', 'c.json'], {
      'i.json': JSON.stringify(invoice),
      'c.json': JSON.stringify({ ...creditor, account: 'CH5800791123000889012' }),
    });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('QRB-05 QR_REFERENCE_NEEDS_QR_IBAN');
  });

  it('says what is wrong with bad usage and input (exit 2), never a stack trace', async () => {
    expect((await run([])).code).toBe(2);
    expect(await run(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('hostpolicy qr-bill') as unknown });
    expect(await run(['qr-bill', '--help'])).toMatchObject({ code: 0, out: expect.stringContaining('qr-bill check') as unknown });
    expect(await run(['qr-bill', 'check', '--help'])).toMatchObject({ code: 0 });
    expect(await run(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "frobnicate"') as unknown });
    expect(await run(['qr-bill', 'scan'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown qr-bill command') as unknown });
    expect(await run(['qr-bill', 'check', 'missing.txt'])).toMatchObject({ code: 2, err: expect.stringContaining('ENOENT') as unknown });
    expect(await run(['qr-bill', 'make', 'b.json'], { 'b.json': '{nope' })).toMatchObject({
      code: 2,
      err: expect.stringContaining('is not JSON') as unknown,
    });
    expect(await run(['qr-bill', 'make', 'b.json'], { 'b.json': '{"account":1}' })).toMatchObject({
      code: 2,
      err: expect.stringContaining('INVALID') as unknown,
    });
    expect(await run(['qr-bill', 'make', '--invoice', 'i.json'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('both --invoice and --creditor') as unknown,
    });
    expect(await run(['qr-bill', 'check', '--bogus'])).toMatchObject({ code: 2 });
    expect(await run(['__proto__'])).toMatchObject({ code: 2 });
  });

  it('runs as a process: reads standard input and sets the exit code', () => {
    const cli = (input: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), 'qr-bill', 'check'], {
        input,
        encoding: 'utf8',
        cwd: root,
      });
    const ok = cli(SAMPLE_2.join('\n'));
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('valid QR-bill: CHF 1949.75');
    const bad = cli('SPC\n0200');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('QRB-01 INVALID_STRUCTURE');
  }, 30_000);
});
