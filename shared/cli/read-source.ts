import { readFile } from 'node:fs/promises';
import { UsageError, type CliIo } from './command.ts';

/** A file's bytes, or standard input's for `-`; an unreadable file is a bad argument (exit 2). */
export async function readSource(source: string, io: CliIo): Promise<Uint8Array> {
  if (source === '-') return io.readStdinBytes ? io.readStdinBytes() : Buffer.from(await io.readStdin(), 'utf8');
  try {
    return await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot read ${source}${code === '' ? '' : ` (${code})`}`);
  }
}
