import { addDays } from '../../shared/iso-date';
import { refuse } from '../errors';
import { Moment, requireText } from '../decide/guards';
import { ExistingCase } from '../state';
import { FileComplaint, HandleComplaint } from './voice-commands';
import { ComplaintFiled, ComplaintHandled } from './voice-events';
import { ComplaintRecord } from './voice-state';
import { Requester } from './voice-values';

/**
 * A complaint (Jeugdwet art. 4.2.1 ff.): open to every linked family member, whatever they may see of the file; handled
 * within the term of the organisation's complaints scheme, which the deployment sets (6 weeks unless it says otherwise).
 */
export function fileComplaint({ data }: FileComplaint, state: ExistingCase, { today }: Moment, requester: Requester): [ComplaintFiled] {
  if (state.familyVoice.complaints.some((c) => c.complaintId === data.complaintId)) {
    refuse('FAMILY.COMPLAINT_ALREADY_FILED', `complaint ${data.complaintId} is already on the file`);
  }
  const about = requireText(data.about, 'what the complaint is about');
  const text = requireText(data.text, 'the complaint');
  const handleBy = addDays(today, 7 * data.complaintTermWeeks);
  return [
    {
      type: 'ComplaintFiled',
      data: { complaintId: data.complaintId, personId: requester.person.personId, about, text, filedOn: today, handleBy },
    },
  ];
}

export function handleComplaint({ data }: HandleComplaint, state: ExistingCase, { today }: Moment): [ComplaintHandled] {
  requireOpenComplaint(state, data.complaintId);
  const reason = requireText(data.reason, 'why the complaint is (not) upheld');
  return [{ type: 'ComplaintHandled', data: { complaintId: data.complaintId, outcome: data.outcome, reason, handledOn: today } }];
}

export function requireOpenComplaint(state: ExistingCase, complaintId: string): ComplaintRecord {
  const complaint = state.familyVoice.complaints.find((c) => c.complaintId === complaintId);
  if (!complaint) refuse('FAMILY.COMPLAINT_NOT_FOUND', `no complaint ${complaintId} on this case`);
  if (complaint.handled)
    refuse('FAMILY.COMPLAINT_ALREADY_HANDLED', `complaint ${complaintId} was handled on ${complaint.handled.handledOn}`);
  return complaint;
}
