import type { Actor } from '@casus/domain';
import { randomFor, seededId } from './random';

/** A professional of the demo region: the token's claims, with a display name. */
export type Professional = Actor & { readonly name: string };

export type Municipality = Readonly<{ name: string; lat: number; lon: number; teams: readonly string[] }>;

export const REGION = 'FoodValley';

export const MUNICIPALITIES: readonly Municipality[] = [
  { name: 'Barneveld', lat: 52.14, lon: 5.585, teams: ['wijkteam-barneveld'] },
  { name: 'Ede', lat: 52.04, lon: 5.665, teams: ['wijkteam-ede-noord', 'wijkteam-ede-zuid'] },
  { name: 'Nijkerk', lat: 52.22, lon: 5.487, teams: ['wijkteam-nijkerk'] },
  { name: 'Renswoude', lat: 52.074, lon: 5.54, teams: ['wijkteam-renswoude'] },
  { name: 'Rhenen', lat: 51.959, lon: 5.568, teams: ['wijkteam-rhenen'] },
  { name: 'Scherpenzeel', lat: 52.08, lon: 5.488, teams: ['wijkteam-scherpenzeel'] },
  { name: 'Veenendaal', lat: 52.028, lon: 5.556, teams: ['wijkteam-veenendaal'] },
  { name: 'Wageningen', lat: 51.969, lon: 5.666, teams: ['wijkteam-wageningen'] },
];

export const JEUGDLINK_TEAM = 'jeugdlink-foodvalley';
export const VEILIG_THUIS = { team: 'veilig-thuis-gelderland-midden', organisation: 'Veilig Thuis Gelderland-Midden' } as const;
const JEUGDLINK_ORGANISATIONS = ['Veilig Thuis Gelderland-Midden', 'Raad voor de Kinderbescherming', 'Sociaal Team Ede'];
export const GI_ORGANISATIONS = ['William Schrikker Stichting', 'Jeugdbescherming Gelderland', 'Jeugdbescherming Vallei en Rijn'];
export const PROVIDERS = {
  pleegzorg: 'Pleegzorg Vallei',
  gezinshuis: 'Gezinshuizen De Gelderse Vallei',
  kleinschalig: 'Jeugdhulp Binnenveld',
  residentieel: 'Residentiële Jeugdzorg Het Valleihuis',
} as const;
export const COURT = 'Rechtbank Gelderland';

export const FIRST_NAMES = [
  'Anouk',
  'Bram',
  'Daan',
  'Eline',
  'Fenna',
  'Gijs',
  'Hanna',
  'Isa',
  'Jesse',
  'Julia',
  'Lars',
  'Lieke',
  'Milan',
  'Noor',
  'Ruben',
  'Sanne',
  'Sem',
  'Tess',
  'Thijs',
  'Yara',
  'Zoë',
  'Bas',
  'Femke',
  'Joris',
  'Mila',
  'Sara',
  'Luuk',
  'Nina',
];
export const SURNAMES = [
  'van Achterveld',
  'Bosgraaf',
  'Kleinhout',
  'ter Valle',
  'Grootveld',
  'van Heuvelrug',
  'Linthorst',
  'Morsink',
  'Wolfswinkel',
  'van de Binnenweg',
  'Haverkamp',
  'Roodbeen',
  'Schaapsdrift',
  'Veldhoen',
  'Eikelboom',
  'van Emmikhoven',
  'Koppelaar',
  'Renkema',
];

export type Region = Readonly<{
  wijkteams: ReadonlyMap<string, readonly Professional[]>;
  jeugdlink: readonly Professional[];
  veiligThuis: Professional;
  gis: ReadonlyMap<string, Professional>;
  providers: ReadonlyMap<string, Professional>;
  auditor: Professional;
  behaviouralScientists: readonly string[];
}>;

const professional = (seed: number, key: string, role: Actor['role'], team: string, organisation: string): Professional => {
  const random = randomFor(seed, 'professional', key);
  const name = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
  return { id: seededId(seed, 'professional', key), role, team, organisation, name };
};

/** The people who work in the demo region; names are made up (first name and surname drawn at random). */
export function regionFor(seed: number): Region {
  const wijkteams = new Map<string, Professional[]>();
  for (const municipality of MUNICIPALITIES) {
    for (const team of municipality.teams) {
      const organisation = `Gemeente ${municipality.name}`;
      wijkteams.set(
        team,
        [1, 2].map((n) => professional(seed, `${team}-${n}`, 'wijkteam', team, organisation)),
      );
    }
  }
  return {
    wijkteams,
    jeugdlink: JEUGDLINK_ORGANISATIONS.map((organisation, n) =>
      professional(seed, `jeugdlink-${n}`, 'jeugdlink', JEUGDLINK_TEAM, organisation),
    ),
    veiligThuis: professional(seed, 'veilig-thuis', 'veilig-thuis', VEILIG_THUIS.team, VEILIG_THUIS.organisation),
    gis: new Map(
      GI_ORGANISATIONS.map((organisation, n) => [organisation, professional(seed, `gi-${n}`, 'gi', `gi-team-${n + 1}`, organisation)]),
    ),
    providers: new Map(
      Object.values(PROVIDERS).map((organisation, n) => [
        organisation,
        professional(seed, `provider-${n}`, 'provider', 'plaatsing', organisation),
      ]),
    ),
    auditor: professional(seed, 'auditor', 'auditor', 'audit', 'Inspectie Gezondheidszorg en Jeugd'),
    behaviouralScientists: [0, 1, 2].map((n) => {
      const random = randomFor(seed, 'gedragswetenschapper', n);
      return `drs. ${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
    }),
  };
}

/** Everyone who signs in to the demo region, each once. */
export const professionalsOf = (region: Region): Professional[] => [
  ...[...region.wijkteams.values()].flat(),
  region.veiligThuis,
  ...region.jeugdlink,
  ...region.gis.values(),
  ...region.providers.values(),
  region.auditor,
];
