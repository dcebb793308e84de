import type { RunningPostgres } from '../../libs/database/src/embedded-postgres';

export const TEMPLATE_DATABASE = 'casus_template';
const URL_VARIABLE = 'CASUS_TEST_POSTGRES_URL';

// globalSetup and globalTeardown share one module registry; the test workers learn the URL from the environment.
let running: RunningPostgres | undefined;

export const testCluster = {
  publish(server: RunningPostgres): void {
    running = server;
    process.env[URL_VARIABLE] = server.url('postgres');
  },
  async stop(): Promise<void> {
    await running?.stop();
    running = undefined;
  },
  maintenanceUrl(): string {
    const url = process.env[URL_VARIABLE];
    if (!url) throw new Error(`${URL_VARIABLE} is not set: run the tests through jest (its globalSetup starts PostgreSQL)`);
    return url;
  },
};
