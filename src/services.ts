import type { Logger } from './platform/logger.js';
import { DomainEvents } from './platform/domain-events.js';
import { loadReferenceData, type ReferenceData } from './modules/reference/reference-data.js';

export interface ServiceOptions {
  logger: Logger;
}

/** The use-case services of every module, built once and shared by the HTTP app, the seed and the jobs. */
export interface Services {
  logger: Logger;
  events: DomainEvents;
  reference: ReferenceData;
}

export function createServices(options: ServiceOptions): Services {
  const events = new DomainEvents();
  const reference = loadReferenceData();
  return { logger: options.logger, events, reference };
}
