// The fake must be as unkind as the clients it stands for, or the suites above prove nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classicWindowsNormalize, macWrapOnRead, owaNormalize } from './client-quirks.ts';
import { FakeAppointment } from './fake-mailbox.ts';
import { CLIENTS } from './client-quirks.ts';

const SAMPLE = '<div id="block" class="visio" data-visio="1"><p class="MsoNormal">Texte</p></div>';

describe('client quirks of the fake mailbox', () => {
  test('Outlook on the web: classes and data-* gone, div turned into p.elementToProof, idempotent', () => {
    const once = owaNormalize(SAMPLE);
    assert.equal(once, '<p class="elementToProof" id="block"><p>Texte</p></p>');
    assert.equal(owaNormalize(once), once);
  });

  test('classic Windows: ids prefixed x_ once, whole Word document with MsoNormal head', () => {
    const once = classicWindowsNormalize(SAMPLE);
    assert.match(once, /id="x_block"/);
    assert.match(once, /<head>[\s\S]*MsoNormal[\s\S]*<\/head>/);
    assert.equal(classicWindowsNormalize(once), once);
  });

  test('Mac: reads come back as a whole document', () => {
    assert.match(macWrapOnRead('<p>x</p>'), /^<html><head>.*<\/head><body><p>x<\/p><\/body><\/html>$/);
  });

  test('Mac: the read right after a write is stale; a 5001 comes first', async () => {
    const mac = CLIENTS.find((client) => client.staleReadsAfterWrite);
    assert.ok(mac);
    const item = new FakeAppointment(mac, { body: '<p>avant</p>' });
    const read = () => new Promise<{ status: string; value: string }>((resolve) => item.body.getAsync('html', resolve));
    assert.equal((await read()).status, 'failed');
    await new Promise((resolve) => item.body.setAsync('<p>après</p>', { coercionType: 'html' }, resolve));
    assert.match((await read()).value, /avant/);
    assert.match((await read()).value, /après/);
  });

  test('phones: a text body refuses HTML writes', async () => {
    const phone = CLIENTS.find((client) => client.textBody);
    assert.ok(phone);
    const item = new FakeAppointment(phone, { body: 'Bonjour' });
    const result = await new Promise<{ status: string }>((resolve) => item.body.setAsync('<p>x</p>', { coercionType: 'html' }, resolve));
    assert.equal(result.status, 'failed');
  });
});
