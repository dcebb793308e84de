import { Command, InvalidArgumentError, Option } from 'commander';
import { ROLES, type Role } from '@casus/domain';
import { loadOrCreateDevSigningKey, mintDevToken, principalFromClaims, loadSettings } from '@casus/runtime';

const positiveInt = (value: string): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError('a whole number of seconds');
  return parsed;
};

/** `casus token`: a dev token signed with the local key, accepted only while OIDC_ISSUER_URL is unset. */
export function tokenCommand(): Command {
  return new Command('token')
    .description('print a dev token signed with the local dev key (the embedded default accepts it; production refuses it)')
    .requiredOption('--sub <id>', 'user id (sub claim)')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .option('--team <team>', 'team (required for wijkteam, veilig-thuis and jeugdlink)')
    .requiredOption('--org <organisation>', 'organisation')
    .option('--name <name>', 'display name')
    .option('--ttl <seconds>', 'lifetime in seconds, at most TOKEN_MAX_LIFETIME_SECONDS', positiveInt, 8 * 3600)
    .action(async (options: { sub: string; role: Role; team?: string; org: string; name?: string; ttl: number }) => {
      const settings = loadSettings(process.env);
      const longest = settings.auth.maxLifetimeSeconds!;
      if (options.ttl > longest)
        throw new InvalidArgumentError(`--ttl ${options.ttl} is longer than the API accepts (TOKEN_MAX_LIFETIME_SECONDS=${longest})`);
      if (settings.auth.kind !== 'dev') {
        process.stderr.write('note: OIDC_ISSUER_URL is set, so the API refuses dev tokens\n');
      }
      const claims = { sub: options.sub, role: options.role, team: options.team, organisation: options.org, name: options.name };
      principalFromClaims(claims);
      const keyDir = settings.auth.kind === 'dev' ? settings.auth.keyDir : `${settings.dataDir}/dev-keys`;
      const key = await loadOrCreateDevSigningKey(keyDir);
      const token = await mintDevToken(key, {
        sub: options.sub,
        role: options.role,
        team: options.team ?? '',
        organisation: options.org,
        name: options.name,
        ttlSeconds: options.ttl,
      });
      process.stdout.write(`${token}\n`);
    });
}
