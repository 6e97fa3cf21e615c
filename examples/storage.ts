import { memoryPorts, fixedClock, isVersionConflict, organization } from '../src/index.js';

const ports = memoryPorts({ clock: fixedClock('2026-11-23T09:00:00Z') });
console.log('Storage ports (in memory), clock at', ports.clock.now().toISOString());

const acme = organization({ id: 'acme', name: 'Acme SA', owners: ['anna'], members: ['ben'] });
const saved = await ports.organizations.put({ id: acme.id, owner: acme.members, organization: acme }, 0);
console.log('  stored acme at version', saved.version);

try {
  await ports.organizations.put({ id: acme.id, owner: acme.members, organization: acme }, 0);
} catch (e) {
  if (isVersionConflict(e)) console.log('  a second create of acme:', e.code, JSON.stringify(e.details));
}

const results = await Promise.allSettled(
  ['carl', 'dora', 'eva'].map((user) => {
    const next = organization({ ...acme, members: [...acme.members, user] });
    return ports.organizations.put({ id: next.id, owner: next.members, organization: next }, saved.version);
  }),
);
console.log('  three concurrent updates from version 1:', results.map((r) => r.status).join(', '));
const listed = await ports.organizations.listByOwner('ben');
console.log('  organizations of ben:', listed.map((r) => `${r.value.id} v${r.version}`).join(', '));
