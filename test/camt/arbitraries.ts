/**
 * fast-check arbitraries of camt descriptions (camtSpecDoc.ts) for the reader's property tests:
 * both messages and versions, booked and pending entries, credits, debits and reversals, batch
 * entries, single details and entries without details; amounts as exact decimal strings (in minor
 * units, sometimes without trailing zeros), mostly CHF and EUR; valid QRR and SCOR references made
 * by the library (compact, grouped, lower case); names and messages with non-ASCII characters and
 * `& < > " '`. Ids are unique within a document, so no transaction is a duplicate.
 */
import fc from 'fast-check';
import { mod97 } from '../../src/billing/checkDigits.js';
import { creditorReference, formatCreditorReference, formatQrReference, qrReference } from '../../src/billing/index.js';
import { SPEC_MINOR_UNITS, type CamtSpecAmount, type CamtSpecDoc, type CamtSpecEntry, type CamtSpecTransaction } from './camtSpecDoc.js';

/** Options of {@link arbCamtDoc}. */
export interface CamtDocArbitraryOptions {
  readonly maxEntries?: number;
  readonly maxTransactions?: number;
  /** Allow `TxsSummry` (written only when every entry is booked and in one currency). Default true. */
  readonly summary?: boolean;
  /** Only booked credits without reversal (every entry becomes payments). */
  readonly creditsOnly?: boolean;
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Characters of names and messages: mostly plain, some the XML escapes, some beyond Latin-1 and the BMP. */
const character = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-/') },
  { weight: 2, arbitrary: fc.constantFrom('&', '<', '>', '"', "'", ']]>') },
  { weight: 3, arbitrary: fc.constantFrom(...'äöüÄÖÜéèàçßñøłœ€£') },
  { weight: 1, arbitrary: fc.constantFrom('中', '😀', '𝄞', 'ﬁ') },
);

/** A trimmed, non-empty text of at most `max` characters (code points). */
export function arbText(max: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: character, minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && [...s].length <= max);
}

/** A valid Swiss IBAN (mod 97 check digits). */
export const arbIban: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 12, maxLength: 12 }))
  .map(([bank, account]) => {
    const bban = `${String(bank).padStart(5, '0')}${account}`;
    return `CH${String(98 - mod97(`${bban}CH00`)).padStart(2, '0')}${bban}`;
  });

/** A QRR or SCOR reference made by the library, as a bank may write it, with or without its type. */
const arbReference: fc.Arbitrary<Pick<CamtSpecTransaction, 'reference' | 'referenceType'>> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        // Zeros only make no QR reference (IG v2.3, 2.12.1).
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 26 }).filter((body) => /[1-9]/.test(body)),
        fc.boolean(),
        fc.nat(4),
      )
      .map(([body, grouped, typed]) => {
        const ref = qrReference(body);
        return { reference: grouped ? formatQrReference(ref) : ref, ...(typed > 0 ? { referenceType: 'QRR' as const } : {}) };
      }),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 1, maxLength: 21 }),
        fc.constantFrom('compact', 'grouped', 'lower'),
        fc.nat(4),
      )
      .map(([body, form, typed]) => {
        const ref = creditorReference(body);
        const written = form === 'grouped' ? formatCreditorReference(ref) : form === 'lower' ? ref.toLowerCase() : ref;
        return { reference: written, ...(typed > 0 ? { referenceType: 'SCOR' as const } : {}) };
      }),
  },
  { weight: 2, arbitrary: fc.constant({}) },
);

/** Minor units of a transaction: mostly everyday amounts, sometimes up to 14 digits. */
const arbMinor = fc.oneof({ weight: 9, arbitrary: fc.bigInt(1n, 10_000_000n) }, { weight: 1, arbitrary: fc.bigInt(1n, 10n ** 14n) });

