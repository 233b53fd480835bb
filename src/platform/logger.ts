import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * One structured logger for the whole process. Personal data never goes in: the redact paths are a
 * safety net for request bodies and headers, not an invitation to log records.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'prima-match' },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.apiKey'],
        censor: '[redacted]',
      },
    },
    destination ?? pino.destination(2),
  );
}
