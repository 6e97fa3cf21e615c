/**
 * A minute-stepping oracle for the SLA clock, independent of src/calendar and src/support/sla: it
 * walks real instants one minute at a time, reads the wall clock with Intl (test/calendar/dstOracle),
 * applies the events of each minute in the documented order, and counts a minute for a metric
 * when the metric runs (a cycle open, not paused) and the calendar in force is open then. A
 * running metric that has used its whole target at the start of a minute breaches at that minute.
 * Exact for events, schedules and targets on whole minutes.
 */
import type { ScheduleDefinition } from '../../src/calendar/index.js';
import { MINUTE, isOpenMinute, oracleSchedule, wallReader, type OracleSchedule } from '../calendar/dstOracle.js';

export interface OracleEvent {
  readonly type: string;
  readonly at: number;
  readonly tier?: string;
  readonly priority?: string;
  readonly channel?: string;
  /** For schedule-changed: the definition (the oracle reads it itself). */
  readonly def?: ScheduleDefinition | undefined;
}

/** Targets in minutes per `${tier}/${priority}`: [first, next, resolution], NaN = none. */
export type OracleTargets = Readonly<Record<string, readonly [number, number, number]>>;

export interface OracleMetric {
  state: string;
  usedMs: number;
  dueAt: number | null;
  breachedAt: number | null;
  completedAt: number | null;
  breaches: number[];
  cycles: number;
}

interface Cal {
  readonly def: ScheduleDefinition;
  readonly s: OracleSchedule;
  readonly read: (t: number) => number;
}

interface M {
  target: number;
  active: boolean;
  paused: boolean;
  used: number;
  completed: number;
  completedIn: Cal | undefined;
  breached: number;
  breaches: number[];
  cycles: number;
  /** Minutes of the current cycle the metric ran: [instant, open]. */
  history: [number, boolean][];
}

const ORDER = [
  'received',
  'tier-changed',
  'priority-changed',
  'schedule-changed',
  'staff-replied',
  'waiting-on-customer',
  'solved',
  'reopened',
  'customer-replied',
  'resumed',
];
const TIERS = ['standard', 'plus', 'pro', 'enterprise'];
const PRIORITIES = ['low', 'normal', 'high', 'urgent'];
const rankOf = (e: OracleEvent) =>
  ORDER.indexOf(e.type) * 10 +
  (e.type === 'tier-changed' ? TIERS.indexOf(e.tier ?? '') : e.type === 'priority-changed' ? PRIORITIES.indexOf(e.priority ?? '') : 0);

const cals = new Map<ScheduleDefinition, Cal>();
function cal(def: ScheduleDefinition): Cal {
  let c = cals.get(def);
  if (c === undefined) {
    c = { def, s: oracleSchedule(def), read: wallReader(def.timeZone) };
    cals.set(def, c);
  }
  return c;
}

