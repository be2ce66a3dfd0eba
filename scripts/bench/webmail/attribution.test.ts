import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attribute, pageThread, type TraceEvent } from './attribution.ts';

const PAGE = 'http://127.0.0.1:8931';
const OURS = 'chrome-extension://abc/content/webmail-sogo.js';
const main = { pid: 10, tid: 10 };

function span(name: string, ts: number, dur: number, data: Record<string, unknown> = {}, extra: Partial<TraceEvent> = {}): TraceEvent {
  return { name, ph: 'X', ts, dur, tdur: dur / 2, ...main, args: { data }, ...extra } as TraceEvent;
}

function mojo(ts: number, dur: number, tag: string): TraceEvent {
  return { name: 'Receive mojo message', ph: 'X', ts, dur, ...main, args: { chrome_mojo_event_info: { mojo_interface_tag: tag } } };
}

test('the content script\'s evaluation counts once, its compile inside it not again', () => {
  const result = attribute([
    span('RunTask', 0, 6000),
    span('EvaluateScript', 100, 5000, { url: OURS }),
    span('v8.compile', 110, 3000, { url: OURS }),
    span('EvaluateScript', 7000, 9000, { url: `${PAGE}/app.js` }),
  ], main);
  assert.equal(result.wallMs, 5);
  assert.equal(result.cpuMs, 2.5);
  assert.equal(result.byShare.script, 5);
});

test('our observer callback inside the page\'s script counts, the page\'s script does not', () => {
  const result = attribute([
    span('FunctionCall', 0, 10_000, { url: `${PAGE}/angular.js` }),
    span('FunctionCall', 9000, 200, { url: OURS, scriptId: '34', lineNumber: 18, columnNumber: 2428 }),
    span('FunctionCall', 20_000, 300, { url: OURS, scriptId: '34', lineNumber: 18, columnNumber: 2428 }),
  ], main);
  assert.equal(result.wallMs, 0.5);
  assert.deepEqual(result.callsByFunction.get('34:18:2428'), { count: 2, wallMs: 0.5 });
});

test('a frame callback that is ours counts with its wrapper; one of the page\'s does not', () => {
  const result = attribute([
    span('FireAnimationFrame', 0, 1000),
    span('FunctionCall', 50, 900, { url: OURS }),
    span('FireAnimationFrame', 2000, 1000),
    span('FunctionCall', 2050, 900, { url: `${PAGE}/material.js` }),
  ], main);
  assert.equal(result.wallMs, 1);
  assert.equal(result.byShare.callbacks, 1);
});

test('an extension message and the microtasks it resumes count; page messages and frame notices do not', () => {
  const result = attribute([
    span('RunTask', 0, 4000),
    span('ThreadControllerImpl::RunTask', 10, 600),
    mojo(20, 500, 'extensions.mojom.MessagePort'),
    span('BlinkScheduler_PerformMicrotaskCheckpoint', 700, 3000),
    span('RunTask', 5000, 4000),
    mojo(5020, 500, 'network.mojom.URLLoaderClient'),
    span('BlinkScheduler_PerformMicrotaskCheckpoint', 5700, 3000),
    span('RunTask', 10_000, 1000),
    mojo(10_020, 500, 'extensions.mojom.LocalFrame'),
    span('BlinkScheduler_PerformMicrotaskCheckpoint', 10_600, 300),
  ], main);
  assert.equal(result.wallMs, 3.5);
  assert.equal(result.byShare.extensionIpc, 3.5);
});

test('another thread running extension code (the service worker) is not the page\'s', () => {
  const worker = { pid: 20, tid: 21 };
  const events = [
    span('FunctionCall', 0, 100, { url: `${PAGE}/app.js` }),
    span('FunctionCall', 200, 100, { url: `${PAGE}/app.js` }),
    { ...span('FunctionCall', 0, 5000, { url: 'chrome-extension://abc/background.js' }), ...worker },
  ];
  assert.deepEqual(pageThread(events, PAGE), main);
  assert.equal(attribute(events, main).wallMs, 0);
});

test('B/E pairs are read as spans', () => {
  const result = attribute([
    { name: 'FunctionCall', ph: 'B', ts: 0, ...main, args: { data: { url: OURS } } },
    { name: 'FunctionCall', ph: 'E', ts: 700, ...main },
  ], main);
  assert.equal(result.wallMs, 0.7);
});

test('a main-frame world made after the commit is the content script\'s; the page\'s own, made in the commit, is not', () => {
  const world = (ts: number, dur: number, isMainFrame: boolean): TraceEvent => ({ name: 'LocalWindowProxy::Initialize', ph: 'X', ts, dur, ...main, args: { IsMainFrame: isMainFrame } });
  const result = attribute([
    mojo(0, 10_000, 'content.mojom.NavigationClient'),
    world(5000, 4000, true),
    world(20_000, 2000, true),
    world(30_000, 3000, false),
  ], main);
  assert.equal(result.wallMs, 2);
  assert.equal(result.byShare.injection, 2);
});
