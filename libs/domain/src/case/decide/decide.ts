import { dutchDateOf } from '../../shared/iso-date';
import { authorise, refuseUnknownCase } from '../access';
import { CaseCommand, CaseCommandType, RegisterSignal } from '../commands';
import { refuse } from '../errors';
import { CaseEvent } from '../events';
import { CaseState, ExistingCase } from '../state';
import { closeCase, reopenCase } from './closure';
import { recordFosterCareChoice } from './coming-of-age';
import { recordFosterChildContact } from './foster-child-contact';
import { lodgeAppeal, recordAppealOutcome } from './appeals';
import { recordRaadAdvice } from './raad-advice';
import { endCourtOrder } from './court-order-end';
import { recordCourtOrder } from './court-orders';
import { giveWrittenInstruction, recordInstructionFollowUp } from './written-instructions';
import { changeParentalAuthority, recordConsent, recordFamilyMember, withdrawConsent } from './family';
import { Moment } from './guards';
import { endJeugdlinkInvolvement, joinJeugdlink, requestJeugdlink } from './jeugdlink';
import { proposeNetworkFamily } from './network-family';
import { decidePlacement, requestPlacement, startPlacement } from './placement';
import { recordPlacementView } from './placement-views';
import { planIntroduction, recordIntroductionHeld } from './introductions';
import { endPlacement, recordPlacementPlan } from './placement-course';
import { rematchPlacement, withdrawPlacementRequest } from './placement-request-course';
import { recordReturnDecision } from './return-decision';
import { assessReturnCondition, draftReturnHomePlan, recordReturnHome } from './return-home';
import { agreeSafetyPlan, recordSafetyAssessment } from './safety';
import { agreeHelpPlan, endHelpPlan, evaluateHelpPlan, reviseHelpPlan } from './help-plan';
import { recordPerspectiveDecision } from './perspective';
import { endAftercare, startAftercare } from './aftercare';
import { assignCaseLead, registerSignal } from './signal';
import { transferCase } from './transfer';
import { changeChargedGi } from './gi-change';
import { endFamilyAccountLink, linkFamilyAccount } from './family-accounts';
import { endWithholding, markNotForParents, withholdFromFamily } from './withholding';
import { recordNewSignal } from './new-signal';
import { concludeVeiligThuisInvestigation, handOverToLocalTeam, startVeiligThuisInvestigation } from './veilig-thuis';
import { recordCaseNote } from './notes';
import { cancelTask, completeTask, giveTask } from './tasks';
import { decideVoice, OPEN_ON_CLOSED_CASE } from '../voice/decide-voice';

/**
 * The case decider: the events a command leads to, or a thrown DomainError. Pure: the clock comes
 * in as `now`, and facts from other streams (a reservation) come in with the command.
 * Order of refusals: unknown case or not among its readers (404, one answer), access (403), closed case
 * (422), then the step's own rules.
 */
export function decide(command: CaseCommand, state: CaseState, now: Date): CaseEvent[] {
  const moment: Moment = { now, today: dutchDateOf(now) };
  authorise(command, state, now);
  if (command.type === 'RegisterSignal') return registerSignal(command, state, moment);
  // authorise refused this already; here it tells the compiler.
  if (state.status === 'none') refuseUnknownCase({ type: command.type, caseId: command.data.caseId });
  refuseOnCase(command.type, state);
  return decideOnCase(command, state, moment);
}

/**
 * The case's own gates, whoever asks: a destroyed file takes no step, a closed case only its reopening and the family's
 * voice (the file is kept after care ends, and so are the family's rights on it).
 */
export function refuseOnCase(type: CaseCommandType, state: ExistingCase): void {
  if (state.destroyedOn) refuse('CASE.DESTROYED', `${type}: the file of this case was destroyed on ${state.destroyedOn}`);
  if (state.status === 'closed' && !OPEN_ON_CLOSED_CASE.includes(type))
    refuse('CASE.CLOSED', `${type}: the case is closed; reopen it first`);
}

