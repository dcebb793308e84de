import type { DataSource } from 'typeorm';
import { CaseTimelineEntity, openReadModels, PROJECTIONS, rebuildProjections } from '../src';
import { appendCases } from '../src/testing/case-histories';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { untilLogShows } from '../../../test/support/global-log';
import { harness, type Harness } from './support/projection-harness';

let database: TestDatabase;
let h: Harness;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  h = harness(database.url);
  dataSource = await openReadModels(h.pool);
});
afterAll(async () => {
  // The DataSource runs on the harness's pool, which h.close ends.
  await h.close();
  await database.drop();
});

// What typeorm would change to make the tables fit the entities: nothing, or the two have drifted apart.
const drift = async () => (await dataSource.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);

test('the read-model entities describe the tables exactly as the migration creates them', async () => {
  expect(await drift()).toEqual([]);
});

test('a blue/green rebuild swaps in tables with the same columns, keys and index names', async () => {
  const { last } = await appendCases(h.store, 50, 5);
  await untilLogShows(h.pool, last!);
  await rebuildProjections(PROJECTIONS, { pool: h.pool, store: h.store });
  expect(await drift()).toEqual([]);
  const { rows } = await h.pool.query(
    "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename LIKE 'rm\\_%' ORDER BY indexname",
  );
  expect(rows.map((r) => r.indexname)).toEqual([
    'rm_case_overview_jeugdlink_idx',
    'rm_case_overview_jeugdlink_request_idx',
    'rm_case_overview_pkey',
    'rm_case_overview_team_idx',
    'rm_case_overview_veilig_thuis_idx',
    'rm_case_timeline_case_idx',
    'rm_case_timeline_pkey',
    'rm_deadlines_case_idx',
    'rm_deadlines_open_idx',
    'rm_deadlines_pkey',
    'rm_family_link_account_idx',
    'rm_family_link_pkey',
    'rm_placement_capacity_pkey',
  ]);
  const timeline = await dataSource.getRepository(CaseTimelineEntity).count();
  expect(timeline).toBeGreaterThan(50);
});
