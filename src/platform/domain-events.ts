import { EventEmitter } from 'node:events';

/**
 * In-process notifications that a stored record changed, so in-memory indexes (matching, demand)
 * stay in sync with writes made by this process. Other processes catch up by `updatedAt` polling.
 */
export interface DomainEventMap {
  'vacancy.saved': { id: string };
  'vacancy.removed': { id: string };
  'candidate.saved': { id: string };
  'candidate.removed': { id: string };
}

export class DomainEvents {
  private readonly emitter = new EventEmitter();

  emit<K extends keyof DomainEventMap>(name: K, payload: DomainEventMap[K]): void {
    this.emitter.emit(name, payload);
  }

  on<K extends keyof DomainEventMap>(name: K, listener: (payload: DomainEventMap[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
