/** 0001: the framework tracker tables. */
import type { CreateTableBuilder, Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export function frameworkTables(dialect: Dialect) {
  const serial = dialect === 'postgres' ? 'serial' : 'integer';
  const num = 'double precision';
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('frameworks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('start_date', 'text')
        .addColumn('start_date_planned', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('scenario', 'text')
        .addColumn('source_json', 'text')
        .addColumn('reporting_org_json', 'text')
        .addColumn('parties_json', 'text', (c) => c.notNull())
        .addColumn('notes_json', 'text', (c) => c.notNull())
        .addColumn('exchange_rates_json', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      // Every child table belongs to one framework and goes with it.
      const fk = (table: string, t: CreateTableBuilder<any, any>) =>
        t.addForeignKeyConstraint(`fk_${table}_fw`, ['framework_id'], 'frameworks', ['id'], (cb) =>
          cb.onDelete('cascade'),
        );

      await fk(
        'areas',
        db.schema
          .createTable('areas')
          .addColumn('framework_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('source_json', 'text')
          .addPrimaryKeyConstraint('pk_areas', ['framework_id', 'id']),
      ).execute();

      await fk(
        'objectives',
        db.schema
          .createTable('objectives')
          .addColumn('framework_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('area_id', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('owner_parties_json', 'text', (c) => c.notNull())
          .addColumn('linked_issues_json', 'text', (c) => c.notNull())
          .addColumn('source_json', 'text')
          .addPrimaryKeyConstraint('pk_objectives', ['framework_id', 'id'])
          .addForeignKeyConstraint(
            'fk_objectives_area',
            ['framework_id', 'area_id'],
            'areas',
            ['framework_id', 'id'],
            (cb) => cb.onDelete('cascade'),
          ),
      ).execute();

      await fk(
        'results',
        db.schema
          .createTable('results')
          .addColumn('framework_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('objective_id', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addPrimaryKeyConstraint('pk_results', ['framework_id', 'id'])
          .addForeignKeyConstraint(
            'fk_results_objective',
            ['framework_id', 'objective_id'],
            'objectives',
            ['framework_id', 'id'],
            (cb) => cb.onDelete('cascade'),
          ),
      ).execute();

      await fk(
        'indicators',
        db.schema
          .createTable('indicators')
          .addColumn('key', serial, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('framework_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('result_id', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('unit', 'text', (c) => c.notNull())
          .addColumn('measure', 'text', (c) => c.notNull())
          .addColumn('higher_is_better', 'integer', (c) => c.notNull())
          .addColumn('dataset_id', 'text')
          .addColumn('dataset_country', 'text')
          .addColumn('baseline_json', 'text')
          .addUniqueConstraint('uq_indicators_id', ['framework_id', 'id'])
          .addForeignKeyConstraint(
            'fk_indicators_result',
            ['framework_id', 'result_id'],
            'results',
            ['framework_id', 'id'],
            (cb) => cb.onDelete('cascade'),
          ),
      ).execute();
      await db.schema
        .createIndex('ix_indicators_dataset')
        .on('indicators')
        .columns(['dataset_id', 'dataset_country'])
        .execute();

      await db.schema
        .createTable('indicator_targets')
        .addColumn('indicator_key', 'integer', (c) => c.notNull().references('indicators.key').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('value', num, (c) => c.notNull())
        .addColumn('proposed', 'integer', (c) => c.notNull())
        .addColumn('rationale', 'text')
        .addColumn('source_json', 'text')
        .addPrimaryKeyConstraint('pk_indicator_targets', ['indicator_key', 'position'])
        .execute();

      await db.schema
        .createTable('indicator_actuals')
        .addColumn('id', serial, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('indicator_key', 'integer', (c) => c.notNull().references('indicators.key').onDelete('cascade'))
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('period_start', 'text')
        .addColumn('period_end', 'text')
        .addColumn('placeable', 'integer', (c) => c.notNull())
        .addColumn('value', num, (c) => c.notNull())
        .addColumn('source_title', 'text', (c) => c.notNull())
        .addColumn('source_url', 'text')
        .addColumn('quality', 'text', (c) => c.notNull())
        .addColumn('qualifier', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addUniqueConstraint('uq_indicator_actuals_period', ['indicator_key', 'period'])
        .execute();
      await db.schema
        .createIndex('ix_actuals_latest')
        .on('indicator_actuals')
        .columns(['indicator_key', 'placeable', 'period_end', 'period_start', 'id'])
        .execute();

      await fk(
        'actions',
        db.schema
          .createTable('actions')
          .addColumn('framework_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('objective_id', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('joint', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('planned_start', 'text')
          .addColumn('actual_start', 'text')
          .addColumn('planned_end', 'text')
          .addColumn('actual_end', 'text')
          .addColumn('start_date', 'text')
          .addColumn('source_json', 'text')
          .addPrimaryKeyConstraint('pk_actions', ['framework_id', 'id'])
          .addForeignKeyConstraint(
            'fk_actions_objective',
            ['framework_id', 'objective_id'],
            'objectives',
            ['framework_id', 'id'],
            (cb) => cb.onDelete('cascade'),
          ),
      ).execute();

      for (const [table, cols] of [
        [
          'action_actors',
          (t: any) =>
            t
              .addColumn('agency', 'text', (c: any) => c.notNull())
              .addColumn('party', 'text', (c: any) => c.notNull())
              .addColumn('role', 'text', (c: any) => c.notNull()),
        ],
        [
          'budgets',
          (t: any) =>
            t
              .addColumn('status', 'text', (c: any) => c.notNull())
              .addColumn('amount', num, (c: any) => c.notNull())
              .addColumn('currency', 'text', (c: any) => c.notNull())
              .addColumn('party', 'text', (c: any) => c.notNull())
              .addColumn('period', 'text')
              .addColumn('period_start', 'text', (c: any) => c.notNull())
              .addColumn('period_end', 'text', (c: any) => c.notNull())
              .addColumn('value_date', 'text', (c: any) => c.notNull())
              .addColumn('basis', 'text', (c: any) => c.notNull())
              .addColumn('source_json', 'text')
              .addColumn('rationale', 'text')
              .addColumn('note', 'text'),
        ],
        [
          'disbursements',
          (t: any) =>
            t
              .addColumn('amount', num, (c: any) => c.notNull())
              .addColumn('currency', 'text', (c: any) => c.notNull())
              .addColumn('party', 'text', (c: any) => c.notNull())
              .addColumn('date', 'text', (c: any) => c.notNull())
              .addColumn('value_date', 'text', (c: any) => c.notNull())
              .addColumn('source_json', 'text')
              .addColumn('note', 'text'),
        ],
      ] as const) {
        const base = db.schema
          .createTable(table)
          .addColumn('framework_id', 'text', (c) => c.notNull())
          .addColumn('action_id', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull());
        await fk(
          table,
          cols(base)
            .addPrimaryKeyConstraint(`pk_${table}`, ['framework_id', 'action_id', 'position'])
            .addForeignKeyConstraint(
              `fk_${table}_action`,
              ['framework_id', 'action_id'],
              'actions',
              ['framework_id', 'id'],
              (cb: any) => cb.onDelete('cascade'),
            ),
        ).execute();
      }

      await fk(
        'linkages',
        db.schema
          .createTable('linkages')
          .addColumn('framework_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('party', 'text', (c) => c.notNull())
          .addColumn('commits', 'text', (c) => c.notNull())
          .addColumn('counterparty', 'text', (c) => c.notNull())
          .addColumn('in_exchange_for', 'text', (c) => c.notNull())
          .addColumn('scenario', 'text', (c) => c.notNull())
          .addColumn('issues_json', 'text', (c) => c.notNull())
          .addColumn('options_json', 'text', (c) => c.notNull())
          .addColumn('objectives_json', 'text', (c) => c.notNull())
          .addColumn('rationale', 'text')
          .addColumn('source_json', 'text')
          .addPrimaryKeyConstraint('pk_linkages', ['framework_id', 'id']),
      ).execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      for (const t of [
        'linkages',
        'disbursements',
        'budgets',
        'action_actors',
        'actions',
        'indicator_actuals',
        'indicator_targets',
        'indicators',
        'results',
        'objectives',
        'areas',
        'frameworks',
      ]) {
        await db.schema.dropTable(t).ifExists().execute();
      }
    },
  };
}
