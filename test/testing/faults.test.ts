import { describe, it, expect } from 'vitest';
import { memoryPorts, fixedClock, isHostPolicyError } from '../../src/index.js';
import { InjectedFault, withFaults } from '../../src/testing/index.js';

const note = (id: string, n = 0): { id: string; owner: string; n: number } => ({ id, owner: 'anna', n });

describe('withFaults', () => {
  it('without failAt it only counts, by kind, and keeps every method working', async () => {
    const ports = memoryPorts();
    const writes = withFaults(ports);
    const reads = withFaults(ports, { on: 'read' });
    const any = withFaults(reads.ports, { on: 'any' });
    await any.ports.rfps.put(note('a') as never, 0);
    await any.ports.rfps.get('a');
    await any.ports.invoices.findByReferences(['RF18539007547034']);
    await writes.ports.rfps.put(note('b') as never, 0);
    expect(any.calls()).toBe(3);
    expect(reads.calls()).toBe(2);
    expect(writes.calls()).toBe(1);
    expect(any.log()).toEqual([
      { index: 1, port: 'rfps', method: 'put', kind: 'write' },
      { index: 2, port: 'rfps', method: 'get', kind: 'read' },
      { index: 3, port: 'invoices', method: 'findByReferences', kind: 'read' },
    ]);
    expect(any.injected()).toEqual([]);
    expect((await ports.rfps.getMany(['a', 'b'])).size).toBe(2);
  });

  it('the k-th counted call fails before it takes effect; the others pass', async () => {
    const ports = memoryPorts();
    const faulty = withFaults(ports, { failAt: 2 });
    await faulty.ports.rfps.put(note('a') as never, 0);
    const e = await faulty.ports.rfps.put(note('b') as never, 0).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InjectedFault);
    expect((e as InjectedFault).call).toEqual({ index: 2, port: 'rfps', method: 'put', kind: 'write' });
    expect(await ports.rfps.get('b')).toBeUndefined();
    await faulty.ports.rfps.put(note('c') as never, 0);
    expect(faulty.injected()).toEqual([{ index: 2, port: 'rfps', method: 'put', kind: 'write' }]);
    expect(faulty.calls()).toBe(3);
  });

  it('after: the failing write takes effect, only the acknowledgement is lost', async () => {
    const ports = memoryPorts();
    const faulty = withFaults(ports, { failAt: 1, after: true });
    await expect(faulty.ports.rfps.put(note('a', 7) as never, 0)).rejects.toThrow(/after it took effect/);
    expect(await ports.rfps.get('a')).toEqual({ version: 1, value: note('a', 7) });
  });

  it('after, inside a transaction: the work commits, then transaction() fails (the answer of its commit lost)', async () => {
    // A transaction of a store: the work's writes go to a draft, kept only when the work ends well.
    const committed = new Map<string, unknown>();
    const store = (draft: Map<string, unknown>) => ({
      items: {
        put: async (id: string, value: unknown) => void draft.set(id, value),
        get: async (id: string) => draft.get(id) ?? committed.get(id),
      },
    });
    const ports = {
      ...store(committed),
      transaction: async <T>(work: (inner: ReturnType<typeof store>) => Promise<T>): Promise<T> => {
        const draft = new Map<string, unknown>();
        const result = await work(store(draft));
        for (const [k, v] of draft) committed.set(k, v);
        return result;
      },
    };
    let workEnded = false;
    for (const after of [false, true]) {
      committed.clear();
      workEnded = false;
      const faulty = withFaults(ports, { failAt: 1, after });
      const failed = await faulty.ports
        .transaction(async (inner) => {
          await inner.items.put('a', 1);
          await inner.items.put('b', 2);
          workEnded = true;
        })
        .catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(InjectedFault);
      // Before: the work stops and nothing is committed. After: the whole work committed, only its answer is lost.
      expect([workEnded, [...committed.keys()]]).toEqual(after ? [true, ['a', 'b']] : [false, []]);
      expect((failed as Error).message).toContain(after ? 'the commit' : 'items.put');
    }
  });

  it('a read fault fails the chosen read only', async () => {
    const faulty = withFaults(memoryPorts(), { failAt: 1, on: 'read' });
    await faulty.ports.rfps.put(note('a') as never, 0);
    await expect(faulty.ports.rfps.getMany(['a'])).rejects.toBeInstanceOf(InjectedFault);
    expect((await faulty.ports.rfps.getMany(['a'])).size).toBe(1);
  });

  it('passes the clock through untouched, and wraps methods of class-based adapters', async () => {
    class Repo {
      readonly #data = new Map<string, number>();
      async get(id: string): Promise<number | undefined> {
        return this.#data.get(id);
      }
      async put(id: string, n: number): Promise<void> {
        this.#data.set(id, n);
      }
    }
    const clock = fixedClock('2026-11-23T09:00:00Z');
    const faulty = withFaults({ clock, things: new Repo() }, { failAt: 2, on: 'any' });
    expect(faulty.ports.clock).toBe(clock);
    await faulty.ports.things.put('x', 1);
    await expect(faulty.ports.things.get('x')).rejects.toBeInstanceOf(InjectedFault);
    expect(faulty.calls()).toBe(2);
  });

  it('refuses bad arguments with INVALID_INPUT', () => {
    for (const call of [
      () => withFaults(null as never),
      () => withFaults('ports' as never),
      () => withFaults(memoryPorts(), { failAt: 0 }),
      () => withFaults(memoryPorts(), { failAt: 1.5 }),
      () => withFaults(memoryPorts(), { on: 'writes' as never }),
      () => withFaults(memoryPorts(), { after: 'yes' as never }),
    ]) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(isHostPolicyError(error) && error.code).toBe('INVALID_INPUT');
    }
  });
});
