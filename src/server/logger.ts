import pino, { type Logger } from 'pino';
import type { Config } from '../config/config.ts';

/**
 * Structured logs (JSON lines on stdout). Keys must never reach a log: Authorization headers and
 * anything named like a key or password are redacted wherever they appear.
 */
export const redactPaths = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  '*.authorization',
  'password',
  '*.password',
  'apiKey',
  '*.apiKey',
];

export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: { app: 'quotegraph' },
    redact: { paths: redactPaths, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
