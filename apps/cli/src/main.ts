import 'reflect-metadata';
import { Command } from 'commander';
import { ConfigurationError } from '@casus/runtime';
import { migrateCommand } from './commands/migrate.command';
import { tokenCommand } from './commands/token.command';
import { exportCommand } from './commands/export.command';
import { replayCommand } from './commands/replay.command';
import { verifyCommand } from './commands/verify.command';
import { projectionsCommand } from './commands/projections.command';
import { seedCommand } from './commands/seed.command';
import { eraseCommand } from './commands/erase.command';
import { anchorsCommand } from './commands/anchors.command';
import { retentionCommand } from './commands/retention.command';

// One file per command under commands/; add it to this list.
const commands: readonly Command[] = [
  tokenCommand(),
  migrateCommand(),
  verifyCommand(),
  exportCommand(),
  replayCommand(),
  projectionsCommand(),
  seedCommand(),
  eraseCommand(),
  anchorsCommand(),
  retentionCommand(),
];

const program = new Command('casus')
  .description('Casus operator and auditor command line')
  .showHelpAfterError()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });
for (const command of commands) program.addCommand(command);

program.parseAsync(process.argv).catch((error: unknown) => {
  const message = error instanceof ConfigurationError ? error.message : `casus: ${(error as Error)?.message ?? error}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
