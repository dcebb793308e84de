import type { LoggerService } from '@nestjs/common';
import type { Level, Logger } from 'pino';

// Nest's start-up chatter (every module and route) at debug, so `npm start` shows Casus's own line.
const FRAMEWORK_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/**
 * Nest's log calls, Casus's own through Nest's `Logger` included, as the process's pino lines. Nest hands the
 * logger's name in last (`context`); Casus logs `(fields, message)`, and Nest's own errors `(message, stack)`.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    const context = rest.at(-1);
    this.write(typeof context === 'string' && FRAMEWORK_CONTEXTS.has(context) ? 'debug' : 'info', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: Level, message: unknown, rest: readonly unknown[]): void {
    const params = [...rest];
    // A trailing string is the logger's name, unless it is the message that follows a fields object.
    const named = params.length > (typeof message === 'object' && !(message instanceof Error) ? 1 : 0);
    const context = named && typeof params.at(-1) === 'string' ? params.pop() : undefined;
    const fields: Record<string, unknown> = context === undefined ? {} : { context };
    let text: string | undefined;
    if (message instanceof Error) {
      fields.err = message;
      text = message.message;
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(fields, message);
      text = typeof params[0] === 'string' ? (params.shift() as string) : undefined;
    } else {
      text = String(message);
      if (level === 'error' && typeof params[0] === 'string') fields.err = { stack: params.shift() };
    }
    this.pino[level](fields, text);
  }
}
