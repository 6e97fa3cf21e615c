/**
 * ISO 4217 active currency codes with their minor unit (number of decimal places), MON-01.
 * Source: the ISO 4217 list one (current funds), as published by SIX Group. Codes of three
 * letters are run together per number of decimals: a compact table for the quote bundle.
 */
const CODES_BY_EXPONENT: Record<number, string> = {
  0: 'BIFCLPDJFGNFISKJPYKMFKRWPYGRWFUGXUYIVNDVUVXAFXOFXPF',
  3: 'BHDIQDJODKWDLYDOMRTND',
  4: 'CLFUYW',
  2:
    'AEDAFNALLAMDANGAOAARSAUDAWGAZNBAMBBDBDTBGNBMDBNDBOBBOVBRLBSDBTNBWPBYNBZDCADCDFCHECHFCHWCNYCOPCOU' +
    'CRCCUPCVECZKDKKDOPDZDEGPERNETBEURFJDFKPGBPGELGHSGIPGMDGTQGYDHKDHNLHTGHUFIDRILSINRIRRJMDKESKGSKHR' +
    'KPWKYDKZTLAKLBPLKRLRDLSLMADMDLMGAMKDMMKMNTMOPMRUMURMVRMWKMXNMXVMYRMZNNADNGNNIONOKNPRNZDPABPENPGK' +
    'PHPPKRPLNQARRONRSDRUBSARSBDSCRSDGSEKSGDSHPSLESOSSRDSSPSTNSVCSYPSZLTHBTJSTMTTOPTRYTTDTWDTZSUAHUSD' +
    'USNUYUUZSVEDVESWSTXCDXCGYERZARZMWZWG',
};

let table: ReadonlyMap<string, number> | undefined;

/** Built on first use so that importing the module does no work (tree-shaking, principle 8). */
function currencyTable(): ReadonlyMap<string, number> {
  if (table === undefined) {
    const entries: [string, number][] = [];
    for (const [exponent, codes] of Object.entries(CODES_BY_EXPONENT)) {
      for (const code of codes.match(/.../g) ?? []) entries.push([code, Number(exponent)]);
    }
    table = new Map(entries);
  }
  return table;
}

/**
 * Tells whether `code` is an active ISO 4217 currency code (upper case, e.g. `'CHF'`).
 *
 * @example
 * ```ts
 * isCurrency('CHF'); // true
 * isCurrency('XYZ'); // false
 * ```
 */
export function isCurrency(code: string): boolean {
  return currencyTable().has(code);
}

/**
 * The number of decimal places of a currency's minor unit (CHF 2, JPY 0, KWD 3).
 * Returns `undefined` for a code that is not an ISO 4217 currency.
 *
 * @example
 * ```ts
 * minorUnits('CHF'); // 2
 * minorUnits('JPY'); // 0
 * ```
 */
export function minorUnits(code: string): number | undefined {
  return currencyTable().get(code);
}

/** Every supported ISO 4217 code, sorted. */
export function currencies(): string[] {
  return [...currencyTable().keys()].sort();
}
