import type { CompiledSchedule } from '../../calendar/compiled.js';
import { addMs, openMsForward, type WalkSeat } from '../../calendar/walk.js';
import type { SupportChannel, SupportTier } from '../../policy/index.js';
import { SLA_EVENT_TYPES, type ParsedEvent, type SlaEventType } from './events.js';
import { SLA_METRICS, type SlaPolicy, type SlaPriority } from './policy.js';

/** Metric indexes: first response, next response, resolution. */
export const FIRST = 0;
export const NEXT = 1;
export const RESOLUTION = 2;

/** The state of one metric; NaN marks an instant that has not happened. */
export interface MetricState {
  /** Target in ms; NaN: none. */
  target: number;
  /** A cycle is open (started, not completed). */
  active: boolean;
  /** The open cycle is paused (waiting for the customer; for resolution also while solved). */
  paused: boolean;
  started: number;
  used: number;
  completed: number;
  /** The calendar in force when the cycle completed (for its due instant). */
  completedIn: CompiledSchedule | undefined;
  /** The due instant of the completed cycle, once a reading computed it (see result.ts), and the `completed` and `used` it is for. */
  completedDue: number;
  completedDueFor: number;
  completedDueUsed: number;
  /** Breach instant of the current cycle. */
  breached: number;
  /** Every breach instant, all cycles. */
  breaches: number[];
  /** Pauses of the current cycle, flat `[from, to, …]`; `to` NaN while open. */
  pauses: number[];
  cycles: number;
  /** Index in the gap log where the current cycle starts. */
  cycleGap: number;
  /** The arrays are shared with the state this one was copied from: copy before writing. */
  shared: boolean;
}

/**
 * The gap log, flat: gap g's figures start at g × GAP_FIELDS — its span, its business time, the
 * metrics that ran (a bit mask), and each metric's used time before it (non-decreasing within a
 * cycle: found by bisection). The calendar in force is in `logCalendars[g]`. Numbers in one
 * array rather than an object per gap: no allocation per gap, and a stored clock a third of the
 * size (a million of them are kept and advanced after a holiday is added).
 */
const GAP_FIELDS = 7;
const GAP_FROM = 0;
const GAP_TO = 1;
const GAP_MS = 2;
const GAP_MASK = 3;
const GAP_USED = 4; // + k for metric k

/**
 * The clock of one ticket: a pure fold over its sorted events. Time between two events is a
 * "gap"; each gap's business time is computed once, in the calendar in force, and added to every
 * metric running through it. Gaps are logged (with which metrics ran) so a target change can
 * find, from the metric's start, the instant its new target was reached.
 */
export interface FoldState extends WalkSeat {
  readonly policy: SlaPolicy;
  tier: SupportTier;
  priority: SlaPriority;
  /** Targets in ms of the tier and priority: [first, next, resolution], NaN for none. */
  targets: Float64Array;
  channel: SupportChannel;
  schedule: CompiledSchedule;
  waiting: boolean;
  solved: boolean;
  solvedAt: number;
  firstDone: boolean;
  /** The instant up to which time has been counted (the last event applied). */
  cursor: number;
  readonly metrics: [MetricState, MetricState, MetricState];
  /** Waiting spans of the ticket, flat `[from, to, …]`. */
  waits: number[];
  waitsShared: boolean;
  /**
   * The gap log, append-only. A copied state shares the array with its original and copies it
   * before its first append: appending in place would make a stored clock (long-lived, in the
   * old generation) point at fresh records, which every minor GC must then trace — a million
   * stored clocks advanced once cost twice as much that way.
   */
  log: number[];
  logCalendars: CompiledSchedule[];
  /** Gaps in the log (a copied state may share longer arrays). */
  logLength: number;
  logShared: boolean;
}

function newMetric(): MetricState {
  return {
    target: Number.NaN,
    active: false,
    paused: false,
    started: Number.NaN,
    used: 0,
    completed: Number.NaN,
    completedIn: undefined,
    completedDue: Number.NaN,
    completedDueFor: Number.NaN,
    completedDueUsed: Number.NaN,
    breached: Number.NaN,
    breaches: [],
    pauses: [],
    cycles: 0,
    cycleGap: 0,
    shared: false,
  };
}

