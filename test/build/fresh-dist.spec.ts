import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../..');
const PACKAGE: { scripts: Record<string, string> } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const WORDS = 'libs/words/src/index.ts';
const ENTRY = 'dist/apps/cli/src/main.js';

/**
 * A project laid out like ours, small enough to build in a second (no @types/node: its own `console`): this
 * repository's package.json and scripts/, a CLI entry at apps/cli/src/main.ts printing a word from a library behind a path alias.
 */
function tinyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'casus-fresh-dist-'));
  const files: Record<string, string> = {
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        target: 'es2022',
        lib: ['es2022'],
        types: [],
        strict: true,
        rootDir: '.',
        outDir: 'dist',
        incremental: true,
        paths: { '@tiny/words': ['./libs/words/src/index.ts'] },
      },
    }),
    'tsconfig.build.json': JSON.stringify({
      extends: './tsconfig.json',
      compilerOptions: { tsBuildInfoFile: 'dist/.tsbuildinfo-build' },
      include: ['apps', 'libs'],
    }),
    'apps/cli/src/main.ts':
      "import { word } from '@tiny/words';\ndeclare const console: { log(text: string): void };\nconsole.log(word);\n",
    [WORDS]: "export const word: string = 'one';\n",
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  cpSync(join(ROOT, 'scripts'), join(root, 'scripts'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

type Call = Readonly<{ code: number; stdout: string; stderr: string }>;

/** `npm run -s casus` in the project, as a user types it. */
async function casus(root: string): Promise<Call> {
  return promisify(execFile)('npm', ['run', '-s', 'casus'], { cwd: root }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (failed: Call) => ({ code: failed.code, stdout: failed.stdout, stderr: failed.stderr }),
  );
}

describe('npm run casus starts from dist/, built again only when the sources changed', () => {
  let root: string;
  beforeEach(() => {
    root = tinyProject();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds on the first call; the next, with nothing changed, runs dist/ without building', async () => {
    expect(await casus(root)).toMatchObject({ code: 0, stdout: 'one\n' });
    // Without tsc's own record of the last build, any build writes every output again.
    rmSync(join(root, 'dist/.tsbuildinfo-build'));
    const built = statSync(join(root, ENTRY)).mtimeMs;

    expect(await casus(root)).toEqual({ code: 0, stdout: 'one\n', stderr: '' });
    expect(statSync(join(root, ENTRY)).mtimeMs).toBe(built);
  }, 60_000);

  it('runs an edited source, even when the edit kept the old modification time', async () => {
    await casus(root);
    const before = statSync(join(root, WORDS));
    writeFileSync(join(root, WORDS), "export const word: string = 'two';\n");
    utimesSync(join(root, WORDS), before.atime, before.mtime);

    expect(await casus(root)).toEqual({ code: 0, stdout: 'two\n', stderr: expect.stringContaining('building dist/') });
  }, 60_000);

  it('runs nothing when the build fails, and after the edit is undone runs the code as it was, not the failed build', async () => {
    await casus(root);
    // tsc still writes the JavaScript of a file with a type error.
    writeFileSync(join(root, WORDS), "export const word: number = 'two';\n");
    for (const call of [await casus(root), await casus(root)]) {
      expect(call.code).not.toBe(0);
      expect(call.stdout).toContain('TS2322');
      expect(call.stdout.split('\n')).not.toContain('two');
    }

    writeFileSync(join(root, WORDS), "export const word: string = 'one';\n");
    expect(await casus(root)).toMatchObject({ code: 0, stdout: 'one\n' });
  }, 60_000);

  it('is what every script starting from dist/ runs first', () => {
    const fromDist = Object.entries(PACKAGE.scripts).filter(([, command]) => command.includes('dist/'));
    expect(fromDist.map(([name]) => name).sort()).toEqual(['bench', 'casus', 'demo', 'start']);
    // `demo` seeds, then starts: each step from dist/, after the one build.
    for (const [, command] of fromDist)
      expect(command).toMatch(/^node scripts\/build\.cjs --if-changed( && node dist\/\S+\.js( [a-z-]+)*)+$/);
  });
});
