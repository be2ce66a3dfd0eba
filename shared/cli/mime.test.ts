import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodeQuotedPrintable, looksLikeMessage, messageParts } from './mime.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));
const bytes = (text: string) => Buffer.from(text, 'latin1');

describe('mime: is it a mail?', () => {
  it('knows a saved mail by its header block', () => {
    for (const name of ['qp-html.eml', 'b64-alternative.eml', 'mixed-ics-attachment.eml']) assert.equal(looksLikeMessage(fixture(name)), true, name);
  });
  it('takes a mail saved from an mbox, with its "From " envelope line', () => {
    const mail = Buffer.concat([Buffer.from('From agent@example.gouv.fr Thu Jan 14 09:00:00 2027\n'), fixture('qp-html.eml')]);
    assert.equal(looksLikeMessage(mail), true);
    assert.match(messageParts(mail)[0]?.text ?? '', /visio\.numerique\.gouv\.fr\/qpe-mlqp-abc"/);
  });
  it('does not take an .ics file, an HTML page or plain text for a mail', () => {
    assert.equal(looksLikeMessage(bytes('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nLOCATION:https://x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')), false);
    assert.equal(looksLikeMessage(bytes('<html><body>Content-Type: text/html\n\nhello</body></html>')), false);
    assert.equal(looksLikeMessage(bytes('Note: meeting at 10\nRoom: 4.12\n\nhttps://visio.numerique.gouv.fr/abc-defg-hij\n')), false, 'no MIME header');
  });
});

describe('mime: decoding', () => {
  it('quoted-printable: =XX bytes, soft line breaks (with trailing blanks), a lone = kept', () => {
    assert.equal(Buffer.from(decodeQuotedPrintable('r=C3=A9u=\nnion =  \r\nici a=b')).toString('utf8'), 'réunion ici a=b');
  });
  it('a quoted-printable HTML mail: one part, the link whole again', () => {
    const parts = messageParts(fixture('qp-html.eml'));
    assert.equal(parts.length, 1);
    assert.equal(parts[0]?.contentType, 'text/html');
    assert.match(parts[0]?.text ?? '', /href="https:\/\/visio\.numerique\.gouv\.fr\/qpe-mlqp-abc">https:\/\/visio\.numerique\.gouv\.fr\/qpe-mlqp-abc</);
    assert.match(parts[0]?.text ?? '', /réunion/);
  });
  it('multipart/alternative: base64 UTF-8 text and windows-1252 quoted-printable HTML', () => {
    const parts = messageParts(fixture('b64-alternative.eml'));
    assert.deepEqual(parts.map((p) => p.contentType), ['text/plain', 'text/html']);
    assert.match(parts[0]?.text ?? '', /^Réunion d'équipe\nRejoindre : https:\/\/visio\.numerique\.gouv\.fr\/bsf-ourt-xyz\n/);
    assert.match(parts[1]?.text ?? '', /^<p>Réunion € <a href="https:\/\/zoom\.us\/j\/98765432100">/);
  });
  it('nested multiparts: latin1 8bit text and an .ics attachment kept, an image skipped', () => {
    const parts = messageParts(fixture('mixed-ics-attachment.eml'));
    assert.deepEqual(parts.map((p) => p.contentType), ['text/plain', 'text/calendar']);
    assert.equal(parts[0]?.text.trim(), 'Voir la pièce jointe pour la réunion.');
    assert.match(parts[1]?.text ?? '', /^BEGIN:VCALENDAR\r\n/);
  });
  it('an .ics attachment named in an encoded word or with RFC 2231 is read as a calendar', () => {
    for (const header of ['Content-Type: application/octet-stream; name="=?utf-8?Q?r=C3=A9union.ics?="', "Content-Type: application/octet-stream\nContent-Disposition: attachment; filename*=utf-8''r%C3%A9union.ics"]) {
      const mail = `MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\n${header}\n\nBEGIN:VCALENDAR\n--b--\n`;
      assert.deepEqual(messageParts(bytes(mail)), [{ contentType: 'text/calendar', text: 'BEGIN:VCALENDAR' }], header);
    }
  });
  it('a mail without Content-Type is UTF-8 text; an unknown charset falls back to UTF-8', () => {
    assert.deepEqual(messageParts(Buffer.from('MIME-Version: 1.0\n\nhé\n')), [{ contentType: 'text/plain', text: 'hé\n' }]);
    assert.deepEqual(messageParts(Buffer.from('Content-Type: text/plain; charset=x-unknown\n\nhé')), [{ contentType: 'text/plain', text: 'hé' }]);
  });
  it('a truncated multipart (no closing boundary) keeps its last part', () => {
    const parts = messageParts(bytes('Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\none\n--b\n\ntwo'));
    assert.deepEqual(parts.map((p) => p.text), ['one', 'two']);
  });
  it('a forwarded mail (message/rfc822) is read inside; a boundary with regex characters is matched literally', () => {
    const inner = 'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n' + Buffer.from('Lien : https://visio.numerique.gouv.fr/fwd-mess-age').toString('base64') + '\n';
    const outer = `MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="a.b+(c)*"\n\n--a.b+(c)*\nContent-Type: text/plain\n\nVoir ci-dessous.\n--a.b+(c)*\nContent-Type: message/rfc822\n\n${inner}--a.b+(c)*--\n`;
    assert.deepEqual(messageParts(bytes(outer)).map((p) => p.text.trim()), ['Voir ci-dessous.', 'Lien : https://visio.numerique.gouv.fr/fwd-mess-age']);
  });
});

