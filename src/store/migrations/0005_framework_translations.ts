/**
 * 0005: a framework's `translations` block (its texts in other languages, src/core/translations.ts)
 * is kept as JSON beside the framework, so a stored framework can be shown in the reader's
 * language. Frameworks stored before have none (null) until they are saved again.
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
