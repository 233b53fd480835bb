import type { Logger } from './platform/logger.js';

export interface ServiceOptions {
  logger: Logger;
}

/** The use-case services of every module, built once and shared by the HTTP app, the seed and the jobs. */
export interface Services {
  logger: Logger;
}

export function createServices(options: ServiceOptions): Services {
  return { logger: options.logger };
}
