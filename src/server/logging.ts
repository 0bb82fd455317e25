/**
 * Server logs: structured JSON lines (pino) for deployments, or readable lines (pino-pretty) for a
 * person at a terminal. `LOG_FORMAT` chooses; unset, logs are readable when stdout is a terminal
 * and JSON otherwise, because what reads stdout through a pipe (systemd, containers, process
 * managers, log shippers, tests) expects one JSON document per line.
 *
 * Readable lines are one per event: `[12:00:01.234] INFO: req-1 GET /api/health`, then
 * `[12:00:01.236] INFO: req-1 200 in 1.8 ms`; other fields follow on the same line as JSON.
 * They are written synchronously, like pino's JSON, so they keep their order with the start
 * banner and the last lines are not lost when the process exits.
 */
import type { FastifyServerOptions } from 'fastify';

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** The format in use: the one asked for, else readable on a terminal and JSON on a pipe or file. */
export function resolveLogFormat(asked: LogFormat | undefined, stdoutIsTerminal: boolean): LogFormat {
  return asked ?? (stdoutIsTerminal ? 'pretty' : 'json');
}

type LogRecord = Record<string, unknown>;

/** The message of a readable line: a request as method and URL, its reply as status and time. */
export function readableMessage(log: LogRecord, messageKey: string): string {
  const id = typeof log.reqId === 'string' ? `${log.reqId} ` : '';
  const req = log.req as { method?: string; url?: string } | undefined;
  const res = log.res as { statusCode?: number } | undefined;
  if (req?.method) return `${id}${req.method} ${req.url ?? ''}`;
  if (res?.statusCode !== undefined && typeof log.responseTime === 'number')
    return `${id}${res.statusCode} in ${log.responseTime.toFixed(1)} ms`;
  return `${id}${String(log[messageKey] ?? '')}`;
}

/**
 * Fastify's logger options for a level and a format (JSON: pino's own output on stdout). pino-pretty
 * is loaded only for readable lines, so a server logging JSON does not pay for loading it.
 */
export async function loggerOptions(
  level: string,
  format: LogFormat,
): Promise<NonNullable<FastifyServerOptions['logger']>> {
  if (format === 'json') return { level };
  const { default: pretty } = await import('pino-pretty');
  return {
    level,
    stream: pretty({
      sync: true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,reqId,req,res,responseTime',
      singleLine: true,
      messageFormat: readableMessage,
    }),
  };
}
