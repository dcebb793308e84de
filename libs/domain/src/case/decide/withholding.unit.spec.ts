import { actors, command, event, ids, TODAY, uuid } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { jeugdlinkJoined, jeugdlinkRequested, otsForSanne, parentsRecorded, signalRegistered } from '../testing/story';
import { WithholdFromFamily } from '../commands';

const family = [signalRegistered, ...parentsRecorded];
const withholdingId = uuid(401);
const withhold = (data: Partial<WithholdFromFamily['data']> = {}, by = actors.caseTeam) =>
  command(
    'WithholdFromFamily',
    { withholdingId, eventNumber: 0, from: 'parents', ground: 'privacy-of-another', reason: 'The signal names the neighbour', ...data },
    by,
  );
const withheld = event('PartWithheldFromFamily', {
  withholdingId,
  eventNumber: 0,
  from: 'parents',
  ground: 'privacy-of-another',
  reason: 'The signal names the neighbour',
  withheldOn: '2026-11-20',
});
const mark = (eventNumber: number, by = actors.caseTeam) =>
  command('MarkNotForParents', { markId: uuid(402), eventNumber, reason: 'Sanne said it in confidence' }, by);

describe('withholding a part of the file from the family', () => {
  it('records the part, from whom, on which ground and why', () => {
    given(family)
      .when(withhold())
      .then([
        {
          type: 'PartWithheldFromFamily',
          data: {
            withholdingId,
            eventNumber: 0,
            from: 'parents',
            ground: 'privacy-of-another',
            reason: 'The signal names the neighbour',
            withheldOn: TODAY,
          },
        },
      ]);
    given(family)
      .when(withhold({ from: [ids.sanne], ground: 'interest-of-child', eventNumber: 2 }))
      .thenEmits([{ type: 'PartWithheldFromFamily', data: { from: [ids.sanne], eventNumber: 2 } }]);
  });

  it('withholds an event that is on the case, from persons of the case, with a reason', () => {
    given(family)
      .when(withhold({ eventNumber: 3 }))
      .thenThrows('FAMILY.EVENT_UNKNOWN');
    given(family)
      .when(withhold({ eventNumber: -1 }))
      .thenThrows('FAMILY.EVENT_UNKNOWN');
    given(family)
      .when(withhold({ eventNumber: 1.5 }))
      .thenThrows('FAMILY.EVENT_UNKNOWN');
    given(family)
      .when(withhold({ from: [uuid(999)] }))
      .thenThrows('FAMILY.PERSON_UNKNOWN');
    given(family)
      .when(withhold({ from: [] }))
      .thenThrows('INPUT.MISSING');
    given(family)
      .when(withhold({ reason: '' }))
      .thenThrows('INPUT.MISSING');
    given([...family, withheld])
      .when(withhold())
      .thenThrows('FAMILY.WITHHOLDING_ALREADY_RECORDED');
  });

  it('ends with a reason, once', () => {
    const end = (reason = 'The neighbour agreed') => command('EndWithholding', { withholdingId, reason });
    given([...family, withheld])
      .when(end())
      .then([{ type: 'WithholdingEnded', data: { withholdingId, endedOn: TODAY, reason: 'The neighbour agreed' } }]);
    given(family).when(end()).thenThrows('FAMILY.WITHHOLDING_NOT_FOUND');
    const ended = event('WithholdingEnded', { withholdingId, endedOn: TODAY, reason: 'agreed' });
    given([...family, withheld, ended])
      .when(end())
      .thenThrows('FAMILY.WITHHOLDING_ALREADY_ENDED');
    given([...family, withheld])
      .when(end(' '))
      .thenThrows('INPUT.MISSING');
  });

  it('is the case team’s step (and a joined Jeugdlink team’s), which an auditor, a provider, an outsider and the family never take', () => {
    given([...family, jeugdlinkRequested, jeugdlinkJoined])
      .when(withhold({}, actors.jeugdlink))
      .thenEmits([{ type: 'PartWithheldFromFamily' }]);
    given([...family, otsForSanne])
      .when(withhold({}, actors.gi))
      .thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    given(family).when(withhold({}, actors.auditor)).thenThrows('ACCESS.READ_ONLY_ROLE');
    for (const outsider of [actors.otherWijkteam, actors.provider, actors.family]) {
      given(family).when(withhold({}, outsider)).thenThrows('CASE.NOT_FOUND');
      given(family).when(mark(0, outsider)).thenThrows('CASE.NOT_FOUND');
    }
  });
});

describe('marking a part not for the parents', () => {
  it('records the part and why', () => {
    given(family)
      .when(mark(1))
      .then([
        {
          type: 'PartMarkedNotForParents',
          data: { markId: uuid(402), eventNumber: 1, reason: 'Sanne said it in confidence', markedOn: TODAY },
        },
      ]);
  });

  it('marks an event that is on the case, once, with a reason', () => {
    given(family).when(mark(3)).thenThrows('FAMILY.EVENT_UNKNOWN');
    const marked = event('PartMarkedNotForParents', { markId: uuid(402), eventNumber: 1, reason: 'confidence', markedOn: TODAY });
    given([...family, marked])
      .when(mark(1))
      .thenThrows('FAMILY.MARK_ALREADY_RECORDED');
    given(family)
      .when(command('MarkNotForParents', { markId: uuid(402), eventNumber: 1, reason: '' }))
      .thenThrows('INPUT.MISSING');
  });

  it('counts the case’s own events: a part added later can be marked once it is there', () => {
    given([...family, withheld])
      .when(mark(3))
      .thenEmits([{ type: 'PartMarkedNotForParents', data: { eventNumber: 3 } }]);
  });
});
