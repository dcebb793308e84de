import type { IncomingMessage } from 'node:http';

/** The parts of Express's request the audit module uses (no dependency on express's typings). */
export type HttpRequest = IncomingMessage & {
  method: string;
  path: string;
  ip?: string;
  params: Record<string, string | undefined>;
  route?: { path?: string };
};
