import { describe, expect, it, vi } from 'vitest';

// As if the optional dependency were not installed.
vi.mock('date-holidays', () => {
  throw new Error("Cannot find package 'date-holidays'");
});

describe('closuresFromHolidays without date-holidays', () => {
  it('rejects with HOLIDAYS_UNAVAILABLE, a HostPolicyError that says what to install', async () => {
    const { closuresFromHolidays } = await import('../../src/holidays/index.js');
    const { HostPolicyError } = await import('../../src/errors.js');
    const error = await closuresFromHolidays({ country: 'CH', state: 'ZH', years: [2026] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostPolicyError);
    expect((error as InstanceType<typeof HostPolicyError>).code).toBe('HOLIDAYS_UNAVAILABLE');
    expect((error as Error).message).toMatch(/npm install date-holidays/);
  });
});
