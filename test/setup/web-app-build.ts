import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** `npm run build`'s browser part, skipped while dist/web is built from the sources as they are. */
export function buildWebApp(): void {
  const built = spawnSync(process.execPath, ['scripts/build.cjs', '--if-changed', '--only', 'web'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`the web app did not build (exit ${built.status}): see the lines above`);
}
