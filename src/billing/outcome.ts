import { match } from 'ts-pattern';

/** Why a payment was credited to the prepaid account instead of settling an invoice (BIL-03, BIL-04). */
export type CreditCause = 'STALE_REFERENCE' | 'AMOUNT_MISMATCH' | 'CURRENCY_MISMATCH' | 'UNKNOWN_REFERENCE';

/** What happens to one payment, before asking whether its customer is known. @internal */
export type Outcome = 'SETTLE' | CreditCause;

type InvoiceState = 'none' | 'open' | 'settled';

/**
 * The matching rule as one exhaustive table (BIL-02..04): the state of the invoice that the
 * payment's reference names, and whether currency and amount are exactly the invoice's.
 */
function outcomeFor(invoice: InvoiceState, sameCurrency: boolean, sameAmount: boolean): Outcome {
  return match({ invoice, sameCurrency, sameAmount })
    .with({ invoice: 'none' }, () => 'UNKNOWN_REFERENCE' as const)
    // BIL-03: a standing order repeats the reference of an invoice that is already paid.
    .with({ invoice: 'settled' }, () => 'STALE_REFERENCE' as const)
    // The currency is looked at first: amounts of two currencies are not comparable (MON-02).
    .with({ invoice: 'open', sameCurrency: false }, () => 'CURRENCY_MISMATCH' as const)
    .with({ invoice: 'open', sameCurrency: true, sameAmount: false }, () => 'AMOUNT_MISMATCH' as const)
    .with({ invoice: 'open', sameCurrency: true, sameAmount: true }, () => 'SETTLE' as const)
    .exhaustive();
}

let table: Outcome[] | undefined;

/**
 * The table above, evaluated once for its 12 inputs on first use (not at import), so that the
 * reconciliation loop does an array lookup per payment. @internal
 */
export function outcome(invoice: InvoiceState, sameCurrency: boolean, sameAmount: boolean): Outcome {
  if (table === undefined) {
    table = [];
    for (const state of ['none', 'open', 'settled'] as const) {
      for (const c of [false, true]) for (const a of [false, true]) table.push(outcomeFor(state, c, a));
    }
  }
  const index = (invoice === 'none' ? 0 : invoice === 'open' ? 4 : 8) + (sameCurrency ? 2 : 0) + (sameAmount ? 1 : 0);
  return table[index] as Outcome;
}
