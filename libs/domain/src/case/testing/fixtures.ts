import { Actor } from '../actor';
import { caseCommand, CaseCommandOfType, CaseCommandType } from '../commands';
import { CaseEvent, CaseEventType } from '../events';

export const NOW = new Date('2026-11-23T10:00:00.000Z');
export const TODAY = '2026-11-23';

export const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const ids = {
  case: uuid(1),
  sanne: uuid(11),
  daan: uuid(12),
  mother: uuid(21),
  father: uuid(22),
  grandmother: uuid(23),
  lead: uuid(31),
  placement: uuid(41),
  secondPlacement: uuid(42),
  option: uuid(51),
  secondOption: uuid(52),
  ots: uuid(61),
  machtiging: uuid(62),
  condition: uuid(71),
  secondCondition: uuid(72),
  decision: uuid(81),
  motherConsent: uuid(91),
  fatherConsent: uuid(92),
  sanneConsent: uuid(93),
  guardianConsent: uuid(94),
  voogdij: uuid(60),
} as const;

const actor = (id: number, role: Actor['role'], team: string, organisation: string): Actor => ({
  id: uuid(id),
  role,
  team,
  organisation,
});

export const actors = {
  caseTeam: actor(101, 'wijkteam', 'wijkteam-ede-noord', 'Gemeente Ede'),
  otherWijkteam: actor(102, 'wijkteam', 'wijkteam-wageningen', 'Gemeente Wageningen'),
  jeugdlink: actor(103, 'jeugdlink', 'jeugdlink-foodvalley', 'Veilig Thuis Gelderland-Midden'),
  otherJeugdlink: actor(104, 'jeugdlink', 'jeugdlink-utrecht', 'Raad voor de Kinderbescherming'),
  gi: actor(105, 'gi', 'gi-team-ede', 'William Schrikker Stichting'),
  otherGi: actor(106, 'gi', 'gi-team-arnhem', 'Jeugdbescherming Gelderland'),
  auditor: actor(107, 'auditor', 'audit', 'Inspectie Gezondheidszorg en Jeugd'),
  provider: actor(108, 'provider', 'plaatsing', 'Pleegzorg Gelderland'),
  family: actor(109, 'family', 'family', 'family'),
  veiligThuis: actor(110, 'veilig-thuis', 'veilig-thuis-gm', 'Veilig Thuis Gelderland-Midden'),
  otherVeiligThuis: actor(111, 'veilig-thuis', 'veilig-thuis-utrecht', 'Veilig Thuis Utrecht'),
} as const;

type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/** A command with the case id filled in, by the case team unless another actor is named. */
export function command<T extends CaseCommandType>(
  type: T,
  data: Omit<CaseCommandOfType<T>['data'], 'caseId'>,
  by: Actor = actors.caseTeam,
): CaseCommandOfType<T> {
  return caseCommand(type, ids.case, data, by);
}

export const event = <T extends CaseEventType>(type: T, data: EventOf<T>['data']): EventOf<T> => ({ type, data }) as EventOf<T>;
