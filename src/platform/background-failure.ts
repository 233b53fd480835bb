import type { Logger } from './logger.js';

/**
 * The rejection handler of a task the process runs in the background (the matching index build at start).
 * When the process is stopping, the database closes under the task and it fails with a closed-client error:
 * that is an interruption the shutdown asked for, so it is logged at info; any other failure is an error.
 */
export function onBackgroundFailure(logger: Logger, task: string, isStopping: () => boolean): (err: unknown) => void {
  return (err: unknown) => {
    if (isStopping()) logger.info({ task }, `${task} interrupted by shutdown`);
    else logger.error({ err, task }, `${task} failed`);
  };
}