/** Makes a metric's arrays its own before they are written. */
function own(m: MetricState): MetricState {
  if (m.shared) {
    m.breaches = m.breaches.slice();
    m.pauses = m.pauses.slice();
    m.shared = false;
  }
  return m;
}

function targetsOf(s: FoldState): Float64Array {
  return s.policy.compiledTargets.get(`${s.tier}/${s.priority}`) as Float64Array;
}

/** The state right after a ticket is received. */
export function startFold(policy: SlaPolicy, e: ParsedEvent): FoldState {
  const channel = e.channel as SupportChannel;
  const tier = e.tier as SupportTier;
  const priority = e.priority ?? 'normal';
  const s: FoldState = {
    policy,
    tier,
    priority,
    targets: policy.compiledTargets.get(`${tier}/${priority}`) as Float64Array,
    channel,
    schedule: policy.compiledSchedules[channel],
    waiting: false,
    solved: false,
    solvedAt: Number.NaN,
    firstDone: false,
    cursor: e.at,
    metrics: [newMetric(), newMetric(), newMetric()],
    waits: [],
    waitsShared: false,
    log: [],
    logCalendars: [],
    logLength: 0,
    logShared: false,
    walkDay: Number.NaN,
    walkMidnight: Number.NaN,
  };
  startCycle(s, FIRST, e.at, s.targets[FIRST] as number);
  startCycle(s, RESOLUTION, e.at, s.targets[RESOLUTION] as number);
  s.metrics[NEXT].target = s.targets[NEXT] as number;
  return s;
}

function startCycle(s: FoldState, k: number, at: number, target: number): void {
  const m = own(s.metrics[k] as MetricState);
  m.target = target;
  m.active = true;
  m.paused = false;
  m.started = at;
  m.used = 0;
  m.completed = Number.NaN;
  m.completedIn = undefined;
  m.breached = Number.NaN;
  m.pauses = [];
  m.cycles += 1;
  m.cycleGap = s.logLength;
  if (s.waiting && s.policy.pauseWhileWaiting[SLA_METRICS[k] as 'firstResponse']) pause(m, at);
}

/** Which metrics run (a cycle open and not paused), as a bit mask. */
function runningMask(s: FoldState): number {
  let mask = 0;
  for (let k = 0; k < 3; k += 1) {
    const m = s.metrics[k] as MetricState;
    if (m.active && !m.paused) mask |= 1 << k;
  }
  return mask;
}

/**
 * The breach instant of a metric running through a gap `[from, to)` of `ms` business ms, with
 * `used` before it: the instant its target is reached, if time goes on past it while running.
 * A metric that reaches its target exactly at an event (a reply at the deadline) has met it.
 */
function breachIn(schedule: CompiledSchedule, from: number, to: number, ms: number, used: number, target: number): number {
  if (!(used + ms >= target)) return Number.NaN; // false for NaN targets
  const due = addMs(schedule, from, target - used);
  return due < to ? due : Number.NaN;
}

/** Counts the time from the cursor to `to` for every running metric. */
export function advance(s: FoldState, to: number): void {
  if (!(to > s.cursor)) return;
  const mask = runningMask(s);
  if (mask !== 0) {
    // Gaps follow each other: the walk goes on from the day the last one reached.
    const ms = openMsForward(s.schedule, s, s.cursor, to);
    const [m0, m1, m2] = s.metrics;
    if (s.logShared) {
      s.log = s.log.slice(0, s.logLength * GAP_FIELDS);
      s.logCalendars = s.logCalendars.slice(0, s.logLength);
      s.logShared = false;
    }
    s.log.push(s.cursor, to, ms, mask, m0.used, m1.used, m2.used);
    s.logCalendars.push(s.schedule);
    s.logLength += 1;
    for (let k = 0; k < 3; k += 1) {
      if ((mask & (1 << k)) === 0) continue;
      const m = s.metrics[k] as MetricState;
      if (Number.isNaN(m.breached)) {
        const at = breachIn(s.schedule, s.cursor, to, ms, m.used, m.target);
        if (!Number.isNaN(at)) {
          m.breached = at;
          own(m).breaches.push(at);
        }
      }
      m.used += ms;
    }
  }
  s.cursor = to;
}

