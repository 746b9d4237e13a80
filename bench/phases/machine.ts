import { readFileSync } from 'node:fs';
import os from 'node:os';
import { round } from '../lib/stats.ts';

export const loadavg = () => os.loadavg().map((x) => round(x, 2));

/** share of time runnable tasks waited for a CPU (Linux PSI): the honest measure of a busy machine */
export function cpuPressure(): number | null {
  try {
    return Number(/some avg10=[\d.]+ avg60=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1] ?? NaN);
  } catch {
    return null;
  }
}

/** The machine the figures were taken on, and how busy it was at the start. */
export function describeMachine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    memGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    loadAvgAtStart: loadavg(),
    cpuPressureAvg60AtStart: cpuPressure(),
  };
}
