/** Multi-row inserts in batches that stay under each engine's bound-parameter limit. */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database, Dialect } from './schema.ts';

/** SQLite (3.32+) allows 32 766 parameters per statement, PostgreSQL 65 535; keep a margin. */
export function maxParams(dialect: Dialect): number {
  return dialect === 'sqlite' ? 32_000 : 60_000;
}

export function batchSize(dialect: Dialect, columns: number, cap = 5_000): number {
  return Math.max(1, Math.min(cap, Math.floor(maxParams(dialect) / columns)));
}

export async function insertBatched<T extends keyof Database & string>(
  db: Kysely<Database> | Transaction<Database>,
  dialect: Dialect,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  onBatch?: (done: number) => void | Promise<void>,
): Promise<void> {
  if (rows.length === 0) return;
  const size = batchSize(dialect, Object.keys(rows[0] as object).length);
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto(table)
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely cannot relate a table name held in a variable to its row type
      .values(rows.slice(i, i + size) as any)
      .execute();
    await onBatch?.(Math.min(rows.length, i + size));
  }
}
