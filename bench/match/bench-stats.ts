import v8 from 'node:v8';
import vm from 'node:vm';
import { percentileOfSorted } from '../../src/modules/reporting/statistics.js';
import { nodeCpuMs } from '../process-cpu.js';

/** A full garbage collection, so memory figures show what is kept rather than build garbage. */
export function garbageCollector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

export interface Timings {
  /** Wall-clock milliseconds, sorted. */
  wall: number[];
  /** CPU milliseconds of this process, sorted: what one core spent, whatever else the machine ran. */
  cpu: number[];
}

/** Runs `fn` once per item and returns sorted wall and CPU latencies in milliseconds. */
export function timeEach<T>(items: readonly T[], fn: (item: T) => void): Timings {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const item of items) {
    const w0 = performance.now();
    const c0 = nodeCpuMs();
    fn(item);
    cpu.push(nodeCpuMs() - c0);
    wall.push(performance.now() - w0);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

/** Wall and CPU seconds of one block. */
export function timeBlock(fn: () => void): { wallS: number; cpuS: number } {
  const w0 = performance.now();
  const c0 = nodeCpuMs();
  fn();
  return { wallS: (performance.now() - w0) / 1000, cpuS: (nodeCpuMs() - c0) / 1000 };
}

export const rssMb = (): number => Math.round(process.memoryUsage().rss / 1e6);

// Timings are sorted once by timeEach, so the three percentiles are read without copying and sorting again.
const triple = (sorted: readonly number[]): string =>
  [50, 95, 99].map((p) => `p${p} ${(percentileOfSorted(sorted, p) ?? NaN).toFixed(2)}`).join('  ') + ' ms';

export function latencyLine(label: string, t: Timings): string {
  return `${label} (n=${t.wall.length}):\n    wall ${triple(t.wall)}\n    cpu  ${triple(t.cpu)}`;
}
