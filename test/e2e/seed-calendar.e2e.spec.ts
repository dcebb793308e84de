import { addDays, dutchDateOf, safetyAssessmentDueOn, type SignalRegistered } from '@casus/domain';
import { PostgresEventStore } from '@casus/event-store';
import { seedRegion } from '../../apps/cli/src/seed/seeder';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

/** `casus seed` counts a case's deadlines with the deployment's calendar (EXTRA_NON_WORKING_DAYS), as the API does. */
describe('seeding with the configured calendar', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: database.url });
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('hands the extra non-working days to every signal it registers: their safety assessment is due later', async () => {
    // Every day of the last year a day off: five working days after a signal fall after it.
    const today = dutchDateOf(new Date());
    const calendar = { extraNonWorkingDays: Array.from({ length: 400 }, (_, n) => addDays(today, -n)) };
    await seedRegion({ databaseUrl: database.url, cases: 6, seed: 3, calendar });
    const signals = (await store.readAll({ filter: { eventTypes: ['SignalRegistered'] } })).map(
      (event) => event.data as SignalRegistered['data'],
    );
    const regular = signals.filter((signal) => signal.urgency === 'regular');
    expect(regular.length).toBeGreaterThan(0);
    for (const { caseId, receivedAt, urgency, safetyAssessmentDueOn: dueOn } of signals)
      expect({ caseId, dueOn }).toEqual({ caseId, dueOn: safetyAssessmentDueOn(receivedAt, urgency, calendar) });
    for (const signal of regular) expect(signal.safetyAssessmentDueOn > today).toBe(true);
  });
});
