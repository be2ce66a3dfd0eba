import type { LocalizedMessage } from '../i18n/translate.ts';
import type { InviteMessageKey } from './invite-messages.ts';

/**
 * Invitation templates: an organisation's wording with `{placeholders}` the core fills in.
 * `{{` and `}}` stand for literal braces. A line whose placeholder has no value (no dial-in number,
 * no help page, no notice) is left out, so one template serves every profile; blank lines left
 * doubled or at the edges by that are tidied away. The line holding `{url}` is the exception: it is
 * never left out (an invitation without its link is useless), and validateTemplate refuses an
 * optional placeholder on it.
 */

export const PLACEHOLDERS = ['url', 'appName', 'phone', 'pin', 'helpUrl', 'notice'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Readonly<Record<Placeholder, string>>;
/** Placeholders a profile may leave without a value (their lines disappear). */
export const OPTIONAL_PLACEHOLDERS: readonly Placeholder[] = ['phone', 'pin', 'helpUrl', 'notice'];

type Piece =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly name: Placeholder };

interface Parsed {
  readonly pieces: readonly Piece[];
  readonly errors: readonly LocalizedMessage<InviteMessageKey>[];
}

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** One line (or a whole template) into literal text and placeholders; `offset` numbers errors. */
function parse(text: string, offset = 0): Parsed {
  const pieces: Piece[] = [];
  const errors: LocalizedMessage<InviteMessageKey>[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if ((char === '{' || char === '}') && text[i + 1] === char) {
      literal += char;
      i += 2;
    } else if (char === '{') {
      const close = text.indexOf('}', i + 1);
      const nextOpen = text.indexOf('{', i + 1);
      if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
        errors.push({ key: 'template.unclosedBrace', params: { position: offset + i + 1 } });
        literal += char;
        i += 1;
        continue;
      }
      const name = text.slice(i + 1, close);
      if (isPlaceholder(name)) {
        if (literal !== '') pieces.push({ kind: 'literal', text: literal });
        literal = '';
        pieces.push({ kind: 'placeholder', name });
      } else {
        errors.push({ key: 'template.unknownPlaceholder', params: { placeholder: `{${name}}`, known: PLACEHOLDERS.map((p) => `{${p}}`).join(', ') } });
        literal += text.slice(i, close + 1);
      }
      i = close + 1;
    } else if (char === '}') {
      errors.push({ key: 'template.unopenedBrace', params: { position: offset + i + 1 } });
      literal += char;
      i += 1;
    } else {
      literal += char;
      i += 1;
    }
  }
  if (literal !== '') pieces.push({ kind: 'literal', text: literal });
  return { pieces, errors };
}

/**
 * Everything wrong with a template, as messages for the person who wrote it (empty = usable):
 * unknown placeholders, unbalanced braces, no `{url}`, an optional placeholder (`{phone}`, `{pin}`,
 * `{helpUrl}`, `{notice}`) on the `{url}` line (it would vanish or blank the link line), and lines drawing our block's frame or
 * Meet's (they would make the block unrecognisable, see frame.ts).
 */
export function validateTemplate(text: string): LocalizedMessage<InviteMessageKey>[] {
  if (text.trim() === '') return [{ key: 'template.empty' }];
  const { pieces, errors } = parse(text);
  const found = [...errors];
  if (!pieces.some((piece) => piece.kind === 'placeholder' && piece.name === 'url')) {
    found.push({ key: 'template.missingUrl' });
  }
  for (const line of text.split(/\r\n|\r|\n/)) {
    const names = parse(line).pieces.flatMap((piece) => (piece.kind === 'placeholder' ? [piece.name] : []));
    if (!names.includes('url')) continue;
    for (const name of names.filter((n, at) => OPTIONAL_PLACEHOLDERS.includes(n) && names.indexOf(n) === at)) {
      found.push({ key: 'template.urlLineOptional', params: { placeholder: `{${name}}` } });
    }
  }
  if (/═{3,}/.test(text)) found.push({ key: 'template.reservedLine', params: { character: '═' } });
  if (/─{10,}/.test(text)) found.push({ key: 'template.reservedLine', params: { character: '─' } });
  return found;
}

export interface FillOptions {
  /** Turns template text into output (HTML escaping); identity by default. */
  readonly literal?: (text: string) => string;
  /** Turns a non-empty value into output (escaping, links); identity by default. */
  readonly value?: (name: Placeholder, value: string) => string;
}

/**
 * The template's lines with values filled in, lines whose placeholders are empty left out, and
 * blank lines tidied (no blank first or last line, never two in a row). Line ends come out as `\n`.
 * Meant for templates validateTemplate accepts; in others, unknown placeholders stay as text.
 */
export function fillTemplateLines(template: string, values: TemplateValues, options: FillOptions = {}): string[] {
  const literal = options.literal ?? ((text: string) => text);
  const value = options.value ?? ((_name: Placeholder, text: string) => text);
  const kept: string[] = [];
  for (const line of template.split(/\r\n|\r|\n/)) {
    const { pieces } = parse(line);
    const holdsUrl = pieces.some((piece) => piece.kind === 'placeholder' && piece.name === 'url');
    const hasEmpty = pieces.some((piece) => piece.kind === 'placeholder' && values[piece.name].trim() === '');
    if (hasEmpty && !holdsUrl) continue;
    const filled = hasEmpty
      ? fillWithGaps(pieces, values, literal, value)
      : pieces.map((piece) => (piece.kind === 'literal' ? literal(piece.text) : value(piece.name, values[piece.name]))).join('');
    const blank = filled.trim() === '';
    if (blank && (kept.length === 0 || kept[kept.length - 1]?.trim() === '')) continue;
    kept.push(blank ? '' : filled);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept;
}

/**
 * The `{url}` line when some of its placeholders are empty: those render as nothing, and the
 * spaces around them are not doubled nor left at the line's edges.
 */
function fillWithGaps(
  pieces: readonly Piece[],
  values: TemplateValues,
  literal: (text: string) => string,
  value: (name: Placeholder, text: string) => string,
): string {
  let out = '';
  let gap = false;
  for (const piece of pieces) {
    if (piece.kind === 'placeholder') {
      const given = values[piece.name];
      if (given.trim() === '') {
        gap = true;
        continue;
      }
      out += value(piece.name, given);
    } else {
      const text = gap && (out === '' || /[ \t]$/.test(out)) ? piece.text.replace(/^[ \t]+/, '') : piece.text;
      out += literal(text);
    }
    gap = false;
  }
  return gap ? out.replace(/[ \t]+$/, '') : out;
}

export function fillTemplate(template: string, values: TemplateValues, options: FillOptions = {}): string {
  return fillTemplateLines(template, values, options).join('\n');
}
