/**
 * The `<script>` build of the partner quote bundle: assigns the API to `globalThis.HostPolicy`.
 * A plain object literal (rather than a bundler's namespace wrapper) keeps the bundle small.
 *
 * @module
 */
import {
  HostPolicyError,
  InvalidInputError,
  isHostPolicyError,
  money,
  parseMoney,
  rate,
  formatMoney,
  formatRate,
  Money,
  Rate,
  currencies,
  isCurrency,
  minorUnits,
  quote,
  describeQuote,
  defineCatalog,
  quoteLabels,
  MAX_QUANTITY,
  defaultPolicy,
} from './browser.js';

const HostPolicy = {
  HostPolicyError,
  InvalidInputError,
  isHostPolicyError,
  money,
  parseMoney,
  rate,
  formatMoney,
  formatRate,
  Money,
  Rate,
  currencies,
  isCurrency,
  minorUnits,
  quote,
  describeQuote,
  defineCatalog,
  quoteLabels,
  MAX_QUANTITY,
  defaultPolicy,
};

(globalThis as { HostPolicy?: typeof HostPolicy }).HostPolicy = HostPolicy;