/** Whether the minute starting at `t` is open, date overrides included. */
function openAt(c: Cal, t: number): boolean {
  const wall = c.read(t);
  const overrides = c.def.overrides ?? [];
  if (overrides.length > 0) {
    const date = new Date(Math.floor(wall / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
    const o = overrides.find((x) => x.date === date);
    if (o !== undefined) {
      const { week: _week, ...rest } = c.s;
      const minute = (wall % 86_400_000) / MINUTE;
      const inHours = o.hours.some(([a, b]) => toMin(a) <= minute && minute < toMin(b));
      return inHours && isOpenMinute({ ...rest, week: Array.from({ length: 7 }, () => [[0, 1440]] as const) }, t, wall);
    }
  }
  return isOpenMinute(c.s, t, wall);
}
const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes from `from` until `minutes` open minutes have passed (the instant after the last one). */
function dueFrom(c: Cal, from: number, minutes: number): number {
  let t = from;
  let left = minutes;
  if (left <= 0) return from;
  for (let guard = 0; guard < 60 * 24 * 60; guard += 1) {
    if (openAt(c, t)) left -= 1;
    t += MINUTE;
    if (left === 0) return t;
  }
  throw new Error('oracle: no due within 60 days');
}

export function oracleClock(
  events: readonly OracleEvent[],
  at: number,
  targets: OracleTargets,
  channels: Readonly<Record<string, ScheduleDefinition>>,
  options: { pauseWhileWaiting?: readonly [boolean, boolean, boolean]; reopen?: 'continue' | 'restart'; atRisk?: number } = {},
): { metrics: OracleMetric[]; status: string } {
  const pauseOn = options.pauseWhileWaiting ?? [true, true, true];
  const atRisk = options.atRisk ?? 0.25;
  const sorted = [...events].sort((a, b) => a.at - b.at || rankOf(a) - rankOf(b));
  const received = sorted[0] as OracleEvent;
  let tier = received.tier as string;
  let priority = received.priority ?? 'normal';
  let calendar = cal(channels[received.channel as string] as ScheduleDefinition);
  let waiting = false;
  let solved = false;
  let firstDone = false;
  const target = (k: number) => (targets[`${tier}/${priority}`] as readonly number[])[k] as number;
  const ms: M[] = [0, 1, 2].map(() => ({
    target: Number.NaN,
    active: false,
    paused: false,
    used: 0,
    completed: Number.NaN,
    completedIn: undefined,
    breached: Number.NaN,
    breaches: [],
    cycles: 0,
    history: [],
  }));
  const start = (k: number) => {
    const m = ms[k] as M;
    Object.assign(m, {
      target: target(k),
      active: true,
      paused: waiting && pauseOn[k],
      used: 0,
      completed: Number.NaN,
      completedIn: undefined,
      breached: Number.NaN,
      history: [],
    });
    m.cycles += 1;
  };
  const complete = (k: number, t: number) => {
    const m = ms[k] as M;
    if (!m.active) return;
    m.active = false;
    m.paused = false;
    m.completed = t;
    m.completedIn = calendar;
  };
  const setWaiting = (w: boolean) => {
    if (waiting === w) return;
    waiting = w;
    ms.forEach((m, k) => {
      if (!pauseOn[k] || !m.active) return;
      if (w) m.paused = true;
      else if (!(k === 2 && solved)) m.paused = false;
    });
  };
  const retarget = () => {
    ms.forEach((m, k) => {
      const next = target(k);
      if (Object.is(m.target, next) || (!m.active && m.cycles > 0)) return;
      m.target = next;
      if (!m.active) return;
      if (!Number.isNaN(m.breached)) {
        m.breaches.pop();
        m.breached = Number.NaN;
      }
      let used = 0;
      for (const [t, open] of m.history) {
        if (used >= next && Number.isNaN(m.breached)) {
          m.breached = t;
          m.breaches.push(t);
        }
        if (open) used += 1;
      }
    });
  };
  const applyEvent = (e: OracleEvent) => {
    const t = e.at;
    switch (e.type) {
      case 'received':
        start(0);
        start(2);
        (ms[1] as M).target = target(1);
        break;
      case 'tier-changed':
        tier = e.tier as string;
        retarget();
        break;
      case 'priority-changed':
        priority = e.priority as string;
        retarget();
        break;
      case 'schedule-changed':
        calendar = cal(e.def as ScheduleDefinition);
        break;
      case 'reopened':
        if (!solved) break;
        solved = false;
        if (options.reopen === 'restart') start(2);
        else Object.assign(ms[2] as M, { active: true, paused: false, completed: Number.NaN, completedIn: undefined });
        break;
      case 'staff-replied':
        firstDone = true;
        complete(0, t);
        complete(1, t);
        break;
      case 'waiting-on-customer':
        if (!solved) setWaiting(true);
        break;
      case 'customer-replied':
        setWaiting(false);
        if (!solved && firstDone && !(ms[1] as M).active) start(1);
        break;
      case 'resumed':
        setWaiting(false);
        break;
      case 'solved':
        if (solved) break;
        setWaiting(false);
        firstDone = true;
        complete(0, t);
        complete(1, t);
        complete(2, t);
        solved = true;
        break;
      default:
        throw new Error(`oracle: unknown event ${e.type}`);
    }
  };
  let i = 0;
  for (let t = received.at; ; t += MINUTE) {
    while (i < sorted.length && (sorted[i] as OracleEvent).at === t && t <= at) applyEvent(sorted[i++] as OracleEvent);
    if (t >= at) break;
    const open = openAt(calendar, t);
    for (const m of ms) {
      if (!m.active || m.paused) continue;
      if (m.used >= m.target && Number.isNaN(m.breached)) {
        m.breached = t;
        m.breaches.push(t);
      }
      m.history.push([t, open]);
      if (open) m.used += 1;
    }
  }
  const metrics = ms.map((m): OracleMetric => {
    const hasTarget = !Number.isNaN(m.target);
    let state: string;
    if (m.cycles === 0) state = hasTarget ? 'idle' : 'none';
    else if (!hasTarget) state = 'none';
    else if (!Number.isNaN(m.breached)) state = 'breached';
    else if (!m.active) state = 'met';
    else if (m.paused) state = 'paused';
    else state = m.target - m.used <= atRisk * m.target ? 'at-risk' : 'running';
    let due: number | null = null;
    if (hasTarget && m.cycles > 0) {
      if (!Number.isNaN(m.breached)) due = m.breached;
      else if (m.active && !m.paused) due = dueFrom(calendar, at, m.target - m.used);
      else if (!m.active) due = dueFrom(m.completedIn as Cal, m.completed, m.target - m.used);
    }
    return {
      state,
      usedMs: m.used * MINUTE,
      dueAt: due,
      breachedAt: Number.isNaN(m.breached) ? null : m.breached,
      completedAt: Number.isNaN(m.completed) ? null : m.completed,
      breaches: [...m.breaches],
      cycles: m.cycles,
    };
  });
  return { metrics, status: solved ? 'solved' : waiting ? 'waiting' : 'open' };
}
