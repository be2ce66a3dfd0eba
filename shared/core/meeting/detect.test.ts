import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMeetingLinks, parseVisioUrl, profileInstances, type DetectOptions } from './detect.ts';
import { DEFAULT_PROFILE } from '../profile/default-profile.ts';

const VISIO = ['https://visio.numerique.gouv.fr'];
const ROOM = 'https://visio.numerique.gouv.fr/abc-defg-hij';

function links(input: string, instances: readonly string[] = VISIO, options?: DetectOptions): string[] {
  return findMeetingLinks(input, instances, options).map((link) => `${link.provider} ${link.url}`);
}

/** The link as written in the input, which block and location code cut out. */
function written(input: string, instances: readonly string[] = VISIO): string[] {
  return findMeetingLinks(input, instances).map((link) => input.slice(link.index, link.end));
}

describe('Visio links in plain text', () => {
  const found: Array<[string, string]> = [
    ['bare', `${ROOM}`],
    ['in a sentence', `Rejoindre la réunion : ${ROOM} (lien Visio)`],
    ['full stop', `Le lien : ${ROOM}.`],
    ['comma', `${ROOM}, puis la suite`],
    ['parentheses', `(${ROOM})`],
    ['brackets', `[${ROOM}]`],
    ['angle brackets, as Outlook writes them', `Rejoindre<${ROOM}>`],
    ['double quotes', `"${ROOM}"`],
    ['single quotes', `'${ROOM}'`],
    ['French quotes without spaces', `«${ROOM}»`],
    ['French quotes with no-break spaces', `« ${ROOM} »`],
    ['curly quotes', `“${ROOM}”`],
    ['markdown bold', `**${ROOM}**`],
    ['several punctuation marks', `voir ${ROOM})!?`],
    ['colon and semicolon', `${ROOM}; ${ROOM}:`],
    ['line end (CRLF)', `Lien :\r\n${ROOM}\r\nMerci`],
    ['tab before', `Lien\t${ROOM}`],
    ['encoded > left by a mail client', `${ROOM}%3E`],
    ['query kept out of the url', `${ROOM}?from=outlook-addin`],
    ['fragment', `${ROOM}#join`],
    ['trailing slash', `${ROOM}/`],
    ['upper-case scheme and host', 'HTTPS://VISIO.NUMERIQUE.GOUV.FR/abc-defg-hij'],
    ['explicit default port', 'https://visio.numerique.gouv.fr:443/abc-defg-hij'],
    ["Meet's flexible form, upper case", 'https://visio.numerique.gouv.fr/ABCDEFGHIJ'],
    ["Meet's flexible form, one hyphen", 'https://visio.numerique.gouv.fr/abc-defghij'],
    ['emoji and right-to-left text around', `📅 اجتماع ${ROOM} 🎥`],
  ];
  for (const [name, input] of found) {
    it(name, () => assert.deepEqual(links(input), [`visio ${ROOM}`]));
  }

  it('gives where the link is written, trailing characters left out', () => {
    assert.deepEqual(written(`Le lien : ${ROOM}.`), [ROOM]);
    assert.deepEqual(written(`(${ROOM}?from=outlook-addin).`), [`${ROOM}?from=outlook-addin`]);
    assert.deepEqual(written(`«${ROOM.toUpperCase()}»`), [ROOM.toUpperCase()]);
    const input = `Salle 4.12 ; ${ROOM}`;
    const [link] = findMeetingLinks(input, VISIO);
    assert.equal(link?.index, input.indexOf('https'));
    assert.equal(link?.end, input.length);
  });
});

