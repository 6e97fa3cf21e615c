import { InvalidInputError } from '../errors.js';
import type { CamtDocument } from './model.js';
import { CamtReader } from './reader.js';

const encoder = new TextEncoder();

/**
 * Reads a whole camt.053 or camt.054 document (versions .04 and .08) into payments, reversals,
 * debits and skipped items, with the file's totals per currency. Only booked credit transactions
 * become payments; nothing read is lost: per currency, the entries' total equals payments +
 * reversals + debits + skipped, to the cent (docs/camt.md).
 *
 * For files too large to hold in memory, {@link readCamt} reads a stream with the same result.
 *
 * @example
 * ```ts
 * const doc = parseCamt(readFileSync('camt054.xml'));
 * doc.payments[0];
 * // { id: 'ZV20261123/1', amount: { amount: '120.00', currency: 'CHF' },
 * //   bookedAt: '2026-11-23T00:00:00+01:00', reference: '210000000003139471430009017', referenceType: 'QRR', … }
 * doc.totals.CHF.entries; // { count: 2, amount: '4250.75' }
 * doc.skipped; // [{ path: 'Ntfctn[1]/Ntry[2]/NtryDtls/TxDtls[3]/Amt', code: 'BAD_AMOUNT', reason: '…' }]
 * ```
 * @throws HostPolicyError `CAMT_NOT_XML` (not well-formed, a DOCTYPE, bad UTF-8 in a value read),
 * `CAMT_UNSUPPORTED_MESSAGE` (another message or version, e.g. camt.054.001.02), `CAMT_TRUNCATED`,
 * `CAMT_LIMIT_EXCEEDED` (nesting, tag or text over the limits); each with `details.path` and
 * `details.offset`. `INVALID_INPUT` when `input` is not a string or bytes.
 */
export function parseCamt(input: string | Uint8Array | ArrayBuffer): CamtDocument {
  const reader = new CamtReader();
  reader.push(camtBytes(input));
  const summary = reader.end();
  return { ...summary, ...reader.take() };
}

/** The bytes of a whole document given as a string, bytes or an ArrayBuffer. @internal */
export function camtBytes(input: unknown): Uint8Array {
  if (typeof input === 'string') return encoder.encode(input);
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw new InvalidInputError('camt document', [
    { path: [], message: 'must be the document as a string, a Uint8Array (a Buffer) or an ArrayBuffer', code: 'custom' },
  ]);
}
