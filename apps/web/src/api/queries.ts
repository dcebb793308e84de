import { QueryClient } from '@tanstack/react-query';
import { ProblemError } from './problem';

/** The app's one cache of answers; emptied whenever someone signs in or out. */
export const queries = new QueryClient({
  defaultOptions: {
    // A refusal is an answer, not a hiccup: asking again would only repeat it.
    queries: { retry: (count, error) => !(error instanceof ProblemError && error.problem.status < 500) && count < 2 },
  },
});
