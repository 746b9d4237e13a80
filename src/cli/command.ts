import type { Config } from '../config/config.ts';

/** One CLI command; each lives in its own file under src/cli/commands/. */
export interface Command {
  /** words that select it: ["db", "start"] */
  path: string[];
  summary: string;
  usage: string;
  run(args: string[], ctx: CommandContext): Promise<number>;
}

export interface CommandContext {
  config: Config;
  /** progress and human messages (stderr, so stdout stays clean for --json) */
  say: (line: string) => void;
  /** results (stdout) */
  print: (text: string) => void;
}
