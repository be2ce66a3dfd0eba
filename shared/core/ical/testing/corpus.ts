// Test helpers: read a corpus fixture (shared/core/ical/fixtures, byte-exact copies of
// shared/corpus/ics) through readAgenda.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAgenda, type Agenda, type AgendaOptions } from '../agenda.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const VISIO_INSTANCES = ['https://visio.numerique.gouv.fr'];

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name));
}

/** `from`: an ISO instant; `to`: an ISO instant (exclusive). */
export function agendaOf(name: string, from: string, to: string, extra: Partial<AgendaOptions> = {}): Agenda {
  const fromDate = new Date(from);
  const days = (Date.parse(to) - fromDate.getTime()) / 86_400_000;
  return readAgenda(fixtureBytes(name), { from: fromDate, days, instances: VISIO_INSTANCES, ...extra });
}
