/**
 * The `<script>` build of the partner quote bundle: assigns the API to `globalThis.HostPolicy`.
 * A plain object literal (rather than a bundler's namespace wrapper) keeps the bundle small; it
 * holds what a web page needs (the ESM build, `hostpolicy.quote.mjs`, has the whole money and pricing API).
 *
 * @module
 */
import {
  HostPolicyError,
  InvalidInputError,
  isHostPolicyError,
  money,
  rate,
  formatMoney,
  formatRate,
  Money,
  Rate,
  quote,
  describeQuote,
  defineCatalog,
  defaultCatalog,
  defaultPricingPolicy,
} from './browser.js';

const HostPolicy = {
  HostPolicyError,
  InvalidInputError,
  isHostPolicyError,
  money,
  rate,
  formatMoney,
  formatRate,
  Money,
  Rate,
  quote,
  describeQuote,
  defineCatalog,
  defaultCatalog,
  defaultPricingPolicy,
};

(globalThis as { HostPolicy?: typeof HostPolicy }).HostPolicy = HostPolicy;
