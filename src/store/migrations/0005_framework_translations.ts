/**
 * 0005: a framework's translations (its file's `translations` block, src/framework/localize.ts) are
 * stored with it, so frameworks read back from the database can be shown and reported in Spanish.
 * Frameworks stored before keep none (null) until saved again; the built-in ones get theirs at the
 * next start (src/store/seed.ts).
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export function frameworkTranslations(_dialect: Dialect) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('frameworks').addColumn('translations_json', 'text').execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('frameworks').dropColumn('translations_json').execute();
    },
  };
}
