import { isHostPolicyError } from '../errors.js';
import { billForInvoice, parseQrBill, qrBillPayload, type QrBill, type QrBillError } from '../qrbill/index.js';
import { readArgs } from './args.js';
import { UsageError, type CliIo } from './io.js';

export const QR_BILL_HELP = `hostpolicy qr-bill — make and check Swiss QR-bill payloads (Implementation Guidelines v2.3)

Usage:
  hostpolicy qr-bill make <bill.json>                      a bill (JSON, as qrBillPayload takes it) → its payload
  hostpolicy qr-bill make --invoice <invoice.json> --creditor <creditor.json> [--message <text>]
                                                           the payload of one of our invoices
  hostpolicy qr-bill check [<payload.txt> | -] [--json]    checks a payload (standard input when no file)

Exit codes: 0 valid / made, 1 the payload breaks QR-bill rules, 2 bad usage or input.`;

async function readJson(io: CliIo, path: string, what: string): Promise<unknown> {
  const text = await io.read(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${what} ${path} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function describeBill(bill: QrBill): string {
  const amount = bill.amount === undefined ? `${bill.currency} (amount left open)` : `${bill.amount.currency} ${bill.amount.amount}`;
  const reference = bill.reference === undefined ? 'no reference' : `${bill.referenceType} ${bill.reference}`;
  return `valid QR-bill: ${amount} to ${bill.account} (${bill.creditor.name}, ${bill.creditor.town}), ${reference}`;
}

const errorLine = (e: QrBillError): string => `  ${e.rule} ${e.code}  ${e.message}`;

async function make(io: CliIo, args: readonly string[]): Promise<number> {
  const { values, positionals } = readArgs(args, {
    invoice: { type: 'string' },
    creditor: { type: 'string' },
    message: { type: 'string' },
  });
  let payload: string;
  if (values.invoice !== undefined || values.creditor !== undefined) {
    if (values.invoice === undefined || values.creditor === undefined) throw new UsageError('make needs both --invoice and --creditor');
    const invoice = await readJson(io, values.invoice, 'invoice');
    const creditor = await readJson(io, values.creditor, 'creditor');
    payload = billForInvoice(invoice as never, creditor as never, values.message === undefined ? {} : { message: values.message });
  } else {
    if (positionals.length !== 1) throw new UsageError('make needs one bill file (or --invoice and --creditor)');
    payload = qrBillPayload((await readJson(io, positionals[0] as string, 'bill')) as never);
  }
  io.out(payload);
  return 0;
}

async function check(io: CliIo, args: readonly string[]): Promise<number> {
  const { values, positionals } = readArgs(args, { json: { type: 'boolean' } });
  if (positionals.length > 1) throw new UsageError('check takes one payload file');
  const read = parseQrBill(await io.read(positionals[0] ?? '-'));
  if (values.json === true) io.out(JSON.stringify(read, null, 2));
  else if (read.ok) io.out(describeBill(read.bill));
  else
    io.out(
      `not a valid QR-bill (${read.errors.length} problem${read.errors.length === 1 ? '' : 's'}):\n` +
        read.errors.map(errorLine).join('\n'),
    );
  return read.ok ? 0 : 1;
}

/**
 * `hostpolicy qr-bill make|check`. A bill that breaks rules is printed with every error and
 * exits 1; bad usage exits 2.
 */
export async function qrBillCommand(io: CliIo, args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || rest.includes('--help')) {
    io.out(QR_BILL_HELP);
    return sub === undefined ? 2 : 0;
  }
  try {
    if (sub === 'make') return await make(io, rest);
    if (sub === 'check') return await check(io, rest);
  } catch (e) {
    if (isHostPolicyError(e) && e.code === 'INVALID_QR_BILL') {
      const errors = (e.details?.errors ?? []) as QrBillError[];
      io.err(`not a valid QR-bill (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.map(errorLine).join('\n')}`);
      return 1;
    }
    throw e;
  }
  throw new UsageError(`unknown qr-bill command ${JSON.stringify(sub)} (make or check)`);
}
