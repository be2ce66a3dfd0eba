// Whole bodies as calendar clients leave them (written for these tests after the structures described
// in notes/visio-meet.md §3.1 and notes/icalendar.md §2): the links a user would click, nothing else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMeetingLinks } from './detect.ts';

const VISIO = ['https://visio.numerique.gouv.fr'];
const found = (body: string) => findMeetingLinks(body, VISIO).map(({ provider, url }) => `${provider} ${url}`);
const ROOM = 'https://visio.numerique.gouv.fr/kpr-wfzt-mcd';
const safe = (url: string) => `https://eur03.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&amp;data=05%7C02%7Cmarie.durand%40ministere.example%7C4c1f%7C0%7C0%7C638712%7CUnknown%7CTWFpbGZsb3d8eyJWIjoiMC4wLjAwMDAifQ%3D%3D&amp;sdata=q1a%2BZ3%3D&amp;reserved=0`;

describe('real-looking bodies', () => {
  it("Outlook on the web: Meet's own add-in block, rewritten by SafeLinks, x_ prefixes", () => {
    const body = [
      '<html><body><div id="x_divtagdefaultwrapper" dir="ltr" style="font-size:12pt">',
      '<p>Bonjour,</p><p>Point hebdomadaire sur le budget.</p>',
      '<p>────────────────────────────────────────</p>',
      '<p>Rejoindre la réunion Visio</p><p><br></p>',
      `<p><a href="${safe(`${ROOM}?from=outlook-addin`)}" originalsrc="${ROOM}?from=outlook-addin" shash="abc" data-auth="NotApplicable">${ROOM}?from=outlook-addin</a></p>`,
      '<p>ou appeler (audio uniquement)</p><p>(FR) +33 1 84 88 00 00</p><p>Code 123 456 7890#</p>',
      '<p>────────────────────────────────────────</p>',
      '<p>Cordialement,<br>Marie Durand<br>Direction du budget — <a href="https://www.ministere.example/">ministere.example</a></p>',
      '</div></body></html>',
    ].join('\n');
    assert.deepEqual(found(body), [`visio ${ROOM}`]);
  });

  it('Outlook desktop plain text: a Teams block and a Visio link added later', () => {
    const body = [
      'Ordre du jour : voir le document partagé.',
      '',
      `Lien Visio : ${ROOM}`,
      '',
      '________________________________________________________________________________',
      'Réunion Microsoft Teams',
      'Rejoindre sur votre ordinateur, application mobile ou appareil de salle',
      'Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZjQ1%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%2c%22Oid%22%3a%22c3d4%22%7d>',
      'ID de la réunion : 312 456 789 012',
      'Code secret : 7hJ9kL',
      'Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>',
      "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/?organizerId=c3d4&tenantId=a1b2&threadId=19_meeting_OTk4ZjQ1@thread.v2&messageId=0&language=fr-FR>",
      '________________________________________________________________________________',
    ].join('\r\n');
    assert.deepEqual(found(body), [
      `visio ${ROOM}`,
      'teams https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZjQ1%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%2c%22Oid%22%3a%22c3d4%22%7d',
    ]);
  });

  it('Google Calendar HTML description with redirect-wrapped links and a Meet block', () => {
    const body = [
      'Préparation du comité.<br><a href="https://www.google.com/url?q=https://docs.example.org/d/1AbC/edit&amp;sa=D&amp;source=calendar&amp;usd=2&amp;usg=AOvVaw3x">Compte rendu</a><br>',
      `Visio : <a href="https://www.google.com/url?q=${encodeURIComponent(ROOM)}&amp;sa=D&amp;source=calendar&amp;usd=2&amp;usg=AOvVaw2y" target="_blank">${ROOM}</a>`,
      '<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>',
      'Participer avec Google Meet : <a href="https://meet.google.com/qzr-mtwy-hkd">https://meet.google.com/qzr-mtwy-hkd</a><br>',
      'Ou appelez le : (FR) +33 1 87 40 00 00 PIN : 123456789#<br>Autres numéros : <a href="https://tel.meet/qzr-mtwy-hkd?pin=123456789">https://tel.meet/qzr-mtwy-hkd?pin=123456789</a><br>',
      'En savoir plus sur Meet : <a href="https://support.google.com/a/users/answer/9282720">https://support.google.com/a/users/answer/9282720</a>',
    ].join('');
    assert.deepEqual(found(body), [`visio ${ROOM}`, 'google-meet https://meet.google.com/qzr-mtwy-hkd']);
  });

  it('Zoom invitation: the join link, not the host start link nor the local numbers page', () => {
    const body = [
      'Marie Durand vous invite à une réunion Zoom planifiée.',
      'Participer à la réunion Zoom',
      'https://us06web.zoom.us/j/84512345678?pwd=Q1dKb3Z0cWx3RnN2ZUZ1dz09',
      'ID de réunion : 845 1234 5678',
      'Code secret : 482913',
      'Trouvez votre numéro local : https://us06web.zoom.us/u/kbX3yQ9Zc',
      '(Hôte) https://us06web.zoom.us/s/84512345678?zak=eyJ0eXAiOiJKV1Qi',
    ].join('\n');
    assert.deepEqual(found(body), ['zoom https://us06web.zoom.us/j/84512345678?pwd=Q1dKb3Z0cWx3RnN2ZUZ1dz09']);
  });

  it('a phishing mail dressed as a Visio invitation finds nothing', () => {
    const body = [
      '<p>Rejoindre la réunion Visio :</p>',
      '<p><a href="https://visio.numerique.gouv.fr.reunion-securisee.example/kpr-wfzt-mcd">https://visio.numerique.gouv.fr/kpr-wfzt-mcd</a>',
    ].join('');
    // The visible text names a real room but a click goes to the lookalike host: neither counts
    // (detect.ts: in HTML an anchor's text counts only when its href opens the same meeting).
    assert.deepEqual(found(body), []);
    const hrefOnly = '<p><a href="https://visio.numerique.gouv.fr@reunion-securisee.example/kpr-wfzt-mcd">Rejoindre la réunion Visio</a></p>';
    assert.deepEqual(found(hrefOnly), []);
  });
});
