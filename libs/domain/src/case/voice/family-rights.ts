import { ageOn, IsoDate } from '../../shared/iso-date';
import { refuse } from '../errors';
import { ExistingCase } from '../state';
import { DESTRUCTION_REQUEST_FROM_AGE, Requester } from './voice-values';

/**
 * An own statement and a request to destroy go with the right to inspect the file (Jeugdwet art. 7.3.10 ff., 7.3.9):
 * a child from 12, a parent with authority over a child under 16. Information alone (BW 1:377c) gives neither.
 */
export function requireFileRight({ right }: Requester, step: string): void {
  if (right.right === 'file') return;
  const why =
    right.right === 'none' ? `no right (${right.reason})` : 'a parent without authority gets information about the child, not the file';
  refuse('FAMILY.NO_FILE_RIGHT', `${step} goes with the right to inspect the file, which this person does not have: ${why}`);
}

/** A correction of a factual error: whoever is given the file or information from it may ask for it (AVG art. 16). */
export function requireSomeInspectionRight({ right }: Requester, step: string): void {
  if (right.right !== 'none') return;
  refuse(
    'FAMILY.NO_INSPECTION_RIGHT',
    `${step} is asked by someone who sees the file or information from it; this person has no right (${right.reason})`,
  );
}

/** Jeugdwet art. 7.3.9: a child under 12 does not ask for the destruction of their file. */
export function refuseChildUnder12(state: ExistingCase, { person }: Requester, today: IsoDate): void {
  if (person.as !== 'child') return;
  const child = state.children.find((c) => c.childId === person.personId);
  if (child && ageOn(child.birthDate, today) < DESTRUCTION_REQUEST_FROM_AGE) {
    refuse(
      'FAMILY.DESTRUCTION_CHILD_UNDER_12',
      `a child asks for the destruction of their file from ${DESTRUCTION_REQUEST_FROM_AGE} (Jeugdwet art. 7.3.9); this child is younger`,
    );
  }
}

/**
 * A step of the file, by its number. Whether the case holds it is not said: the count of steps would show a parent that
 * the file holds parts they may not see; the professional who answers sees the number asked about.
 */
export function requireEventNumber(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0)
    refuse('INPUT.INVALID_EVENT_NUMBER', `${what} must be a step's number on the case (0 or more), got ${value}`);
  return value;
}
