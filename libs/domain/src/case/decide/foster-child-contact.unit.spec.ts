import { FosterChildContactKind } from '../values';
import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { childrenPlacedVoluntarily, sanneConsented, signalRegistered } from '../testing/story';

const at = (day: string) => new Date(`${day}T10:00:00.000Z`);
const contactId = uuid(960);

/** Sanne (12) and Daan (7) placed together with their grandmother since 2026-11-21. */
const placed = [...childrenPlacedVoluntarily, sanneConsented];

const record = (
  kind: FosterChildContactKind,
  heldOn = '2026-11-23',
  extra: { childId?: string; contactId?: string } = {},
  by = actors.caseTeam,
) => command('RecordFosterChildContact', { placementId: ids.placement, childId: ids.sanne, contactId, kind, heldOn, ...extra }, by);
const recorded = (kind: FosterChildContactKind, heldOn: string, nextDueOn: string, id = contactId) =>
  event('FosterChildContactRecorded', { placementId: ids.placement, childId: ids.sanne, contactId: id, kind, heldOn, nextDueOn });

describe('contact with a foster child (Richtlijn Pleegzorg: 3 talks a year; development review yearly, half-yearly under 3)', () => {
  it('puts each child’s first talk 4 months and first development review 12 months after the start (6 under 3), and their 18th birthday', () => {
    const babyDaan = event('SignalRegistered', {
      ...signalRegistered.data,
      children: [signalRegistered.data.children[0], { childId: ids.daan, birthDate: '2024-06-01' }],
    });
    const decided = [babyDaan, ...placed.slice(1).filter((e) => e.type !== 'PlacementStarted')];
    given(decided)
      .when(command('StartPlacement', { placementId: ids.placement, startedOn: '2026-11-23' }))
      .thenEmits([
        {
          type: 'PlacementStarted',
          data: {
            placedChildren: [
              { childId: ids.sanne, conversationDueOn: '2027-03-23', developmentReviewDueOn: '2027-11-23', comesOfAgeOn: '2032-05-12' },
              { childId: ids.daan, conversationDueOn: '2027-03-23', developmentReviewDueOn: '2027-05-23', comesOfAgeOn: '2042-06-01' },
            ],
          },
        },
      ]);
  });

  it('records a talk with the child, the next one due within 4 months', () => {
    given(placed)
      .when(record('conversation'))
      .then([recorded('conversation', '2026-11-23', '2027-03-23')]);
  });

  it('records a development review, the next one due a year later', () => {
    given(placed)
      .when(record('development-review'))
      .then([recorded('development-review', '2026-11-23', '2027-11-23')]);
  });

  it('counts the next talk from the last one, and takes none dated before it', () => {
    const first = recorded('conversation', '2027-01-10', '2027-05-10');
    given([...placed, first])
      .when(record('conversation', '2027-04-01', { contactId: uuid(961) }), at('2027-04-01'))
      .then([recorded('conversation', '2027-04-01', '2027-08-01', uuid(961))]);
    given([...placed, first])
      .when(record('conversation', '2027-01-09', { contactId: uuid(961) }), at('2027-04-01'))
      .thenThrows('FOSTER_CHILD_CONTACT.BEFORE_LAST');
  });

  it('is recorded once under one id', () => {
    given([...placed, recorded('conversation', '2026-11-22', '2027-03-22')])
      .when(record('development-review'))
      .thenThrows('FOSTER_CHILD_CONTACT.ALREADY_RECORDED');
  });

  it('is with a child of the active placement, held on a day since the start and not in the future', () => {
    given(placed)
      .when(record('conversation', '2026-11-23', { childId: uuid(999) }))
      .thenThrows('PLACEMENT.CHILD_NOT_IN_PLACEMENT');
    given(placed.filter((e) => e.type !== 'PlacementStarted'))
      .when(record('conversation'))
      .thenThrows('PLACEMENT.NOT_ACTIVE');
    given(placed).when(record('conversation', '2026-11-20')).thenThrows('PLACEMENT.DATE_BEFORE_START');
    given(placed).when(record('conversation', '2026-11-24')).thenThrows('INPUT.DATE_IN_FUTURE');
  });

  it('is not recorded by an outsider, an auditor, a provider or the family', () => {
    for (const outsider of [actors.otherWijkteam, actors.provider, actors.family]) {
      given(placed)
        .when(record('conversation', '2026-11-23', {}, outsider))
        .thenThrows('CASE.NOT_FOUND');
    }
    given(placed)
      .when(record('conversation', '2026-11-23', {}, actors.auditor))
      .thenThrows('ACCESS.READ_ONLY_ROLE');
  });
});
