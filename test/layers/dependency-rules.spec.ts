import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../..');
const FIXTURE = join(__dirname, 'fixture');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const RULE_NAMES: string[] = require(join(ROOT, '.dependency-cruiser.cjs')).forbidden.map((rule: { name: string }) => rule.name);

type Violation = Readonly<{ rule: string; from: string; to: string }>;
type CruiseReport = { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };

/** The arguments `npm test` cruises the tree with, so this spec checks the very command it runs. */
const LAYERS_ARGS: string[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.layers.split(' ').slice(1);

// dependency-cruiser is ESM that jest's transform would rewrite: it runs as its own process, as in `npm test`.
async function violationsIn(cwd: string, args: string[]): Promise<Violation[]> {
  const stdout = await promisify(execFile)(process.execPath, [DEPCRUISE, ...args, '--output-type', 'json'], { cwd, maxBuffer: 64 * 1024 * 1024 }).then(
    (done) => done.stdout,
    (failed: { stdout?: string }) => {
      if (!failed.stdout) throw failed;
      return failed.stdout;
    },
  );
  const report = JSON.parse(stdout) as CruiseReport;
  return report.summary.violations.map(({ rule, from, to }) => ({ rule: rule.name, from, to }));
}

/** Each rule and the fixture's imports that break it: a rule without a fixture fails the last test. */
const BROKEN_BY: Record<string, readonly Readonly<{ from: string; to: string | RegExp }>[]> = {
  'pure-libs-import-only-themselves': [{ from: 'libs/domain/src/decide.ts', to: 'libs/matching/src/rank.ts' }],
  'decisions-free-of-framework': [{ from: 'libs/placement/src/option/option-decide.ts', to: /(^|\/)node_modules\/@nestjs\/common\// }],
  'libs-import-no-app': [{ from: 'libs/projections/src/feed.ts', to: 'apps/api/src/tokens.ts' }],
  'cli-imports-no-api': [{ from: 'apps/cli/src/main.ts', to: 'apps/api/src/tokens.ts' }],
  // A cycle is reported once, at the import the cruise meets first.
  'no-cycles': [{ from: 'libs/audit/src/chain-a.ts', to: 'libs/audit/src/chain-b.ts' }],
};

describe('the layers (.dependency-cruiser.cjs)', () => {
  it('holds on the real tree, as `npm test` cruises it', async () => {
    expect(await violationsIn(ROOT, LAYERS_ARGS)).toEqual([]);
  });

  it('reports every rule the fixture breaks, and nothing else', async () => {
    const found = await violationsIn(FIXTURE, ['apps', 'libs', '--config', join(ROOT, '.dependency-cruiser.cjs')]);
    const expected = Object.entries(BROKEN_BY).flatMap(([rule, imports]) =>
      imports.map(({ from, to }) => ({ rule, from, to: typeof to === 'string' ? to : expect.stringMatching(to) })),
    );
    expect(found).toHaveLength(expected.length);
    expect(found).toEqual(expect.arrayContaining(expected));
  });

  it('has a fixture for every rule', () => {
    expect(Object.keys(BROKEN_BY).sort()).toEqual([...RULE_NAMES].sort());
  });
});
