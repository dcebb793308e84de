import {
  context,
  ROOT_CONTEXT,
  trace,
  TraceFlags,
  type Attributes,
  type Context,
  type ContextManager,
  type Span,
  type SpanContext,
  type SpanOptions,
  type SpanStatus,
  type Tracer,
  type TracerProvider,
} from '@opentelemetry/api';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

export type FinishedSpan = Readonly<{
  name: string;
  attributes: Attributes;
  status: SpanStatus;
  spanId: string;
  parentSpanId?: string;
  traceId: string;
}>;

/** What an SDK would export, kept in memory: just enough of the API's interfaces to see Casus's spans. */
class RecordingSpan implements Span {
  private readonly attributes: Attributes;
  private status: SpanStatus = { code: 0 };
  private readonly context: SpanContext;

  constructor(
    private name: string,
    options: SpanOptions,
    private readonly parent: SpanContext | undefined,
    private readonly finished: FinishedSpan[],
  ) {
    this.attributes = { ...options.attributes };
    this.context = {
      traceId: parent?.traceId ?? randomBytes(16).toString('hex'),
      spanId: randomBytes(8).toString('hex'),
      traceFlags: TraceFlags.SAMPLED,
    };
  }

  spanContext = () => this.context;
  setAttribute = (key: string, value: Attributes[string]) => ((this.attributes[key] = value), this);
  setAttributes = (attributes: Attributes) => (Object.assign(this.attributes, attributes), this);
  addEvent = () => this;
  addLink = () => this;
  addLinks = () => this;
  setStatus = (status: SpanStatus) => ((this.status = status), this);
  updateName = (name: string) => ((this.name = name), this);
  isRecording = () => true;
  recordException = () => undefined;
  end = () =>
    void this.finished.push({
      name: this.name,
      attributes: this.attributes,
      status: this.status,
      spanId: this.context.spanId,
      parentSpanId: this.parent?.spanId,
      traceId: this.context.traceId,
    });
}

class AsyncLocalContextManager implements ContextManager {
  private readonly storage = new AsyncLocalStorage<Context>();
  active = () => this.storage.getStore() ?? ROOT_CONTEXT;
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    ctx: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    return this.storage.run(ctx, () => fn.call(thisArg, ...args));
  }
  bind = <T>(_ctx: Context, target: T) => target;
  enable = () => this;
  disable = () => (this.storage.disable(), this);
}

/** Registers the recorder as the global provider (as an SDK's `register()` would); returns the finished spans. */
export function recordSpans(): { spans: FinishedSpan[]; stop(): void } {
  const spans: FinishedSpan[] = [];
  const tracer: Tracer = {
    startSpan: (name, options = {}, ctx = context.active()) => new RecordingSpan(name, options, trace.getSpanContext(ctx), spans),
    startActiveSpan: (() => {
      throw new Error('Casus starts spans with startSpan and context.with');
    }) as Tracer['startActiveSpan'],
  };
  const provider: TracerProvider = { getTracer: () => tracer };
  context.setGlobalContextManager(new AsyncLocalContextManager());
  trace.setGlobalTracerProvider(provider);
  return {
    spans,
    stop: () => {
      trace.disable();
      context.disable();
    },
  };
}
