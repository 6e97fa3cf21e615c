import type { CompiledSchedule } from '../../calendar/compiled.js';
import { addMs, betweenMs } from '../../calendar/walk.js';
import type { SupportChannel, SupportTier } from '../../policy/index.js';
import type { FoldState, MetricState } from './fold.js';
import { SLA_METRICS, type SlaMetricName, type SlaPriority } from './policy.js';

/**
 * Where a metric stands: `running`, `at-risk` (running with the policy's share of its target or
 * less left), `paused` (waiting for the customer; for resolution also while solved), `met`,
 * `breached` (past its due instant: completed late, or still open and overdue), `idle` (a
 * next-response metric with no customer message waiting for a reply), `none` (no target for the
 * ticket's tier and priority; time is still counted).
 */
export type SlaMetricState = 'running' | 'at-risk' | 'paused' | 'met' | 'breached' | 'idle' | 'none';

/** A span during which a metric (or the ticket) did not run; `to` is `null` while it lasts. */
export interface SlaPause {
  readonly from: Date;
  readonly to: Date | null;
}

/** One metric of the clock at the evaluation instant. Business times are in ms of the ticket's calendar. */
export interface SlaMetric {
  readonly metric: SlaMetricName;
  readonly state: SlaMetricState;
  /** The target in business ms; `null` without target. */
  readonly targetMs: number | null;
  /** Start of the current (or last) cycle; `null` before any. */
  readonly startedAt: Date | null;
  /**
   * The due instant: when the target is reached if the metric keeps running (`null` while
   * paused: it depends on when it resumes); once breached, the breach instant; once met, the due
   * instant as it stood then. `null` without target or cycle.
   */
  readonly dueAt: Date | null;
  /** Business time counted in the current (or last) cycle. Never decreases while the cycle lasts. */
  readonly usedMs: number;
  /** `targetMs − usedMs`: negative once over. `null` without target. */
  readonly remainingMs: number | null;
  /** When the current (or last) cycle was met or breached by its stop event; `null` while open. */
  readonly completedAt: Date | null;
  /** When the current (or last) cycle breached; `null` if it has not. */
  readonly breachedAt: Date | null;
  /** Pauses of the current (or last) cycle. */
  readonly pauses: readonly SlaPause[];
  /** Every breach instant, of all cycles. */
  readonly breaches: readonly Date[];
  /**
   * Cycles so far: 1 for first response and resolution (more after a restart), one per customer
   * message awaiting a reply for next response.
   */
  readonly cycles: number;
}

/** The SLA clock of a ticket at an instant (see `slaClock`). */
export interface SlaClock {
  /** The instant the clock is read at. */
  readonly at: Date;
  readonly tier: SupportTier;
  readonly priority: SlaPriority;
  /** The channel the ticket came by: its calendar is the channel's. */
  readonly channel: SupportChannel;
  /** `waiting`: waiting for the customer; `solved`: solved and not reopened. */
  readonly status: 'open' | 'waiting' | 'solved';
  readonly firstResponse: SlaMetric;
  readonly nextResponse: SlaMetric;
  readonly resolution: SlaMetric;
  /** Every span the ticket waited for the customer. */
  readonly waits: readonly SlaPause[];
  /** Every field as plain data (the metrics are built when first read). */
  toJSON(): Omit<SlaClock, 'toJSON'>;
}

const date = (t: number): Date | null => (Number.isNaN(t) ? null : new Date(t));

const NONE: readonly never[] = Object.freeze([]);

/**
 * Pause objects of a flat `[from, to, …]` list. A metric's pauses are mostly the ticket's waits:
 * those are taken from `shared` (the waits, built first), found by a merge since both lists run
 * in time order, so a clock read in full builds each span once.
 */
