/**
 * ISO 4217 active currency codes with their minor unit (number of decimal places), MON-01.
 * Source: the ISO 4217 list one (current funds), as published by SIX Group.
 */
const MINOR_UNITS_BY_EXPONENT: Record<number, string> = {
  0: 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF',
  3: 'BHD IQD JOD KWD LYD OMR TND',
  4: 'CLF UYW',
  2:
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN ' +
    'BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP ' +
    'GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP ' +
    'LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR ' +
    'NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN ' +
    'SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ' +
    'ZMW ZWG',
};

let table: ReadonlyMap<string, number> | undefined;

/** Built on first use so that importing the module does no work (tree-shaking, principle 8). */
function currencyTable(): ReadonlyMap<string, number> {
  if (table === undefined) {
    const entries: [string, number][] = [];
    for (const [exponent, codes] of Object.entries(MINOR_UNITS_BY_EXPONENT)) {
      for (const code of codes.split(' ')) entries.push([code, Number(exponent)]);
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
