/**
 * Every decision and error of the accounts context, with its exact wording, pinned in a snapshot:
 * the reasons why a user cannot leave, change, unlock or disable something (ACC-01..06) are read
 * by people, so a change of wording is a change to review, not an accident.
 */
import { describe, expect, it } from 'vitest';
import {
  canChangeOrganization,
  canDetachKsuiteProduct,
  canDisableTwoFactor,
  canLeaveOrganization,
  canTransferKsuite,
  canUnlockAccount,
  canUpgradeKsuite,
  changeLoginSettings,
  definePolicy,
  ksuite,
  ksuiteOfferLadder,
  leaveOrganization,
  loginSecurity,
  membershipsOf,
  organization,
  recordLoginAttempt,
  roleIn,
  setMemberRole,
  switchOrganization,
  unlockAccount,
  upgradeKsuite,
  type LoginSecurity,
} from '../../src/index.js';

/** What a call returns or throws, as data (errors with code, rule, message, issue paths and details). */
function outcome(fn: () => unknown): unknown {
  try {
    return { returned: fn() };
  } catch (e) {
    const { name, code, rule, message, issues, details } = e as {
      name: string;
      code: string;
      rule?: string;
      message: string;
      issues?: readonly { path: readonly PropertyKey[]; code: string }[];
      details?: Record<string, unknown>;
    };
    return issues === undefined
      ? { name, code, rule, message, details }
      : { name, code, rule, message, issues: issues.map((i) => `${i.path.map(String).join('.')} (${i.code})`) };
  }
}

const acme = organization({
  id: 'acme',
  name: 'Acme',
  owners: ['anna'],
  administrators: ['ben'],
  members: ['carl'],
  ksuiteMembers: ['carl'],
  mailDomains: ['Acme.CH.'],
});
const beta = organization({ id: 'beta', name: 'Beta', owners: ['ben', 'dora'], members: ['anna'] });

describe('ACC-01..06 the wording of every accounts decision', () => {
  it('ACC-02 leaving: every user of an organization, with and without an address in its domain', () => {
    const table: Record<string, unknown> = {};
    for (const org of [acme, beta]) {
      for (const id of ['anna', 'ben', 'carl', 'dora', 'zoe']) {
        for (const loginEmail of [`${id}@acme.ch`, `${id}@ACME.ch`, `${id}@gmail.com`, `${id}@sub.acme.ch`]) {
          table[`${org.id} | ${loginEmail}`] = canLeaveOrganization({
            user: { id, loginEmail },
            organization: {
              owners: org.owners,
              administrators: org.administrators,
              members: org.members,
              ksuiteMembers: org.ksuiteMembers,
              mailDomains: org.mailDomains,
            },
          });
        }
      }
    }
    table['leaveOrganization allowed'] = outcome(() => leaveOrganization(beta, { id: 'anna', loginEmail: 'anna@acme.ch' }));
    table['leaveOrganization refused'] = outcome(() => leaveOrganization(acme, { id: 'anna', loginEmail: 'anna@acme.ch' }));
    expect(table).toMatchSnapshot();
  });

  it('ACC-01 ACC-03 changing roles and switching organizations', () => {
    expect({
      'change by owner': canChangeOrganization({ user: { id: 'anna' }, organization: acme }),
      'change by administrator': canChangeOrganization({ user: { id: 'ben' }, organization: acme }),
      'promote carl': outcome(() => setMemberRole(acme, { actor: 'anna', user: 'carl', role: 'owner' })),
      'remove ben': outcome(() => setMemberRole(acme, { actor: 'anna', user: 'ben', role: 'none' })),
      'ben is not an owner': outcome(() => setMemberRole(acme, { actor: 'ben', user: 'carl', role: 'owner' })),
      'last owner': outcome(() => setMemberRole(acme, { actor: 'anna', user: 'anna', role: 'administrator' })),
      roles: ['anna', 'ben', 'carl', 'zoe'].map((u) => [u, roleIn(acme, u) ?? null]),
      'memberships of anna': membershipsOf('anna', [acme, beta]),
      'memberships of zoe': membershipsOf('zoe', [acme, beta]),
      'switch to beta': outcome(() => switchOrganization('anna', [acme, beta], 'beta')),
      'switch to an unknown organization': outcome(() => switchOrganization('anna', [acme, beta], 'gamma')),
      'switch without membership': outcome(() => switchOrganization('carl', [acme, beta], 'beta')),
      'organizations not a list': outcome(() => membershipsOf('anna', 'acme' as never)),
    }).toMatchSnapshot();
  });

  it('ACC-04 kSuite offers: every change, transfers and included products', () => {
    const suite = ksuite({ organization: 'acme', offer: 'business', products: ['mail', 'kdrive', 'mail'] });
    const table: Record<string, unknown> = { suite, ladder: ksuiteOfferLadder() };
    for (const to of ksuiteOfferLadder().plans) {
      table[`upgrade to ${to}`] = { decision: canUpgradeKsuite(suite, to), change: outcome(() => upgradeKsuite(suite, to)) };
    }
    table['upgrade to an unknown offer'] = outcome(() => upgradeKsuite(suite, 'gold'));
    table['transfer'] = canTransferKsuite(suite, 'beta');
    table['transfer to itself'] = canTransferKsuite(suite, 'acme');
    table['move mail'] = canDetachKsuiteProduct(suite, { product: 'mail', action: 'move' });
    table['cancel kdrive'] = canDetachKsuiteProduct(suite, { product: 'kdrive', action: 'cancel' });
    table['cancel web'] = canDetachKsuiteProduct(suite, { product: 'web', action: 'cancel' });
    table['unknown offer'] = outcome(() => ksuite({ organization: 'acme', offer: 'gold' }));
    table['no offers in the policy'] = outcome(() =>
      ksuiteOfferLadder({ ...definePolicy(), accounts: { ...definePolicy().accounts, ksuiteOffers: [] } } as never),
    );
    expect(table).toMatchSnapshot();
  });

  it('ACC-05 lockout: a login sequence, settings and every way of unlocking', () => {
    let s: LoginSecurity = loginSecurity('anna', { lockAfter: 3, notifyOnFailure: true });
    const steps: unknown[] = [s];
    for (const o of ['failure', 'success', 'failure', 'failure', 'failure', 'success', 'failure'] as const) {
      const r = recordLoginAttempt(s, o);
      steps.push({ outcome: o, result: r.result, notify: r.notify, failedAttempts: r.state.failedAttempts, locked: r.state.locked });
      s = r.state;
    }
    const admin = {
      kind: 'administrator' as const,
      actor: 'ben',
      organization: { id: 'beta', owners: beta.owners, administrators: beta.administrators, members: beta.members },
    };
    expect({
      steps,
      'notify on success': recordLoginAttempt(changeLoginSettings(loginSecurity('ben'), { notifyOnSuccess: true }), 'success'),
      'default settings': loginSecurity('carl'),
      'policy default threshold': loginSecurity('carl', {}, definePolicy({ accounts: { lockout: { defaultFailedAttempts: 7 } } })),
      'threshold 0 (never lock)': outcome(() => loginSecurity('anna', { lockAfter: 0 })),
      'threshold negative': outcome(() => changeLoginSettings(s, { lockAfter: -1 })),
      'threshold above a policy bound': outcome(() =>
        changeLoginSettings(s, { lockAfter: 1_000 }, definePolicy({ accounts: { lockout: { maxFailedAttempts: 10 } } })),
      ),
      'unlock by an owner of beta': canUnlockAccount(s, admin),
      'unlock by a member of beta': canUnlockAccount(s, { ...admin, actor: 'anna' }),
      'unlock by a stranger for a stranger': canUnlockAccount({ ...s, user: 'zoe' }, { ...admin, actor: 'yann' }),
      'unlock by an unconfirmed form': canUnlockAccount(s, { kind: 'secure-form', identityConfirmed: false }),
      'unlock an unlocked account': canUnlockAccount(loginSecurity('anna'), { kind: 'secure-form', identityConfirmed: true }),
      'unlockAccount allowed': outcome(() => unlockAccount(s, { kind: 'secure-form', identityConfirmed: true })),
      'unlockAccount refused': outcome(() => unlockAccount(loginSecurity('anna'), { kind: 'secure-form', identityConfirmed: false })),
    }).toMatchSnapshot();
  });

  it('ACC-06 two-factor: every way and every missing confirmation', () => {
    const table: Record<string, unknown> = {};
    for (const via of ['support-request', 'self-service', 'identity-verification'] as const) {
      for (const flag of [undefined, false, true]) {
        const flags = flag === undefined ? {} : { signedInWithSecondFactor: flag, passwordConfirmed: flag, identityVerified: flag };
        table[`${via} | ${String(flag)}`] = canDisableTwoFactor({ via, ...flags });
      }
    }
    table['self-service, second factor only'] = canDisableTwoFactor({ via: 'self-service', signedInWithSecondFactor: true });
    table['self-service, password only'] = canDisableTwoFactor({ via: 'self-service', passwordConfirmed: true });
    expect(table).toMatchSnapshot();
  });
});

