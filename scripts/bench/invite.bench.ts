// Insert and remove an invitation block in 1 MB bodies (plain text and HTML), median of several
// runs. An Outlook event handler has ~300 s but users wait on the button: budgets are 50 ms.
import { insertInvite, removeInvite, type BodyFormat } from '../../shared/core/invite/block.ts';
import { renderInvite } from '../../shared/core/invite/render.ts';
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import type { BenchResult } from './result.ts';

const RUNS = 15;
const SIZE = 1_000_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(action: () => unknown): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

/** A realistic body: paragraphs, links, a table and a signature, repeated to `SIZE` characters. */
function body(format: BodyFormat): string {
  const unit = format === 'text'
    ? 'Bonjour à tous, voici l’ordre du jour (https://example.org/odj?a=1&b=2) 📅 — שלום\r\n\r\n-- \r\nMarie Dupont, DINUM\r\n'
    : '<p class="MsoNormal">Bonjour à tous, <a href="https://example.org/odj?a=1&amp;b=2">ordre du jour</a> 📅<o:p></o:p></p><table><tr><td>Salle</td><td>4.12</td></tr></table><div id="Signature"><p>Marie Dupont<br>DINUM</p></div>\r\n';
  const inner = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  return format === 'text' ? inner : `<html><head><style>p.MsoNormal{margin:0}</style></head><body>${inner.slice(0, inner.lastIndexOf('\r\n') + 2)}</body></html>`;
}

export async function bench(): Promise<BenchResult[]> {
  const invite = renderInvite({ ...DEFAULT_PROFILE, dialInNumber: '+33 9 01 02 03 04' }, 'fr', { url: 'https://visio.numerique.gouv.fr/abc-defg-hij', slug: 'abc-defg-hij', pin: '0123456789' });
  const results: BenchResult[] = [];
  for (const format of ['text', 'html'] as const) {
    const original = body(format);
    const inserted = insertInvite(original, format, invite, 'bottom');
    if (removeInvite(inserted, format) !== original) throw new Error(`${format}: remove(insert(x)) !== x`);
    const inserts: number[] = [];
    const removes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      inserts.push(time(() => insertInvite(original, format, invite, 'bottom')));
      removes.push(time(() => removeInvite(inserted, format)));
    }
    const size = `${(original.length / 1e6).toFixed(2)} M chars`;
    results.push({ name: `insert block, 1 MB ${format} body (median of ${RUNS})`, value: median(inserts), unit: 'ms', budget: 50, note: size });
    results.push({ name: `remove block, 1 MB ${format} body (median of ${RUNS})`, value: median(removes), unit: 'ms', budget: 50, note: size });
  }
  // Adversarial bodies: what once made a scan quadratic must stay linear.
  const adversarial: Array<[string, BodyFormat, string]> = [
    ['1 MB of bare tags', 'html', '<p>x</p>'.repeat(125_000)],
    ['1 MB of ═ in one line', 'text', '═'.repeat(SIZE)],
    ['1 MB of ═ as &#9552;', 'html', '&#9552;'.repeat(SIZE / 7)],
    ['1 MB of look-alike opening lines', 'text', '════════ x ════════\n'.repeat(SIZE / 20)],
  ];
  for (const [label, format, original] of adversarial) {
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) times.push(time(() => removeInvite(insertInvite(original, format, invite, 'bottom'), format)));
    results.push({ name: `insert + remove, ${label} (median of 5)`, value: median(times), unit: 'ms', budget: 1000 });
  }
  return results;
}
