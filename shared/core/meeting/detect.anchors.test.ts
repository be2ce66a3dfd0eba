import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMeetingLinks } from './detect.ts';

const VISIO = ['https://visio.numerique.gouv.fr'];
const ROOM = 'https://visio.numerique.gouv.fr/abc-defg-hij';
const links = (input: string, format?: 'html' | 'text'): string[] =>
  findMeetingLinks(input, VISIO, format === undefined ? {} : { format }).map((link) => `${link.provider} ${link.url}`);

describe('HTML anchors: the href is what a click follows', () => {
  it('a Visio address shown over another target is not a Visio link', () => {
    assert.deepEqual(links(`<a href="https://evil.example/x">https://visio.numerique.gouv.fr/mis-matc-hhh</a>`), []);
    assert.deepEqual(links(`<p>Rejoindre : <A HREF='https://evil.example/x' target=_blank><b>${ROOM}</b></A></p>`), []);
  });

  it('a Visio address shown over a javascript: link is not a Visio link', () => {
    assert.deepEqual(links(`<a href="javascript:alert(1)">https://visio.numerique.gouv.fr/jsj-sjsj-sjs</a>`), []);
    assert.deepEqual(links(`<a href="javascript&colon;alert(1)">https://visio.numerique.gouv.fr/jsj-sjsj-sjs</a>`), []);
  });

  it('another room shown over a Visio link yields the href room only', () => {
    assert.deepEqual(links(`<a href="${ROOM}">https://visio.numerique.gouv.fr/xyz-abcd-efg</a>`), [`visio ${ROOM}`]);
  });

  it('keeps the link when text and href agree, also through SafeLinks and spelling differences', () => {
    assert.deepEqual(links(`<a href="${ROOM}">${ROOM}</a>`), [`visio ${ROOM}`]);
    assert.deepEqual(links(`<a href="${ROOM}?x=1">${ROOM}/</a>`), [`visio ${ROOM}`]);
    const safelinks = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(ROOM)}&amp;data=05%7C02&amp;reserved=0`;
    const html = `<a href="${safelinks}">${ROOM}</a>`;
    assert.deepEqual(links(html), [`visio ${ROOM}`]);
  });

  it('text outside anchors, anchors without href and plain text keep counting', () => {
    assert.deepEqual(links(`<p>${ROOM}</p><a href="https://evil.example/x">ici</a>`), [`visio ${ROOM}`]);
    assert.deepEqual(links(`<a name="x">${ROOM}</a>`), [`visio ${ROOM}`]);
    assert.deepEqual(links(`<a href="https://evil.example/x">${ROOM}</a>`, 'text'), [`visio ${ROOM}`]);
  });
});
