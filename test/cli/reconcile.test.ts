/** The `hostpolicy reconcile` command line: a camt file matched to invoices, the table, JSON, exit codes. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qrReference } from '../../src/billing/index.js';
import { jsonLines } from '../../src/cli/json.js';
import { money } from '../../src/money/index.js';
import { run } from './run.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'test/cli/fixtures');
const STATEMENT = join(fixtures, 'statement.camt054.xml');
const INVOICES = join(fixtures, 'invoices.json');
const files = { 'statement.xml': readFileSync(STATEMENT, 'utf8'), 'invoices.json': readFileSync(INVOICES, 'utf8') };

/** A camt.054.001.08 with one booked batch entry of `n` QRR credits of CHF 10.00 and `pending` pending entries. */
function generated(n: number, pending = 0): { xml: string; invoices: string } {
  const refs = Array.from({ length: n }, (_, i) => qrReference(String(i + 1)));
  const txs = refs.map(
    (ref, i) =>
      `<TxDtls><Refs><AcctSvcrRef>G-${i + 1}</AcctSvcrRef></Refs><Amt Ccy="CHF">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>` +
      `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp><Ref>${ref}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>`,
  );
  const pendingEntries = Array.from(
    { length: pending },
    (_, i) =>
      `<Ntry><Amt Ccy="CHF">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts>` +
      `<BookgDt><Dt>2026-11-23</Dt></BookgDt><AcctSvcrRef>P-${i + 1}</AcctSvcrRef></Ntry>`,
  );
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>' +
    '<GrpHdr><MsgId>GEN-1</MsgId><CreDtTm>2026-11-23T20:00:00+01:00</CreDtTm></GrpHdr><Ntfctn><Id>GEN-N-1</Id>' +
    '<Acct><Id><IBAN>CH4431999123000889012</IBAN></Id></Acct>' +
    `<Ntry><Amt Ccy="CHF">${(10 * n).toFixed(2)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>` +
    `<BookgDt><Dt>2026-11-23</Dt></BookgDt><AcctSvcrRef>GEN-E-1</AcctSvcrRef><NtryDtls><Btch><NbOfTxs>${n}</NbOfTxs></Btch>` +
    `${txs.join('')}</NtryDtls></Ntry>${pendingEntries.join('')}</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>`;
  const invoices = refs.map((reference, i) => ({
    id: `GI-${i + 1}`,
    customer: `c${i % 7}`,
    reference,
    amount: { amount: '10.00', currency: 'CHF' },
    issuedAt: '2026-10-23T00:00:00Z',
    dueAt: '2026-11-22T00:00:00Z',
  }));
  return { xml, invoices: JSON.stringify(invoices) };
}

interface ResultJson {
  camt: {
    message: string;
    version: string;
    messageId: string;
    totals: Record<string, { payments: { count: number; amount: string } }>;
    skipped: { path: string; code: string }[];
    debits: { id: string }[];
    reversals: { id: string }[];
  };
  reconciliation: {
    settled: { payment: { id: string }; invoice: { id: string; settled: boolean } }[];
    credited: { payment: { id: string }; customer: string; cause: string }[];
    unidentified: { id: string }[];
    invoices: { id: string; settled: boolean; settledBy?: string }[];
    prepaid: { balances: Record<string, Record<string, string>> };
    totals: Record<string, { received: { amount: string } }>;
    alreadyReconciled: { id: string }[];
    reversed: { reversal: { id: string }; outcome: { kind: string; cause?: string } }[];
  };
}

