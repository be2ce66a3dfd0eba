// Argument parsing for the npm scripts (build, start): a wrong argument is one clear line and
// exit code 2, like the `visio` command line, never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseScriptArgs<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    return parseArgs({ options, args: process.argv.slice(2), strict: true, allowPositionals: false }).values;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`${reason}\nUsage: ${usage}`);
    process.exit(2);
  }
}
