/** Every input entry of hostpolicy/schemas, by name (the module keeps them private). */
import { accountsInputs } from '../../src/schemas/accounts.js';
import { billingInputs } from '../../src/schemas/billing.js';
import { calendarInputs } from '../../src/schemas/calendar.js';
import type { InputEntry } from '../../src/schemas/entry.js';
import { moneyInputs } from '../../src/schemas/money.js';
import { partnersInputs } from '../../src/schemas/partners.js';
import { policyInputs } from '../../src/schemas/policy.js';
import { pricingInputs } from '../../src/schemas/pricing.js';
import { subscriptionsInputs } from '../../src/schemas/subscriptions.js';
import { supportInputs } from '../../src/schemas/support.js';

export const ENTRIES: Readonly<Record<string, InputEntry>> = {
  ...moneyInputs,
  ...pricingInputs,
  ...calendarInputs,
  ...policyInputs,
  ...supportInputs,
  ...subscriptionsInputs,
  ...partnersInputs,
  ...billingInputs,
  ...accountsInputs,
};
