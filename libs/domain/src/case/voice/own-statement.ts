import { AddOwnStatement } from './voice-commands';
import { refuse } from '../errors';
import { Moment, requireText } from '../decide/guards';
import { ExistingCase } from '../state';
import { OwnStatementAdded } from './voice-events';
import { requireEventNumber, requireFileRight } from './family-rights';
import { Requester } from './voice-values';

/** The family's own words beside the file (Jeugdwet art. 7.3.10): added, never changing what professionals wrote. */
export function addOwnStatement(
  { data }: AddOwnStatement,
  state: ExistingCase,
  { today }: Moment,
  requester: Requester,
): [OwnStatementAdded] {
  requireFileRight(requester, 'an own statement');
  if (state.familyVoice.statements.some((s) => s.statementId === data.statementId)) {
    refuse('FAMILY.STATEMENT_ALREADY_ADDED', `own statement ${data.statementId} is already on the file`);
  }
  const text = requireText(data.text, 'the words of the own statement');
  const aboutEventNumber = data.aboutEventNumber === undefined ? null : requireEventNumber(data.aboutEventNumber, 'the step it is about');
  return [
    {
      type: 'OwnStatementAdded',
      data: { statementId: data.statementId, personId: requester.person.personId, text, aboutEventNumber, addedOn: today },
    },
  ];
}
