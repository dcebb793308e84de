import { ROLES, type Actor } from '@casus/domain';
import type { Pool } from 'pg';

/**
 * A made-up person of the demo region that `casus seed` wrote: whom the development sign-in offers. A family member
 * says `about` what they are on their case ("ouder met gezag", "kind, 13 jaar").
 */
export type DemoPerson = Actor & Readonly<{ name: string; about?: string }>;

const COLUMNS = "person_id AS id, name, role, team, organisation, COALESCE(about, '') AS about";

const withoutEmpty = (person: DemoPerson): DemoPerson => {
  const { about, ...rest } = person;
  return about ? person : rest;
};

/** Writes the seeded people; a person seeded before keeps one row, so seeding again changes nothing. */
export async function recordDemoPeople(pool: Pool, people: readonly DemoPerson[]): Promise<void> {
  await pool.query(
    `INSERT INTO demo_people (person_id, name, role, team, organisation, about)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT (person_id) DO NOTHING`,
    [
      people.map((p) => p.id),
      people.map((p) => p.name),
      people.map((p) => p.role),
      people.map((p) => p.team),
      people.map((p) => p.organisation),
      people.map((p) => p.about ?? null),
    ],
  );
}

/** Every seeded person, by role (wijkteam first, as ROLES has them), then team and name. */
export async function listDemoPeople(pool: Pool): Promise<DemoPerson[]> {
  const { rows } = await pool.query<DemoPerson>(
    `SELECT ${COLUMNS} FROM demo_people ORDER BY array_position($1::text[], role), team, name, person_id`,
    [ROLES],
  );
  return rows.map(withoutEmpty);
}

export async function findDemoPerson(pool: Pool, personId: string): Promise<DemoPerson | undefined> {
  const { rows } = await pool.query<DemoPerson>(`SELECT ${COLUMNS} FROM demo_people WHERE person_id = $1`, [personId]);
  return rows[0] && withoutEmpty(rows[0]);
}
