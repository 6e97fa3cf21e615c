import {
  canLeaveOrganization,
  organization,
  setMemberRole,
  membershipsOf,
  ksuite,
  upgradeKsuite,
  canDetachKsuiteProduct,
  loginSecurity,
  recordLoginAttempt,
  unlockAccount,
  canDisableTwoFactor,
  isHostPolicyError,
  type Decision,
} from '../src/index.js';

const show = (d: Decision): string => (d.allowed ? 'allowed' : `denied: ${d.reasons.map((r) => `${r.code} (${r.rule})`).join(', ')}`);

console.log('Organizations and accounts');
const acme = organization({
  id: 'acme',
  name: 'Acme SA',
  owners: ['anna'],
  administrators: ['adam'],
  members: ['carl'],
  ksuiteMembers: ['anna'],
  mailDomains: ['acme.ch'],
});
console.log('  anna leaves Acme?  ', show(canLeaveOrganization({ user: { id: 'anna', loginEmail: 'anna@acme.ch' }, organization: acme })));
console.log(
  '  carl leaves Acme?  ',
  show(canLeaveOrganization({ user: { id: 'carl', loginEmail: 'carl@gmail.com' }, organization: acme })),
);
try {
  setMemberRole(acme, { actor: 'adam', user: 'carl', role: 'owner' });
} catch (e) {
  if (isHostPolicyError(e)) console.log('  adam promotes carl: ', e.code, e.rule);
}
const beta = organization({ id: 'beta', name: 'Beta GmbH', owners: ['eva'], members: ['anna'] });
console.log(
  '  anna belongs to:   ',
  membershipsOf('anna', [acme, beta])
    .map((m) => `${m.organization.name} (${m.role})`)
    .join(', '),
);

const suite = ksuite({ organization: 'acme', offer: 'standard', products: ['kdrive', 'mail'] });
const business = upgradeKsuite(suite, 'business');
console.log('  kSuite upgrade:     standard →', business.offer);
try {
  upgradeKsuite(business, 'standard');
} catch (e) {
  if (isHostPolicyError(e)) console.log('  kSuite downgrade:  ', e.code, e.rule);
}
console.log('  cancel kDrive alone?', show(canDetachKsuiteProduct(suite, { product: 'kdrive', action: 'cancel' })));

let login = loginSecurity('carl', { lockAfter: 3, notifyOnFailure: true });
const results: string[] = [];
for (let i = 0; i < 3; i++) {
  const r = recordLoginAttempt(login, 'failure');
  results.push(`${r.result}${r.notify === null ? '' : ' + e-mail'}`);
  login = r.state;
}
console.log('  3 failed logins:   ', results.join(', '));
console.log('  right password now:', recordLoginAttempt(login, 'success').result);
login = unlockAccount(login, { kind: 'administrator', actor: 'adam', organization: acme });
console.log('  adam unlocks:       locked =', login.locked);
console.log('  support disables 2FA on request?', show(canDisableTwoFactor({ via: 'support-request' })));
