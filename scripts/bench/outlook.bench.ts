// Outlook add-in figures: gzip sizes of what Outlook downloads (office.js excluded: Microsoft's), and
// Office API round trips per insertion, counted on the fake mailbox for every client profile.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { insertVisioMeeting } from '../../outlook-addin/commands/handlers.ts';
import { CLIENTS } from '../../outlook-addin/testing/client-quirks.ts';
import { FakeEvent } from '../../outlook-addin/testing/fake-mailbox.ts';
import { scenario } from '../../outlook-addin/testing/scenario.ts';
import type { BenchResult } from './result.ts';

const dist = join(import.meta.dirname, '../../dist/outlook-addin');

async function gzipKb(...files: string[]): Promise<number> {
  const bytes = await Promise.all(files.map(async (file) => gzipSync(await readFile(join(dist, file)), { level: 9 }).length));
  return bytes.reduce((sum, size) => sum + size, 0) / 1024;
}

export async function bench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [
    { name: 'outlook gzip commands.js (ribbon commands, mobile toggle)', value: await gzipKb('commands.js'), unit: 'KB', budget: 20 },
    { name: 'outlook gzip launchevent.js (automatic Visio, JS-only runtime)', value: await gzipKb('launchevent.js'), unit: 'KB', budget: 20 },
    { name: 'outlook gzip taskpane.js (task pane bundle)', value: await gzipKb('taskpane.js'), unit: 'KB', budget: 35 },
    // The stylesheet is shared/ui's plus a few lines; a separate, cached file, so outside the bundle budget.
    { name: 'outlook gzip taskpane.css', value: await gzipKb('taskpane.css'), unit: 'KB' },
  ];
  for (const client of CLIENTS) {
    const { item, host } = scenario(client);
    await insertVisioMeeting(host, new FakeEvent());
    const notices = item.log.count('notificationMessages.replaceAsync');
    const transient = Object.values(client.transientFailures ?? {}).reduce((sum, count) => sum + (count ?? 0), 0);
    results.push({
      name: `outlook round trips per insertion, ${client.name.replace(/ \(.*$/, '')}`,
      value: item.log.roundTrips - notices,
      unit: 'trips',
      budget: 4,
      note: `${item.log.calls.length - notices} Office calls${transient ? `, incl. ${transient} retry after 5001` : ''}; + ${notices} notice`,
    });
  }
  return results;
}
