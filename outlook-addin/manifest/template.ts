// Fills an XML template (manifest/outlook/manifest.template.xml): `{{name}}` placeholders replaced by
// XML-escaped values, `{{each name}}` lines repeated per value, `<!--# ... -->` notes dropped.
// Every mistake is reported at once, with its line, and stops the build: a manifest with a hole or a
// stale placeholder would install and then fail inside Outlook, far from its cause.
import { escapeXml, isXmlText } from './xml.ts';

export interface TemplateValues {
  /** `{{name}}` */
  readonly scalars: ReadonlyMap<string, string>;
  /** `{{each name}}`: the line holding it is written once per value. */
  readonly lists: ReadonlyMap<string, readonly string[]>;
}

const PLACEHOLDER = /\{\{(each )?([A-Za-z0-9._:@/-]+)\}\}/g;

export class TemplateError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Outlook manifest template:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'TemplateError';
  }
}

export function fillXmlTemplate(template: string, values: TemplateValues): string {
  const problems: string[] = [];
  const used = new Set<string>();
  const out: string[] = [];
  let inNote = false;

  const valueOf = (name: string, where: string, value: string | undefined): string => {
    if (value === undefined) {
      problems.push(`${where}: unknown placeholder {{${name}}}`);
      return '';
    }
    if (!isXmlText(value)) problems.push(`${where}: the value of {{${name}}} holds a character XML cannot carry`);
    return escapeXml(value);
  };

  template.split('\n').forEach((line, index) => {
    const where = `line ${index + 1}`;
    if (inNote) {
      inNote = !line.includes('-->');
      return;
    }
    if (line.trimStart().startsWith('<!--#')) {
      inNote = !line.includes('-->');
      return;
    }
    const found = [...line.matchAll(PLACEHOLDER)];
    if (/\{\{|\}\}/.test(line.replace(PLACEHOLDER, ''))) problems.push(`${where}: malformed placeholder in "${line.trim()}"`);
    if (found.length > 0 && line.includes('<!--')) problems.push(`${where}: placeholder on a comment line (comments cannot be escaped)`);
    const each = found.filter((match) => match[1]);
    if (each.length > 0) {
      const name = each[0]?.[2] ?? '';
      if (found.length > 1) problems.push(`${where}: {{each ${name}}} must be the only placeholder on its line`);
      used.add(`each ${name}`);
      const list = values.lists.get(name);
      if (!list) problems.push(`${where}: unknown list {{each ${name}}}`);
      for (const item of list ?? []) out.push(line.replace(PLACEHOLDER, () => valueOf(name, where, item)));
      return;
    }
    out.push(line.replace(PLACEHOLDER, (_match, _each, name: string) => {
      used.add(name);
      return valueOf(name, where, values.scalars.get(name));
    }));
  });
  if (inNote) problems.push('a <!--# note is never closed');
  const unused = [...values.scalars.keys(), ...[...values.lists.keys()].map((name) => `each ${name}`)].filter((name) => !used.has(name));
  if (unused.length > 0) problems.push(`the template no longer uses: ${unused.map((name) => `{{${name}}}`).join(', ')}`);
  if (problems.length > 0) throw new TemplateError(problems);
  return out.join('\n');
}