function pause(m: MetricState, at: number): void {
  if (!m.active || m.paused) return;
  m.paused = true;
  own(m).pauses.push(at, Number.NaN);
}

function resume(m: MetricState, at: number): void {
  if (!m.active || !m.paused) return;
  m.paused = false;
  own(m).pauses[m.pauses.length - 1] = at;
}

function complete(s: FoldState, k: number, at: number): void {
  const m = s.metrics[k] as MetricState;
  if (!m.active) return;
  resume(m, at);
  m.active = false;
  m.completed = at;
  m.completedIn = s.schedule;
}

function setWaiting(s: FoldState, waiting: boolean, at: number): void {
  if (s.waiting === waiting) return;
  s.waiting = waiting;
  if (s.waitsShared) {
    s.waits = s.waits.slice();
    s.waitsShared = false;
  }
  if (waiting) s.waits.push(at, Number.NaN);
  else s.waits[s.waits.length - 1] = at;
  for (let k = 0; k < 3; k += 1) {
    if (!s.policy.pauseWhileWaiting[SLA_METRICS[k] as 'firstResponse']) continue;
    const m = s.metrics[k] as MetricState;
    if (waiting) pause(m, at);
    else if (!(k === RESOLUTION && s.solved)) resume(m, at);
  }
}

/**
 * After a tier or priority change, an open cycle is measured against its new target from its
 * start: the breach instant is found again in the logged gaps (and is gone when the new target
 * has not been reached).
 */
function retarget(s: FoldState, k: number, target: number): void {
  const m = s.metrics[k] as MetricState;
  // A completed cycle keeps the target it was measured against; later cycles take the new one.
  if (Object.is(m.target, target) || (!m.active && m.cycles > 0)) return;
  m.target = target;
  if (!m.active) return;
  own(m);
  if (!Number.isNaN(m.breached)) {
    m.breaches.pop();
    m.breached = Number.NaN;
  }
  if (!(m.used >= target)) return; // not reached yet (false for NaN targets)
  // The first gap of the cycle after which the metric had used the target: a bisection, so that
  // thousands of priority changes on one ticket stay cheap.
  const bit = 1 << k;
  const log = s.log;
  const used = GAP_USED + k;
  const reached = (g: number) =>
    (log[g * GAP_FIELDS + used] as number) +
      (((log[g * GAP_FIELDS + GAP_MASK] as number) & bit) === 0 ? 0 : (log[g * GAP_FIELDS + GAP_MS] as number)) >=
    target;
  let lo = m.cycleGap;
  let hi = s.logLength;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  // From there, the first gap in which it ran past the target (usually that one or the next running one).
  for (let g = lo; g < s.logLength; g += 1) {
    const i = g * GAP_FIELDS;
    if (((log[i + GAP_MASK] as number) & bit) === 0) continue;
    const at = breachIn(
      s.logCalendars[g] as CompiledSchedule,
      log[i + GAP_FROM] as number,
      log[i + GAP_TO] as number,
      log[i + GAP_MS] as number,
      log[i + used] as number,
      target,
    );
    if (!Number.isNaN(at)) {
      m.breached = at;
      m.breaches.push(at);
      return;
    }
  }
}

type Handler = (s: FoldState, e: ParsedEvent) => void;

/**
 * What each event does, as a table over every event type (a type without a handler does not
 * compile). A table of functions rather than a ts-pattern match: this runs for every event of
 * every ticket, and building a match per event cost more than the rest of the fold.
 */
