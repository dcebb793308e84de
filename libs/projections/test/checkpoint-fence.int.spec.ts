import { Pool } from 'pg';
import { loadCheckpoint } from '@casus/event-store';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { advanceCheckpoint, CheckpointMoved, ensureCheckpointRow } from '../src/runtime/checkpoint-fence';

let database: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  database = await createTestDatabase();
  pool = new Pool({ connectionString: database.url, max: 3 });
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

const at = (commit: number, prepare: number) => ({ commit: BigInt(commit), prepare: BigInt(prepare) });

test('a batch moves the checkpoint only from where its worker left it; a stale worker is refused and moves nothing', async () => {
  await ensureCheckpointRow(pool, 'fence-test');
  await advanceCheckpoint(pool, 'fence-test', at(0, 0), at(10, 3));
  expect(await loadCheckpoint(pool, 'fence-test')).toEqual(at(10, 3));

  // A worker that still believes the checkpoint is at the start (it lost its lease without noticing).
  const stale = advanceCheckpoint(pool, 'fence-test', at(0, 0), at(12, 7));
  await expect(stale).rejects.toBeInstanceOf(CheckpointMoved);
  await expect(stale).rejects.toThrow('checkpoint of fence-test is at 10:3, not at 0:0: another worker moved it');
  expect(await loadCheckpoint(pool, 'fence-test')).toEqual(at(10, 3));
});

test('a batch waits for a batch in flight on the same checkpoint, then finds it moved', async () => {
  await ensureCheckpointRow(pool, 'fence-race');
  const first = await pool.connect();
  try {
    await first.query('BEGIN');
    await advanceCheckpoint(first, 'fence-race', at(0, 0), at(5, 1));
    const second = advanceCheckpoint(pool, 'fence-race', at(0, 0), at(5, 1));
    await first.query('COMMIT');
    await expect(second).rejects.toBeInstanceOf(CheckpointMoved);
  } finally {
    first.release();
  }
  expect(await loadCheckpoint(pool, 'fence-race')).toEqual(at(5, 1));
});
