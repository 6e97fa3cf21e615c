/**
 * The PostgreSQL adapter: every port of `hostpolicy/ports` over PostgreSQL ≥ 14, or PGlite (the
 * embedded default, through `@electric-sql/pglite/node-postgres`), with the schema as versioned
 * migrations shipped in the package. The caller brings the driver (`pg`): this entry imports
 * nothing of it. See docs/storage.md.
 *
 * @module adapters/postgres
 */
export { migrate, type MigrationReport } from './migrate.js';
export { postgresPorts, type PostgresPortsOptions } from './ports.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export type { SqlClient, SqlPool, SqlResult } from './client.js';
