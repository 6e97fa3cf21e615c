import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isHostPolicyError } from '../errors.js';
import { codeOf } from './codeOf.js';
import type { Repository, Versioned } from '../ports/repository.js';

/** The entity the contract suite stores: plain data with a nested object, an array and a Date. */
export interface ContractEntity {
  readonly id: string;
  readonly owner: string | readonly string[];
  readonly payload: { readonly n: number; readonly tags: readonly string[]; readonly at: Date };
}

/** Makes a fresh, empty repository for each test. */
export type RepositoryFactory = () => Repository<ContractEntity> | Promise<Repository<ContractEntity>>;

const entity = (id: string, owner: string | readonly string[], n = 0): ContractEntity => ({
  id,
  owner,
  payload: { n, tags: [`t${n}`], at: new Date(Date.UTC(2026, 10, 23, 9, 0, n % 60)) },
});

const ids = (records: readonly Versioned<ContractEntity>[]): string[] => records.map((r) => r.value.id).sort();

/**
 * Registers the vitest tests every {@link Repository} adapter must pass: round-trips, version
 * conflicts, batch reads (`getMany`), listing by owner, isolation between owners and between callers, concurrent puts
 * with the same expected version (exactly one wins), no lost updates under retry, `putMany` where
 * the adapter has it (each entry as `put` would write it, answers in the order of the entries),
 * bad input.
 * Call it at the top level of a test file.
 *
 * @example
 * ```ts
 * import { describeRepositoryContract } from 'hostpolicy/testing';
 * import { memoryRepository } from 'hostpolicy';
 * describeRepositoryContract('memory', () => memoryRepository());
 * ```
 */