describe('lookalikes never count', () => {
  const lookalikes: Array<[string, string]> = [
    ['a longer host', 'https://visio.numerique.gouv.fr.example.net/abc-defg-hij'],
    ['a host ending the same', 'https://fauxvisio.numerique.gouv.fr/abc-defg-hij'],
    ['a sibling host', 'https://visio-numerique.gouv.fr/abc-defg-hij'],
    ['the real host as a user name', 'https://visio.numerique.gouv.fr@evil.example/abc-defg-hij'],
    ['credentials on the real host', 'https://user:pass@visio.numerique.gouv.fr/abc-defg-hij'],
    ['an escaped @', 'https://visio.numerique.gouv.fr%40evil.example/abc-defg-hij'],
    ['punycode lookalike of numérique', 'https://visio.xn--numrique-bya.gouv.fr/abc-defg-hij'],
    ['punycode whole host', 'https://xn--visio-numrique-gouv-fr-xyz.example/abc-defg-hij'],
    ['accented IDN host', 'https://visio.numérique.gouv.fr/abc-defg-hij'],
    ['Cyrillic і in visio', 'https://vіsio.numerique.gouv.fr/abc-defg-hij'],
    ['fullwidth dot', 'https://visio.numerique．gouv.fr/abc-defg-hij'],
    ['trailing dot on the host', 'https://visio.numerique.gouv.fr./abc-defg-hij'],
    ['http', 'http://visio.numerique.gouv.fr/abc-defg-hij'],
    ['another port', 'https://visio.numerique.gouv.fr:8443/abc-defg-hij'],
    ['no scheme', 'visio.numerique.gouv.fr/abc-defg-hij'],
    ['protocol-relative', '//visio.numerique.gouv.fr/abc-defg-hij'],
    ['javascript: URL', `<a href="javascript:window.open('${ROOM}')">Rejoindre</a>`],
    ['javascript: URL in text', `javascript:location.href='${ROOM}'`],
    ['data: URL', `<a href="data:text/html,Rejoindre%20:%20${ROOM}">x</a>`],
    ['data: URL, plain', `data:text/plain,${ROOM}`],
    ['glued to a word', `xhttps://visio.numerique.gouv.fr/abc-defg-hij`],
    ['API path', 'https://visio.numerique.gouv.fr/api/v1.0/rooms/abc-defg-hij'],
    ['SDK path', 'https://visio.numerique.gouv.fr/sdk/create-popup'],
    ['two segments', 'https://visio.numerique.gouv.fr/abc-defg-hij/admin'],
    ['slug too short', 'https://visio.numerique.gouv.fr/abc-defg-hi'],
    ['slug too long', 'https://visio.numerique.gouv.fr/abc-defg-hijk'],
    ['digits', 'https://visio.numerique.gouv.fr/2024report'],
    ['a file', 'https://visio.numerique.gouv.fr/abc-defg-hij.html'],
    ['home page', 'https://visio.numerique.gouv.fr/'],
    ['percent-encoded slug', 'https://visio.numerique.gouv.fr/%61bc-defg-hij'],
    ['in the query of another site', `https://evil.example/?next=${ROOM}`],
    ['a SafeLinks lookalike host', `https://eur01.safelinks.protection.outlook.com.evil.example/?url=${encodeURIComponent(ROOM)}`],
    ['a Google lookalike host', `https://www.google.com.evil.example/url?q=${ROOM}`],
    ['Google redirect on another path', `https://www.google.com/search?q=${encodeURIComponent(ROOM)}`],
  ];
  for (const [name, input] of lookalikes) {
    it(name, () => assert.deepEqual(links(input), []));
  }
});

