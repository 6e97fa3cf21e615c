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
  /** Cycles so far: 1 for first response and resolution (more after a restart), one per customer message awaiting a reply for next response. */
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

function spans(flat: readonly number[], memo: Map<number, SlaPause>): SlaPause[] {
  if (flat.length === 0) return NONE as unknown as SlaPause[];
  const out: SlaPause[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    const from = flat[i] as number;
    const to = flat[i + 1] as number;
    let pause = memo.get(from);
    const same = pause !== undefined && (pause.to === null ? Number.isNaN(to) : pause.to.getTime() === to);
    if (pause === undefined || !same) {
      pause = Object.freeze({ from: new Date(from), to: date(to) });
      memo.set(from, pause);
    }
    out.push(pause);
  }
  return Object.freeze(out) as SlaPause[];
}

function breachList(breaches: readonly number[], extra: number): readonly Date[] {
  if (breaches.length === 0 && Number.isNaN(extra)) return NONE;
  const all = Number.isNaN(extra) ? breaches : [...breaches, extra];
  return Object.freeze(all.map((b) => new Date(b)));
}

/** A metric's figures at the reading instant, as numbers (NaN: none). */
interface Figures {
  readonly k: number;
  readonly state: SlaMetricState;
  readonly used: number;
  readonly breached: number;
  readonly extraBreach: number;
  readonly due: number;
}

/** Business time from the cursor to `at`, computed once per reading (−1: not yet). */
interface Gap {
  ms: number;
}
/** The one Gap of the reading under way (readings do not nest; one object, no garbage). */
const GAP: Gap = { ms: -1 };

function figuresOf(s: FoldState, at: number, k: number, gap: Gap): Figures {
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
    else if (!m.active) due = addMs(m.completedIn as CompiledSchedule, m.completed, m.target - used);
  }
  return { k, state: stateOf(m, hasTarget, breached, used, s.policy.atRisk), used, breached, extraBreach, due };
}

function metricOf(s: FoldState, f: Figures, pauses: Map<number, SlaPause>): SlaMetric {
  const m = s.metrics[f.k] as MetricState;
  const hasTarget = !Number.isNaN(m.target);
  return Object.freeze({
    metric: SLA_METRICS[f.k] as SlaMetricName,
    state: f.state,
    targetMs: hasTarget ? m.target : null,
    startedAt: date(m.started),
    dueAt: date(f.due),
    usedMs: f.used,
    remainingMs: hasTarget ? m.target - f.used : null,
    completedAt: date(m.completed),
    breachedAt: date(f.breached),
    pauses: spans(m.pauses, pauses),
    breaches: breachList(m.breaches, f.extraBreach),
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
  readonly #figures: readonly [Figures, Figures, Figures];
  // Pause objects by start instant: a metric's pauses are mostly the ticket's waits.
  #pauses: Map<number, SlaPause> | undefined;
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
    this.#figures = [figuresOf(s, at, 0, gap), figuresOf(s, at, 1, gap), figuresOf(s, at, 2, gap)];
  }

  #metric(k: number): SlaMetric {
    return metricOf(this.#state, this.#figures[k] as Figures, (this.#pauses ??= new Map()));
  }

  get firstResponse(): SlaMetric {
    return (this.#first ??= this.#metric(0));
  }

  get nextResponse(): SlaMetric {
    return (this.#next ??= this.#metric(1));
  }

  get resolution(): SlaMetric {
    return (this.#resolution ??= this.#metric(2));
  }

  get waits(): readonly SlaPause[] {
    return (this.#waits ??= spans(this.#state.waits, (this.#pauses ??= new Map())));
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

function stateOf(m: MetricState, hasTarget: boolean, breached: number, used: number, atRisk: number): SlaMetricState {
  if (m.cycles === 0) return hasTarget ? 'idle' : 'none';
  if (!hasTarget) return 'none';
  if (!Number.isNaN(breached)) return 'breached';
  if (!m.active) return 'met';
  if (m.paused) return 'paused';
  return m.target - used <= atRisk * m.target ? 'at-risk' : 'running';
}
