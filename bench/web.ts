import { freePort } from '@casus/database';
import { loadOrCreateDevSigningKey, mintDevToken } from '@casus/runtime';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createApp } from '../apps/api/src/app.factory';
import { seedRegion } from '../apps/cli/src/seed/seeder';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/browser/support/chromium-launch';
import { sessionScript } from '../test/browser/support/session-script';
import { report, withBenchDatabase } from './embedded-cluster';

// Beside dist/bench, as npm run bench builds both.
const WEB_APP = join(__dirname, '../web');
const LOADS = Number(process.env.BENCH_WEB_LOADS ?? 15);
const SEEDED_CASES = 120;

/**
 * `npm run bench -- web`: what a professional's browser fetches and waits for. The initial JavaScript is the entry
 * script and the chunks index.html preloads with it, gzipped as a server would send them. A page load is measured
 * in Chromium from navigation to the page showing its data, on the demo region (`casus seed`) in the embedded
 * PostgreSQL: cold (a new browser context, nothing cached) and warm (the same context again, assets cached), and the
 * case page as reached from Mijn werk by its link (its chunk and reads fetched then, in the app already running).
 */
export async function runWebBench(): Promise<void> {
  reportBundle();
  await withBenchDatabase(async (url) => {
    const work = mkdtempSync(join(tmpdir(), 'casus-bench-web-'));
    const { region } = await seedRegion({ databaseUrl: url, cases: SEEDED_CASES, seed: 1, calendar: { extraNonWorkingDays: [] } });
    const app = await createApp({
      databaseUrl: url,
      auth: { kind: 'dev', keyDir: work },
      logLevel: 'silent',
      rateLimitPerMinute: 0,
      webApp: { dir: WEB_APP },
    });
    const port = await freePort();
    await app.listen(port, '127.0.0.1');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
    try {
      const [lead] = [...region.wijkteams.values()][0];
      const token = await mintDevToken(await loadOrCreateDevSigningKey(work), { sub: lead.id, ...lead, ttlSeconds: 3_600 });
      const origin = `http://127.0.0.1:${port}`;
      await caughtUp(origin, token);
      const listed = await fetch(`${origin}/cases?pageSize=1&order=due`, { headers: { Authorization: `Bearer ${token}` } });
      const [firstCase] = ((await listed.json()) as { items: { caseId: string }[] }).items;
      // Each page "shows its data": Mijn werk its first case, the case page every section answered and a timeline line.
      const pages = [
        { name: 'my-work', path: '/werk', ready: 'main a[href^="/dossiers/"]' },
        { name: 'case-page', path: `/dossiers/${firstCase.caseId}`, ready: '.casus-case[aria-busy="false"] .casus-timeline-step' },
      ];
      for (const { name, path, ready } of pages) {
        const cold: number[] = [];
        const warm: number[] = [];
        for (let n = 0; n < LOADS; n++) {
          const context = await browser.newContext();
          await context.addInitScript({ content: sessionScript(token) });
          const page = await context.newPage();
          for (const times of [cold, warm]) {
            const started = performance.now();
            await page.goto(origin + path);
            await page.locator(ready).first().waitFor();
            times.push(performance.now() - started);
          }
          await context.close();
        }
        report(`web.${name}.cold.median`, median(cold), 'ms');
        report(`web.${name}.warm.median`, median(warm), 'ms');
      }
      // How a professional mostly reaches a case: from Mijn werk, by its link, in the app already loaded.
      const [myWork, casePage] = pages;
      const followed: number[] = [];
      for (let n = 0; n < LOADS; n++) {
        const context = await browser.newContext();
        await context.addInitScript({ content: sessionScript(token) });
        const page = await context.newPage();
        await page.goto(origin + myWork.path);
        const link = page.locator(myWork.ready).first();
        await link.waitFor();
        const started = performance.now();
        await link.click();
        await page.locator(casePage.ready).first().waitFor();
        followed.push(performance.now() - started);
        await context.close();
      }
      report('web.case-page.from-my-work.median', median(followed), 'ms');
    } finally {
      await browser.close();
      await app.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
}

/** The read models have read the whole seeded log: the pages measured show the region, not a store half read. */
async function caughtUp(origin: string, token: string): Promise<void> {
  for (;;) {
    const status = await fetch(`${origin}/projections`, { headers: { Authorization: `Bearer ${token}` } });
    const { projections } = (await status.json()) as { projections: { state: string; eventsBehind: number }[] };
    if (projections.every((projection) => projection.state === 'live' && projection.eventsBehind === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function reportBundle(): void {
  const index = readFileSync(join(WEB_APP, 'index.html'), 'utf8');
  const initial = [...index.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map(([, file]) => file);
  const gzipped = (file: string) => gzipSync(readFileSync(join(WEB_APP, file))).length;
  const css = [...index.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)].map(([, file]) => file);
  report('web.initial-js.gzip', initial.reduce((sum, file) => sum + gzipped(file), 0) / 1024, 'KB');
  report('web.css.gzip', css.reduce((sum, file) => sum + gzipped(file), 0) / 1024, 'KB');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
