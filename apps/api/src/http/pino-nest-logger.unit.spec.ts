import pino from 'pino';
import { PinoNestLogger } from './pino-nest-logger';

describe('PinoNestLogger', () => {
  const written = (log: (logger: PinoNestLogger) => void) => {
    const lines: Record<string, unknown>[] = [];
    const base = pino(
      { level: 'trace', base: undefined, timestamp: false },
      { write: (line: string) => void lines.push(JSON.parse(line)) },
    );
    log(new PinoNestLogger(base));
    return lines;
  };

  it('writes Casus\'s "(fields, message)" with the logger\'s name as context', () => {
    expect(written((logger) => logger.warn({ correlationId: 'c-1' }, 'event store unavailable', 'Errors'))).toEqual([
      { level: 40, context: 'Errors', correlationId: 'c-1', msg: 'event store unavailable' },
    ]);
  });

  it('reads a fields object and its message without a name as just that', () => {
    expect(written((logger) => logger.warn({ powers: ['owns events'] }, 'can change the record'))).toEqual([
      { level: 40, powers: ['owns events'], msg: 'can change the record' },
    ]);
  });

  it("keeps Nest's own error with its stack, and its start-up chatter at debug", () => {
    expect(
      written((logger) => {
        logger.error('boom', 'Error: boom\n    at here', 'ExceptionsHandler');
        logger.log('Mapped {/cases, POST} route', 'RouterExplorer');
        logger.log('Casus listening', 'Casus');
      }),
    ).toEqual([
      { level: 50, context: 'ExceptionsHandler', err: { stack: 'Error: boom\n    at here' }, msg: 'boom' },
      { level: 20, context: 'RouterExplorer', msg: 'Mapped {/cases, POST} route' },
      { level: 30, context: 'Casus', msg: 'Casus listening' },
    ]);
  });

  it('writes an Error as err, with its message as the line', () => {
    const [line] = written((logger) => logger.error(new Error('key store down'), 'Notary'));
    expect(line).toMatchObject({ level: 50, context: 'Notary', msg: 'key store down', err: { message: 'key store down', type: 'Error' } });
  });
});
