/**
 * Run in a child process by hostZone.test.ts with a different `TZ`: computes commitment terms,
 * cancellations and response deadlines for the instants given as JSON on stdin (epoch ms), and
 * prints them as JSON.
 */
import { readFileSync } from 'node:fs';
import { commitmentTerm, requestCancellation, responseDeadline, slaStatus, subscribe } from '../../src/index.js';

export function probe(instants: readonly number[]): (string | number | null)[][] {
  return instants.map((t, i) => {
    const at = new Date(t);
    const sub = subscribe({ tier: 'pro', startedAt: at });
    const later = new Date(t + (i % 40) * 7 * 86_400_000 + 3_600_000);
    const channel = i % 2 === 0 ? 'phone' : 'email';
    return [
      commitmentTerm({ startedAt: at }).end.toISOString(),
      requestCancellation(sub, later).effectiveAt.toISOString(),
      responseDeadline({ tier: 'plus', channel, receivedAt: at })?.toISOString() ?? null,
      slaStatus({ tier: 'enterprise', channel, receivedAt: at, now: new Date(t + 1_800_000) }).remainingBusinessMs,
    ];
  });
}

if (process.argv[2] === '--stdin') {
  process.stdout.write(JSON.stringify(probe(JSON.parse(readFileSync(0, 'utf8')) as number[])));
}
