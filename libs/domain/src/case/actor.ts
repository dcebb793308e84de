import { Uuid } from '../shared/ids';

export const ROLES = ['wijkteam', 'veilig-thuis', 'jeugdlink', 'gi', 'provider', 'auditor', 'family'] as const;
export type Role = (typeof ROLES)[number];

/** The acting user, as the token names them; it goes into every event's metadata. */
export type Actor = Readonly<{
  id: Uuid;
  role: Role;
  team: string;
  organisation: string;
}>;
