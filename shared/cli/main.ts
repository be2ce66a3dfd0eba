import { readFileSync } from 'node:fs';
import { UsageError, type CliIo, type Command } from './command.ts';

const COMMANDS = ['link', 'invite', 'ics', 'detect', 'agenda'] as const;

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // Synchronous: fs/promises cannot read file descriptor 0 on Node 20.
  readStdin: async () => readFileSync(0, 'utf8'),
  readStdinBytes: async () => readFileSync(0),
};

async function load(name: string): Promise<Command> {
  const module = (await import(`./commands/${name}.ts`)) as { command: Command };
  return module.command;
}

async function help(io: CliIo): Promise<void> {
  io.stdout('Usage: visio <command> [options]   (every command takes --profile FILE)\n\n');
  for (const name of COMMANDS) io.stdout(`  ${(await load(name)).usage}\n`);
}

/**
 * Messages quote what the user typed and what libraries said: a newline or a terminal escape in
 * there would break the one-line promise (and could repaint the terminal), so they become spaces.
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

let pipeWatched = false;

/**
 * `visio detect big.html | head -1`: once the reader has gone, writing fails with EPIPE, which Node
 * reports as an uncaught error with a stack trace. The reader asked for no more: stop quietly.
 * Any other failure to write standard output: one line, exit 1.
 */
function watchStdout(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`visio: cannot write the output (${error.code ?? error.message})\n`);
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) watchStdout();
  const [name, ...args] = argv;
  if (name === undefined) {
    // Like any bad argument: one line, so a script's log stays readable.
    io.stderr(`visio: missing command (try: ${COMMANDS.join(', ')}; visio --help)\n`);
    return 2;
  }
  if (name === 'help' && args[0] !== undefined && (COMMANDS as readonly string[]).includes(args[0])) {
    return main([args[0], '--help'], io);
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    await help(io);
    return 0;
  }
  if (!(COMMANDS as readonly string[]).includes(name)) {
    io.stderr(`visio: unknown command "${oneLine(name)}" (try: ${COMMANDS.join(', ')}; visio --help)\n`);
    return 2;
  }
  const command = await load(name);
  // Help wins over everything else on the line (before a `--`), as in most command lines.
  const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (options.includes('--help') || options.includes('-h')) {
    io.stdout(`${command.summary}.\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`visio ${name}: ${oneLine(error.message)}\n`);
      return 2;
    }
    io.stderr(`visio ${name}: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}
