import type { Logger } from './platform/logger.js';
import { DomainEvents } from './platform/domain-events.js';

export interface ServiceOptions {
  logger: Logger;
}

/** The use-case services of every module, built once and shared by the HTTP app, the seed and the jobs. */
export interface Services {
  logger: Logger;
  events: DomainEvents;
}

export function createServices(options: ServiceOptions): Services {
  const events = new DomainEvents();
  return { logger: options.logger, events };
}
