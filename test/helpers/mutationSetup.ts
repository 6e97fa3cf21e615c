import fc from 'fast-check';

// Setup of the mutation runs only (vitest.mutation.config.ts). MUTATION_PROPERTY_MS caps the
// time of each property: a mutant that survives runs every property test that reaches it, and on
// this machine the calendar's properties make that several seconds per mutant. A capped property
// still runs its first cases (where most mutants fail), so the score is a lower bound.
const ms = Number(process.env.MUTATION_PROPERTY_MS ?? '');
if (Number.isFinite(ms) && ms > 0) fc.configureGlobal({ ...fc.readConfigureGlobal(), interruptAfterTimeLimit: ms });
