// The template filler on small templates: what it writes, and every mistake it must refuse.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { fillXmlTemplate, TemplateError, type TemplateValues } from './template.ts';

function values(scalars: Record<string, string>, lists: Record<string, string[]> = {}): TemplateValues {
  return { scalars: new Map(Object.entries(scalars)), lists: new Map(Object.entries(lists)) };
}

function parse(xml: string): Document {
  const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  assert.equal(doc.getElementsByTagName('parsererror').length, 0, xml);
  return doc;
}

/** The problems a fill reports, or a failure when it does not throw. */
function problems(template: string, given: TemplateValues): string[] {
  try {
    fillXmlTemplate(template, given);
  } catch (error) {
    assert.ok(error instanceof TemplateError, String(error));
    return [...error.problems];
  }
  return assert.fail('the template was accepted');
}

describe('fillXmlTemplate', () => {
  test('a hostile value reads back unchanged, in an attribute and in text, and adds no element', () => {
    const hostile = `Réunions & Co <test> "quoted" 'single' ]]><x/> tab\there\nnew line`;
    const xml = fillXmlTemplate('<a>\n  <b name="{{v}}">{{v}}</b>\n</a>', values({ v: hostile }));
    const doc = parse(xml);
    const b = doc.getElementsByTagName('b')[0];
    assert.equal(b?.getAttribute('name'), hostile);
    assert.equal(b?.textContent, hostile);
    assert.equal(doc.getElementsByTagName('x').length, 0);
  });

  test('{{each}} writes its line once per value, and none for an empty list', () => {
    const template = '<a>\n  <d>{{each domain}}</d>\n  <e>{{each none}}</e>\n</a>';
    const doc = parse(fillXmlTemplate(template, values({}, { domain: ['https://a.example', 'https://b.example:8443'], none: [] })));
    assert.deepEqual([...doc.getElementsByTagName('d')].map((d) => d.textContent), ['https://a.example', 'https://b.example:8443']);
    assert.equal(doc.getElementsByTagName('e').length, 0);
  });

  test('notes (<!--# ... -->) are dropped, ordinary comments kept', () => {
    const template = '<?xml version="1.0"?>\n<!--# one-line note {{not.a.placeholder}} -->\n<!--#\n  note over\n  lines\n-->\n<!-- kept -->\n<a>{{v}}</a>';
    const xml = fillXmlTemplate(template, values({ v: '1' }));
    assert.equal(xml, '<?xml version="1.0"?>\n<!-- kept -->\n<a>1</a>');
  });

  test('an unknown placeholder is refused, with its name and line', () => {
    assert.deepEqual(problems('<a>\n<b>{{typo}}</b>\n</a>', values({})), ['line 2: unknown placeholder {{typo}}']);
    assert.deepEqual(problems('<a>{{each typo}}</a>', values({})), ['line 1: unknown list {{each typo}}']);
  });

  test('a malformed placeholder is refused rather than copied', () => {
    for (const broken of ['<a>{{ v }}</a>', '<a>{{v}</a>', '<a>{v}}</a>', '<a b="{{v">x</a>']) {
      const found = problems(broken, values({ v: '1' }));
      assert.ok(found.some((problem) => problem.startsWith('line 1: malformed placeholder')), `${broken}: ${found.join('; ')}`);
    }
  });

  test('a value the template does not use is refused (a string or icon left out)', () => {
    assert.deepEqual(problems('<a>{{v}}</a>', values({ v: '1', 'de:Group.Label': 'x' }, { appDomain: ['y'] })),
      ['the template no longer uses: {{de:Group.Label}}, {{each appDomain}}']);
  });

  test('a placeholder on a comment line, {{each}} beside another placeholder, an unclosed note', () => {
    assert.match(problems('<!-- {{v}} -->\n<a/>', values({ v: '1' })).join(), /line 1: placeholder on a comment line/);
    assert.match(problems('<a b="{{v}}">{{each l}}</a>', values({ v: '1' }, { l: ['x'] })).join(), /must be the only placeholder/);
    assert.match(problems('<!--# open\n<a/>', values({})).join(), /never closed/);
  });

  test('a character XML cannot carry is refused', () => {
    assert.match(problems('<a>{{v}}</a>', values({ v: 'bell\u0007' })).join(), /character XML cannot carry/);
  });

  test('every problem is reported at once', () => {
    assert.equal(problems('<a>{{x}}</a>\n<b>{{y}}</b>', values({ z: '1' })).length, 3);
  });
});
