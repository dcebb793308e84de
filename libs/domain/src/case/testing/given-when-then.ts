import { CaseCommand } from '../commands';
import { decide } from '../decide/decide';
import { DomainError, DomainErrorCode } from '../errors';
import { CaseEvent, CaseEventType } from '../events';
import { evolve } from '../evolve';
import { CaseState, initialState } from '../state';
import { NOW } from './fixtures';

export const stateAfter = (events: readonly CaseEvent[]): CaseState => events.reduce(evolve, initialState());

/** The events a step must emit, each named by its type; `data` lists only the fields the test is about. */
export type ExpectedEvent = {
  readonly [T in CaseEventType]: { type: T; data?: Partial<Extract<CaseEvent, { type: T }>['data']> };
}[CaseEventType];

/**
 * `given(events).when(command).then(events)`, `.thenEmits(shapes)` or `.thenThrows(code)`, in the professional's
 * order of the story. A `when` is nothing until one of them states what must come of it.
 */
export function given(events: readonly CaseEvent[]) {
  return {
    when(command: CaseCommand, now: Date = NOW) {
      const act = () => decide(command, stateAfter(events), now);
      return {
        then(expected: readonly CaseEvent[]): void {
          expect(act()).toEqual(expected);
        },
        /** For a test about a few fields (a computed deadline, say): the same events, in order, each matching its shape. */
        thenEmits(expected: readonly ExpectedEvent[]): CaseEvent[] {
          const events = act();
          expect(events).toMatchObject(expected);
          return events;
        },
        thenThrows(code: DomainErrorCode): DomainError {
          let refusal: unknown;
          try {
            act();
          } catch (error) {
            refusal = error;
          }
          expect(refusal).toBeInstanceOf(DomainError);
          expect((refusal as DomainError).code).toBe(code);
          return refusal as DomainError;
        },
      };
    },
  };
}