describe('Visio links in HTML', () => {
  it('reads href attributes and text, once per room', () => {
    const html = `<p>Réunion Visio : <a href="${ROOM}" target="_blank">${ROOM}</a></p>`;
    assert.deepEqual(links(html), [`visio ${ROOM}`]);
    assert.equal(findMeetingLinks(html, VISIO)[0]?.index, html.indexOf('https'));
  });

  it('reads single-quoted and unquoted attributes', () => {
    assert.deepEqual(links(`<a href='${ROOM}'>Rejoindre</a>`), [`visio ${ROOM}`]);
    assert.deepEqual(links(`<a href=${ROOM}>Rejoindre</a>`), [`visio ${ROOM}`]);
  });

  it('decodes character references', () => {
    const html = '<a href="https:&#x2F;&#x2F;visio.numerique.gouv.fr&#47;abc-defg-hij?a=1&amp;b=2">x</a>';
    assert.deepEqual(links(html), [`visio ${ROOM}`]);
    const [link] = findMeetingLinks(html, VISIO);
    assert.equal(html.slice(link?.index, link?.end), 'https:&#x2F;&#x2F;visio.numerique.gouv.fr&#47;abc-defg-hij?a=1&amp;b=2');
  });

  it('stops at the tag after the address', () => {
    assert.deepEqual(links(`<div>${ROOM}</div><div>Suite</div>`), [`visio ${ROOM}`]);
    assert.deepEqual(links(`<span>${ROOM}&nbsp;</span>`), [`visio ${ROOM}`]);
    assert.deepEqual(written(`&lt;${ROOM}&gt;`), [ROOM]);
  });
});

describe('Visio links in iCalendar text', () => {
  it('unfolds lines cut inside the address (CRLF + space, LF + tab)', () => {
    const ics = `BEGIN:VEVENT\r\nDESCRIPTION:Rejoindre : https://visio.numerique.gouv.fr/abc-de\r\n fg-hij\\nMerci\r\nEND:VEVENT\r\n`;
    assert.deepEqual(links(ics), [`visio ${ROOM}`]);
    const [link] = findMeetingLinks(ics, VISIO);
    assert.equal(ics.slice(link?.index, link?.end), 'https://visio.numerique.gouv.fr/abc-de\r\n fg-hij');
    const tabbed = 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nLOCATION:https://visio.numerique.gouv.fr/a\n\tbc-defg-hij\nEND:VEVENT\nEND:VCALENDAR\n';
    assert.deepEqual(links(tabbed), [`visio ${ROOM}`]);
  });

  it('reads TEXT escapes: \\, \\; \\n end the address', () => {
    const ics = `BEGIN:VEVENT\r\nLOCATION:Salle 4.12\\; ${ROOM}\\, 2e étage\r\nDESCRIPTION:${ROOM}\\nÀ bientôt\r\nEND:VEVENT\r\n`;
    assert.deepEqual(links(ics), [`visio ${ROOM}`]);
    assert.deepEqual(written(ics), [ROOM]);
  });

  it('leaves unfolding to iCalendar: a plain text with indented lines is not joined', () => {
    assert.deepEqual(links(`${ROOM}\n tout le monde`), [`visio ${ROOM}`]);
    assert.deepEqual(links(`${ROOM}\n tout le monde`, VISIO, { format: 'ics' }), []);
  });
});

