import type { ConceptRecognizer } from '../../src/modules/taxonomy/taxonomy.types.js';
import { nodeCpuMs } from '../process-cpu.js';

/** Wraps the recognizer under the engine's memo, so it counts only real recognitions: how many, and their CPU time. */
export function timedRecognizer(recognizer: ConceptRecognizer): { recognizer: ConceptRecognizer; calls: () => number; cpuS: () => number } {
  let calls = 0;
  let spent = 0;
  const timed = <A extends unknown[], R>(fn: (...args: A) => R) => (...args: A): R => {
    const t0 = nodeCpuMs();
    try {
      return fn(...args);
    } finally {
      calls += 1;
      spent += nodeCpuMs() - t0;
    }
  };
  return {
    recognizer: {
      detectLanguage: timed((text) => recognizer.detectLanguage(text)),
      extractSkills: timed((text, options) => recognizer.extractSkills(text, options)),
      classifyOccupation: timed((title, options) => recognizer.classifyOccupation(title, options)),
    },
    calls: () => calls,
    cpuS: () => spent / 1000,
  };
}