const HANDLERS: { readonly [T in SlaEventType]: Handler } = {
  received: () => undefined, // only the first event, handled by startFold
  'tier-changed': (s, e) => {
    s.tier = e.tier as SupportTier;
    retargetAll(s);
  },
  'priority-changed': (s, e) => {
    s.priority = e.priority as SlaPriority;
    retargetAll(s);
  },
  'schedule-changed': (s, e) => {
    s.schedule = e.schedule as CompiledSchedule;
    // The walk's days were the old calendar's.
    s.walkDay = Number.NaN;
    s.walkMidnight = Number.NaN;
  },
  reopened: (s, e) => {
    if (!s.solved) return;
    s.solved = false;
    const m = s.metrics[RESOLUTION];
    if (s.policy.reopen === 'restart') {
      startCycle(s, RESOLUTION, e.at, s.targets[RESOLUTION] as number);
    } else {
      // The cycle goes on: the solved span counts as a pause, the time used before stays used.
      m.active = true;
      m.completed = Number.NaN;
      m.completedIn = undefined;
      own(m).pauses.push(s.solvedAt, e.at);
    }
  },
  'staff-replied': (s, e) => {
    s.firstDone = true;
    complete(s, FIRST, e.at);
    complete(s, NEXT, e.at);
  },
  'waiting-on-customer': (s, e) => {
    if (!s.solved) setWaiting(s, true, e.at);
  },
  'customer-replied': (s, e) => {
    setWaiting(s, false, e.at);
    // A customer's message after a staff reply opens a next-response cycle.
    if (!s.solved && s.firstDone && !s.metrics[NEXT].active) startCycle(s, NEXT, e.at, s.targets[NEXT] as number);
  },
  resumed: (s, e) => setWaiting(s, false, e.at),
  solved: (s, e) => {
    if (s.solved) return;
    setWaiting(s, false, e.at);
    s.firstDone = true;
    // Solving fulfils the response metrics, as in Zendesk.
    complete(s, FIRST, e.at);
    complete(s, NEXT, e.at);
    complete(s, RESOLUTION, e.at);
    s.solved = true;
    s.solvedAt = e.at;
  },
};

/** The handlers by rank (the event type's index in SLA_EVENT_TYPES): an array read, not a keyed lookup, per event. */
const BY_RANK: readonly Handler[] = SLA_EVENT_TYPES.map((t) => HANDLERS[t]);

function retargetAll(s: FoldState): void {
  s.targets = targetsOf(s);
  for (let k = 0; k < 3; k += 1) retarget(s, k, s.targets[k] as number);
}

/** Applies one event (at or after the cursor) to the state. */
export function apply(s: FoldState, e: ParsedEvent): void {
  advance(s, e.at);
  (BY_RANK[e.rank] as Handler)(s, e);
}

/**
 * A copy that can be advanced without touching the original: arrays are shared and copied on the
 * first write (a million stored clocks advanced by one event copy almost nothing). The original
 * must not be advanced itself afterwards; stored clocks never are.
 */
function cloneMetric(m: MetricState): MetricState {
  // Field by field rather than a spread: a literal of one shape is far cheaper to build.
  return {
    target: m.target,
    active: m.active,
    paused: m.paused,
    started: m.started,
    used: m.used,
    completed: m.completed,
    completedIn: m.completedIn,
    completedDue: m.completedDue,
    completedDueFor: m.completedDueFor,
    completedDueUsed: m.completedDueUsed,
    breached: m.breached,
    breaches: m.breaches,
    pauses: m.pauses,
    cycles: m.cycles,
    cycleGap: m.cycleGap,
    shared: true,
  };
}

export function cloneFold(s: FoldState): FoldState {
  return {
    policy: s.policy,
    tier: s.tier,
    priority: s.priority,
    targets: s.targets,
    channel: s.channel,
    schedule: s.schedule,
    waiting: s.waiting,
    solved: s.solved,
    solvedAt: s.solvedAt,
    firstDone: s.firstDone,
    cursor: s.cursor,
    metrics: [cloneMetric(s.metrics[0]), cloneMetric(s.metrics[1]), cloneMetric(s.metrics[2])],
    waits: s.waits,
    waitsShared: true,
    log: s.log,
    logCalendars: s.logCalendars,
    logLength: s.logLength,
    logShared: true,
    walkDay: s.walkDay,
    walkMidnight: s.walkMidnight,
  };
}