describe('hostpolicy reconcile', () => {
  it('prints what became of each payment: settled, credited by cause, unidentified, reversals, debits, skipped, totals', async () => {
    const r = await run(['reconcile', '--invoices', 'invoices.json', 'statement.xml'], files);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(
      'statement.xml: camt.054.001.08, message CLI-20261123-0001 of 2026-11-23T20:15:00+01:00, account CH4431999123000889012, ' +
        '1 notification, 6 entries',
    );
    const row = (label: string): string[] =>
      lines.filter((l) => l.startsWith(`${label}  `) || l.startsWith(`${label} `)).map((l) => l.replace(/\s+/gu, ' ').trim());
    expect(row('settled')).toEqual(['settled 1 CHF 120.00', 'settled 1 EUR 201.25']);
    expect(row('credited AMOUNT_MISMATCH')).toEqual(['credited AMOUNT_MISMATCH 1 CHF 45.00']);
    expect(row('credited STALE_REFERENCE')).toEqual(['credited STALE_REFERENCE 1 CHF 30.00']);
    expect(row('unidentified')).toEqual(['unidentified 1 CHF 15.50']);
    // A reversal of the payment that settled I-1 re-opens it; one of a payment not known changes nothing.
    expect(row('reversal reopened')).toEqual(['reversal reopened 1 CHF 120.00']);
    expect(row('reversal unmatched REVERSED_PAYMENT_UNKNOWN')).toEqual(['reversal unmatched REVERSED_PAYMENT_UNKNOWN 1 CHF 20.00']);
    expect(r.out).toContain('re-opened:\n  I-1  paid by TX-0001  reversed by TX-0008\n');
    expect(row('debits (file)')).toEqual(['debits (file) 1 CHF 250.00']);
    expect(row('skipped (file)')).toEqual(['skipped (file) 1 CHF 10.00']);
    // Totals per currency: the file's entries = payments + reversals + debits + skipped; received = settled + credited + unidentified.
    expect(row('CHF')).toEqual(['CHF 610.50 210.50 140.00 250.00 10.00 120.00 75.00 15.50']);
    expect(row('EUR')).toEqual(['EUR 201.25 201.25 0.00 0.00 0.00 201.25 0.00 0.00']);
    expect(r.out).toContain('skipped:\n  Ntfctn[1]/Ntry[6]');
    expect(r.out).toContain('NOT_BOOKED');
  });

  it('--json prints the full result; --out writes it to a file; the table and the JSON agree', async () => {
    const json = await run(['reconcile', '--invoices', 'invoices.json', 'statement.xml', '--json'], files);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out) as ResultJson;
    expect(result.camt).toMatchObject({ message: 'camt.054', version: '001.08', messageId: 'CLI-20261123-0001' });
    expect(result.camt.skipped.map((s) => s.code)).toEqual(['NOT_BOOKED']);
    expect(result.camt.debits).toHaveLength(1);
    expect(result.camt.reversals.map((v) => v.id)).toEqual(['TX-0006', 'TX-0008']);
    const rec = result.reconciliation;
    expect(rec.settled.map((s) => [s.payment.id, s.invoice.id, s.invoice.settled])).toEqual([
      ['TX-0001', 'I-1', true],
      ['TX-0005', 'I-4', true],
    ]);
    expect(rec.credited.map((c) => [c.payment.id, c.customer, c.cause])).toEqual([
      ['TX-0002', 'ben', 'AMOUNT_MISMATCH'],
      ['TX-0003', 'cam', 'STALE_REFERENCE'],
    ]);
    expect(rec.unidentified.map((p) => p.id)).toEqual(['TX-0004']);
    expect(rec.prepaid.balances).toEqual({ ben: { CHF: '45.00' }, cam: { CHF: '30.00' } });
    expect(rec.reversed.map((v) => [v.reversal.id, v.outcome.kind, v.outcome.cause])).toEqual([
      ['TX-0006', 'unmatched', 'REVERSED_PAYMENT_UNKNOWN'],
      ['TX-0008', 'reopened', 'PAYMENT_REVERSED'],
    ]);
    expect(rec.invoices.map((i) => [i.id, i.settled])).toEqual([
      ['I-1', false],
      ['I-2', false],
      ['I-3', true],
      ['I-4', true],
      ['I-5', false],
    ]);
    expect(rec.totals.CHF?.received.amount).toBe(result.camt.totals.CHF?.payments.amount);

    const out = await run(['reconcile', '--invoices', 'invoices.json', 'statement.xml', '--out', 'result.json'], files);
    expect(out.code).toBe(0);
    expect(out.out).toContain('settled');
    expect(out.out.trimEnd().endsWith('full result: result.json')).toBe(true);
    expect(JSON.parse(out.written['result.json'] as string)).toEqual(result);
  });

  it('a result fed back in (--invoices, --prepaid from --out) changes nothing: every payment and reversal is applied already', async () => {
    const first = await run(['reconcile', '--invoices', 'invoices.json', 'statement.xml', '--out', 'monday.json'], files);
    const monday = first.written['monday.json'] as string;
    const again = await run(['reconcile', '--invoices', 'monday.json', '--prepaid', 'monday.json', 'statement.xml', '--json'], {
      ...files,
      'monday.json': monday,
    });
    expect(again.code).toBe(0);
    const rec = (JSON.parse(again.out) as ResultJson).reconciliation;
    expect(rec.settled).toEqual([]);
    expect(rec.credited).toEqual([]);
    expect(rec.alreadyReconciled.map((p) => p.id).sort()).toEqual(['TX-0001', 'TX-0002', 'TX-0003', 'TX-0005']);
    expect(rec.reversed.map((v) => [v.reversal.id, v.outcome.kind])).toEqual([
      ['TX-0006', 'unmatched'],
      ['TX-0008', 'already-applied'],
    ]);
    expect(rec.invoices.find((i) => i.id === 'I-1')).toMatchObject({ settled: false });
    expect(rec.prepaid.balances).toEqual((JSON.parse(monday) as ResultJson).reconciliation.prepaid.balances);
  });

  it('shows progress on standard error with --progress or on a terminal, never otherwise; lists the first skipped items', async () => {
    const { xml, invoices } = generated(250, 7);
    const input = { 'big.xml': xml, 'inv.json': invoices };
    const args = ['reconcile', '--invoices', 'inv.json', 'big.xml'];
    const quiet = await run(args, input, { io: { progressEvery: 100 } });
    expect(quiet.err).toBe('');
    const shown = await run([...args, '--progress'], input, { io: { progressEvery: 100 } });
    expect(shown.code).toBe(0);
    expect(shown.err).toBe('… 100 transactions read\n… 200 transactions read\n257 transactions read; reconciling\n');
    expect((await run(args, input, { io: { progressEvery: 100, errIsTty: true } })).err).toBe(shown.err);
    expect(shown.out.replace(/\s+/gu, ' ')).toContain('settled 250 CHF 2500.00');
    expect(shown.out).toContain('skipped (first 5 of 7):');
    expect(shown.out.split('\n').filter((l) => l.includes('NOT_BOOKED'))).toHaveLength(5);
  });

  it('says what is wrong with bad input in one line on standard error (exit 2), never a stack trace', async () => {
    const base = ['reconcile', '--invoices', 'invoices.json'];
    const bad: [string[], Record<string, string>, string][] = [
      [[...base, 'missing.xml'], {}, 'ENOENT'],
      [['reconcile', '--invoices', 'missing.json', 'statement.xml'], {}, 'ENOENT'],
      [[...base, 'statement.xml'], { 'invoices.json': '[{' }, 'invoices invoices.json is not JSON'],
      [[...base, 'statement.xml'], { 'invoices.json': '{"bills": []}' }, 'must be a JSON array of invoices'],
      [[...base, 'statement.xml'], { 'invoices.json': '{"invoices": {"__proto__": []}}' }, 'must be a JSON array of invoices'],
      [[...base, 'statement.xml'], { 'invoices.json': '[{"__proto__": {"id": "x"}}]' }, 'INVALID_INPUT'],
      [
        [...base, 'statement.xml'],
        { 'invoices.json': '[{"id": "I-1", "customer": "c", "reference": "RF00", "amount": 1}]' },
        'INVALID_INPUT',
      ],
      [[...base, '--prepaid', 'p.json', 'statement.xml'], { 'p.json': '{"balances": 7}' }, 'INVALID_INPUT'],
      [[...base, 'statement.xml'], { 'statement.xml': 'this is not XML' }, 'statement.xml: CAMT_NOT_XML'],
      [[...base, 'statement.xml'], { 'statement.xml': files['statement.xml'].slice(0, 2000) }, 'statement.xml: CAMT_TRUNCATED'],
      [
        [...base, 'statement.xml'],
        { 'statement.xml': files['statement.xml'].replace('xsd:camt.054.001.08', 'xsd:camt.054.001.02') },
        'statement.xml: CAMT_UNSUPPORTED_MESSAGE',
      ],
      [
        [...base, 'statement.xml'],
        { 'statement.xml': files['statement.xml'].replace('<Document ', '<!DOCTYPE Document [<!ENTITY a "b">]>\n<Document ') },
        'statement.xml: CAMT_NOT_XML',
      ],
      [['reconcile', 'statement.xml'], {}, 'reconcile needs --invoices'],
      [[...base], {}, 'reconcile needs one camt file'],
      [[...base, 'a.xml', 'b.xml'], {}, 'reconcile needs one camt file'],
      [[...base, 'statement.xml', '--bogus'], {}, 'Unknown option'],
    ];
    for (const [args, overrides, message] of bad) {
      const r = await run(args, { ...files, ...overrides });
      expect({ args, message, code: r.code, out: r.out }).toEqual({ args, message, code: 2, out: '' });
      expect(r.err).toContain(message);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('--help explains the command (exit 0), and the main help lists it', async () => {
    const help = await run(['reconcile', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('hostpolicy reconcile --invoices <invoices.json> <statement.xml>');
    expect(help.out).toContain('STALE_REFERENCE');
    expect((await run(['--help'])).out).toContain('hostpolicy reconcile --invoices');
  });

  it.runIf(existsSync(join(root, 'examples/camt/statement.xml')) && existsSync(join(root, 'examples/camt/invoices.json')))(
    'reconciles the example files of examples/camt (the demo)',
    async () => {
      const r = await run(
        ['reconcile', '--invoices', join(root, 'examples/camt/invoices.json'), join(root, 'examples/camt/statement.xml'), '--json'],
        {},
        { disk: true },
      );
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const result = JSON.parse(r.out) as ResultJson;
      for (const [currency, t] of Object.entries(result.camt.totals)) {
        expect(result.reconciliation.totals[currency]?.received.amount ?? '0').toBe(t.payments.count === 0 ? '0' : t.payments.amount);
      }
    },
  );

  it('runs as a process: streams the file from disk, writes --out, sets the exit code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostpolicy-cli-'));
    try {
      const { xml, invoices } = generated(1200);
      writeFileSync(join(dir, 's.xml'), xml);
      writeFileSync(join(dir, 'i.json'), invoices);
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), 'reconcile', ...args], {
          encoding: 'utf8',
          cwd: root,
        });
      const ok = cli('--invoices', join(dir, 'i.json'), join(dir, 's.xml'), '--out', join(dir, 'r.json'));
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(ok.stdout.replace(/\s+/gu, ' ')).toContain('settled 1200 CHF 12000.00');
      const written = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as ResultJson;
      expect(written.reconciliation.settled).toHaveLength(1200);
      const missing = cli('--invoices', join(dir, 'i.json'), join(dir, 'nothing.xml'));
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('ENOENT');
      expect(missing.stderr).not.toContain('    at ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('the JSON result, written line by line', () => {
  it('property: the lines joined parse to what JSON.stringify writes, for any JSON value and values with toJSON', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(
        fc.string(),
        fc.array(fc.record({ m: fc.constant(money('1.50', 'CHF')), d: fc.constant(new Date(0)), u: fc.constant(undefined) })),
      ),
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(JSON.parse([...jsonLines(v)].join('\n'))).toEqual(JSON.parse(JSON.stringify(v) ?? 'null'));
      }),
    );
    // A key whose toJSON() gives undefined is left out, as JSON.stringify leaves it out.
    const gone = { a: 1, b: { toJSON: () => undefined }, c: [{ toJSON: () => undefined }] };
    expect(JSON.parse([...jsonLines(gone)].join('\n'))).toEqual({ a: 1, c: [null] });
    // '__proto__' stays an own key, as JSON.parse makes it.
    const hostile = JSON.parse('{"a": {"__proto__": [1, {"__proto__": 2}]}}') as unknown;
    expect(JSON.parse([...jsonLines(hostile)].join('\n'))).toEqual(hostile);
  });
});
