import { given } from '../testing/given-when-then';
import { actors, command, ids, NOW } from '../testing/fixtures';
import { jeugdlinkJoined, jeugdlinkRequested, signalRegistered } from '../testing/story';

// The signal as the story's case team sent it: the event's data less what registering it adds.
const {
  caseId: _caseId,
  team: _team,
  organisation: _organisation,
  safetyAssessmentDueOn: _due,
  municipalityCode: _code,
  ...sent
} = signalRegistered.data;
const registerSignal = (overrides: Partial<Parameters<typeof command<'RegisterSignal'>>[1]> = {}, by = actors.caseTeam) =>
  command('RegisterSignal', { ...sent, ...overrides }, by);

describe('a signal opens the case', () => {
  it('registers the signal; the registering team becomes the case team and the assessment is due in 5 working days', () => {
    given([]).when(registerSignal()).then([signalRegistered]);
  });

  it('takes now as the moment of receipt when none is given, and an acute signal is assessed the same day', () => {
    const { receivedAt: _, ...received } = registerSignal({ urgency: 'acute' }).data;
    given([])
      .when({ ...registerSignal(), data: received })
      .thenEmits([{ type: 'SignalRegistered', data: { receivedAt: NOW.toISOString(), safetyAssessmentDueOn: '2026-11-23' } }]);
  });

  it('counts the extra non-working days the deployment hands in with the command', () => {
    // Received Monday 2 November 2026: five working days end on the 9th, or the 10th with the 5th off.
    given([])
      .when(registerSignal({ calendar: { extraNonWorkingDays: ['2026-11-05'] } }))
      .thenEmits([{ type: 'SignalRegistered', data: { safetyAssessmentDueOn: '2026-11-10' } }]);
  });

  it('records the CBS gemeentecode given, or the one the named table knows for the name however it is spelled', () => {
    given([])
      .when(registerSignal({ municipality: 'Gemeente Ede', municipalityCode: undefined }))
      .thenEmits([{ type: 'SignalRegistered', data: { municipality: 'Gemeente Ede', municipalityCode: 'GM0228' } }]);
    given([])
      .when(registerSignal({ municipality: 'Bergen', municipalityCode: 'GM0893' }))
      .thenEmits([{ type: 'SignalRegistered', data: { municipality: 'Bergen', municipalityCode: 'GM0893' } }]);
  });

  it('refuses a municipality the table does not know without its code, a code not spelled GM and four digits, and a code of another municipality', () => {
    given([])
      .when(registerSignal({ municipality: 'Bergen', municipalityCode: undefined }))
      .thenThrows('MUNICIPALITY.UNKNOWN');
    given([])
      .when(registerSignal({ municipalityCode: 'gm228' }))
      .thenThrows('MUNICIPALITY.CODE_INVALID');
    given([])
      .when(registerSignal({ municipality: 'ede', municipalityCode: 'GM0344' }))
      .thenThrows('MUNICIPALITY.CODE_MISMATCH');
  });

  it('refuses a second signal on the same case', () => {
    given([signalRegistered]).when(registerSignal()).thenThrows('CASE.ID_UNAVAILABLE');
  });

  it('refuses a signal about no child', () => {
    given([])
      .when(registerSignal({ children: [] }))
      .thenThrows('SIGNAL.NO_CHILDREN');
  });

  it('refuses a child listed twice', () => {
    const sanne = { childId: ids.sanne, birthDate: '2014-05-12' };
    given([])
      .when(registerSignal({ children: [sanne, sanne] }))
      .thenThrows('SIGNAL.DUPLICATE_CHILD');
  });

  it('refuses a signal received in the future', () => {
    given([])
      .when(registerSignal({ receivedAt: '2026-12-01T08:00:00Z' }))
      .thenThrows('INPUT.DATE_IN_FUTURE');
  });

  it('refuses a signal without a description', () => {
    given([])
      .when(registerSignal({ description: ' ' }))
      .thenThrows('INPUT.MISSING');
  });

  it('is registered by a wijkteam or a Veilig Thuis professional only, not by a Jeugdlink member or a GI', () => {
    given([]).when(registerSignal({}, actors.jeugdlink)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    given([]).when(registerSignal({}, actors.gi)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
  });

  it('is registered by Veilig Thuis itself, whose team then leads the case', () => {
    given([])
      .when(registerSignal({}, actors.veiligThuis))
      .thenEmits([
        {
          type: 'SignalRegistered',
          data: { team: 'veilig-thuis-gm', organisation: 'Veilig Thuis Gelderland-Midden', registeredBy: 'veilig-thuis' },
        },
      ]);
  });

  it('refuses any other step before the signal', () => {
    given([])
      .when(command('CloseCase', { reason: 'no concern' }))
      .thenThrows('CASE.NOT_FOUND');
  });
});

describe('the case lead', () => {
  it('is assigned from the case team', () => {
    given([signalRegistered])
      .when(command('AssignCaseLead', { leadId: ids.lead, name: 'Joyce Visser' }))
      .then([{ type: 'CaseLeadAssigned', data: { leadId: ids.lead, name: 'Joyce Visser', team: 'wijkteam-ede-noord' } }]);
  });

  it('is assigned by the case team only, not by a joined Jeugdlink team', () => {
    given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined])
      .when(command('AssignCaseLead', { leadId: ids.lead, name: 'Joyce Visser' }, actors.jeugdlink))
      .thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
  });
});
