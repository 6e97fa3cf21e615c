/** The SLA clock of a support ticket: events in, metrics with their due instants out. @internal */
export { slaClock, advanceSlaClock, advanceSlaClocks, type SlaClockRequest } from './slaClock.js';
export {
  defineSlaPolicy,
  SlaPolicy,
  SLA_METRICS,
  SLA_PRIORITIES,
  type SlaPolicyInput,
  type SlaTargets,
  type SlaMetricName,
  type SlaPriority,
} from './policy.js';
export { SLA_EVENT_TYPES, MAX_SLA_EVENTS, type SlaEvent, type SlaEventType } from './events.js';
export type { SlaClock, SlaMetric, SlaMetricState, SlaPause } from './result.js';
