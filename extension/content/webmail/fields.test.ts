// insertRich: our invitation HTML goes into a rich editor as whole nodes of its own, the user's
// nodes untouched. (That the markup is parsed inert is web-ext lint's check, extension/web-ext-lint.test.ts:
// jsdom runs no script from either parse, so a test here could not tell them apart.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { insertRich } from './fields.ts';

function editor(inner: string) {
  const dom = new JSDOM(`<!doctype html><body><div id="ed" contenteditable="true">${inner}</div></body>`);
  const element = dom.window.document.getElementById('ed') as HTMLElement;
  return { element };
}

describe('insertRich', () => {
  it('appends our block as separate nodes after the user\'s paragraph, which stays byte for byte', () => {
    const { element } = editor('<p>Ordre du jour</p>');
    const user = element.firstChild;
    insertRich(element, '<p>Réunion Visio</p><p><a href="https://visio.numerique.gouv.fr/abc-defg-hij">lien</a></p>', 'end');
    assert.equal(element.innerHTML, '<p>Ordre du jour</p><p>Réunion Visio</p><p><a href="https://visio.numerique.gouv.fr/abc-defg-hij">lien</a></p>');
    assert.equal(element.firstChild, user);
    assert.equal(element.children[1]!.ownerDocument, element.ownerDocument);
  });

  it('puts the block first at start, and the editor hears one input event', () => {
    const { element } = editor('<p>texte</p>');
    const events: string[] = [];
    element.addEventListener('input', (event) => events.push((event as InputEvent).inputType));
    insertRich(element, '<div>bloc</div>', 'start');
    assert.equal(element.innerHTML, '<div>bloc</div><p>texte</p>');
    assert.deepEqual(events, ['insertFromPaste']);
  });
});
