import { checkLocale } from '../money/format.js';

/** Words of a quote breakdown in the provider's five site languages (PRC-07). */
export interface QuoteLabels {
  readonly listPrice: string;
  readonly 'partner-discount': string;
  readonly 'volume-tier': string;
  readonly 'graduated-tier': string;
  readonly net: string;
  readonly netPerUnit: string;
  readonly totalExclVat: string;
  readonly vat: string;
  readonly totalInclVat: string;
  readonly effectiveReduction: string;
  readonly cashRounding: string;
  readonly payable: string;
  readonly monthly: string;
  readonly annual: string;
}

const LABELS: Readonly<Record<'de' | 'fr' | 'it' | 'en' | 'es', QuoteLabels>> = {
  de: {
    listPrice: 'Normalpreis',
    'partner-discount': 'Partnerrabatt',
    'volume-tier': 'Staffelrabatt',
    'graduated-tier': 'Staffelrabatt (gestaffelt)',
    net: 'Netto',
    netPerUnit: 'Netto pro Einheit',
    totalExclVat: 'Total exkl. MwSt.',
    vat: 'MwSt.',
    totalInclVat: 'Total inkl. MwSt.',
    effectiveReduction: 'Gesamtreduktion',
    cashRounding: 'Rundung',
    payable: 'Zu bezahlen',
    monthly: 'pro Monat',
    annual: 'pro Jahr',
  },
  fr: {
    listPrice: 'Prix normal',
    'partner-discount': 'Remise partenaire',
    'volume-tier': 'Tarif dégressif',
    'graduated-tier': 'Tarif dégressif (par paliers)',
    net: 'Net',
    netPerUnit: 'Net par unité',
    totalExclVat: 'Total hors TVA',
    vat: 'TVA',
    totalInclVat: 'Total TVA incluse',
    effectiveReduction: 'Réduction totale',
    cashRounding: 'Arrondi',
    payable: 'À payer',
    monthly: 'par mois',
    annual: 'par an',
  },
  it: {
    listPrice: 'Prezzo normale',
    'partner-discount': 'Sconto partner',
    'volume-tier': 'Tariffa a scaglioni',
    'graduated-tier': 'Tariffa a scaglioni (progressiva)',
    net: 'Netto',
    netPerUnit: 'Netto per unità',
    totalExclVat: 'Totale IVA esclusa',
    vat: 'IVA',
    totalInclVat: 'Totale IVA inclusa',
    effectiveReduction: 'Riduzione totale',
    cashRounding: 'Arrotondamento',
    payable: 'Da pagare',
    monthly: 'al mese',
    annual: "all'anno",
  },
  en: {
    listPrice: 'List price',
    'partner-discount': 'Partner discount',
    'volume-tier': 'Volume tier',
    'graduated-tier': 'Graduated tier',
    net: 'Net',
    netPerUnit: 'Net per unit',
    totalExclVat: 'Total excl. VAT',
    vat: 'VAT',
    totalInclVat: 'Total incl. VAT',
    effectiveReduction: 'Effective reduction',
    cashRounding: 'Cash rounding',
    payable: 'Payable',
    monthly: 'per month',
    annual: 'per year',
  },
  es: {
    listPrice: 'Precio normal',
    'partner-discount': 'Descuento de socio',
    'volume-tier': 'Tarifa por volumen',
    'graduated-tier': 'Tarifa escalonada',
    net: 'Neto',
    netPerUnit: 'Neto por unidad',
    totalExclVat: 'Total sin IVA',
    vat: 'IVA',
    totalInclVat: 'Total con IVA',
    effectiveReduction: 'Reducción total',
    cashRounding: 'Redondeo',
    payable: 'A pagar',
    monthly: 'al mes',
    annual: 'al año',
  },
};

/** The language of a locale tag (`'fr-CH'` → `'fr'`), English for languages we have no words for. */
export function quoteLanguage(locale: string): keyof typeof LABELS {
  const language = locale.split('-')[0]?.toLowerCase();
  return language === 'de' || language === 'fr' || language === 'it' || language === 'es' ? language : 'en';
}

/**
 * The words of a quote breakdown for a locale tag (German, French, Italian, English or Spanish;
 * English for other languages).
 *
 * @example
 * ```ts
 * quoteLabels('fr-CH')['partner-discount']; // 'Remise partenaire'
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed locale tag.
 */
export function quoteLabels(locale: string): QuoteLabels {
  return LABELS[quoteLanguage(checkLocale(locale))];
}
