import { toInstantMs } from '../calendar/isoInstant.js';
import type { SupportChannel, SupportTier } from '../policy/index.js';

/** A support request read the quick way: the instant in milliseconds since the epoch. */
export interface QuickSupportRequest {
  readonly tier: SupportTier;
  readonly channel: SupportChannel;
  readonly receivedAt: number;
}

const isTier = (v: unknown): v is SupportTier => v === 'standard' || v === 'plus' || v === 'pro' || v === 'enterprise';
const isChannel = (v: unknown): v is SupportChannel => v === 'phone' || v === 'email';

/**
 * @internal A request `{ tier, channel, receivedAt }` read the quick way, or `undefined` when it
 * is not plainly well-formed; then `responseDeadline` parses it with the schema, which says what
 * is wrong. The schema cost as much as the deadline's calendar walk (docs/benchmarks.md); this
 * reads each field once, by name, after checking that the object is plain (or null-prototype)
 * and that its own enumerable keys are exactly the three fields (so none is inherited or
 * unknown). The instant is read by the schema's own reader, so on what it accepts it gives what
 * the schema gives (a property test compares both). An exception while reading (a revoked Proxy,
 * a throwing getter) leaves the request to the schema, which reports it with its cause; a getter
 * may run twice.
 */
export function quickSupportRequest(req: unknown): QuickSupportRequest | undefined {
  if (typeof req !== 'object' || req === null) return undefined;
  try {
    const proto: unknown = Object.getPrototypeOf(req);
    if (proto !== Object.prototype && proto !== null) return undefined;
    // Own enumerable keys, distinct: three known ones are exactly the three fields.
    const keys = Object.keys(req);
    if (keys.length !== 3) return undefined;
    for (let i = 0; i < 3; i += 1) {
      const key = keys[i];
      if (key !== 'tier' && key !== 'channel' && key !== 'receivedAt') return undefined;
    }
    const { tier, channel, receivedAt } = req as { tier?: unknown; channel?: unknown; receivedAt?: unknown };
    if (!isTier(tier) || !isChannel(channel)) return undefined;
    const at = toInstantMs(receivedAt);
    return at === undefined ? undefined : { tier, channel, receivedAt: at };
  } catch {
    return undefined;
  }
}
