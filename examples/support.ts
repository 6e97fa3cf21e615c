/**
 * Support tiers: deadlines across DST, SLA status, emergency calls, scope, VIP code, temporary
 * access. Run with `npx tsx examples/support.ts` (or `npm run demo`).
 */
import {
  canPlaceEmergencyCall,
  canUseTemporaryAccess,
  canUseVipCode,
  grantTemporaryAccess,
  isAccountManagerAvailable,
  isInSupportScope,
  responseDeadline,
  revokeTemporaryAccess,
  slaStatus,
  SUPPORT_TIERS,
  supportTierFeatures,
  type Decision,
} from '../src/index.js';

const zurich = (d: Date | null): string =>
  d === null
    ? 'no guaranteed time'
    : new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Zurich',
        weekday: 'short',
        day: '2-digit',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: 'short',
      }).format(d);
const explain = (d: Decision): string => (d.allowed ? 'allowed' : `refused: ${d.reasons.map((r) => `${r.code} (${r.rule})`).join(', ')}`);

console.log('Support tiers (SUP-01..08)');
for (const tier of SUPPORT_TIERS) {
  const f = supportTierFeatures(tier);
  const firstResponse = f.firstResponseHours === null ? '—  ' : `${f.firstResponseHours} h`;
  console.log(
    `  ${f.name.padEnd(10)} first response ${firstResponse}  emergency 24/7 ${f.emergencyCalls ? 'yes' : 'no '}  ` +
      `account managers ${f.accountManagers.total}  VIP code ${canUseVipCode(tier).allowed ? 'yes' : 'no'}`,
  );
}

console.log('\nResponse deadlines (SUP-03), Zurich time');
const requests = [
  { tier: 'plus', channel: 'email', receivedAt: '2026-10-24T22:00:00+02:00', note: 'Saturday night, DST ends' },
  { tier: 'plus', channel: 'phone', receivedAt: '2026-03-27T17:00:00+01:00', note: 'Friday evening, DST starts' },
  { tier: 'pro', channel: 'phone', receivedAt: '2026-03-27T17:00:00+01:00', note: 'same, Pro' },
  { tier: 'enterprise', channel: 'phone', receivedAt: '2026-03-27T17:00:00+01:00', note: 'same, Enterprise' },
  { tier: 'standard', channel: 'email', receivedAt: '2026-03-27T17:00:00+01:00', note: 'Standard' },
] as const;
// Inputs are strict (an unknown key is an error), so the note stays out of the request.
for (const { note, ...request } of requests) {
  console.log(
    `  ${request.tier.padEnd(10)} ${request.channel.padEnd(5)} received ${zurich(new Date(request.receivedAt))} ` +
      `→ due ${zurich(responseDeadline(request))}   (${note})`,
  );
}

console.log('\nSLA status of the Plus phone request');
for (const now of ['2026-03-27T18:00:00+01:00', '2026-03-28T12:00:00+01:00', '2026-03-30T07:30:00+02:00', '2026-03-30T08:30:00+02:00']) {
  const s = slaStatus({ tier: 'plus', channel: 'phone', receivedAt: '2026-03-27T17:00:00+01:00', now });
  // The remainders are null only for a request without a guaranteed time; a Plus phone request has one.
  if (s.remainingBusinessMs === null || s.remainingMs === null) continue;
  const businessMinutes = (s.remainingBusinessMs / 60_000).toFixed(0).padStart(4);
  const hours = (s.remainingMs / 3_600_000).toFixed(1).padStart(5);
  console.log(`  at ${zurich(new Date(now))}: ${s.state.padEnd(8)} ${businessMinutes} business min left, ${hours} h on the clock`);
}

console.log('\nEmergency calls (SUP-04)');
const proCall = canPlaceEmergencyCall({ tier: 'pro', incident: 'infrastructure', language: 'fr-CH', at: '2026-12-25T03:00:00+01:00' });
console.log(`  Pro, infrastructure, fr-CH:  ${explain(proCall)}`);
console.log(`  Plus, webmastering, de:      ${explain(canPlaceEmergencyCall({ tier: 'plus', incident: 'webmastering', language: 'de' }))}`);

console.log('\nScope (SUP-07)');
for (const activity of ['diagnosis', 'webmastering', 'customer-machine-intervention'])
  console.log(`  ${activity.padEnd(30)} ${explain(isInSupportScope({ activity }))}`);

console.log('\nAccount managers (SUP-05)');
console.log(`  Pro, Monday 10:00:   ${isAccountManagerAvailable('pro', '2026-03-30T10:00:00+02:00')}`);
console.log(`  Pro, Saturday 10:00: ${isAccountManagerAvailable('pro', '2026-03-28T10:00:00+01:00')}`);

console.log('\nTemporary access (SUP-09)');
const grant = grantTemporaryAccess({ services: ['mail', 'kdrive'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' });
const revoked = revokeTemporaryAccess(grant, '2026-05-05T12:00:00Z');
const staffBefore = canUseTemporaryAccess(revoked, { actor: { kind: 'support-staff' }, at: '2026-05-05T09:00:00Z', service: 'mail' });
console.log(`  support staff, before revocation: ${explain(staffBefore)}`);
const partnerAfter = canUseTemporaryAccess(revoked, { actor: { kind: 'partner' }, at: '2026-05-05T13:00:00Z' });
console.log(`  partner, after revocation:        ${explain(partnerAfter)}`);
