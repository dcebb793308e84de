import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, answered } from '../api/client';
import { ProblemError, problemOf, type Problem } from '../api/problem';
import type { PostPath, StepForm } from './field-spec';
import type { Opening } from './form-state';
import { todayInTheNetherlands } from '../pages/case/dates';

// The registry picks the path at run time, so the client cannot type the body here: form-rules.unit.spec.ts holds each
// form's fields to the path's request schema instead.
type Post = (
  path: PostPath,
  init: { params: { path: { caseId?: string } }; body: unknown },
) => Promise<{ error?: unknown; response: Response }>;
const post = api.POST as unknown as Post;

/** Where the case page shows what was just done (role="status"). */
export type StepDone = Readonly<{ confirmation: string }>;

/**
 * Sends a step, against the revision the form was opened at when it knows one (a change by someone else in between is
 * refused as a conflict, never retried silently), and after it was taken goes to the case page (or `then`, a family's
 * own file) with a confirmation.
 */
export function useStep({
  form,
  caseId,
  revision,
  confirmation,
  then,
}: {
  form: StepForm;
  caseId?: string;
  revision?: number;
  confirmation: string;
  then?: string;
}) {
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [pending, setPending] = useState(false);
  const send = async (body: Record<string, unknown>): Promise<Problem | undefined> => {
    setPending(true);
    try {
      const sent = revision === undefined ? body : { ...body, expectedRevision: revision };
      await answered(post(form.path, { params: { path: { caseId } }, body: sent }));
      // What was read before this step no longer holds.
      await queries.invalidateQueries();
      void navigate(then ?? `/dossiers/${caseId ?? String(body.caseId)}`, { state: { confirmation } satisfies StepDone });
      return undefined;
    } catch (error) {
      return error instanceof ProblemError ? error.problem : problemOf(0, { detail: String(error) });
    } finally {
      setPending(false);
    }
  };
  return { send, pending };
}

/** What a form knows when it opens: the professional, their today, and fresh ids from the browser. */
export const openingFor = (me: Opening['me']): Opening => ({
  me,
  today: todayInTheNetherlands(),
  newId: () => crypto.randomUUID(),
});
