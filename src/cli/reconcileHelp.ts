/**
 * The help of `hostpolicy reconcile`, apart from the command: main.ts loads the command (the camt
 * reader and the billing engine) only when it runs.
 */
import { SKIPPED_SHOWN } from './reconcileReport.js';

export const RECONCILE_HELP = `hostpolicy reconcile — match a bank file's payments to invoices (BIL-02..04)

Usage:
  hostpolicy reconcile --invoices <invoices.json> <statement.xml> [--prepaid <ledger.json>]
                       [--json] [--out <result.json>] [--progress]

  <statement.xml>  an ISO 20022 camt.054 or camt.053 file, version .04 or .08 (read as a stream:
                   any size); - for standard input
  --invoices       a JSON array of invoices, an object with an "invoices" array, or the result of
                   an earlier run (--out): its invoices as they were left
  --prepaid        the prepaid ledger before this statement (its JSON), or the result of an earlier run
  --json           the full result as JSON on standard output instead of the table
  --out            also write the full result as JSON to a file
  --progress       "… 100,000 transactions read" on standard error (shown anyway on a terminal)

The table shows the payments settled, credited to prepaid accounts by cause (STALE_REFERENCE,
AMOUNT_MISMATCH, CURRENCY_MISMATCH, UNKNOWN_REFERENCE), unidentified, the reversals, debits and
skipped items of the file (the first ${SKIPPED_SHOWN} skipped with their XML path and reason), and the totals per
currency. The JSON result is { "camt": summary, reversals, debits, skipped; "reconciliation": … }.

Examples:
  hostpolicy reconcile --invoices invoices.json statement.xml --out monday.json
  hostpolicy reconcile --invoices monday.json --prepaid monday.json tuesday.xml --out tuesday.json

Exit codes: 0 reconciled (credited, unidentified and skipped items are in the result, for a person
to look at), 2 bad usage or input (a missing file, invalid JSON or invoices, an unreadable camt file).`;
