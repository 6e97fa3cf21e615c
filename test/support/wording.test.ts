/**
 * Every decision and error of the support context, with its exact wording, pinned in a snapshot:
 * people read these reasons (SUP-04, SUP-07, SUP-09 list every failed condition with its reason),
 * so a change of wording is a change to review, not an accident. Errors are pinned with their
 * code, rule, message and the path of each issue.
 */
import { describe, expect, it } from 'vitest';
import {
  canPlaceEmergencyCall,
  canTakeSupportTier,
  canUseTemporaryAccess,
  canUseVipCode,
  definePolicy,
  grantTemporaryAccess,
  isAccountManagerAvailable,
  isInSupportScope,
  responseDeadline,
  revokeTemporaryAccess,
  slaStatus,
  SUPPORT_TIERS,
  supportTierFeatures,
} from '../../src/index.js';

/** What a call returns or throws, as data (errors with code, rule, message and issue paths). */
function outcome(fn: () => unknown): unknown {
  try {
    return { returned: fn() };
  } catch (e) {
    const { name, code, rule, message, issues } = e as {
      name: string;
      code: string;
      rule?: string;
      message: string;
      issues?: readonly { path: readonly PropertyKey[]; code: string }[];
    };
    return {
      name,
      code,
      rule,
      message,
      ...(issues === undefined ? {} : { issues: issues.map((i) => `${i.path.map(String).join('.')} (${i.code})`) }),
    };
  }
}

