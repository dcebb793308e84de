export const ROLES = ['wijkteam', 'jeugdlink', 'gi', 'provider', 'auditor', 'family'] as const;
export type Role = (typeof ROLES)[number];

/** The verified caller: the domain's actor (id, role, team, organisation) plus a display name. */
export type Principal = Readonly<{
  id: string;
  role: Role;
  team: string;
  organisation: string;
  name?: string;
}>;

/** Roles that belong to a team; for the others `team` may be left out of the token. */
const TEAM_ROLES: readonly Role[] = ['wijkteam', 'jeugdlink'];

export class InvalidClaims extends Error {}

export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const text = (name: string): string | undefined => {
    const value = claims[name];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') throw new InvalidClaims(`token claim ${name} must be a string`);
    return value;
  };
  const id = text('sub');
  const role = text('role');
  const organisation = text('organisation');
  if (!id) throw new InvalidClaims('token has no sub claim');
  if (!role || !(ROLES as readonly string[]).includes(role)) {
    throw new InvalidClaims(`token claim role must be one of ${ROLES.join(', ')}`);
  }
  if (!organisation) throw new InvalidClaims('token has no organisation claim');
  const team = text('team');
  if (!team && TEAM_ROLES.includes(role as Role)) throw new InvalidClaims(`a ${role} token needs a team claim`);
  return { id, role: role as Role, team: team ?? '', organisation, name: text('name') };
}
