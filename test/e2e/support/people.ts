import type { Principal } from '@casus/runtime';

export type Actor = Principal;

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const id = uuid;

const person = (n: number, role: Actor['role'], team: string, organisation: string, name: string): Actor => ({
  id: uuid(n),
  role,
  team,
  organisation,
  name,
});

/** The professionals around one family in FoodValley. */
export const people = {
  lotte: person(101, 'wijkteam', 'wijkteam-ede-noord', 'Gemeente Ede', 'Lotte Visser'),
  pieter: person(102, 'wijkteam', 'wijkteam-wageningen', 'Gemeente Wageningen', 'Pieter de Boer'),
  anouk: person(103, 'jeugdlink', 'jeugdlink-foodvalley', 'Veilig Thuis Gelderland-Midden', 'Anouk Bakker'),
  ruben: person(104, 'jeugdlink', 'jeugdlink-utrecht', 'Raad voor de Kinderbescherming', 'Ruben Smit'),
  gijs: person(105, 'gi', 'gi-team-ede', 'William Schrikker Stichting', 'Gijs Mulder'),
  ilse: person(107, 'auditor', 'audit', 'Inspectie Gezondheidszorg en Jeugd', 'Ilse Kok'),
  priya: person(108, 'provider', 'plaatsing', 'Pleegzorg Gelderland', 'Priya Ramdin'),
} as const;

export const family = {
  sanne: uuid(11),
  daan: uuid(12),
  mother: uuid(21),
  father: uuid(22),
};

/** The family's own accounts, as the case team links them to their persons (issue 18). */
export const familyAccounts = {
  sanne: person(141, 'family', 'family', 'family', 'Sanne de Vries'),
  mother: person(142, 'family', 'family', 'family', 'Fatima de Vries'),
  father: person(143, 'family', 'family', 'family', 'Mark de Vries'),
  daan: person(144, 'family', 'family', 'family', 'Daan de Vries'),
} as const;