describe('wrapped links', () => {
  const safelinks = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(ROOM)}&data=05%7C02%7Cagent%40ministere.example%7C8f1%7C0%7C0%7C638%7CUnknown&sdata=AbC%2Bd%3D&reserved=0`;

  it('unwraps Outlook SafeLinks', () => {
    assert.deepEqual(links(`Rejoindre : ${safelinks}`), [`visio ${ROOM}`]);
    assert.deepEqual(written(`Rejoindre : ${safelinks}.`), [safelinks]);
  });

  it('unwraps SafeLinks in HTML, with &amp; between the parameters', () => {
    assert.deepEqual(links(`<a href="${safelinks.replaceAll('&', '&amp;')}">Rejoindre</a>`), [`visio ${ROOM}`]);
  });

  it('unwraps the /ap/ form and the newer host', () => {
    assert.deepEqual(links(`https://nam12.safelinks.protection.outlook.com/ap/t-59584e83/?url=${encodeURIComponent(ROOM)}&data=x`), [`visio ${ROOM}`]);
    assert.deepEqual(links(`https://eur02.safelinks.outlook.microsoft.com/?url=${encodeURIComponent(ROOM)}`), [`visio ${ROOM}`]);
  });

  it("unwraps Google's redirect", () => {
    assert.deepEqual(links(`https://www.google.com/url?q=${ROOM}&sa=D&source=calendar&usd=2&usg=AOvVaw0abc`), [`visio ${ROOM}`]);
    assert.deepEqual(links(`https://www.google.com/url?q=${encodeURIComponent(ROOM)}&amp;sa=D`), [`visio ${ROOM}`]);
  });

  it('unwraps nested wrappers', () => {
    const google = `https://www.google.com/url?q=${encodeURIComponent(ROOM)}&sa=D`;
    assert.deepEqual(links(`https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(google)}&data=x`), [`visio ${ROOM}`]);
  });

  it('keeps a wrapped lookalike out', () => {
    assert.deepEqual(links(`https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://visio.numerique.gouv.fr.evil.example/abc-defg-hij')}`), []);
    assert.deepEqual(links('https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fvisio%ZZ&data=x'), []);
  });

  it("unwraps Teams' launcher page into the meetup-join link", () => {
    const launcher = 'https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fmeetup-join%2F19%3Ameeting_NjM4%40thread.v2%2F0%3Fcontext%3D%257b%2522Tid%2522%253a%2522f0bd%2522%257d%26anon%3Dtrue&type=meetup-join&deeplinkId=abc&directDl=true&msLaunch=true';
    assert.deepEqual(links(launcher), ['teams https://teams.microsoft.com/l/meetup-join/19:meeting_NjM4@thread.v2/0?context=%7b%22Tid%22%3a%22f0bd%22%7d&anon=true']);
    const singleEncoded = 'https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fmeetup-join%2F19%3Ameeting_x%40thread.v2%2F0%3Fcontext%3D%7B%22Tid%22%7D&type=meetup-join';
    assert.deepEqual(links(singleEncoded), ['teams https://teams.microsoft.com/l/meetup-join/19:meeting_x@thread.v2/0?context=%7B%22Tid%22%7D']);
    assert.deepEqual(links('https://teams.microsoft.com/dl/launcher/launcher.html?url=https%3A%2F%2Fevil.example%2F&type=x'), []);
  });

  it('unwraps other services too', () => {
    const zoom = 'https://us02web.zoom.us/j/81234567890?pwd=aBcD.eFg';
    assert.deepEqual(links(`https://www.google.com/url?q=${encodeURIComponent(zoom)}&sa=D`), [`zoom ${zoom}`]);
  });
});

describe('instances', () => {
  const prefixed = ['https://outils.ministere.example:8443/visio'];

  it('matches host, port and path prefix exactly', () => {
    assert.deepEqual(links('https://outils.ministere.example:8443/visio/abc-defg-hij', prefixed), ['visio https://outils.ministere.example:8443/visio/abc-defg-hij']);
    for (const other of [
      'https://outils.ministere.example/visio/abc-defg-hij',
      'https://outils.ministere.example:8443/abc-defg-hij',
      'https://outils.ministere.example:8443/visio2/abc-defg-hij',
      'https://outils.ministere.example:8443/VISIO/abc-defg-hij',
      'https://outils.ministere.example:8443/visio/x/abc-defg-hij',
      ROOM,
    ]) assert.deepEqual(links(other, prefixed), [], other);
  });

  it('recognises every instance of the organisation', () => {
    const instances = profileInstances({ instanceUrl: 'https://visio.numerique.gouv.fr', extraInstances: ['https://visio.suite.anct.gouv.fr'] });
    const text = `${ROOM} puis https://visio.suite.anct.gouv.fr/xyz-abcd-efg`;
    assert.deepEqual(links(text, instances), [`visio ${ROOM}`, 'visio https://visio.suite.anct.gouv.fr/xyz-abcd-efg']);
  });

  it('accepts a local http instance for development, and only over http', () => {
    assert.deepEqual(links('http://localhost:3000/abc-defg-hij', ['http://localhost:3000']), ['visio http://localhost:3000/abc-defg-hij']);
    assert.deepEqual(links('https://localhost:3000/abc-defg-hij', ['http://localhost:3000']), []);
  });

  it('ignores instance URLs that are not valid rather than match loosely', () => {
    assert.deepEqual(links(ROOM, ['http://visio.numerique.gouv.fr', '', 'visio']), []);
  });

  it('finds nothing without instances but other services', () => {
    assert.deepEqual(links(`${ROOM} https://meet.jit.si/Equipe`, []), ['jitsi https://meet.jit.si/Equipe']);
  });
});

