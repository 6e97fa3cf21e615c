import { creditorReference, formatCreditorReference, formatQrReference, qrReference, referenceKind } from '../billing/index.js';
import { readArgs } from './args.js';
import { UsageError, type CliIo } from './io.js';

export const REFERENCE_HELP = `hostpolicy reference — check and make invoice references (BIL-01)

Usage:
  hostpolicy reference check <reference>     whether it is a valid QR reference (27 digits, the last a
                                             modulo 10 recursive check digit) or creditor reference
                                             (ISO 11649, RF…), and its printed form; spaces are allowed,
                                             also unquoted: hostpolicy reference check RF18 5390 0754 7034
  hostpolicy reference make --qrr <digits>   a QR reference from 1 to 26 digits, not all zeros (zero-padded,
                                             check digit added)
  hostpolicy reference make --scor <text>    a creditor reference from 1 to 21 letters or digits

Exit codes: 0 valid / made, 1 the reference is not valid (the reason is printed), 2 bad usage or input.`;

/** Longer input is not read further: no reference has more than 25 characters without spaces. */
const MAX_TEXT = 200;

const printable = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Why a QR reference candidate (no letters R, F first) is not valid. */
function qrProblem(compact: string): string {
  const stray = compact.match(/[^0-9]/u)?.[0];
  if (stray !== undefined) {
    const found = JSON.stringify(stray);
    return `${printable(compact)} is neither kind: a QR reference holds only digits (found ${found}), a creditor reference starts with RF`;
  }
  // Zeros only make no reference (QR-bill guidelines v2.3, 2.12.1): no hint to make one from them.
  const zeros = !/[1-9]/.test(compact.slice(0, 26));
  if (compact.length !== 27) {
    const hint = compact.length < 27 && !zeros ? `; to make one from these digits: hostpolicy reference make --qrr ${compact}` : '';
    return `${compact.length} digits: a QR reference has 27 (26 and a check digit)${hint}`;
  }
  if (zeros) return 'a QR reference must not consist only of zeros (QR-bill guidelines v2.3, 2.12.1)';
  const expected = qrReference(compact.slice(0, 26));
  return `check digit ${compact.slice(26)} is wrong: ${expected.slice(26)} expected (${formatQrReference(expected)})`;
}

/** Why a creditor reference candidate (starting with RF) is not valid. */
function creditorProblem(compact: string): string {
  const check = compact.slice(2, 4);
  const body = compact.slice(4);
  if (!/^\d\d$/.test(check)) return `a creditor reference has two check digits after RF, found ${JSON.stringify(check)}`;
  const stray = body.match(/[^0-9A-Z]/u)?.[0];
  if (stray !== undefined) return `a creditor reference holds only letters and digits after RF, found ${JSON.stringify(stray)}`;
  if (body.length < 1 || body.length > 21) return `its body has ${body.length} characters; 1 to 21 after RF and the check digits`;
  if (check === '00' || check === '01' || check === '99') return `check digits ${check} never occur (ISO 11649: 02 to 98)`;
  const expected = creditorReference(body);
  return `check digits ${check} are wrong: ${expected.slice(2, 4)} expected (${formatCreditorReference(expected)})`;
}

function check(io: CliIo, args: readonly string[]): number {
  const { positionals } = readArgs(args, {});
  if (positionals.length === 0) throw new UsageError('check needs a reference, e.g. hostpolicy reference check RF18539007547034');
  const text = positionals.join(' ');
  if (text.length > MAX_TEXT) {
    io.out(`not a valid reference: ${text.length} characters; a reference has at most 27 without spaces`);
    return 1;
  }
  const kind = referenceKind(text);
  if (kind === 'qr') {
    io.out(`valid QR reference: ${formatQrReference(text)} (compact ${text.replace(/ /g, '')})`);
    return 0;
  }
  if (kind === 'creditor') {
    const printed = formatCreditorReference(text);
    io.out(`valid creditor reference (ISO 11649): ${printed} (compact ${printed.replace(/ /g, '')})`);
    return 0;
  }
  // Spaces only, as the library reads references: a tab or a line break is a character at fault.
  const compact = text.replace(/ /g, '').toUpperCase();
  const why = compact === '' ? 'it is empty' : compact.startsWith('RF') ? creditorProblem(compact) : qrProblem(compact);
  io.out(`not a valid reference: ${why}`);
  return 1;
}

function make(io: CliIo, args: readonly string[]): number {
  const { values, positionals } = readArgs(args, { qrr: { type: 'string' }, scor: { type: 'string' } });
  if ((values.qrr === undefined) === (values.scor === undefined) || positionals.length > 0) {
    throw new UsageError('make needs either --qrr <digits> or --scor <text>');
  }
  const [compact, printed] =
    values.qrr === undefined
      ? [creditorReference(values.scor as string), formatCreditorReference]
      : [qrReference(values.qrr), formatQrReference];
  io.out(`compact: ${compact}\nprinted: ${printed(compact)}`);
  return 0;
}

/**
 * `hostpolicy reference check|make`. An invalid reference is printed with the reason (the wrong
 * check digits with the right ones, the wrong length …) and exits 1; bad usage exits 2.
 */
export async function referenceCommand(io: CliIo, args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || rest.includes('--help')) {
    io.out(REFERENCE_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub === 'check') return check(io, rest);
  if (sub === 'make') return make(io, rest);
  throw new UsageError(`unknown reference command ${JSON.stringify(sub)} (check or make)`);
}
