import { dutchDateOf } from '../../shared/iso-date';
import { CancelTask, CompleteTask, GiveTask } from '../commands';
import { refuse } from '../errors';
import { TaskCancelled, TaskCompleted, TaskGiven } from '../events';
import { TaskAssignee, writtenBy } from '../journal';
import { Writer, writesToCase } from '../access';
import { Role } from '../actor';
import { ExistingCase, TaskRecord } from '../state';
import { Moment, requireDate, requireNotAfterToday, requireText } from './guards';

/** A task or appointment for a team that writes to the case, or one of its professionals, with the day it is due. */
export function giveTask({ data, actor }: GiveTask, state: ExistingCase, moment: Moment): [TaskGiven] {
  if (state.tasks.some((task) => task.taskId === data.taskId)) refuse('TASK.ALREADY_GIVEN', `task ${data.taskId} is already on record`);
  requireText(data.description, 'what is to be done');
  requireWriter(state, data.assignee, moment);
  requireDate(data.dueOn, 'the day the task is due');
  if (data.dueOn < moment.today) refuse('TASK.DUE_IN_PAST', `the task is due on ${data.dueOn}, before today (${moment.today})`);
  if (data.at !== undefined && Number.isNaN(Date.parse(data.at))) refuse('INPUT.INVALID_DATE', `not a moment in time: "${data.at}"`);
  if (data.kind === 'appointment' && data.at === undefined) {
    refuse('TASK.APPOINTMENT_WITHOUT_TIME', 'an appointment (afspraak) needs its time (`at`) besides its day');
  }
  if (data.at !== undefined && dutchDateOf(data.at) !== data.dueOn) {
    refuse('TASK.TIME_NOT_ON_DUE_DAY', `the time ${data.at} falls on ${dutchDateOf(data.at)} in the Netherlands, not on ${data.dueOn}`);
  }
  const { taskId, kind, description, dueOn } = data;
  const { kind: to, name, professionalId } = data.assignee;
  const assignee = { kind: to, name, ...(professionalId ? { professionalId } : {}) };
  return [
    {
      type: 'TaskGiven',
      data: { taskId, kind, description, assignee, dueOn, at: at(data.at), givenOn: moment.today, givenBy: writtenBy(actor) },
    },
  ];
}

// One spelling of a moment, as the deadlines list compares it by the minute.
const at = (moment: string | undefined): string | null => (moment === undefined ? null : new Date(moment).toISOString());

export function completeTask({ data }: CompleteTask, state: ExistingCase, moment: Moment): [TaskCompleted] {
  const task = requireOpenTask(state, data.taskId);
  requireNotAfterToday(data.doneOn, 'the day the task was done', moment);
  if (data.doneOn < task.givenOn) refuse('INPUT.INVALID_DATE', `done on ${data.doneOn}, before the task was given (${task.givenOn})`);
  return [{ type: 'TaskCompleted', data: { taskId: data.taskId, doneOn: data.doneOn } }];
}

export function cancelTask({ data }: CancelTask, state: ExistingCase, moment: Moment): [TaskCancelled] {
  requireOpenTask(state, data.taskId);
  requireText(data.reason, 'why the task is cancelled');
  return [{ type: 'TaskCancelled', data: { taskId: data.taskId, reason: data.reason, cancelledOn: moment.today } }];
}

/** A task for anyone who could not take it up on the case is refused: the assignee as the writer it names. */
function requireWriter(state: ExistingCase, { kind, name }: TaskAssignee, { today }: Moment): void {
  const as = (role: Role): Writer => ({ role, team: name, organisation: name });
  const named = kind === 'team' ? [as('wijkteam'), as('veilig-thuis'), as('jeugdlink')] : [as('gi')];
  if (named.some((writer) => writesToCase(state, writer, today))) return;
  refuse(
    'TASK.ASSIGNEE_CANNOT_WRITE',
    kind === 'team'
      ? `a task is for a team that writes to the case: the team that leads it or the joined Jeugdlink team, not ${name}`
      : `a task for a GI is for one charged with a court order in force on this case, not ${name}`,
  );
}

function requireOpenTask(state: ExistingCase, taskId: string): TaskRecord {
  const task = state.tasks.find((t) => t.taskId === taskId);
  if (!task) refuse('TASK.NOT_FOUND', `no task ${taskId} on this case`);
  if (task.status !== 'open') refuse('TASK.NOT_OPEN', `task ${taskId} is ${task.status === 'done' ? 'done' : 'cancelled'} already`);
  return task;
}
