import type { Principal } from '@casus/runtime';

/** The acting user as the placement streams record them: who, in which role, team and organisation. */
export const actorOf = ({ id, role, team, organisation }: Principal) => ({ id, role, team, organisation });
