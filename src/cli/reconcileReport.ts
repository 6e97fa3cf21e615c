/** The summary table of `hostpolicy reconcile`: what the bank file held and what became of it. */
import type { Reconciliation } from '../billing/index.js';
import type { CamtCount, CamtSkipped, CamtSummary } from '../camt/index.js';
import { minorUnits, type Money } from '../money/index.js';

/** How many skipped items the table lists (all of them are in the JSON result). */
export const SKIPPED_SHOWN = 5;

/** Columns padded to their widest cell; `right` columns are right-aligned (counts, amounts). */
function table(rows: readonly (readonly string[])[], right: readonly boolean[]): string[] {
  const widths = right.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (right[c] === true ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number)))
      .join('  ')
      .trimEnd(),
  );
}

/** Count and sum per currency of some payments' amounts (exact: Money sums). */
function byCurrency(amounts: Iterable<Money>): Map<string, { count: number; sum: Money }> {
  const sums = new Map<string, { count: number; sum: Money }>();
  for (const m of amounts) {
    const s = sums.get(m.currency);
    sums.set(m.currency, s === undefined ? { count: 1, sum: m } : { count: s.count + 1, sum: s.sum.plus(m) });
  }
  return sums;
}

type Row = [label: string, count: string, currency: string, amount: string];

function moneyRows(label: string, sums: Map<string, { count: number; sum: Money }>): Row[] {
  if (sums.size === 0) return [[label, '0', '', '']];
  return [...sums].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, s]) => [label, String(s.count), c, s.sum.toDecimalString()]);
}

function camtRows(label: string, summary: CamtSummary, pick: (t: CamtSummary['totals'][string]) => CamtCount): Row[] {
  const rows = Object.keys(summary.totals)
    .sort()
    .map((c): Row => {
      const n = pick(summary.totals[c] as CamtSummary['totals'][string]);
      return [label, String(n.count), c, n.amount];
    })
    .filter((r) => r[1] !== '0');
  return rows.length === 0 ? [[label, '0', '', '']] : rows;
}

/** The printed lines: header, outcomes, totals per currency, the first skipped items. */
export function reconcileReport(file: string, summary: CamtSummary, skipped: readonly CamtSkipped[], result: Reconciliation): string[] {
  const header =
    `${file}: ${summary.message}.${summary.version}, message ${summary.messageId} of ${summary.createdAt}` +
    `${summary.account === undefined ? '' : `, account ${summary.account}`}, ` +
    `${summary.statements.length} ${summary.message === 'camt.053' ? 'statement' : 'notification'}` +
    `${summary.statements.length === 1 ? '' : 's'}, ${summary.statements.reduce((n, s) => n + s.entries, 0)} entries`;

  const causes = new Map<string, Money[]>();
  for (const c of result.credited) {
    const amounts = causes.get(c.cause);
    if (amounts === undefined) causes.set(c.cause, [c.payment.amount]);
    else amounts.push(c.payment.amount);
  }
  // What each reversal did: reopened (an invoice), uncredited, returned, or unmatched with its cause.
  const reversals = new Map<string, Money[]>();
  for (const { reversal, outcome } of result.reversed) {
    const what = outcome.kind === 'unmatched' ? `unmatched ${outcome.cause}` : outcome.kind;
    const amounts = reversals.get(what);
    if (amounts === undefined) reversals.set(what, [reversal.amount]);
    else amounts.push(reversal.amount);
  }
  const outcomes: Row[] = [
    ['', 'count', 'currency', 'amount'],
    ...moneyRows('settled', byCurrency(result.settled.map((s) => s.payment.amount))),
    ...(causes.size === 0
      ? moneyRows('credited', new Map())
      : [...causes]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .flatMap(([cause, amounts]) => moneyRows(`credited ${cause}`, byCurrency(amounts)))),
    ...moneyRows('unidentified', byCurrency(result.unidentified.map((p) => p.amount))),
    ...(reversals.size === 0
      ? moneyRows('reversals', new Map())
      : [...reversals]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .flatMap(([what, amounts]) => moneyRows(`reversal ${what}`, byCurrency(amounts)))),
    ...camtRows('debits (file)', summary, (t) => t.debits),
    ...camtRows('skipped (file)', summary, (t) => t.skipped),
  ];
  if (result.alreadyReconciled.length > 0) {
    outcomes.push(...moneyRows('already reconciled', byCurrency(result.alreadyReconciled.map((p) => p.amount))));
  }

  const currencies = [...new Set([...Object.keys(summary.totals), ...Object.keys(result.totals)])].sort();
  // Zero written with the currency's decimals, as the other amounts of its row.
  const zero = (currency: string): string => (0).toFixed(minorUnits(currency) ?? 0);
  const totals = [
    ['totals', 'in file', 'payments', 'reversals', 'debits', 'skipped', 'settled', 'credited', 'unidentified'],
    ...currencies.map((c) => {
      const f = summary.totals[c];
      const r = result.totals[c];
      return [
        c,
        f?.entries.amount ?? zero(c),
        f?.payments.amount ?? zero(c),
        f?.reversals.amount ?? zero(c),
        f?.debits.amount ?? zero(c),
        f?.skipped.amount ?? zero(c),
        r?.settled.toDecimalString() ?? zero(c),
        r?.credited.toDecimalString() ?? zero(c),
        r?.unidentified.toDecimalString() ?? zero(c),
      ];
    }),
  ];

  const lines = [
    header,
    '',
    ...table(outcomes, [false, true, false, true]),
    '',
    ...table(totals, [false, true, true, true, true, true, true, true, true]),
  ];
  const reopened = result.reversed.flatMap(({ reversal, outcome }) =>
    outcome.kind === 'reopened' ? [[`  ${outcome.invoice.id}`, `paid by ${outcome.payment}`, `reversed by ${reversal.id}`]] : [],
  );
  if (reopened.length > 0) {
    lines.push('', reopened.length > SKIPPED_SHOWN ? `re-opened (first ${SKIPPED_SHOWN} of ${reopened.length}):` : 're-opened:');
    lines.push(...table(reopened.slice(0, SKIPPED_SHOWN), [false, false, false]));
  }
  if (result.duplicates.length > 0) lines.push('', `listed twice, processed once: ${result.duplicates.length} payment ids`);
  if (skipped.length > 0) {
    lines.push('', skipped.length > SKIPPED_SHOWN ? `skipped (first ${SKIPPED_SHOWN} of ${skipped.length}):` : 'skipped:');
    lines.push(
      ...table(
        skipped.slice(0, SKIPPED_SHOWN).map((s) => [`  ${s.path}`, s.code, s.reason]),
        [false, false, false],
      ),
    );
  }
  return lines;
}
