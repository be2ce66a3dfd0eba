// Small steps shared by the Chromium and Firefox end-to-end tests (they only use the DOM, so both
// playwright and puppeteer pages can run them through `evaluate`).

/** Puts the caret inside each fixture field: after the text before, before the text after. */
export function placeCaret({ field, before }: { field: 'location' | 'notes' | 'rich'; before: string }): void {
  if (field === 'rich') {
    const paragraph = document.getElementById('rich-caret')!;
    (document.getElementById('rich') as HTMLElement).focus();
    const range = document.createRange();
    range.setStart(paragraph.firstChild!, 'Texte '.length);
    range.collapse(true);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return;
  }
  const element = document.getElementById(field) as HTMLInputElement | HTMLTextAreaElement;
  element.focus();
  element.setSelectionRange(before.length, before.length);
}

export interface FieldState {
  readonly location: string;
  readonly notes: string;
  readonly richText: string;
  readonly richLinks: string[];
  readonly inputEvents: Record<string, number>;
}

export function readFields(): FieldState {
  const rich = document.getElementById('rich')!;
  return {
    location: (document.getElementById('location') as HTMLInputElement).value,
    notes: (document.getElementById('notes') as HTMLTextAreaElement).value,
    // Editors turn a space next to an insertion into U+00A0 so it stays visible: same text to a reader.
    richText: (rich.textContent ?? '').replace(/\u00a0/g, ' '),
    richLinks: [...rich.querySelectorAll('a')].map((a) => a.href),
    inputEvents: { ...(window as unknown as { inputEvents: Record<string, number> }).inputEvents },
  };
}

/** `http://127.0.0.1:1234/visio/abc-defg-hij` under `instance`, the shape Meet's rooms have. */
export function roomPattern(instance: string): RegExp {
  return new RegExp(`^${instance.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[a-z]{3}-[a-z]{4}-[a-z]{3}$`);
}
