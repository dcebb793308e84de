import { erasePerson } from '@casus/privacy';
import { Command, InvalidArgumentError } from 'commander';
import { canonicalUuid, isUuid, UUID_SPELLING } from '@casus/domain';
import { loadSettings } from '@casus/runtime';
import { cliUser, withCaseLog } from './verify.support';

type EraseOptions = { person: string; reason: string; authorisedBy: string; user?: string };

const personIdArgument = (value: string): string => {
  const id = canonicalUuid(value);
  if (!isUuid(id)) throw new InvalidArgumentError(`a person id (family member or child) is ${UUID_SPELLING}`);
  return id;
};

const requiredText =
  (what: string) =>
  (value: string): string => {
    if (!value.trim()) throw new InvalidArgumentError(`${what} cannot be empty`);
    return value;
  };

/**
 * `casus erase`: the administrator erases a person's personal data on an auditor's authority
 * (AVG art. 17). Their key is deleted, so their names, contact details and statements read as
 * `[erased]` everywhere, while every event and hash stays as it was. Running it again changes nothing.
 */
export function eraseCommand(): Command {
  return new Command('erase')
    .description("erase a person's personal data (delete their key); the reason is recorded on the case, every hash still verifies")
    .requiredOption('--person <id>', 'the family member or child', personIdArgument)
    .requiredOption('--reason <text>', 'why, recorded on the case (no personal data in it)', requiredText('the reason'))
    .requiredOption('--authorised-by <auditor>', 'the auditor who authorised the erasure', requiredText('the authorising auditor'))
    .option('--user <id>', 'the administrator who erases (default: CASUS_USER or the OS user)')
    .action(async (options: EraseOptions) => {
      // The reason event must go where the case is; the command line writes to PostgreSQL only.
      if (loadSettings(process.env).eventStore.kind !== 'postgres')
        throw new Error('erase writes its reason event to the PostgreSQL event store; unset EVENT_STORE');
      const outcome = await withCaseLog(({ stored, keys, now }) =>
        erasePerson(stored, keys, {
          personId: options.person,
          reason: options.reason,
          authorisedBy: options.authorisedBy,
          erasedBy: cliUser(options.user),
          now,
        }),
      );
      if (outcome.status === 'unknown') throw new Error(`no personal data of person ${options.person} is held: nothing to erase`);
      if (outcome.status === 'already-erased') {
        process.stdout.write(
          `person ${options.person} was already erased on ${outcome.erasedAt.toISOString()} (${outcome.streamId}); nothing changed\n`,
        );
        return;
      }
      process.stdout.write(
        `erased the personal data of person ${options.person}; the reason is on ${outcome.streamId} (event ${outcome.eventId})\n`,
      );
    });
}
