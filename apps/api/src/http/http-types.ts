import type { IncomingMessage, ServerResponse } from 'node:http';

// The few Express request/response members the edge uses (@types/express is not installed).

export type HttpRequest = IncomingMessage & {
  readonly method: string;
  readonly path: string;
  readonly ip?: string;
  readonly params: Record<string, string | undefined>;
  readonly route?: { path?: string };
  header(name: string): string | undefined;
};

export type HttpResponse = ServerResponse & {
  status(code: number): HttpResponse;
  type(contentType: string): HttpResponse;
  send(body: string): HttpResponse;
};

export type Next = (error?: unknown) => void;