function spans(flat: readonly number[], shared: Spans | undefined): SlaPause[] {
  if (flat.length === 0) return NONE as unknown as SlaPause[];
  const out = new Array<SlaPause>(flat.length / 2);
  const other = shared?.flat;
  let j = 0;
  for (let i = 0; i < flat.length; i += 2) {
    const from = flat[i] as number;
    const to = flat[i + 1] as number;
    if (other !== undefined) {
      while (j < other.length && (other[j] as number) < from) j += 2;
      if (j < other.length && other[j] === from && Object.is(other[j + 1], to)) {
        out[i >> 1] = (shared as Spans).list[j >> 1] as SlaPause;
        continue;
      }
    }
    out[i >> 1] = Object.freeze({ from: new Date(from), to: date(to) });
  }
  return Object.freeze(out) as SlaPause[];
}

/** A built list of spans and the flat instants it was built from. */
interface Spans {
  readonly flat: readonly number[];
  readonly list: readonly SlaPause[];
}

function breachList(breaches: readonly number[], extra: number): readonly Date[] {
  if (breaches.length === 0 && Number.isNaN(extra)) return NONE;
  const all = Number.isNaN(extra) ? breaches : [...breaches, extra];
  return Object.freeze(all.map((b) => new Date(b)));
}

/**
 * The figures of the three metrics at the reading instant, flat (one array of numbers per
 * reading, rather than an object per metric: a desk recomputing a million clocks makes a
 * million of them): metric k's five numbers start at k × FIELDS. NaN: none.
 */
const FIELDS = 5;
const STATE = 0; // index in STATES
const USED = 1;
const BREACHED = 2;
const EXTRA_BREACH = 3; // a breach between the last event and the reading instant
const DUE = 4;
const STATES: readonly SlaMetricState[] = ['running', 'at-risk', 'paused', 'met', 'breached', 'idle', 'none'];

/** Business time from the cursor to `at`, computed once per reading (−1: not yet). */
interface Gap {
  ms: number;
}
/** The one Gap of the reading under way (readings do not nest; one object, no garbage). */
const GAP: Gap = { ms: -1 };

function figuresOf(s: FoldState, at: number, k: number, gap: Gap, out: number[]): void {
  const m = s.metrics[k] as MetricState;
  const running = m.active && !m.paused;
  let used = m.used;
  let breached = m.breached;
  let extraBreach = Number.NaN;
  if (running && at > s.cursor) {
    if (gap.ms < 0) gap.ms = betweenMs(s.schedule, s.cursor, at);
    if (Number.isNaN(breached) && used + gap.ms >= m.target) {
      const due = addMs(s.schedule, s.cursor, m.target - used);
      if (due < at) breached = extraBreach = due;
    }
    used += gap.ms;
  }
  const hasTarget = !Number.isNaN(m.target);
  let due = Number.NaN;
  if (hasTarget && m.cycles > 0) {
    if (!Number.isNaN(breached)) due = breached;
    else if (running) due = addMs(s.schedule, Math.max(at, s.cursor), m.target - used);
    else if (!m.active) due = completedDue(m, used);
  }
  const i = k * FIELDS;
  out[i + STATE] = stateOf(m, hasTarget, breached, used, s.policy.atRisk);
  out[i + USED] = used;
  out[i + BREACHED] = breached;
  out[i + EXTRA_BREACH] = extraBreach;
  out[i + DUE] = due;
}

/**
 * The due instant of a completed cycle, as it stood at completion. It does not change until the
 * metric starts again, so it is kept on the metric: the clocks advanced from this one (a million
 * open tickets after a holiday is added) copy it instead of walking the calendar again. A cache
 * of a value the metric's fields determine: writing it changes nothing a reader can see.
 */
function completedDue(m: MetricState, used: number): number {
  if (m.completedDueFor !== m.completed || m.completedDueUsed !== used) {
    m.completedDue = addMs(m.completedIn as CompiledSchedule, m.completed, m.target - used);
    m.completedDueFor = m.completed;
    m.completedDueUsed = used;
  }
  return m.completedDue;
}

