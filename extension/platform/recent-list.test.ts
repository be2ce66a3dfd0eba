import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_RECENT, withLink } from './recent-list.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 9, minute));

test('the newest link comes first, a link used again moves up instead of appearing twice', () => {
  let list = withLink([], 'https://v.fr/aaa-aaaa-aaa', at(0));
  list = withLink(list, 'https://v.fr/bbb-bbbb-bbb', at(1));
  list = withLink(list, 'https://v.fr/aaa-aaaa-aaa', at(2));
  assert.deepEqual(list.map((link) => link.url), ['https://v.fr/aaa-aaaa-aaa', 'https://v.fr/bbb-bbbb-bbb']);
  assert.equal(list[0]?.createdAt, '2026-12-03T09:02:00.000Z');
});

test(`at most ${MAX_RECENT} links are kept`, () => {
  let list: ReturnType<typeof withLink> = [];
  for (let i = 0; i < MAX_RECENT + 5; i += 1) list = withLink(list, `https://v.fr/l${i}`, at(i));
  assert.equal(list.length, MAX_RECENT);
  assert.equal(list[0]?.url, `https://v.fr/l${MAX_RECENT + 4}`);
});
