import { CaseCommandType } from '../commands';
import { CaseEvent } from '../events';
import { Moment } from '../decide/guards';
import { ExistingCase } from '../state';
import { fileComplaint, handleComplaint } from './complaint';
import { decideCorrection, requestCorrection } from './correction';
import { decideDestructionRequest, requestDestruction } from './destruction-request';
import { addOwnStatement } from './own-statement';
import { requesterOf } from './requester';
import { VoiceCommand } from './voice-commands';

/** The family's own steps, decided with who of the family takes them; and the case's answers. */
export function decideVoice(command: VoiceCommand, state: ExistingCase, moment: Moment): CaseEvent[] {
  const requester = () => requesterOf(command.type, state, command.actor, moment.today);
  switch (command.type) {
    case 'AddOwnStatement':
      return addOwnStatement(command, state, moment, requester());
    case 'RequestCorrection':
      return requestCorrection(command, state, moment, requester());
    case 'RequestDestruction':
      return requestDestruction(command, state, moment, requester());
    case 'FileComplaint':
      return fileComplaint(command, state, moment, requester());
    case 'DecideCorrection':
      return decideCorrection(command, state, moment);
    case 'DecideDestruction':
      return decideDestructionRequest(command, state, moment);
    case 'HandleComplaint':
      return handleComplaint(command, state, moment);
  }
}

/** The steps a closed case still takes: its reopening, and the family's voice with its answers. */
export const OPEN_ON_CLOSED_CASE: readonly CaseCommandType[] = [
  'ReopenCase',
  'AddOwnStatement',
  'RequestCorrection',
  'DecideCorrection',
  'RequestDestruction',
  'DecideDestruction',
  'FileComplaint',
  'HandleComplaint',
] satisfies readonly (VoiceCommand['type'] | 'ReopenCase')[];
