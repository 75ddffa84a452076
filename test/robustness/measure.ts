/**
 * Peak memory growth and elapsed time of an operation, for safety bounds (not performance
 * figures): memory is sampled every millisecond while the operation runs (it yields while it
 * inflates) and once more at the end, counting the JS heap plus ArrayBuffers and external memory,
 * which is where inflated bytes would live.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};

export interface Measured<T> {
  result: T | undefined;
  error: unknown;
  /** Largest growth over the baseline seen while running, in MB. */
  peakMB: number;
  ms: number;
}

export async function measure<T>(run: () => Promise<T> | T): Promise<Measured<T>> {
  gc();
  const base = used();
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, used())), 1);
  const start = performance.now();
  let result: T | undefined;
  let error: unknown = null;
  try {
    result = await run();
  } catch (e) {
    error = e;
  }
  const ms = performance.now() - start;
  peak = Math.max(peak, used());
  clearInterval(sampler);
  return { result, error, peakMB: (peak - base) / 1048576, ms };
}