describe('ACC-01..06 the wording of every accounts error', () => {
  it('ACC-01..06 bad input names the input, the rule and each field', () => {
    expect({
      organization: outcome(() =>
        organization({ id: ' acme', name: '', owners: [], administrators: [''], mailDomains: ['-acme.ch', 'acme'] } as never),
      ),
      'leave request': outcome(() =>
        canLeaveOrganization({ user: { id: '', loginEmail: 'anna' }, organization: { owners: 'anna' } } as never),
      ),
      'change request': outcome(() => canChangeOrganization({ user: {}, organization: { owners: [1] } } as never)),
      'membership change': outcome(() => setMemberRole(acme, { actor: 'anna', user: 'ben', role: 'king' } as never)),
      'leave with a bad user': outcome(() => leaveOrganization(acme, { id: 'carl ', loginEmail: 'carl at acme.ch' })),
      kSuite: outcome(() => ksuite({ organization: '', offer: '', products: [''] })),
      'included product request': outcome(() =>
        canDetachKsuiteProduct(ksuite({ organization: 'acme', offer: 'standard' }), { product: '', action: 'sell' } as never),
      ),
      'login settings': outcome(() => loginSecurity('anna', { lockAfter: 2.5, notifyOnSuccess: 'yes' } as never)),
      'user id': outcome(() => loginSecurity('')),
      'login security': outcome(() =>
        recordLoginAttempt({ user: 'anna', lockAfter: 0, failedAttempts: -1, locked: 'no', notify: {} } as never, 'maybe' as never),
      ),
      'login outcome': outcome(() => recordLoginAttempt(loginSecurity('anna'), 'maybe' as never)),
      unlocker: outcome(() => canUnlockAccount(loginSecurity('anna'), { kind: 'robot' } as never)),
      'two-factor request': outcome(() => canDisableTwoFactor({ via: 'fax', passwordConfirmed: 'yes' } as never)),
    }).toMatchSnapshot();
  });
});
