import { CaseCommand } from '../commands';
import { decide } from '../decide/decide';
import { DomainError, DomainErrorCode } from '../errors';
import { CaseEvent } from '../events';
import { evolve } from '../evolve';
import { CaseState, initialState } from '../state';
import { NOW } from './fixtures';

export const stateAfter = (events: readonly CaseEvent[]): CaseState => events.reduce(evolve, initialState());

/** `given(events).when(command).then(events)` or `.thenThrows(code)`, in the professional's order of the story. */
export function given(events: readonly CaseEvent[]) {
  return {
    when(command: CaseCommand, now: Date = NOW) {
      const act = () => decide(command, stateAfter(events), now);
      return {
        then(expected: readonly CaseEvent[]): void {
          expect(act()).toEqual(expected);
        },
        /** The events, for a test that looks at one field (a computed deadline, say). */
        emitted: (): CaseEvent[] => act(),
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