describe('other services', () => {
  const teams = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4ZTk2%40thread.v2/0?context=%7b%22Tid%22%3a%22f0bd%22%7d';
  const cases: Array<[string, string]> = [
    [teams, 'teams'],
    ['https://teams.microsoft.com/meet/38472910563?p=Ab3dEf9', 'teams'],
    ['https://teams.live.com/meet/9876543210123?p=xYz12', 'teams'],
    ['https://gov.teams.microsoft.us/l/meetup-join/19%3ameeting_abc%40thread.v2/0', 'teams'],
    ['https://us02web.zoom.us/j/81234567890?pwd=aBcD.eF-g_h+i/j', 'zoom'],
    ['https://zoom.us/j/123456789', 'zoom'],
    ['https://zoom.us/my/jeanne.dupont', 'zoom'],
    ['https://acme.zoom.com/j/123456789', 'zoom'],
    ['https://zoom.us/w/98765432101?tk=abc', 'zoom'],
    ['https://ministere.zoomgov.com/j/1601234567', 'zoom'],
    ['https://meet.google.com/abc-defg-hij?authuser=0', 'google-meet'],
    ['https://meet.google.com/lookup/abc-defg-hij', 'google-meet'],
    ['https://acme.webex.com/acme/j.php?MTID=m1a2b3c4d5e6f', 'webex'],
    ['https://acme.webex.com/meet/jdupont', 'webex'],
    ['https://acme.my.webex.com/join/jdupont', 'webex'],
    ['https://meet.jit.si/ReunionEquipeProjet', 'jitsi'],
  ];
  for (const [url, provider] of cases) {
    it(`${provider}: ${url}`, () => assert.deepEqual(links(`Join: ${url} .`), [`${provider} ${url}`]));
  }

  const notJoinLinks = [
    'https://teams.microsoft.com/meetingOptions/?organizerId=33e3&tenantId=f0bd',
    'https://aka.ms/JoinTeamsMeeting',
    'https://dialin.teams.microsoft.com/e8373667-7b2c?id=580849884',
    'https://api.scheduler.teams.microsoft.com/teams/x',
    'https://teams.microsoft.com.evil.example/l/meetup-join/19%3ameeting_x',
    'http://teams.microsoft.com/l/meetup-join/19%3ameeting_x',
    'https://zoom.us/s/123456789',
    'https://us02web.zoom.us/u/abcdEFG',
    'https://zoom.us.evil.example/j/123456789',
    'https://zoom.us/j/abc',
    'https://tel.meet/abc-defg-hij?pin=123',
    'https://meet.google.com/',
    'https://meet.google.com/abcdefghij',
    'https://support.google.com/a/users/answer/9282720',
    'https://calendar.google.com/calendar/event?action=VIEW&eid=abc',
    'https://www.webex.com/downloads.html',
    'https://webex.com/meet/jdupont',
    'https://acme.webex.com/acme/j.php',
    'https://meet.jit.si/',
    'https://meet.jit.si/static/close.html',
    'https://meet.jit.si/external_api.js',
    'https://mysettings.lync.com/pstnconferencing',
    'https://bluejeans.com/7999979999',
    'https://visio-agents.education.fr/',
  ];
  for (const url of notJoinLinks) {
    it(`not a join link: ${url}`, () => assert.deepEqual(links(url), []));
  }

  it('counts self-hosted Jitsi servers when told', () => {
    assert.deepEqual(links('https://jitsi.ministere.example/Equipe', VISIO, { jitsiHosts: ['jitsi.ministere.example'] }), ['jitsi https://jitsi.ministere.example/Equipe']);
    assert.deepEqual(links('https://jitsi.ministere.example/Equipe'), []);
  });
});

