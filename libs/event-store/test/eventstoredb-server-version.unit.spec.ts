import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Filtered $all subscriptions could send a checkpoint past a live event not yet delivered, so a
// subscriber skipped it for good: fixed in 24.10.5 and 25.0.1 (KurrentDB PRs #4893/#4990, #4991).
const FIXED_IN: Record<string, number> = { '24.10': 5, '25.0': 1 };

function serverImage(): string {
  const compose = readFileSync(join(__dirname, '../../../infra/docker-compose.yml'), 'utf8');
  const image = /image: \$\{ESDB_IMAGE:-([^}]+)\}/.exec(compose)?.[1];
  if (!image) throw new Error('infra/docker-compose.yml names no default ESDB_IMAGE');
  return image;
}

function hasCheckpointFix(version: string): boolean {
  const [major, minor, patch] = version.split('.').map(Number);
  const line = `${major}.${minor}`;
  if (line in FIXED_IN) return patch >= FIXED_IN[line];
  return major > 25 || (major === 25 && minor > 0);
}

describe('the EventStoreDB server infra/ starts', () => {
  test('is pinned to one release, not a floating tag', () => {
    expect(serverImage()).toMatch(/^(kurrentplatform\/kurrentdb|eventstore\/eventstore):\d+\.\d+\.\d+$/);
  });

  test('is a release with the filtered-subscription checkpoint fix', () => {
    expect(hasCheckpointFix(serverImage().split(':')[1])).toBe(true);
  });

  test.each([
    ['24.10.4', false],
    ['24.10.5', true],
    ['25.0.0', false],
    ['25.0.1', true],
    ['25.1.0', true],
    ['26.0.3', true],
    ['23.10.7', false],
  ])('release %s has the fix: %s', (version, fixed) => {
    expect(hasCheckpointFix(version)).toBe(fixed);
  });
});
