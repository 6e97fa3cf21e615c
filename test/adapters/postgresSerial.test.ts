import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { serialized, type SqlPool, type SqlResult } from '../../src/adapters/postgres/client.js';

/** One connection that records what it is sent and answers after a turn of the event loop; it fails on `FAIL`. */
function connection(): { db: SqlPool; sent: string[]; busyTwice: () => boolean } {
  const sent: string[] = [];
  let running = 0;
  let overlapped = false;
  return {
    sent,
    busyTwice: () => overlapped,
    db: {
      query: (text: string): Promise<SqlResult> => {
        running += 1;
        if (running > 1) overlapped = true;
        sent.push(text);
        return new Promise((resolve, reject) =>
          setTimeout(() => {
            running -= 1;
            if (text === 'FAIL') reject(Object.assign(new Error('failed'), { code: '40001' }));
            else resolve({ rows: [{ text }] });
          }, 0),
        );
      },
    },
  };
}

describe('serialized: one connection, many statements asked for at once', () => {
  it('sends them one at a time, in the order asked for, and makes the later ones only before they are sent', async () => {
    const c = connection();
    const conn = serialized(c.db);
    const made: string[] = [];
    const asked = [
      conn.query('A'),
      conn.later(() => {
        made.push('B');
        return { text: 'B' };
      }),
      conn.query('C'),
      conn.later(() => {
        made.push('D');
        return { text: 'D', values: [1] };
      }),
    ];
    expect(made).toEqual([]); // made neither when asked for nor while A runs on this turn
    const answers = await Promise.all(asked);
    expect(c.sent).toEqual(['A', 'B', 'C', 'D']);
    expect(c.busyTwice()).toBe(false); // never a statement queued on a busy connection
    expect(made).toEqual(['B', 'D']);
    expect(answers.map((a) => (a.rows[0] as { text: string }).text)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('a statement that fails, or cannot be made, rejects alone; the next ones still go out', async () => {
    const c = connection();
    const conn = serialized(c.db);
    const refused = new Error('bad entry');
    const results = await Promise.allSettled([
      conn.query('FAIL'),
      conn.later(() => {
        throw refused;
      }),
      conn.query('E'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBe(refused);
    expect(c.sent).toEqual(['FAIL', 'E']); // nothing sent for the statement that could not be made
  });

  it('a driver that throws at once rejects that statement only', async () => {
    let calls = 0;
    const conn = serialized({
      query: (text: string): Promise<SqlResult> => {
        calls += 1;
        if (text === 'THROW') throw new TypeError('not connected');
        return Promise.resolve({ rows: [] });
      },
    });
    await expect(conn.query('THROW')).rejects.toBeInstanceOf(TypeError);
    await expect(conn.query('F')).resolves.toEqual({ rows: [] });
    expect(calls).toBe(2);
  });

  it('keeps the order for any mix of statements, later ones and failures', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ later: fc.boolean(), fail: fc.boolean() }), { maxLength: 12 }), async (plan) => {
        const c = connection();
        const conn = serialized(c.db);
        const texts = plan.map((p, i) => (p.fail ? 'FAIL' : `S${i}`));
        await Promise.allSettled(
          plan.map((p, i) => (p.later ? conn.later(() => ({ text: texts[i] as string })) : conn.query(texts[i] as string))),
        );
        expect(c.sent).toEqual(texts);
        expect(c.busyTwice()).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
