/** One `visio <name>` subcommand: shared/cli/commands/<name>.ts exports `command`. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** All of standard input, for `-`. */
  readonly readStdin: () => Promise<string>;
  /** All of standard input as bytes (a saved mail may be latin1); readStdin's UTF-8 when absent. */
  readonly readStdinBytes?: () => Promise<Uint8Array>;
}

export interface Command {
  readonly summary: string;
  readonly usage: string;
  /** Returns the exit code: 0 success, 1 failure, 2 bad arguments. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Thrown for a wrong argument: main prints the one-line message and exits with 2. */
export class UsageError extends Error {}
