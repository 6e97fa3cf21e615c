/**
 * Run in a child process by hostZone.test.ts with a different `TZ`: reads cases as JSON on stdin,
 * prints the business-time results as JSON.
 */
import { readFileSync } from 'node:fs';
import {
  addBusinessTime,
  businessTimeBetween,
  isOpen,
  nextOpening,
  weeklySchedule,
  type ScheduleDefinition,
} from '../../src/calendar/index.js';

export interface ProbeCase {
  readonly definition: ScheduleDefinition;
  readonly start: number;
  readonly ms: number;
}

export function probe(cases: readonly ProbeCase[]): (string | number | boolean)[][] {
  return cases.map(({ definition, start, ms }) => {
    const s = weeklySchedule(definition);
    const end = addBusinessTime(new Date(start), { milliseconds: ms }, s);
    return [
      end.toISOString(),
      businessTimeBetween(new Date(start), end, s),
      isOpen(new Date(start), s),
      nextOpening(new Date(start), s).toISOString(),
    ];
  });
}

if (process.argv[2] === '--stdin') {
  const cases = JSON.parse(readFileSync(0, 'utf8')) as ProbeCase[];
  process.stdout.write(JSON.stringify(probe(cases)));
}
