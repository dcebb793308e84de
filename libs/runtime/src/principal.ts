import { ROLES, type Actor, type Role } from '@casus/domain';

/** The verified caller: the domain's actor (id, role, team, organisation) plus a display name. */
export type Principal = Actor & Readonly<{ name?: string }>;

/** Roles that belong to a team; for the others `team` may be left out of the token. */
const TEAM_ROLES: readonly Role[] = ['wijkteam', 'veilig-thuis', 'jeugdlink'];

export class InvalidClaims extends Error {}

/** Where the organisation's identity provider puts each claim (dotted paths, e.g. `realm_access.roles`). */
export type ClaimNames = Readonly<{ role: string; team: string; organisation: string; name: string }>;

export const CASUS_CLAIM_NAMES: ClaimNames = { role: 'role', team: 'team', organisation: 'organisation', name: 'name' };

const at = (claims: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), claims);

export function principalFromClaims(claims: Record<string, unknown>, names: ClaimNames = CASUS_CLAIM_NAMES): Principal {
  const text = (claim: string, path = claim): string | undefined => {
    const value = at(claims, path);
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') throw new InvalidClaims(`token claim ${path} must be a string`);
    return value;
  };
  const id = text('sub');
  const role = roleFrom(at(claims, names.role));
  const organisation = text('organisation', names.organisation);
  if (!id) throw new InvalidClaims('token has no sub claim');
  if (!role) throw new InvalidClaims(`token claim ${names.role} must hold one of ${ROLES.join(', ')}`);
  if (!organisation) throw new InvalidClaims(`token has no ${names.organisation} claim`);
  const team = text('team', names.team);
  if (!team && TEAM_ROLES.includes(role)) throw new InvalidClaims(`a ${role} token needs a ${names.team} claim`);
  return { id, role, team: team ?? '', organisation, name: text('name', names.name) };
}

/** A single role, or the first Casus role in a list of roles (as Keycloak and Entra ID hand them out). */
function roleFrom(value: unknown): Role | undefined {
  const candidates = Array.isArray(value) ? value : [value];
  return candidates.find((candidate): candidate is Role => (ROLES as readonly unknown[]).includes(candidate));
}
