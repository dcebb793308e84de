import type { AccessLogLine } from '@casus/audit';
import type { FamilyReader } from '@casus/domain';
import { myAccessLogView } from './my-access-log.view';

const line = (role: string, userId: string, organisation: string, ground = 'case team (wijkteam-ede-noord)'): AccessLogLine => ({
  id: userId,
  occurredAt: '2026-11-23T10:00:00.000Z',
  userId,
  userName: `${role} person`,
  role,
  organisation,
  team: null,
  onBehalfOf: null,
  caseId: 'c',
  action: 'GET /cases/:caseId',
  dataAccessed: 'state',
  ground,
  emergencyOverride: false,
  ip: null,
  correlationId: null,
});
const lines = [
  line('wijkteam', 'lotte', 'Gemeente Ede'),
  line('provider', 'priya', 'Pleegzorg Gelderland', "refused: not among this case's readers"),
  line('family', 'mother-account', 'family', 'family member inspecting their own file (person m)'),
  line('family', 'sanne-account', 'family', 'family member inspecting their own file (person s)'),
];
const mother: FamilyReader = { person: { personId: 'm', as: 'parent' }, right: { right: 'file', childIds: ['s'] } };
const sanne: FamilyReader = { person: { personId: 's', as: 'child' }, right: { right: 'file', childIds: ['s'] } };

describe('who looked at my file, as the family reads it', () => {
  it('names the professionals only when the organisation shows names', () => {
    expect(myAccessLogView(lines, mother, 'mother-account', 'hidden', 'nl').lines.some((l) => 'name' in l)).toBe(false);
    expect(myAccessLogView(lines, mother, 'mother-account', 'shown', 'nl').lines[0]).toMatchObject({ name: 'wijkteam person' });
  });

  it('shows a parent no provider’s look and no other family member’s; the child sees the provider’s refused look', () => {
    expect(myAccessLogView(lines, mother, 'mother-account', 'hidden', 'nl').lines.map((l) => l.organisation)).toEqual([
      'Gemeente Ede',
      'family',
    ]);
    const child = myAccessLogView(lines, sanne, 'sanne-account', 'hidden', 'nl').lines;
    expect(child.map((l) => [l.organisation, l.groundText])).toEqual([
      ['Gemeente Ede', 'werkt aan jullie dossier'],
      ['Pleegzorg Gelderland', 'mocht niet kijken en kreeg niets te zien'],
      ['family', 'bekijkt het eigen dossier'],
    ]);
  });
});
