// The meeting link of an event, from its fields in the order producers put join links there
// (notes/icalendar.md §3.5): structured properties, then LOCATION, then the descriptions.
import { findMeetingLinks, type FoundLink } from '../meeting/detect.ts';
import type { Provider } from '../meeting/providers.ts';
import type { IcalComponent } from './ical.ts';

export interface EventLink {
  readonly provider: Provider;
  readonly url: string;
}

const TEXT_FIELDS = ['x-google-conference', 'x-microsoft-skypeteamsmeetingurl', 'url', 'location', 'description'] as const;

function conferenceUris(event: IcalComponent): string[] {
  return event.getAllProperties('conference').flatMap((property) => {
    const features = String(property.getParameter('feature') ?? '').toUpperCase();
    // The host-only entry (MODERATOR) is not for attendees.
    if (features.includes('MODERATOR')) return [];
    const value = property.getFirstValue();
    return typeof value === 'string' ? [value] : [];
  });
}

function linksIn(event: IcalComponent, instances: readonly string[]): FoundLink[][] {
  const perField: FoundLink[][] = [];
  for (const uri of conferenceUris(event)) perField.push(findMeetingLinks(uri, instances, { format: 'text' }));
  for (const name of TEXT_FIELDS) {
    for (const property of event.getAllProperties(name)) {
      const value = property.getFirstValue();
      if (typeof value === 'string' && value !== '') perField.push(findMeetingLinks(value, instances, { format: 'text' }));
    }
  }
  for (const property of event.getAllProperties('x-alt-desc')) {
    const value = property.getFirstValue();
    if (typeof value === 'string' && value !== '') perField.push(findMeetingLinks(value, instances, { format: 'html' }));
  }
  return perField;
}

const cache = new WeakMap<IcalComponent, EventLink | null>();

/**
 * The organisation's Visio link wherever it is, else the first link of the first field that has
 * one: a structured property (CONFERENCE, X-GOOGLE-CONFERENCE, Teams' own) beats a copy in prose,
 * which may be stale or anonymised differently (EXPECTED.md, exchange-teams-invite-fle).
 */
export function eventLink(event: IcalComponent, instances: readonly string[]): EventLink | null {
  if (cache.has(event)) return cache.get(event) ?? null;
  const perField = linksIn(event, instances);
  const all = perField.flat();
  const found = all.find((link) => link.provider === 'visio') ?? all[0];
  const link = found ? { provider: found.provider, url: found.url } : null;
  cache.set(event, link);
  return link;
}