function metricOf(s: FoldState, k: number, f: readonly number[], waits: Spans | undefined): SlaMetric {
  const m = s.metrics[k] as MetricState;
  const hasTarget = !Number.isNaN(m.target);
  const i = k * FIELDS;
  const used = f[i + USED] as number;
  return Object.freeze({
    metric: SLA_METRICS[k] as SlaMetricName,
    state: STATES[f[i + STATE] as number] as SlaMetricState,
    targetMs: hasTarget ? m.target : null,
    startedAt: date(m.started),
    dueAt: date(f[i + DUE] as number),
    usedMs: used,
    remainingMs: hasTarget ? m.target - used : null,
    completedAt: date(m.completed),
    breachedAt: date(f[i + BREACHED] as number),
    pauses: spans(m.pauses, waits),
    breaches: breachList(m.breaches, f[i + EXTRA_BREACH] as number),
    cycles: m.cycles,
  });
}

/**
 * A clock read at an instant. The figures — states, business time, due and breach instants — are
 * computed by the constructor, so every error (a calendar that never opens again) is raised by
 * the call; the metric objects and their dates are built when first read (a desk recomputing a
 * million tickets reads one or two of them), then kept. `toJSON` gives every field. The fold
 * state it reads must not change afterwards (callers fold on copies).
 */
class Clock implements SlaClock {
  readonly at: Date;
  readonly tier: SupportTier;
  readonly priority: SlaPriority;
  readonly channel: SupportChannel;
  readonly status: 'open' | 'waiting' | 'solved';
  readonly #state: FoldState;
  readonly #figures: number[];
  #first: SlaMetric | undefined;
  #next: SlaMetric | undefined;
  #resolution: SlaMetric | undefined;
  #waits: readonly SlaPause[] | undefined;

  constructor(s: FoldState, at: number) {
    const gap = GAP;
    gap.ms = -1;
    this.at = new Date(at);
    this.tier = s.tier;
    this.priority = s.priority;
    this.channel = s.channel;
    this.status = s.solved ? 'solved' : s.waiting ? 'waiting' : 'open';
    this.#state = s;
    const figures: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    figuresOf(s, at, 0, gap, figures);
    figuresOf(s, at, 1, gap, figures);
    figuresOf(s, at, 2, gap, figures);
    this.#figures = figures;
  }

  #metric(k: number): SlaMetric {
    const s = this.#state;
    // A metric that paused shares its spans with the ticket's waits.
    const waits = (s.metrics[k] as MetricState).pauses.length === 0 ? undefined : { flat: s.waits, list: this.waits };
    return metricOf(s, k, this.#figures, waits);
  }

  get firstResponse(): SlaMetric {
    if (this.#first === undefined) this.#first = this.#metric(0);
    return this.#first;
  }

  get nextResponse(): SlaMetric {
    if (this.#next === undefined) this.#next = this.#metric(1);
    return this.#next;
  }

  get resolution(): SlaMetric {
    if (this.#resolution === undefined) this.#resolution = this.#metric(2);
    return this.#resolution;
  }

  get waits(): readonly SlaPause[] {
    if (this.#waits === undefined) this.#waits = spans(this.#state.waits, undefined);
    return this.#waits;
  }

  /** The fold state behind a clock made here, or `undefined`. @internal */
  static stateOf(value: unknown): FoldState | undefined {
    return typeof value === 'object' && value !== null && #state in value ? value.#state : undefined;
  }

  toJSON(): Omit<SlaClock, 'toJSON'> {
    const { at, tier, priority, channel, status, firstResponse, nextResponse, resolution, waits } = this;
    return { at, tier, priority, channel, status, firstResponse, nextResponse, resolution, waits };
  }
}

/** The clock read at `at` (at or after the state's cursor), unfrozen for the caller to finish. */
export function readClock(s: FoldState, at: number): SlaClock {
  return new Clock(s, at);
}

/** @internal The fold state behind a clock made by {@link readClock}, or `undefined` for anything else. */
export const foldStateOf: (value: unknown) => FoldState | undefined = (value) => Clock.stateOf(value);

/** The index in STATES of where a metric stands. */
function stateOf(m: MetricState, hasTarget: boolean, breached: number, used: number, atRisk: number): number {
  if (m.cycles === 0) return hasTarget ? 5 : 6; // idle, none
  if (!hasTarget) return 6; // none
  if (!Number.isNaN(breached)) return 4; // breached
  if (!m.active) return 3; // met
  if (m.paused) return 2; // paused
  return m.target - used <= atRisk * m.target ? 1 : 0; // at-risk, running
}