function decideOnCase(command: Exclude<CaseCommand, RegisterSignal>, state: ExistingCase, moment: Moment): CaseEvent[] {
  switch (command.type) {
    case 'AssignCaseLead':
      return assignCaseLead(command, state);
    case 'RecordNewSignal':
      return recordNewSignal(command, state, moment);
    case 'StartVeiligThuisInvestigation':
      return startVeiligThuisInvestigation(command, state, moment);
    case 'ConcludeVeiligThuisInvestigation':
      return concludeVeiligThuisInvestigation(command, state, moment);
    case 'HandOverToLocalTeam':
      return handOverToLocalTeam(command, state, moment);
    case 'RecordFamilyMember':
      return recordFamilyMember(command, state);
    case 'ChangeParentalAuthority':
      return changeParentalAuthority(command, state, moment);
    case 'RecordConsent':
      return recordConsent(command, state, moment);
    case 'WithdrawConsent':
      return withdrawConsent(command, state, moment);
    case 'RecordSafetyAssessment':
      return recordSafetyAssessment(command, state, moment);
    case 'AgreeSafetyPlan':
      return agreeSafetyPlan(command, state, moment);
    case 'RequestJeugdlink':
      return requestJeugdlink(command, state, moment);
    case 'JoinJeugdlink':
      return joinJeugdlink(command, state, moment);
    case 'EndJeugdlinkInvolvement':
      return endJeugdlinkInvolvement(command, state, moment);
    case 'RecordCourtOrder':
      return recordCourtOrder(command, state, moment);
    case 'EndCourtOrder':
      return endCourtOrder(command, state, moment);
    case 'LodgeAppeal':
      return lodgeAppeal(command, state, moment);
    case 'RecordAppealOutcome':
      return recordAppealOutcome(command, state, moment);
    case 'RecordRaadAdvice':
      return recordRaadAdvice(command, state, moment);
    case 'GiveWrittenInstruction':
      return giveWrittenInstruction(command, state, moment);
    case 'RecordInstructionFollowUp':
      return recordInstructionFollowUp(command, state, moment);
    case 'ProposeNetworkFamily':
      return proposeNetworkFamily(command, state, moment);
    case 'RequestPlacement':
      return requestPlacement(command, state);
    case 'WithdrawPlacementRequest':
      return withdrawPlacementRequest(command, state, moment);
    case 'RematchPlacement':
      return rematchPlacement(command, state, moment);
    case 'RecordPlacementView':
      return recordPlacementView(command, state, moment);
    case 'PlanIntroduction':
      return planIntroduction(command, state, moment);
    case 'RecordIntroductionHeld':
      return recordIntroductionHeld(command, state, moment);
    case 'DecidePlacement':
      return decidePlacement(command, state, moment);
    case 'StartPlacement':
      return startPlacement(command, state, moment);
    case 'RecordPlacementPlan':
      return recordPlacementPlan(command, state);
    case 'DraftReturnHomePlan':
      return draftReturnHomePlan(command, state, moment);
    case 'AssessReturnCondition':
      return assessReturnCondition(command, state, moment);
    case 'RecordReturnDecision':
      return recordReturnDecision(command, state, moment);
    case 'RecordReturnHome':
      return recordReturnHome(command, state, moment);
    case 'EndPlacement':
      return endPlacement(command, state, moment);
    case 'RecordCaseNote':
      return recordCaseNote(command, state, moment);
    case 'GiveTask':
      return giveTask(command, state, moment);
    case 'CompleteTask':
      return completeTask(command, state, moment);
    case 'CancelTask':
      return cancelTask(command, state, moment);
    case 'RecordFosterChildContact':
      return recordFosterChildContact(command, state, moment);
    case 'RecordFosterCareChoice':
      return recordFosterCareChoice(command, state, moment);
    case 'AgreeHelpPlan':
      return agreeHelpPlan(command, state, moment);
    case 'ReviseHelpPlan':
      return reviseHelpPlan(command, state, moment);
    case 'EvaluateHelpPlan':
      return evaluateHelpPlan(command, state, moment);
    case 'EndHelpPlan':
      return endHelpPlan(command, state, moment);
    case 'RecordPerspectiveDecision':
      return recordPerspectiveDecision(command, state, moment);
    case 'StartAftercare':
      return startAftercare(command, state, moment);
    case 'EndAftercare':
      return endAftercare(command, state, moment);
    case 'CloseCase':
      return closeCase(command, state, moment);
    case 'ReopenCase':
      return reopenCase(command, state, moment);
    case 'TransferCase':
      return transferCase(command, state, moment);
    case 'ChangeChargedGi':
      return changeChargedGi(command, state, moment);
    case 'AddOwnStatement':
    case 'RequestCorrection':
    case 'DecideCorrection':
    case 'RequestDestruction':
    case 'DecideDestruction':
    case 'FileComplaint':
    case 'HandleComplaint':
      return decideVoice(command, state, moment);
    case 'LinkFamilyAccount':
      return linkFamilyAccount(command, state, moment);
    case 'EndFamilyAccountLink':
      return endFamilyAccountLink(command, state, moment);
    case 'WithholdFromFamily':
      return withholdFromFamily(command, state, moment);
    case 'EndWithholding':
      return endWithholding(command, state, moment);
    case 'MarkNotForParents':
      return markNotForParents(command, state, moment);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}
