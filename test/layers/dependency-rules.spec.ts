import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../..');
const FIXTURE = join(__dirname, 'fixture');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

type Violation = Readonly<{ rule: string; from: string; to: string }>;
type CruiseReport = {
  summary: { violations: { rule: { name: string }; from: string; to: string }[]; ruleSetUsed: { forbidden: { name: string }[] } };
};
type Cruise = Readonly<{ violations: Violation[]; rules: string[] }>;

/** The arguments `npm test` cruises the tree with, so this spec checks the very command it runs. */
const LAYERS_ARGS: string[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  .scripts.layers.split(' ')
  .slice(1);

// dependency-cruiser is ESM that jest's transform would rewrite: it runs as its own process, as in `npm test`.
async function cruise(cwd: string, args: string[]): Promise<Cruise> {
  const stdout = await promisify(execFile)(process.execPath, [DEPCRUISE, ...args, '--output-type', 'json'], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    (done) => done.stdout,
    (failed: { stdout?: string }) => {
      if (!failed.stdout) throw failed;
      return failed.stdout;
    },
  );
  const { summary } = JSON.parse(stdout) as CruiseReport;
  return {
    violations: summary.violations.map(({ rule, from, to }) => ({ rule: rule.name, from, to })),
    rules: summary.ruleSetUsed.forbidden.map((rule) => rule.name),
  };
}

/** Each rule and the fixture's imports that break it: a rule without a fixture fails the last test. */
const BROKEN_BY: Record<string, readonly Readonly<{ from: string; to: string | RegExp }>[]> = {
  'pure-libs-import-only-themselves': [{ from: 'libs/domain/src/decide.ts', to: 'libs/matching/src/rank.ts' }],
  'wording-reads-only-the-domain': [{ from: 'libs/wording/src/step-words.ts', to: 'libs/projections/src/feed.ts' }],
  'decisions-free-of-framework': [{ from: 'libs/placement/src/option/option-decide.ts', to: /(^|\/)node_modules\/@nestjs\/common\// }],
  'libs-import-no-app': [{ from: 'libs/projections/src/feed.ts', to: 'apps/api/src/tokens.ts' }],
  'cli-imports-no-api': [{ from: 'apps/cli/src/main.ts', to: 'apps/api/src/tokens.ts' }],
  // Its import of the wording is allowed, and so not reported.
  'web-app-speaks-http': [{ from: 'apps/web/src/app.ts', to: 'apps/api/src/tokens.ts' }],
  'nothing-imports-the-web-app': [{ from: 'apps/api/src/web-app.ts', to: 'apps/web/src/app.ts' }],
  // A cycle is reported once, at the import the cruise meets first.
  'no-cycles': [{ from: 'libs/audit/src/chain-a.ts', to: 'libs/audit/src/chain-b.ts' }],
};

describe('the layers (.dependency-cruiser.cjs)', () => {
  let fixture: Cruise;
  beforeAll(async () => {
    fixture = await cruise(FIXTURE, ['apps', 'libs', '--config', CONFIG]);
  });

  it('holds on the real tree, as `npm test` cruises it', async () => {
    expect((await cruise(ROOT, LAYERS_ARGS)).violations).toEqual([]);
  });

  it('reports every rule the fixture breaks, and nothing else', () => {
    const expected = Object.entries(BROKEN_BY).flatMap(([rule, imports]) =>
      imports.map(({ from, to }) => ({ rule, from, to: typeof to === 'string' ? to : expect.stringMatching(to) })),
    );
    expect(fixture.violations).toHaveLength(expected.length);
    expect(fixture.violations).toEqual(expect.arrayContaining(expected));
  });

  it('has a fixture for every rule', () => {
    expect(Object.keys(BROKEN_BY).sort()).toEqual([...fixture.rules].sort());
  });
});
