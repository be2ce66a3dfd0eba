import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LANGS } from '../i18n/lang.ts';
import { newMeeting } from '../meeting/room.ts';
import { DEFAULT_PROFILE } from '../profile/default-profile.ts';
import { renderInvite } from './render.ts';

/**
 * Meet only lets a caller into a room with its PIN, and PINs exist only for rooms the server made
 * (notes/visio-meet.md §0, §3): the number alone reaches no room, so invitations show it with a PIN
 * only, and the documentation must say so rather than promise a number in every invitation.
 */
describe('dial-in number', () => {
  const profile = { ...DEFAULT_PROFILE, dialInNumber: '+33 9 01 02 03 04' };

  it('is not shown for a client-generated room (roomMode random has no PIN)', () => {
    const meeting = newMeeting(profile);
    for (const lang of LANGS) {
      const { text, html } = renderInvite(profile, lang, meeting);
      assert.ok(!text.includes('+33 9') && !html.includes('tel:'), `${lang}: ${text}`);
    }
  });

  it('is documented as shown only when the meeting has a PIN', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'profile.md'), 'utf8');
    const row = doc.split('\n').find((line) => line.startsWith('| `dialInNumber`')) ?? '';
    assert.match(row, /only when the meeting has a PIN/);
    assert.match(row, /client-generated rooms .*none/i);
  });
});
