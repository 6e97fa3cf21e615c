import { isHostPolicyError } from '../errors.js';
import { UsageError, type CliIo } from './io.js';
import { QR_BILL_HELP, qrBillCommand } from './qrBill.js';
import { QUOTE_HELP, quoteCommand } from './quote.js';
import { RECONCILE_HELP } from './reconcileHelp.js';
import { REFERENCE_HELP, referenceCommand } from './reference.js';

export const HELP = `hostpolicy — the provider's commercial rules on the command line

Usage:
  hostpolicy reconcile --invoices <invoices.json> <statement.xml> …
                                    a bank file (camt.053/.054) matched to invoices (hostpolicy reconcile --help)
  hostpolicy quote --product <id> --quantity <n> …
                                    a partner quote with every price step (hostpolicy quote --help)
  hostpolicy reference check|make … QR and creditor references (hostpolicy reference --help)
  hostpolicy qr-bill make|check …   Swiss QR-bill payloads (hostpolicy qr-bill --help)
  hostpolicy --help

Exit codes: 0 success, 1 the input breaks a rule (e.g. an invalid QR-bill or reference), 2 bad usage or input.`;

const COMMANDS: Readonly<Record<string, { run: (io: CliIo, args: readonly string[]) => Promise<number>; help: string }>> = {
  'qr-bill': { run: qrBillCommand, help: QR_BILL_HELP },
  quote: { run: quoteCommand, help: QUOTE_HELP },
  // Loaded when it runs: the camt reader and the billing engine are not needed by the other commands.
  reconcile: { run: async (io, args) => (await import('./reconcile.js')).reconcileCommand(io, args), help: RECONCILE_HELP },
  reference: { run: referenceCommand, help: REFERENCE_HELP },
};

/**
 * Runs the command line with `args` (without `node` and the script) and returns the exit code.
 * Errors of the library and usage errors are printed as one clear message (exit 2), never as a
 * stack trace.
 */
export async function main(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h') {
    io.out(HELP);
    return command === undefined ? 2 : 0;
  }
  const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (entry === undefined) {
    io.err(`hostpolicy: unknown command ${JSON.stringify(command)}\n\n${HELP}`);
    return 2;
  }
  try {
    return await entry.run(io, rest);
  } catch (e) {
    if (
      e instanceof UsageError ||
      isHostPolicyError(e) ||
      (e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      const code = isHostPolicyError(e) ? `${e.code}: ` : '';
      io.err(`hostpolicy ${command}: ${code}${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    if (e instanceof Error && 'code' in e && (e.code === 'ENOENT' || e.code === 'EISDIR' || e.code === 'EACCES')) {
      io.err(`hostpolicy ${command}: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
