import { Uuid } from '../shared/ids';
import { IsoDate } from '../shared/iso-date';
import { Actor } from './actor';
import { CaseCommand, CaseCommandType } from './commands';
import { DomainErrorCode } from './errors';
import { activeCourtOrders, findPlacement } from './queries';
import { ExistingCase } from './state';

/** The GI named by a court order in force today for one of the children the step concerns. */
export const isChargedGi = (
  state: ExistingCase,
  actor: Pick<Actor, 'role' | 'organisation'>,
  today: IsoDate,
  childIds: readonly Uuid[],
): boolean =>
  actor.role === 'gi' &&
  activeCourtOrders(state, today).some((o) => o.giOrganisation === actor.organisation && childIds.includes(o.childId));

/** What the others meet at a step only the charged GI takes. */
export const CHARGED_GI_ONLY: Readonly<Record<string, readonly [DomainErrorCode, string]>> = {
  DecidePlacement: [
    'ACCESS.GI_DECIDES_PLACEMENT',
    'a placement under a court order is decided by the GI charged with the court order of the child',
  ],
  GiveWrittenInstruction: [
    'ACCESS.STEP_NOT_FOR_ROLE',
    'a written instruction (schriftelijke aanwijzing) is given by the GI charged with the OTS of the child',
  ],
} satisfies Partial<Record<CaseCommandType, readonly [DomainErrorCode, string]>>;

/** The children a step is about; all of the case's when what it names is unknown, so the step's own rule answers. */
export function childrenConcerned(command: CaseCommand, state: ExistingCase): readonly Uuid[] {
  const everyChild = state.children.map((child) => child.childId);
  switch (command.type) {
    case 'RequestPlacement':
      return command.data.childIds;
    case 'GiveWrittenInstruction':
    case 'RecordFosterChildContact':
    case 'RecordFosterCareChoice':
      return [command.data.childId];
    case 'RecordInstructionFollowUp': {
      const instruction = state.writtenInstructions.find((i) => i.instructionId === command.data.instructionId);
      return instruction ? [instruction.childId] : everyChild;
    }
    default:
      return 'placementId' in command.data ? (findPlacement(state, command.data.placementId)?.childIds ?? everyChild) : everyChild;
  }
}
