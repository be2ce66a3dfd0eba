import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { OfficeCallError, officeCallWithRetry } from './async.ts';
import type { AsyncCallback } from './item-api.ts';

/** An Office call that fails with `codes` in turn, then succeeds. */
function flaky(codes: number[]) {
  let calls = 0;
  const start = (callback: AsyncCallback<string>) => {
    const code = codes[calls++];
    setTimeout(() => callback(code === undefined
      ? { status: 'succeeded', value: 'body' }
      : { status: 'failed', value: '', error: { code, name: 'Error', message: 'failed' } }), 0);
  };
  return { start, calls: () => calls };
}

describe('Office calls', () => {
  test('an internal error (5001) is retried, and the call succeeds', async () => {
    const call = flaky([5001, 5001]);
    assert.equal(await officeCallWithRetry('body.getAsync', call.start, [1, 1]), 'body');
    assert.equal(call.calls(), 3);
  });

  test('retries stop after the last delay, with Office\'s code kept', async () => {
    const call = flaky([5001, 5001, 5001, 5001]);
    await assert.rejects(officeCallWithRetry('body.getAsync', call.start, [1, 1]), (error: unknown) =>
      error instanceof OfficeCallError && error.code === 5001);
    assert.equal(call.calls(), 3);
  });

  test('any other refusal is not retried', async () => {
    const call = flaky([9041]);
    await assert.rejects(officeCallWithRetry('body.getAsync', call.start, [1, 1]), /9041/);
    assert.equal(call.calls(), 1);
  });

  test('an exception thrown by Office itself becomes a rejection', async () => {
    await assert.rejects(officeCallWithRetry('body.getAsync', () => { throw new TypeError('not supported'); }), TypeError);
  });
});
