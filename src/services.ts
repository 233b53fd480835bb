import type { Logger } from './platform/logger.js';
import { DomainEvents } from './platform/domain-events.js';
import { loadConfig, type AppConfig } from './config/env.js';
import { createIdentity, type Identity } from './modules/identity/identity.module.js';
import { loadReferenceData, type ReferenceData } from './modules/reference/reference-data.js';

export interface ServiceOptions {
  logger: Logger;
  /** Defaults to the environment, so tests and tools can build services without passing it. */
  config?: AppConfig;
}

/** The use-case services of every module, built once and shared by the HTTP app, the seed and the jobs. */
export interface Services {
  logger: Logger;
  events: DomainEvents;
  config: AppConfig;
  identity: Identity;
  reference: ReferenceData;
}

export function createServices(options: ServiceOptions): Services {
  const events = new DomainEvents();
  const config = options.config ?? loadConfig();
  const identity = createIdentity(config);
  const reference = loadReferenceData();
  return { logger: options.logger, config, identity, events, reference };
}
