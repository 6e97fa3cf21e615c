/**
 * The test-side camt writer and its oracle: every generated document is well-formed XML in its
 * message's namespace with the elements in ISO 20022 order (checked with saxes, a general XML
 * parser), its texts read back as described whatever the layout options, and expectedOf() keeps the
 * reader's invariant: per currency, entries = payments + reversals + debits + skipped, to the minor
 * unit (checked with decimal.js).
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { arbCamtDoc } from './arbitraries.js';
import {
  expectedOf,
  namespaceOf,
  transactionsOf,
  writeCamt,
  zurichMidnight,
  type CamtSpecDoc,
  type CamtSpecTransaction,
  type WriteCamtOptions,
} from './writeCamt.js';

interface Node {
  readonly name: string;
  readonly uri: string;
  readonly attributes: Record<string, string>;
  readonly children: Node[];
  text: string;
}

/** Parses with saxes (namespaces on) into a tree of local names; throws on any well-formedness error. */
function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Node[] = [];
  let root: Node | undefined;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (a.prefix !== 'xmlns' && a.name !== 'xmlns') attributes[a.local] = a.value;
    const node: Node = { name: tag.local, uri: tag.uri, attributes, children: [], text: '' };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (t: string): void => {
    const top = stack.at(-1);
    if (top !== undefined) top.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(xml).close();
  if (root === undefined) throw new Error('no root element');
  return root;
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

/** Children each element may have, in the order of the ISO 20022 message definitions (.04 and .08 alike). */
const ORDER: Record<string, readonly string[]> = {
  Document: ['BkToCstmrStmt', 'BkToCstmrDbtCdtNtfctn'],
  BkToCstmrStmt: ['GrpHdr', 'Stmt'],
  BkToCstmrDbtCdtNtfctn: ['GrpHdr', 'Ntfctn'],
  GrpHdr: ['MsgId', 'CreDtTm'],
  Stmt: ['Id', 'CreDtTm', 'Acct', 'Bal', 'TxsSummry', 'Ntry'],
  Ntfctn: ['Id', 'CreDtTm', 'Acct', 'TxsSummry', 'Ntry'],
  Acct: ['Id'],
  Id: ['IBAN'],
  Bal: ['Tp', 'Amt', 'CdtDbtInd', 'Dt'],
  Tp: ['CdOrPrtry'],
  CdOrPrtry: ['Cd', 'Prtry'],
  Dt: ['Dt'],
  TxsSummry: ['TtlNtries', 'TtlCdtNtries', 'TtlDbtNtries'],
  TtlNtries: ['NbOfNtries', 'Sum', 'TtlNetNtry'],
  TtlNetNtry: ['Amt', 'CdtDbtInd'],
  TtlCdtNtries: ['NbOfNtries', 'Sum'],
  TtlDbtNtries: ['NbOfNtries', 'Sum'],
  Ntry: [
    'NtryRef',
    'Amt',
    'CdtDbtInd',
    'RvslInd',
    'Sts',
    'BookgDt',
    'ValDt',
    'AcctSvcrRef',
    'Avlbty',
    'BkTxCd',
    'AmtDtls',
    'Chrgs',
    'NtryDtls',
  ],
  BookgDt: ['Dt', 'DtTm'],
  ValDt: ['Dt', 'DtTm'],
  BkTxCd: ['Domn', 'Prtry'],
  Domn: ['Cd', 'Fmly'],
  Fmly: ['Cd', 'SubFmlyCd'],
  NtryDtls: ['Btch', 'TxDtls'],
  Btch: ['MsgId', 'PmtInfId', 'NbOfTxs', 'TtlAmt', 'CdtDbtInd'],
  TxDtls: ['Refs', 'Amt', 'CdtDbtInd', 'AmtDtls', 'Avlbty', 'BkTxCd', 'Chrgs', 'Intrst', 'RltdPties', 'RltdAgts', 'Purp', 'RmtInf'],
  Refs: ['MsgId', 'AcctSvcrRef', 'PmtInfId', 'InstrId', 'EndToEndId', 'TxId'],
  AmtDtls: ['InstdAmt', 'TxAmt'],
  TxAmt: ['Amt', 'CcyXchg'],
  Chrgs: ['TtlChrgsAndTaxAmt', 'Rcrd'],
  Rcrd: ['Amt', 'CdtDbtInd', 'ChrgInclInd', 'Tp'],
  RltdPties: ['InitgPty', 'Dbtr', 'DbtrAcct', 'UltmtDbtr', 'Cdtr', 'CdtrAcct'],
  DbtrAcct: ['Id'],
  CdtrAcct: ['Id'],
  Pty: ['Nm', 'PstlAdr'],
  RmtInf: ['Ustrd', 'Strd'],
  Strd: ['RfrdDocInf', 'RfrdDocAmt', 'CdtrRefInf', 'Invcr', 'Invcee', 'AddtlRmtInf'],
  CdtrRefInf: ['Tp', 'Ref'],
};
/** Where the versions differ: a party is `Nm` directly in .04, the Party40Choice `Pty` in .08; `Sts` a code or a choice. */
const VERSION_ORDER: Record<CamtSpecDoc['version'], Record<string, readonly string[]>> = {
  '001.04': { Dbtr: ['Nm', 'PstlAdr'], Cdtr: ['Nm', 'PstlAdr'], Sts: [] },
  '001.08': { Dbtr: ['Pty', 'Agt'], Cdtr: ['Pty', 'Agt'], Sts: ['Cd'] },
};

/** Problems with the children's names and order, as `Parent: child` lines. */
function orderProblems(root: Node, version: CamtSpecDoc['version']): string[] {
  const problems: string[] = [];
  for (const node of walk(root)) {
    if (node.children.length === 0 && node.name !== 'Sts') continue;
    const allowed = VERSION_ORDER[version][node.name] ?? ORDER[node.name];
    if (allowed === undefined) {
      problems.push(`${node.name}: not expected to have children`);
      continue;
    }
    if (node.name === 'Sts' && version === '001.08' && node.children.length !== 1) problems.push('Sts: no Cd');
    let last = -1;
    for (const child of node.children) {
      const at = allowed.indexOf(child.name);
      if (at < 0 || at < last) problems.push(`${node.name}: ${child.name} ${at < 0 ? 'not allowed' : 'out of order'}`);
      last = at;
    }
  }
  return problems;
}

/** The free texts of a description in the order they are written: names, Ustrd, Ref, AddtlRmtInf. */
function describedTexts(doc: CamtSpecDoc): string[] {
  const texts: string[] = [];
  const push = (v: string | undefined): void => {
    if (v !== undefined) texts.push(v);
  };
  for (const entry of doc.entries)
    for (const tx of transactionsOf(entry)) {
      push(tx.debtorName);
      push(tx.creditorName);
      for (const u of tx.ustrd ?? []) push(u);
      push(tx.reference);
      push(tx.addtlRmtInf);
    }
  return texts;
}

const FREE_TEXTS = new Set(['Nm', 'Ustrd', 'Ref', 'AddtlRmtInf']);

const arbOptions: fc.Arbitrary<WriteCamtOptions> = fc.record(
  {
    prefix: fc.constantFrom('camt', 'ns2', 'x'),
    comments: fc.boolean(),
    newline: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
    layout: fc.constantFrom<'indent' | 'compact' | 'random'>('indent', 'compact', 'random'),
    escape: fc.constantFrom<'minimal' | 'quotes' | 'numeric'>('minimal', 'quotes', 'numeric'),
    cdata: fc.boolean(),
    declaration: fc.boolean(),
    bom: fc.boolean(),
    seed: fc.integer(),
  },
  { requiredKeys: ['seed'] },
);

const BASE: Omit<CamtSpecDoc, 'version' | 'entries'> = {
  message: 'camt.054',
  messageId: 'MSG-2026-11-23',
  createdAt: '2026-11-23T08:15:00+01:00',
  account: 'CH9300762011623852957',
};
const QRR = '210000000003139471430009017';
const paid: CamtSpecTransaction = {
  acctSvcrRef: 'TX-1',
  amount: { amount: '100.5', currency: 'CHF' },
  reference: '21 00000 00003 13947 14300 09017',
  referenceType: 'QRR',
  ustrd: ['Rechnung 17 <Müller & Söhne>'],
  debtorName: 'Müller & Söhne "AG" <Zürich>',
  debtorIban: 'CH5604835012345678009',
  charges: { amount: '1.5', currency: 'CHF' },
};

describe('writeCamt', () => {
  it('writes the entry status as a code in .04 and as a choice in .08, and the debtor in each form', () => {
    const entries = [
      { status: 'BOOK', direction: 'CRDT', amount: { amount: '100.50', currency: 'CHF' }, bookingDate: '2026-11-23', details: paid },
    ] as const;
    const v04 = writeCamt({ ...BASE, version: '001.04', entries }, { layout: 'compact' });
    const v08 = writeCamt({ ...BASE, version: '001.08', entries }, { layout: 'compact' });
    expect(v04).toContain('<Sts>BOOK</Sts>');
    expect(v08).toContain('<Sts><Cd>BOOK</Cd></Sts>');
    expect(v04).toContain('<Dbtr><Nm>Müller &amp; Söhne "AG" &lt;Zürich&gt;</Nm></Dbtr>');
    expect(v08).toContain('<Dbtr><Pty><Nm>Müller &amp; Söhne "AG" &lt;Zürich&gt;</Nm></Pty></Dbtr>');
    expect(v08).toContain('<CdtrRefInf><Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp><Ref>21 00000 00003 13947 14300 09017</Ref>');
    expect(v08.startsWith('<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">')).toBe(
      true,
    );
  });

  it('escapes quotes and writes character references on request, and prefixes every element', () => {
    const xml = writeCamt(
      {
        ...BASE,
        version: '001.08',
        entries: [{ status: 'BOOK', direction: 'CRDT', amount: paid.amount, bookingDate: '2026-11-23', details: paid }],
      },
      { layout: 'compact', escape: 'numeric', prefix: 'c' },
    );
    expect(xml).toContain('<c:Nm>M&#xfc;ller &amp; S&#246;hne &quot;AG&quot; &lt;Z&#xfc;rich&gt;</c:Nm>');
    expect(xml).toContain('<c:Document xmlns:c="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">');
    expect(xml).not.toMatch(/<(?!c:|\/c:|\?xml)/);
  });

  it('writes documents that saxes reads as well-formed, in order, with the described texts', () => {
    fc.assert(
      fc.property(arbCamtDoc(), arbOptions, (doc, options) => {
        const root = parse(writeCamt(doc, options));
        expect(root.name).toBe('Document');
        expect(root.uri).toBe(namespaceOf(doc));
        expect(orderProblems(root, doc.version)).toEqual([]);
        const texts = [...walk(root)].filter((n) => FREE_TEXTS.has(n.name)).map((n) => n.text);
        expect(texts).toEqual(describedTexts(doc));
        const entries = [...walk(root)].filter((n) => n.name === 'Ntry');
        expect(entries.map((n) => n.children.find((c) => c.name === 'Amt')?.text)).toEqual(doc.entries.map((e) => e.amount.amount));
      }),
      { numRuns: 150 },
    );
  });
});

describe('expectedOf', () => {
  it('maps payments, a reversal, a debit, a pending entry and a batch that does not add up', () => {
    const doc: CamtSpecDoc = {
      ...BASE,
      version: '001.04',
      entries: [
        {
          status: 'BOOK',
          direction: 'CRDT',
          amount: { amount: '150.5', currency: 'CHF' },
          bookingDate: '2026-10-25',
          valueDate: '2026-10-26',
          acctSvcrRef: 'E1',
          batch: { transactions: [paid, { amount: { amount: '40', currency: 'CHF' } }] },
        },
        {
          status: 'BOOK',
          direction: 'DBIT',
          reversal: true,
          amount: { amount: '9.95', currency: 'EUR' },
          bookingDate: '2026-03-29',
          acctSvcrRef: 'E2',
        },
        {
          status: 'BOOK',
          direction: 'DBIT',
          amount: { amount: '20.00', currency: 'CHF' },
          bookingDate: '2026-03-30',
          acctSvcrRef: 'E3',
          details: { amount: { amount: '20.00', currency: 'CHF' }, creditorName: 'Hoster AG', ustrd: ['refund'] },
        },
        { status: 'PDNG', direction: 'CRDT', amount: { amount: '7', currency: 'CHF' }, bookingDate: '2026-11-23', acctSvcrRef: 'E4' },
      ],
    };
    const expected = expectedOf(doc);
    expect(expected.payments).toEqual([
      {
        id: 'TX-1',
        amount: { amount: '100.50', currency: 'CHF' },
        bookedAt: '2026-10-25T00:00:00+02:00',
        valueDate: '2026-10-26T00:00:00+01:00',
        reference: QRR,
        referenceType: 'QRR',
        message: 'Rechnung 17 <Müller & Söhne>',
        debtorName: 'Müller & Söhne "AG" <Zürich>',
        debtorIban: 'CH5604835012345678009',
        charges: { amount: '1.50', currency: 'CHF' },
      },
      {
        id: 'E1/2',
        amount: { amount: '40.00', currency: 'CHF' },
        bookedAt: '2026-10-25T00:00:00+02:00',
        valueDate: '2026-10-26T00:00:00+01:00',
      },
    ]);
    expect(expected.reversals).toEqual([
      {
        id: 'E2',
        path: 'Ntfctn[1]/Ntry[2]',
        direction: 'debit',
        amount: { amount: '9.95', currency: 'EUR' },
        bookedAt: '2026-03-29T00:00:00+01:00',
      },
    ]);
    expect(expected.debits).toEqual([
      {
        id: 'E3/1',
        path: 'Ntfctn[1]/Ntry[3]/NtryDtls/TxDtls[1]',
        amount: { amount: '20.00', currency: 'CHF' },
        bookedAt: '2026-03-30T00:00:00+02:00',
        message: 'refund',
        creditorName: 'Hoster AG',
      },
    ]);
    expect(expected.skipped).toEqual([
      { path: 'Ntfctn[1]/Ntry[1]/NtryDtls/Btch/TtlAmt', code: 'BATCH_SUM_MISMATCH', rule: 'CMT-06', reason: '' },
      {
        path: 'Ntfctn[1]/Ntry[1]/Amt',
        code: 'BATCH_SUM_MISMATCH',
        rule: 'CMT-06',
        reason: '',
        amount: { amount: '10.00', currency: 'CHF' },
      },
      {
        path: 'Ntfctn[1]/Ntry[4]/Sts',
        code: 'NOT_BOOKED',
        rule: 'CMT-02',
        reason: '',
        id: 'E4',
        amount: { amount: '7.00', currency: 'CHF' },
      },
    ]);
    expect(expected.totals['CHF']).toEqual({
      entries: { count: 3, amount: '177.50' },
      payments: { count: 2, amount: '140.50' },
      reversals: { count: 0, amount: '0.00' },
      debits: { count: 1, amount: '20.00' },
      skipped: { count: 2, amount: '17.00' },
    });
    expect(expected.totals['EUR']?.reversals).toEqual({ count: 1, amount: '9.95' });
  });

  it('skips a repeated transaction and a duplicate id with other contents', () => {
    const tx = { acctSvcrRef: 'T', amount: { amount: '5.00', currency: 'CHF' } };
    const doc: CamtSpecDoc = {
      ...BASE,
      version: '001.08',
      entries: [
        {
          status: 'BOOK',
          direction: 'CRDT',
          amount: { amount: '16.00', currency: 'CHF' },
          bookingDate: '2026-11-23',
          acctSvcrRef: 'E',
          batch: { transactions: [tx, tx, { ...tx, amount: { amount: '6.00', currency: 'CHF' } }] },
        },
      ],
    };
    const expected = expectedOf(doc);
    expect(expected.payments.map((p) => p.id)).toEqual(['T']);
    expect(expected.skipped.map((s) => [s.code, s.path])).toEqual([
      ['REPEATED_TRANSACTION', 'Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[2]/Refs/AcctSvcrRef'],
      ['DUPLICATE_TRANSACTION', 'Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[3]/Refs/AcctSvcrRef'],
    ]);
  });

  it('skips a transaction and an entry that have no id at all', () => {
    const amount = { amount: '5.00', currency: 'CHF' };
    const entry = { status: 'BOOK', direction: 'CRDT', amount, bookingDate: '2026-11-23' } as const;
    const expected = expectedOf({ ...BASE, version: '001.08', entries: [{ ...entry, details: { amount } }, entry] });
    expect(expected.payments).toEqual([]);
    expect(expected.skipped).toEqual([
      { path: 'Ntfctn[1]/Ntry[1]/NtryDtls/TxDtls[1]', code: 'MISSING_ID', rule: 'CMT-04', reason: '', amount },
      { path: 'Ntfctn[1]/Ntry[2]', code: 'MISSING_ID', rule: 'CMT-04', reason: '', amount },
    ]);
  });

  it('refuses descriptions it does not model', () => {
    const entry = { status: 'BOOK', direction: 'CRDT', bookingDate: '2026-11-23', acctSvcrRef: 'E' } as const;
    expect(() => expectedOf({ ...BASE, version: '001.08', entries: [{ ...entry, amount: { amount: '1.005', currency: 'CHF' } }] })).toThrow(
      /decimals/,
    );
    expect(() => expectedOf({ ...BASE, version: '001.08', entries: [{ ...entry, amount: { amount: '-1', currency: 'CHF' } }] })).toThrow(
      /not modelled/,
    );
  });

  it('keeps entries = payments + reversals + debits + skipped per currency, to the minor unit', () => {
    fc.assert(
      fc.property(arbCamtDoc(), (doc) => {
        const expected = expectedOf(doc);
        const currencies = new Set(doc.entries.map((e) => e.amount.currency));
        expect(Object.keys(expected.totals).sort()).toEqual([...currencies].sort());
        for (const [currency, t] of Object.entries(expected.totals)) {
          const parts = [t.payments, t.reversals, t.debits, t.skipped].reduce((sum, c) => sum.plus(c.amount), new Decimal(0));
          expect(parts.equals(t.entries.amount)).toBe(true);
          const sumOf = (items: readonly { amount?: { amount: string; currency: string } }[]) =>
            items.filter((i) => i.amount?.currency === currency).reduce((sum, i) => sum.plus(i.amount?.amount ?? 0), new Decimal(0));
          expect(sumOf(expected.payments).equals(t.payments.amount)).toBe(true);
          expect(sumOf(expected.skipped).equals(t.skipped.amount)).toBe(true);
          expect(t.entries.count).toBe(doc.entries.filter((e) => e.amount.currency === currency).length);
        }
        // No generated id repeats, and the amounts have the currency's minor digits.
        expect(expected.skipped.filter((s) => s.code !== 'NOT_BOOKED')).toEqual([]);
        for (const p of expected.payments) expect(p.amount.amount).toMatch(p.amount.currency === 'JPY' ? /^\d+$/ : /^\d+\.\d\d$/);
      }),
      { numRuns: 300 },
    );
  });

  it("gives midnight in Zurich with that day's offset, as Intl does, across the summer-time changes", () => {
    const offset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Zurich', timeZoneName: 'longOffset' });
    for (let d = Date.UTC(2024, 0, 1); d < Date.UTC(2028, 0, 1); d += 86_400_000) {
      const day = new Date(d).toISOString().slice(0, 10);
      const ours = zurichMidnight(day);
      const instant = Date.parse(ours);
      const name = offset.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
      expect(`${day} ${name?.replace('GMT', '')}`).toBe(`${day} ${ours.slice(-6)}`);
      expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zurich', hour: '2-digit', hourCycle: 'h23' }).format(instant)).toBe('00');
    }
  });
});