describe('order and duplicates', () => {
  it('puts Visio first, then the others in reading order', () => {
    const text = 'Zoom: https://zoom.us/j/123456789 Teams: https://teams.microsoft.com/meet/123456?p=x Visio: https://visio.numerique.gouv.fr/abc-defg-hij Autre: https://visio.numerique.gouv.fr/zzz-yyyy-xxx';
    assert.deepEqual(links(text), [
      'visio https://visio.numerique.gouv.fr/abc-defg-hij',
      'visio https://visio.numerique.gouv.fr/zzz-yyyy-xxx',
      'zoom https://zoom.us/j/123456789',
      'teams https://teams.microsoft.com/meet/123456?p=x',
    ]);
  });

  it('lists a room once however it is written, at its first place', () => {
    const text = `a ABCDEFGHIJ https://visio.numerique.gouv.fr/ABCDEFGHIJ b ${ROOM}?from=outlook-addin c ${ROOM}`;
    const found = findMeetingLinks(text, VISIO);
    assert.deepEqual(found.map((link) => link.url), [ROOM]);
    assert.equal(found[0]?.index, text.indexOf('https'));
  });

  it('skips absurdly long addresses (over 8 KB) instead of working on them', () => {
    assert.deepEqual(links(`${ROOM}?x=${'a'.repeat(9000)}`), []);
    assert.deepEqual(links(`${ROOM}?x=${'a'.repeat(7000)} ${ROOM}`), [`visio ${ROOM}`]);
    assert.deepEqual(links(`https://zoom.us/j/123456789${')'.repeat(9000)}`), []);
  });

  it('finds nothing in a text without links', () => {
    assert.deepEqual(findMeetingLinks('', VISIO), []);
    assert.deepEqual(findMeetingLinks('Réunion en salle 4.12, pas de visio : abc-defg-hij', VISIO), []);
  });
});

describe('parseVisioUrl', () => {
  it('gives the room behind an address as pasted', () => {
    const expected = { instanceUrl: 'https://visio.numerique.gouv.fr', slug: 'abc-defg-hij', url: ROOM };
    assert.deepEqual(parseVisioUrl(ROOM, VISIO), expected);
    assert.deepEqual(parseVisioUrl(` <https://visio.numerique.gouv.fr/ABC-DEFG-HIJ?from=x>. `, VISIO), expected);
    assert.deepEqual(parseVisioUrl(`https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(ROOM)}&data=x`, VISIO), expected);
    assert.deepEqual(parseVisioUrl(ROOM, profileInstances(DEFAULT_PROFILE)), expected);
  });

  it('names the instance, prefix included', () => {
    assert.deepEqual(parseVisioUrl('https://example.org:8443/visio/abc-defg-hij', ['example.org:8443/visio/']), {
      instanceUrl: 'https://example.org:8443/visio', slug: 'abc-defg-hij', url: 'https://example.org:8443/visio/abc-defg-hij',
    });
  });

  it('refuses anything else', () => {
    for (const url of ['', 'abc-defg-hij', `${ROOM} ${ROOM}`, 'http://visio.numerique.gouv.fr/abc-defg-hij', 'https://visio.numerique.gouv.fr@evil.example/abc-defg-hij', 'https://meet.google.com/abc-defg-hij', `javascript:${ROOM}`]) {
      assert.equal(parseVisioUrl(url, VISIO), null, url);
    }
  });
});
