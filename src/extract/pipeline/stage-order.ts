// The rules a list of stage declarations keeps, so that the order of the list is the order the data
// needs: a stage never reads a key a later stage writes or amends (it would read it unfinished),
// each key has one writer, and what a stage reads or amends exists by the time it runs.

import type { Stage } from './stage.ts';
import type { StateKey } from './state.ts';

/** Every broken rule, one line each; none for a sound list. */
export function stageOrderProblems(stages: readonly Stage[], initial: readonly StateKey[]): string[] {
  const problems: string[] = [];
  const writer = new Map<StateKey, string>();
  const available = new Set<StateKey>(initial);
  stages.forEach((s, i) => {
    for (const key of s.reads)
      if (s.writes.includes(key) || s.amends.includes(key))
        problems.push(
          `${s.name} lists "${key}" as read and as written or amended: a key it changes is not one of its inputs`,
        );
    for (const key of s.amends) if (s.writes.includes(key)) problems.push(`${s.name} both writes and amends "${key}"`);
    for (const key of [...s.reads, ...s.amends])
      if (!available.has(key)) problems.push(`${s.name} reads or amends "${key}", which nothing before it writes`);
    for (const key of s.writes) {
      if (initial.includes(key)) problems.push(`${s.name} writes "${key}", which the caller gives`);
      else if (writer.has(key)) problems.push(`"${key}" is written by ${writer.get(key)} and by ${s.name}`);
      writer.set(key, s.name);
      available.add(key);
    }
    for (const later of stages.slice(i + 1)) {
      for (const key of s.reads) {
        if (later.writes.includes(key)) problems.push(`${s.name} reads "${key}", which ${later.name} writes after it`);
        if (later.amends.includes(key)) problems.push(`${s.name} reads "${key}", which ${later.name} amends after it`);
      }
    }
  });
  return problems;
}
