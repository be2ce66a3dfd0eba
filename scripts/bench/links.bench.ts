// Room links and link detection: how long 100,000 new links take, and how long finding the
// meeting links in a 1 MB HTML body (and a 1 MB .ics) takes. Medians of a few runs.
import { findMeetingLinks } from '../../shared/core/meeting/detect.ts';
import { newMeeting } from '../../shared/core/meeting/room.ts';
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import type { BenchResult } from './result.ts';

const VISIO = [DEFAULT_PROFILE.instanceUrl];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A long mail thread: tables, signatures, quoted replies, links of every kind, the Visio one near the end. */
function htmlBody(bytes: number): string {
  const block = [
    '<div class="x_MsoNormal"><p>Bonjour à tous,&nbsp;voici l&#39;ordre du jour 📅 :</p>',
    '<table><tr><td>Point</td><td>Responsable</td></tr><tr><td>Budget 2027</td><td>Mme Dupont</td></tr></table>',
    '<p>Documents : <a href="https://docs.example.org/ordre-du-jour?version=3&amp;lang=fr">ordre du jour</a>, ',
    '<a href="https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fintranet.example.org%2Fnote&amp;data=05%7C01&amp;reserved=0">note</a></p>',
    '<p>Ancienne réunion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d ',
    'et https://us02web.zoom.us/j/81234567890?pwd=abc.</p><blockquote>De : Jean Martin &lt;jean.martin@example.org&gt;<br>',
    'Envoyé : lundi — שלום — اجتماع<br>https://www.example.org/page-longue/avec/un/chemin?x=1#y</blockquote></div>\n',
  ].join('');
  const visio = '<p>Rejoindre la réunion Visio : <a href="https://visio.numerique.gouv.fr/abc-defg-hij">https://visio.numerique.gouv.fr/abc-defg-hij</a></p>';
  return block.repeat(Math.ceil(bytes / block.length)) + visio;
}

/** Worst case for the scan: one line, an address every 60 bytes, half of them wrapped. */
function denseOneLine(bytes: number): string {
  const block = '<p>Voir https://docs.example.org/a?b=1&amp;c=2 et https://zoom.us/j/123456789 puis https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.example.org%2F&amp;data=1</p>';
  return `${block.repeat(Math.ceil(bytes / block.length))}https://visio.numerique.gouv.fr/abc-defg-hij`;
}

function icsFeed(bytes: number): string {
  const event = [
    'BEGIN:VEVENT', 'UID:evt@example.org', 'DTSTART:20270115T090000Z', 'SUMMARY:Réunion\\, point d\'étape',
    'DESCRIPTION:Ordre du jour\\nhttps://docs.example.org/ordre-du-jour?version=3&lang=fr\\nRejoindre : https://visio.numerique.gouv.fr/abc-de',
    ' fg-hij\\n', 'LOCATION:Salle 4.12\\; https://visio.numerique.gouv.fr/abc-defg-hij', 'END:VEVENT',
  ].join('\r\n');
  return `BEGIN:VCALENDAR\r\n${`${event}\r\n`.repeat(Math.ceil(bytes / event.length))}END:VCALENDAR\r\n`;
}

export async function bench(): Promise<BenchResult[]> {
  const html = htmlBody(1024 * 1024);
  const ics = icsFeed(1024 * 1024);
  const dense = denseOneLine(1024 * 1024);
  // Warm up the JIT so the medians measure steady state.
  findMeetingLinks(html, VISIO);
  for (let i = 0; i < 1000; i += 1) newMeeting(DEFAULT_PROFILE);

  return [
    { name: 'generate 100,000 room links', value: time(5, () => { for (let i = 0; i < 100_000; i += 1) newMeeting(DEFAULT_PROFILE); }), unit: 'ms', budget: 1000 },
    { name: `find meeting links in a ${(html.length / 1048576).toFixed(1)} MB HTML body`, value: time(5, () => findMeetingLinks(html, VISIO)), unit: 'ms', budget: 300 },
    { name: 'find meeting links in 1 MB on one line, a link every 60 B', value: time(5, () => findMeetingLinks(dense, VISIO)), unit: 'ms', budget: 600 },
    { name: `find meeting links in a ${(ics.length / 1048576).toFixed(1)} MB .ics`, value: time(5, () => findMeetingLinks(ics, VISIO)), unit: 'ms', budget: 300 },
  ];
}
