/**
 * Accounts and storage: the cost of validating at the boundary (canLeaveOrganization against the
 * same three checks written bare), and the in-memory repository's put/get round-trip against a
 * bare Map.
 */
import { canLeaveOrganization, memoryRepository } from '../src/index.js';
import { formatOps, measure, report } from './harness.js';

const org = { owners: ['u1', 'u2'], members: ['u1', 'u2', 'u3', 'u4', 'u5'], ksuiteMembers: ['u3'], mailDomains: ['acme.ch', 'acme.com'] };
const user = { id: 'u4', loginEmail: 'u4@gmail.com' };

function bareLeave(u: typeof user, o: typeof org): boolean {
  const domain = u.loginEmail.slice(u.loginEmail.lastIndexOf('@') + 1).toLowerCase();
  return !o.ksuiteMembers.includes(u.id) && !o.mailDomains.includes(domain) && !(o.owners.length === 1 && o.owners[0] === u.id);
}

export async function run(): Promise<void> {
  const bare = measure('bare checks', () => bareLeave(user, org), 500);
  const lib = measure('canLeaveOrganization', () => canLeaveOrganization({ user, organization: org }), 500);
  report(
    `canLeaveOrganization ${formatOps(lib.opsPerSecond)} vs bare checks ${formatOps(bare.opsPerSecond)} (validation costs ` +
      `×${(bare.opsPerSecond / lib.opsPerSecond).toFixed(1)}; target ≥ 100,000/s)`,
    lib.opsPerSecond >= 100_000,
  );

  const repo = memoryRepository<{ id: string; owner: string; n: number; tags: string[] }>();
  const map = new Map<string, { version: number; value: unknown }>();
  const n = 20_000;
  let start = performance.now();
  for (let i = 0; i < n; i++) map.set(`e${i}`, { version: 1, value: structuredClone({ id: `e${i}`, owner: 'o', n: i, tags: ['a'] }) });
  for (let i = 0; i < n; i++) structuredClone(map.get(`e${i}`));
  const bareMs = performance.now() - start;
  start = performance.now();
  for (let i = 0; i < n; i++) await repo.put({ id: `e${i}`, owner: 'o', n: i, tags: ['a'] }, 0);
  for (let i = 0; i < n; i++) await repo.get(`e${i}`);
  const repoMs = performance.now() - start;
  const perSecond = (2 * n * 1000) / repoMs;
  report(
    `memoryRepository put+get ${formatOps(perSecond)} vs Map+structuredClone ${formatOps((2 * n * 1000) / bareMs)} (ratio ` +
      `×${(repoMs / bareMs).toFixed(1)}; target ≥ 50,000/s)`,
    perSecond >= 50_000,
  );
}