export function describeRepositoryContract(name: string, factory: RepositoryFactory): void {
  describe(`repository contract: ${name}`, () => {
    it('get of an unknown id is undefined', async () => {
      const repo = await factory();
      expect(await repo.get('nope')).toBeUndefined();
      expect(await repo.list()).toEqual([]);
    });

    it('round-trips an entity at version 1, then 2', async () => {
      const repo = await factory();
      const first = await repo.put(entity('a', 'anna', 1), 0);
      expect(first).toEqual({ version: 1, value: entity('a', 'anna', 1) });
      expect(await repo.get('a')).toEqual(first);
      const second = await repo.put(entity('a', 'anna', 2), 1);
      expect(second.version).toBe(2);
      expect((await repo.get('a'))?.value).toEqual(entity('a', 'anna', 2));
    });

    it('refuses a stale or a duplicate write with VERSION_CONFLICT and keeps the stored value', async () => {
      const repo = await factory();
      await repo.put(entity('a', 'anna', 1), 0);
      await repo.put(entity('a', 'anna', 2), 1);
      expect(await codeOf(repo.put(entity('a', 'anna', 9), 1))).toBe('VERSION_CONFLICT');
      expect(await codeOf(repo.put(entity('a', 'anna', 9), 0))).toBe('VERSION_CONFLICT');
      expect(await codeOf(repo.put(entity('b', 'anna', 9), 3))).toBe('VERSION_CONFLICT');
      expect(await repo.get('a')).toEqual({ version: 2, value: entity('a', 'anna', 2) });
      expect(await repo.get('b')).toBeUndefined();
    });

    it('the conflict names the id and both versions', async () => {
      const repo = await factory();
      await repo.put(entity('a', 'anna'), 0);
      try {
        await repo.put(entity('a', 'anna'), 0);
        expect.unreachable();
      } catch (e) {
        expect(isHostPolicyError(e) && e.details).toEqual({ id: 'a', expected: 0, actual: 1 });
      }
    });

    it('getMany reads the stored ids in one call, keyed by id; missing ids are absent', async () => {
      const repo = await factory();
      await repo.put(entity('a', 'anna', 1), 0);
      await repo.put(entity('b', 'ben', 2), 0);
      await repo.put(entity('b', 'ben', 3), 1);
      const found = await repo.getMany(['b', 'nope', 'a', 'b']);
      expect(found).toBeInstanceOf(Map);
      expect([...found.keys()].sort()).toEqual(['a', 'b']);
      expect(found.get('a')).toEqual(await repo.get('a'));
      expect(found.get('b')).toEqual({ version: 2, value: entity('b', 'ben', 3) });
      expect((await repo.getMany([])).size).toBe(0);
    });

    it('getMany agrees with get for any ids (model check), and its copies are isolated', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', '__proto__', 'constructor'), { maxLength: 6 }),
          fc.array(fc.constantFrom('a', 'b', 'c', 'd', '__proto__', 'constructor', 'x')),
          async (stored, asked) => {
            const repo = await factory();
            for (const id of stored) await repo.put(entity(id, 'anna', id.length), 0);
            const found = await repo.getMany(asked);
            for (const id of asked) expect(found.get(id)).toEqual(await repo.get(id));
            expect(found.size).toBe(new Set(asked.filter((id) => (stored as readonly string[]).includes(id))).size);
            for (const record of found.values()) {
              try {
                (record.value.payload.tags as string[]).push('mutated');
              } catch {
                // a frozen copy may refuse the change: that is isolation too
              }
            }
            for (const id of stored) expect((await repo.get(id))?.value.payload.tags).toEqual([`t${id.length}`]);
          },
        ),
        { numRuns: 30 },
      );
    });

    it('lists by owner, including entities with several owners', async () => {
      const repo = await factory();
      await repo.put(entity('a', 'anna'), 0);
      await repo.put(entity('b', 'ben'), 0);
      await repo.put(entity('c', ['anna', 'ben']), 0);
      expect(ids(await repo.listByOwner('anna'))).toEqual(['a', 'c']);
      expect(ids(await repo.listByOwner('ben'))).toEqual(['b', 'c']);
      expect(await repo.listByOwner('carl')).toEqual([]);
      expect(ids(await repo.list())).toEqual(['a', 'b', 'c']);
    });

    it('isolates owners: a change of owner moves the entity between lists, others are untouched', async () => {
      const repo = await factory();
      await repo.put(entity('a', 'anna', 1), 0);
      await repo.put(entity('b', 'ben', 1), 0);
      await repo.put(entity('a', 'ben', 2), 1);
      expect(await repo.listByOwner('anna')).toEqual([]);
      expect(ids(await repo.listByOwner('ben'))).toEqual(['a', 'b']);
      expect(await repo.get('b')).toEqual({ version: 1, value: entity('b', 'ben', 1) });
    });

    it('isolates callers: mutating what was put or read changes nothing stored', async () => {
      const repo = await factory();
      const mine = { id: 'a', owner: 'anna', payload: { n: 1, tags: ['x'], at: new Date(0) } };
      await repo.put(mine, 0);
      mine.payload.n = 99;
      mine.payload.tags.push('y');
      mine.payload.at.setTime(5);
      const read = await repo.get('a');
      try {
        (read?.value.payload.tags as string[] | undefined)?.push('z');
        read?.value.payload.at.setTime(7);
      } catch {
        // a frozen copy may refuse the change: that is isolation too
      }
      expect((await repo.get('a'))?.value).toEqual({ id: 'a', owner: 'anna', payload: { n: 1, tags: ['x'], at: new Date(0) } });
    });

    it('concurrent puts with the same expected version: exactly one wins', async () => {
      const repo = await factory();
      await repo.put(entity('a', 'anna', 0), 0);
      const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => repo.put(entity('a', 'anna', i + 1), 1)));
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(isHostPolicyError(r.reason) && r.reason.code).toBe('VERSION_CONFLICT');
      const stored = await repo.get('a');
      expect(stored?.version).toBe(2);
      expect(won[0]?.status === 'fulfilled' && won[0].value).toEqual(stored);
    });

    it('concurrent creations of one id: exactly one wins', async () => {
      const repo = await factory();
      const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => repo.put(entity('new', `owner${i}`, i), 0)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((await repo.list()).length).toBe(1);
    });

    it('read-modify-write with retry loses no update under concurrency', async () => {
      const repo = await factory();
      await repo.put(entity('counter', 'anna', 0), 0);
      const increment = async (): Promise<void> => {
        for (;;) {
          const current = await repo.get('counter');
          if (current === undefined) throw new Error('counter vanished');
          try {
            await repo.put(entity('counter', 'anna', current.value.payload.n + 1), current.version);
            return;
          } catch (e) {
            if (!(isHostPolicyError(e) && e.code === 'VERSION_CONFLICT')) throw e;
          }
        }
      };
      await Promise.all(Array.from({ length: 25 }, increment));
      expect((await repo.get('counter'))?.value.payload.n).toBe(25);
    });

    it('behaves like a map of versions for any sequence of puts (model check)', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({ id: fc.constantFrom('a', 'b', 'c'), owner: fc.constantFrom('x', 'y'), expected: fc.nat(3), n: fc.nat(50) }),
            { maxLength: 20 },
          ),
          async (ops) => {
            const repo = await factory();
            const model = new Map<string, { version: number; owner: string; n: number }>();
            for (const op of ops) {
              const actual = model.get(op.id)?.version ?? 0;
              const code = await codeOf(repo.put(entity(op.id, op.owner, op.n), op.expected));
              if (actual === op.expected) {
                expect(code).toBeUndefined();
                model.set(op.id, { version: actual + 1, owner: op.owner, n: op.n });
              } else expect(code).toBe('VERSION_CONFLICT');
            }
            for (const [id, m] of model) expect(await repo.get(id)).toEqual({ version: m.version, value: entity(id, m.owner, m.n) });
            for (const owner of ['x', 'y'])
              expect(ids(await repo.listByOwner(owner))).toEqual(
                [...model]
                  .filter(([, m]) => m.owner === owner)
                  .map(([id]) => id)
                  .sort(),
              );
          },
        ),
        { numRuns: 50 },
      );
    });

    it('putMany, where the adapter has it, writes each entry as put would and answers in the order of the entries', async () => {
      const repo = await factory();
      await repo.put(entity('m', 'anna', 1), 0);
      await repo.put(entity('b', 'anna', 1), 0);
      const entries = [
        { entity: entity('z', 'zoe', 1), expectedVersion: 0 }, // new
        { entity: entity('m', 'anna', 2), expectedVersion: 1 }, // an update
        { entity: entity('b', 'anna', 2), expectedVersion: 5 }, // stale
        { entity: entity('a', ['anna', 'ben'], 1), expectedVersion: 0 }, // new, first in id order
        { entity: entity('c', 'anna', 1), expectedVersion: 3 }, // not stored, at version 3
      ];
      // Without putMany, one put each: the answers the port promises of putMany.
      const answers = await (repo.putMany?.(entries) ??
        Promise.all(entries.map(({ entity: e, expectedVersion }) => repo.put(e, expectedVersion).catch((x: unknown) => x))));
      expect(
        answers.map((a) =>
          isHostPolicyError(a) ? a.code : [(a as Versioned<ContractEntity>).value.id, (a as Versioned<ContractEntity>).version],
        ),
      ).toEqual([['z', 1], ['m', 2], 'VERSION_CONFLICT', ['a', 1], 'VERSION_CONFLICT']);
      expect((answers[0] as Versioned<ContractEntity>).value).toEqual(entity('z', 'zoe', 1));
      expect(isHostPolicyError(answers[2]) && answers[2].details).toMatchObject({ id: 'b', expected: 5, actual: 1 });
      expect(isHostPolicyError(answers[4]) && answers[4].details).toMatchObject({ id: 'c', expected: 3, actual: 0 });
      expect(ids(await repo.list())).toEqual(['a', 'b', 'm', 'z']);
      expect(await repo.get('m')).toEqual({ version: 2, value: entity('m', 'anna', 2) });
      expect(await repo.get('b')).toEqual({ version: 1, value: entity('b', 'anna', 1) });
      expect(ids(await repo.listByOwner('ben'))).toEqual(['a']);
      if (repo.putMany !== undefined) {
        // One id twice in one call is refused before anything is written.
        const twice = [
          { entity: entity('x', 'o'), expectedVersion: 0 },
          { entity: entity('x', 'o', 1), expectedVersion: 0 },
        ];
        expect(await codeOf(repo.putMany(twice))).toBe('INVALID_INPUT');
        expect(await repo.get('x')).toBeUndefined();
        expect(await repo.putMany([])).toEqual([]);
      }
    });

    it('rejects bad input with INVALID_INPUT', async () => {
      const repo = await factory();
      expect(await codeOf(repo.put({ id: '', owner: 'anna', payload: entity('x', 'a').payload }, 0))).toBe('INVALID_INPUT');
      expect(await codeOf(repo.put({ id: 'a', owner: '', payload: entity('x', 'a').payload }, 0))).toBe('INVALID_INPUT');
      expect(await codeOf(repo.put(entity('a', 'anna'), -1))).toBe('INVALID_INPUT');
      expect(await codeOf(repo.put(entity('a', 'anna'), 1.5))).toBe('INVALID_INPUT');
      expect(await codeOf(repo.get(''))).toBe('INVALID_INPUT');
      expect(await codeOf(repo.listByOwner(''))).toBe('INVALID_INPUT');
      expect(await codeOf(repo.getMany(['a', '']))).toBe('INVALID_INPUT');
      expect(await codeOf(repo.getMany('a' as never))).toBe('INVALID_INPUT');
      expect(await codeOf(repo.getMany(new Array<string>(2).fill('a', 1)))).toBe('INVALID_INPUT'); // a hole at [0]
    });
  });
}