const incidents = ['infrastructure', 'application', 'webmastering', 'other'] as const;
const grant = grantTemporaryAccess({ services: ['mail', 'kdrive'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' });

describe('SUP-04 SUP-06 SUP-07 SUP-08 SUP-09 the wording of every support decision', () => {
  it('SUP-04 emergency calls: every tier × incident × language × urgency', () => {
    const table: Record<string, unknown> = {};
    for (const tier of SUPPORT_TIERS) {
      for (const incident of incidents) {
        for (const language of ['fr-CH', 'de']) {
          for (const urgent of [undefined, true, false]) {
            const req = { tier, incident, language, ...(urgent === undefined ? {} : { immediateInterventionNeeded: urgent }) };
            table[`${tier} | ${incident} | ${language} | ${String(urgent)}`] = canPlaceEmergencyCall(req);
          }
        }
      }
    }
    expect(table).toMatchSnapshot();
  });

  it('SUP-04 reasons under policies that give no tier emergency calls, no eligible incident, one language, a closed line', () => {
    const none = definePolicy({ support: { tiers: { pro: { emergencyCalls: false }, enterprise: { emergencyCalls: false } } } });
    const one = definePolicy({ support: { tiers: { pro: { emergencyCalls: false } } } });
    const noIncident = definePolicy({ support: { emergency: { incidents: [] } } });
    const two = definePolicy({ support: { emergency: { incidents: ['infrastructure', 'application'], languages: ['en'] } } });
    const closed = definePolicy({ support: { emergency: { hours: { hours: { sat: [], sun: [] } } } } });
    const req = { tier: 'plus' as const, incident: 'webmastering' as const, language: 'de' };
    expect({
      'no tier has them': canPlaceEmergencyCall(req, none),
      'only Enterprise': canPlaceEmergencyCall(req, one),
      'no eligible incident': canPlaceEmergencyCall({ ...req, tier: 'pro', incident: 'infrastructure', language: 'fr' }, noIncident),
      'two incidents, English only': canPlaceEmergencyCall({ ...req, tier: 'pro', incident: 'other', language: 'fr' }, two),
      'application allowed by policy': canPlaceEmergencyCall({ ...req, tier: 'pro', incident: 'application', language: 'en' }, two),
      'line closed on Sunday': canPlaceEmergencyCall(
        { ...req, tier: 'pro', incident: 'infrastructure', language: 'en', at: '2026-03-29T12:00:00+02:00' },
        closed,
      ),
      'line open on Monday': canPlaceEmergencyCall(
        { ...req, tier: 'pro', incident: 'infrastructure', language: 'en', at: '2026-03-30T00:00:00+02:00' },
        closed,
      ),
    }).toMatchSnapshot();
  });

  it('SUP-07 scope: every activity, on a provider service or not, and a policy activity without words', () => {
    const table: Record<string, unknown> = {};
    for (const activity of [
      'diagnosis',
      'production-launch',
      'launch-follow-up',
      'technical-implementation',
      'third-party-application-change',
      'webmastering',
      'customer-machine-intervention',
    ]) {
      for (const providerService of [undefined, true, false]) {
        table[`${activity} | ${String(providerService)}`] = isInSupportScope({
          activity,
          ...(providerService === undefined ? {} : { providerService }),
        });
      }
    }
    const policy = definePolicy({ support: { scope: { inScope: ['diagnosis'], outOfScope: ['seo-audit'] } } });
    table['seo-audit (policy)'] = isInSupportScope({ activity: 'seo-audit' }, policy);
    table['webmastering (not listed by the policy)'] = outcome(() => isInSupportScope({ activity: 'webmastering' }, policy));
    expect(table).toMatchSnapshot();
  });

  it('SUP-06 SUP-08 tiers: partners and VIP code for every tier', () => {
    const table: Record<string, unknown> = {};
    for (const tier of SUPPORT_TIERS) {
      table[`${tier} | customer`] = canTakeSupportTier({ tier, subscriber: 'customer' });
      table[`${tier} | partner`] = canTakeSupportTier({ tier, subscriber: 'partner' });
      table[`${tier} | VIP code`] = canUseVipCode(tier);
      table[`${tier} | features`] = supportTierFeatures(tier);
    }
    expect(table).toMatchSnapshot();
  });

  it('SUP-09 temporary access: every actor, at every phase of a revoked grant, with and without a service', () => {
    const revoked = revokeTemporaryAccess(grant, '2026-05-05T12:00:00Z');
    const table: Record<string, unknown> = {};
    for (const kind of ['support-staff', 'customer', 'partner', 'other'] as const) {
      for (const at of [
        '2026-05-04T07:59:59.999Z',
        '2026-05-04T08:00:00.000Z',
        '2026-05-05T11:59:59.999Z',
        '2026-05-05T12:00:00.000Z',
        '2026-05-06T08:00:00.000Z',
      ]) {
        for (const service of [undefined, 'kdrive', 'web']) {
          table[`${kind} | ${at} | ${service ?? '-'}`] = canUseTemporaryAccess(revoked, {
            actor: { kind },
            at,
            ...(service === undefined ? {} : { service }),
          });
        }
      }
    }
    expect(table).toMatchSnapshot();
  });
});

describe('SUP-01..09 the wording of every support error', () => {
  it('SUP-01..09 bad input to each function names the input, the rule and each field', () => {
    const closedEmail = {
      ...definePolicy(),
      support: {
        ...definePolicy().support,
        channels: { ...definePolicy().support.channels, email: { timeZone: 'Europe/Zurich', hours: {} } },
      },
    };
    expect({
      'supportTierFeatures gold': outcome(() => supportTierFeatures('gold' as never)),
      'canUseVipCode gold': outcome(() => canUseVipCode('gold' as never)),
      'canTakeSupportTier reseller': outcome(() => canTakeSupportTier({ tier: 'gold', subscriber: 'reseller' } as never)),
      isAccountManagerAvailable: outcome(() => isAccountManagerAvailable('gold' as never, 'monday')),
      responseDeadline: outcome(() => responseDeadline({ tier: 'gold', channel: 'fax', receivedAt: '2026-13-01T00:00:00Z' } as never)),
      'responseDeadline with a policy that is not one': outcome(() =>
        responseDeadline({ tier: 'plus', channel: 'phone', receivedAt: '2026-05-04T08:00:00Z' }, 42 as never),
      ),
      'responseDeadline with a policy without support': outcome(() =>
        responseDeadline({ tier: 'plus', channel: 'phone', receivedAt: '2026-05-04T08:00:00Z' }, {} as never),
      ),
      'responseDeadline with a channel never open': outcome(() =>
        responseDeadline({ tier: 'plus', channel: 'email', receivedAt: '2026-05-04T08:00:00Z' }, closedEmail as never),
      ),
      'slaStatus now before receipt': outcome(() =>
        slaStatus({ tier: 'plus', channel: 'phone', receivedAt: '2026-05-04T08:00:00Z', now: '2026-05-04T07:59:59.999Z' }),
      ),
      'slaStatus response before receipt and after now': outcome(() =>
        slaStatus({
          tier: 'plus',
          channel: 'phone',
          receivedAt: '2026-05-04T08:00:00Z',
          respondedAt: '2026-05-04T07:00:00Z',
          now: '2026-05-04T08:00:00Z',
        }),
      ),
      'slaStatus response after now': outcome(() =>
        slaStatus({
          tier: 'plus',
          channel: 'phone',
          receivedAt: '2026-05-04T08:00:00Z',
          respondedAt: '2026-05-04T09:00:00.001Z',
          now: '2026-05-04T09:00:00Z',
        }),
      ),
      canPlaceEmergencyCall: outcome(() =>
        canPlaceEmergencyCall({ tier: 'gold', incident: 'fire', language: 'f', immediateInterventionNeeded: 'yes', at: 'now' } as never),
      ),
      'isInSupportScope unknown activity': outcome(() => isInSupportScope({ activity: 'coffee' })),
      'isInSupportScope empty activity': outcome(() => isInSupportScope({ activity: '', providerService: 'yes' } as never)),
      'grantTemporaryAccess unknown second service': outcome(() =>
        grantTemporaryAccess({ services: ['mail', 'ftp'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' }),
      ),
      'grantTemporaryAccess no service': outcome(() =>
        grantTemporaryAccess({ services: [], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' }),
      ),
      'grantTemporaryAccess duplicate service': outcome(() =>
        grantTemporaryAccess({ services: ['mail', 'mail'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' }),
      ),
      'grantTemporaryAccess empty service name': outcome(() =>
        grantTemporaryAccess({ services: [''], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-06T08:00:00Z' }),
      ),
      'grantTemporaryAccess expiry at the grant': outcome(() =>
        grantTemporaryAccess({ services: ['mail'], grantedAt: '2026-05-04T08:00:00Z', expiresAt: '2026-05-04T08:00:00Z' }),
      ),
      'revokeTemporaryAccess before the grant': outcome(() => revokeTemporaryAccess(grant, '2026-05-04T07:59:59.999Z')),
      'revokeTemporaryAccess bad instant': outcome(() => revokeTemporaryAccess(grant, 'tomorrow')),
      'revokeTemporaryAccess stored revocation before the grant': outcome(() =>
        revokeTemporaryAccess({ ...grant, revokedAt: '2026-05-04T07:59:59.999Z' }, '2026-05-05T00:00:00Z'),
      ),
      'canUseTemporaryAccess bad use': outcome(() =>
        canUseTemporaryAccess(grant, { actor: { kind: 'robot', id: 7 }, at: 'now', service: '' } as never),
      ),
      'canUseTemporaryAccess expiry before grant': outcome(() =>
        canUseTemporaryAccess(
          { ...grant, expiresAt: '2026-05-04T07:00:00Z' },
          { actor: { kind: 'support-staff' }, at: '2026-05-05T00:00:00Z' },
        ),
      ),
    }).toMatchSnapshot();
  });
});
