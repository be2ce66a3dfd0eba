// Records a Chromium trace through a page's DevTools session (all processes: the page's renderer
// included) and returns its events, streamed back in chunks (IO.read) rather than as thousands
// of protocol messages.
import type { CDPSession } from 'playwright-core';
import type { TraceEvent } from './attribution.ts';

/**
 * What the attribution reads: script events with their url (devtools.timeline, v8), tasks and
 * mojo messages with their interface (toplevel, disabled-by-default-devtools.timeline). The V8
 * sampling profiler and stack categories are left out: they slow the page down.
 */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'toplevel'];

export async function startTrace(session: CDPSession): Promise<void> {
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
}

export async function stopTrace(session: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => { session.once('Tracing.tracingComplete', resolve); });
  await session.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('Chromium returned no trace stream');
  const chunks: string[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = await session.send('IO.read', { handle: stream });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await session.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}
