import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { answered } from '../../api/client';
import { ProblemError, problemOf, type Problem } from '../../api/problem';

type Answer = Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * A step taken on the page itself (choose a place, accept a reservation, pause a place): sent through the typed client,
 * refused with the API's words for the form to place, or taken, after which what the page read is read again and
 * `onDone` tells the page's status line (useAnnouncer) with the answer.
 */
export function useInlineStep(post: (body: Record<string, unknown>) => Answer, onDone?: (answer: unknown) => void) {
  const queries = useQueryClient();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const send = async (body: Record<string, unknown> = {}): Promise<Problem | undefined> => {
    setPending(true);
    setDone(false);
    try {
      const answer = await answered(post(body));
      onDone?.(answer);
      await queries.invalidateQueries();
      setDone(true);
      return undefined;
    } catch (error) {
      return error instanceof ProblemError ? error.problem : problemOf(0, { detail: String(error) });
    } finally {
      setPending(false);
    }
  };
  return { send, pending, done };
}