/** Writes minor units as a decimal string of the currency; `short` drops trailing fraction zeros ('100.5', '100'). */
export function amountText(minor: bigint, currency: string, short = false): string {
  const digits = SPEC_MINOR_UNITS[currency] ?? 2;
  if (digits === 0) return minor.toString();
  const s = minor.toString().padStart(digits + 1, '0');
  const full = `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  return short ? full.replace(/0+$/, '').replace(/\.$/, '') : full;
}

const optional = <T>(arb: fc.Arbitrary<T>, freq = 2): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq });

/** A transaction without its amount's currency (the entry's) and id (given by its place). */
const arbTransactionShape = fc.record({
  minor: arbMinor,
  short: fc.boolean(),
  amountIn: fc.constantFrom<CamtSpecTransaction['amountIn']>('Amt', 'Amt', 'Amt', 'Amt', 'AmtDtls', 'both'),
  withId: fc.nat(3),
  reference: arbReference,
  ustrd: fc.array(arbText(140), { maxLength: 2 }),
  addtlRmtInf: optional(arbText(140), 4),
  debtorName: optional(arbText(70)),
  debtorIban: optional(arbIban),
  creditorName: optional(arbText(70), 5),
  creditorIban: optional(arbIban, 5),
  charges: optional(fc.oneof(fc.bigInt(1n, 2_000n), fc.array(fc.bigInt(1n, 1_000n), { minLength: 1, maxLength: 2 })), 4),
});

type TransactionShape = typeof arbTransactionShape extends fc.Arbitrary<infer T> ? T : never;

const DAY = 86_400_000;
/** Days of 2024–2027, with the summer-time change days and their neighbours weighted in. */
const arbDate = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.integer({ min: 0, max: 4 * 365 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * DAY).toISOString().slice(0, 10)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26', '2024-10-27'),
  },
);

function transaction(shape: TransactionShape, currency: string, id: string | undefined): CamtSpecTransaction {
  const amount = (minor: bigint): CamtSpecAmount => ({ amount: amountText(minor, currency), currency });
  const charges =
    shape.charges === undefined ? undefined : Array.isArray(shape.charges) ? shape.charges.map(amount) : amount(shape.charges as bigint);
  const tx: Record<string, unknown> = {
    amount: { amount: amountText(shape.minor, currency, shape.short), currency },
    amountIn: shape.amountIn,
    ...shape.reference,
    ...(shape.ustrd.length > 0 ? { ustrd: shape.ustrd } : {}),
    ...(id === undefined ? {} : { acctSvcrRef: id }),
  };
  for (const key of ['addtlRmtInf', 'debtorName', 'debtorIban', 'creditorName', 'creditorIban'] as const) {
    if (shape[key] !== undefined) tx[key] = shape[key];
  }
  if (charges !== undefined) tx['charges'] = charges;
  return tx as unknown as CamtSpecTransaction;
}

function arbEntryShape(options: CamtDocArbitraryOptions) {
  const credits = options.creditsOnly === true;
  return fc.record({
    status: credits ? fc.constant<'BOOK'>('BOOK') : fc.constantFrom<'BOOK' | 'PDNG'>('BOOK', 'BOOK', 'BOOK', 'BOOK', 'BOOK', 'PDNG'),
    direction: credits ? fc.constant<'CRDT'>('CRDT') : fc.constantFrom<'CRDT' | 'DBIT'>('CRDT', 'CRDT', 'CRDT', 'CRDT', 'DBIT'),
    reversal: credits
      ? fc.constantFrom<boolean | undefined>(undefined, false)
      : fc.constantFrom<boolean | undefined>(undefined, undefined, undefined, false, true),
    currency: fc.constantFrom('CHF', 'CHF', 'CHF', 'CHF', 'CHF', 'CHF', 'EUR', 'EUR', 'EUR', 'USD', 'JPY'),
    bookingDate: arbDate,
    valueDays: optional(fc.integer({ min: 0, max: 3 })),
    shape: fc.constantFrom('batch', 'batch', 'batch', 'details', 'details', 'none'),
    minor: arbMinor,
    transactions: fc.array(arbTransactionShape, { minLength: 1, maxLength: options.maxTransactions ?? 6 }),
  });
}

/**
 * Descriptions of camt.053 / camt.054 documents (.04 and .08) for writeCamt() and expectedOf().
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbCamtDoc(), (doc) => expectedOf(doc).payments.length >= 0));
 * ```
 */
export function arbCamtDoc(options: CamtDocArbitraryOptions = {}): fc.Arbitrary<CamtSpecDoc> {
  return fc
    .record({
      message: fc.constantFrom<CamtSpecDoc['message']>('camt.053', 'camt.054'),
      version: fc.constantFrom<CamtSpecDoc['version']>('001.04', '001.08'),
      messageId: fc.string({ unit: fc.constantFrom(...`${ALNUM}-`), minLength: 1, maxLength: 35 }),
      created: fc.tuple(arbDate, fc.integer({ min: 0, max: 86_399 }), fc.constantFrom('', 'Z', '+01:00', '+02:00', '.250+01:00')),
      account: arbIban,
      idPrefix: fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 1, maxLength: 20 }),
      summary: fc.boolean(),
      entries: fc.array(arbEntryShape(options), { maxLength: options.maxEntries ?? 6 }),
    })
    .map(({ message, version, messageId, created, account, idPrefix, summary, entries }) => {
      const [day, seconds, zone] = created;
      const time = new Date(seconds * 1000).toISOString().slice(11, 19);
      const specEntries = entries.map((e, k): CamtSpecEntry => {
        const entryRef = `${idPrefix}N${k + 1}`;
        const txs = e.shape === 'none' ? [] : e.shape === 'details' ? e.transactions.slice(0, 1) : e.transactions;
        const transactions = txs.map((t, n) => transaction(t, e.currency, t.withId === 0 ? undefined : `${entryRef}-T${n + 1}`));
        const minor = txs.length === 0 ? e.minor : txs.reduce((sum, t) => sum + t.minor, 0n);
        const valueDate =
          e.valueDays === undefined
            ? undefined
            : new Date(Date.parse(`${e.bookingDate}T00:00:00Z`) + e.valueDays * DAY).toISOString().slice(0, 10);
        return {
          status: e.status,
          direction: e.direction,
          ...(e.reversal === undefined ? {} : { reversal: e.reversal }),
          amount: { amount: amountText(minor, e.currency), currency: e.currency },
          bookingDate: e.bookingDate,
          ...(valueDate === undefined ? {} : { valueDate }),
          acctSvcrRef: entryRef,
          ...(e.shape === 'batch'
            ? { batch: { transactions } }
            : e.shape === 'details'
              ? { details: transactions[0] as CamtSpecTransaction }
              : {}),
        };
      });
      const oneCurrency = new Set(specEntries.map((e) => e.amount.currency)).size <= 1;
      const booked = specEntries.every((e) => e.status === 'BOOK');
      return {
        message,
        version,
        messageId,
        createdAt: `${day}T${time}${zone}`,
        account,
        ...(options.summary !== false && summary && oneCurrency && booked ? { summary: true } : {}),
        entries: specEntries,
      };
    });
}
