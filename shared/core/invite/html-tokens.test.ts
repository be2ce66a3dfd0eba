import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tokenizeHtml, type HtmlToken } from './html-tokens.ts';
import { visibleText } from './visible-text.ts';

const kinds = (source: string) => tokenizeHtml(source).map((t) => (t.kind === 'open' || t.kind === 'close' ? `${t.kind}:${t.name}` : t.kind));

describe('tokenizeHtml', () => {
  it('cuts tags, text and comments, names lower-cased', () => {
    assert.deepEqual(kinds('<P Class="a">Hi <B>there</B></P><!-- x --><br/>'), ['open:p', 'text', 'open:b', 'text', 'close:b', 'close:p', 'comment', 'open:br']);
  });

  it('reads > inside quoted attributes as part of the tag', () => {
    const tokens = tokenizeHtml('<a title="a > b" href=\'x>y\'>link</a>');
    assert.deepEqual(tokens.map((t) => t.kind), ['open', 'text', 'close']);
    assert.equal(tokens[0]?.end, '<a title="a > b" href=\'x>y\'>'.length);
  });

  it('treats script and style contents as raw text, not markup', () => {
    assert.deepEqual(kinds('<script>if (a < b) document.write("</body>")</script><style>p>b{}</style>'), ['open:script', 'raw', 'close:script', 'open:style', 'raw', 'close:style']);
  });

  it('a < that starts no tag is text', () => {
    assert.deepEqual(kinds('1 < 2 and 3 <4'), ['text']);
  });

  it('reports constructs left open at the end', () => {
    assert.deepEqual(kinds('<p>ok</p><!-- never closed'), ['open:p', 'text', 'close:p', 'unterminated']);
    assert.deepEqual(kinds('<p>ok<a href="x'), ['open:p', 'text', 'unterminated']);
    assert.deepEqual(kinds('<p>ok<script>var x'), ['open:p', 'text', 'unterminated']);
  });

  it('covers the whole input, in order, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', '!', '-', '"', "'", '=', 'a', 'p', 's', ' ', '\n', 'é'), maxLength: 80 }), (source) => {
      let at = 0;
      for (const token of tokenizeHtml(source) as HtmlToken[]) {
        assert.ok(token.start >= at && token.end > token.start, JSON.stringify(source));
        at = token.end;
      }
      assert.ok(at <= source.length);
    }), { numRuns: 2000 });
  });
});

describe('visibleText', () => {
  it('shows what a reader sees and maps it back to the source', () => {
    const source = '<p>A&amp;B</p><p>&#9552;&boxH;═</p><!-- ═══ --><script>"═"</script>';
    const view = visibleText(source, tokenizeHtml(source));
    assert.equal(view.text, '\nA&B\n\n═══\n');
    const frame = view.text.indexOf('═');
    assert.equal(view.sourceStart(frame), source.indexOf('&#9552;'));
    assert.equal(view.sourceEnd(frame + 2), source.indexOf('═</p>') + 1);
  });
});
