import { ResilientPool } from '@casus/database';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { AppendSignal } from '../src/postgres/append-signal';

const eventually = async (condition: () => boolean, what: string): Promise<void> => {
  for (let tries = 0; !condition(); tries += 1) {
    if (tries > 500) throw new Error(`not reached: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('the append signal between processes', () => {
  let database: TestDatabase;
  let pool: ResilientPool;
  let writer: AppendSignal;
  let reader: AppendSignal;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new ResilientPool({ connectionString: database.url, max: 4 });
    writer = new AppendSignal(pool, database.url);
    reader = new AppendSignal(pool, database.url);
  });

  afterAll(async () => {
    await Promise.all([writer.close(), reader.close()]);
    await pool.end();
    await database.drop();
  });

  it('wakes the other process again for appends that came while a NOTIFY was out: a coalesced burst loses no wake-up', async () => {
    // The reader listens from its first wait; appends until it has heard one tell that its LISTEN is in place.
    void reader.wait(reader.wakes, 1, new AbortController().signal);
    while (reader.wakes === 0) {
      writer.appended();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = reader.wakes;

    writer.appended();
    writer.appended();
    writer.appended();

    // The first append notifies at once; the two that came while it was out share one more NOTIFY after it.
    await eventually(() => reader.wakes >= before + 2, 'a wake-up for the appends after the first');
    expect(writer.wakes).toBeGreaterThan(0);
  });
});
