// A refused copy, as the popup's user reads it: in their language, never the browser's English
// reason (Chromium's "Document is not focused." when the popup lost focus), which goes to the console.
import { afterEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { wordMessage } from '../../shared/ui/i18n/word.ts';
import { copyToClipboard } from './clipboard.ts';

function clipboardThatThrows(error: unknown) {
  const reject = async () => { throw error; };
  Object.defineProperty(globalThis, 'navigator', { value: { clipboard: { write: reject, writeText: reject } }, configurable: true });
}

describe('copyToClipboard', () => {
  const warn = mock.method(console, 'warn', () => undefined);
  afterEach(() => { warn.mock.resetCalls(); });

  it('a refusal by the browser says what to do, in French, and logs the raw error', async () => {
    const raw = new DOMException('Document is not focused.', 'NotAllowedError');
    clipboardThatThrows(raw);
    const result = await copyToClipboard('https://visio.numerique.gouv.fr/abc-defg-hij');
    assert.ok(!result.ok);
    const text = wordMessage('fr', result.error);
    assert.equal(text, 'Le navigateur a refusé la copie (la fenêtre n’était sans doute pas au premier plan) : cliquez dans la fenêtre, puis réessayez.');
    assert.ok(!text.includes('focused'));
    assert.equal(warn.mock.calls[0]?.arguments[1], raw);
  });

  it('any other failure reads as a copy failure with a way out, in the user’s language', async () => {
    clipboardThatThrows(new TypeError('navigator.clipboard.write is not a function'));
    const result = await copyToClipboard('text', '<p>html</p>');
    assert.ok(!result.ok);
    assert.equal(wordMessage('de', result.error), 'Kopieren fehlgeschlagen. Versuchen Sie es erneut, oder markieren Sie den Link und kopieren Sie ihn mit Strg+C.');
  });
});
