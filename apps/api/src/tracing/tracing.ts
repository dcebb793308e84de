import { context, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';

/**
 * Casus's spans go through the OpenTelemetry API only: without an SDK registered (see the README's
 * tracing section) every call is a no-op. Attributes name types, ids, counts and outcomes, never
 * what a person said or who they are.
 */
export const TRACER_NAME = 'casus';

/** Runs `work` in a span that is the active one for whatever `work` starts (appends, queries). */
export async function inSpan<T>(
  name: string,
  attributes: Attributes,
  work: (span: Span) => Promise<T>,
  outcomeOf?: (error: unknown) => string,
): Promise<T> {
  const span = trace.getTracer(TRACER_NAME).startSpan(name, { kind: SpanKind.INTERNAL, attributes });
  try {
    const result = await context.with(trace.setSpan(context.active(), span), () => work(span));
    span.setAttribute('casus.outcome', 'ok');
    return result;
  } catch (error) {
    const outcome = outcomeOf?.(error) ?? 'error';
    span.setAttribute('casus.outcome', outcome);
    // A refusal by the rules is an answer, not a failure; only what went wrong marks the span as an error.
    if (outcome === 'error' || outcome === 'unavailable') span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.name });
    throw error;
  } finally {
    span.end();
  }
}
