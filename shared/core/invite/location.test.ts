import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeLocation, removeFromLocation } from './location.ts';

const INSTANCES = ['https://visio.numerique.gouv.fr', 'https://visio.suite.anct.gouv.fr'];
const URL = 'https://visio.numerique.gouv.fr/abc-defg-hij';
const OLD = 'https://visio.numerique.gouv.fr/xyz-wxyz-uvw';

describe('mergeLocation', () => {
  it('adds the link after the room the user typed', () => {
    assert.equal(mergeLocation('Salle 4.12', URL, INSTANCES), `Salle 4.12; ${URL}`);
    assert.equal(mergeLocation('Bâtiment A, salle 4.12', URL, INSTANCES), `Bâtiment A, salle 4.12; ${URL}`);
  });

  it("keeps the user's text byte for byte, trailing spaces and separators included, so Remove can give it back", () => {
    assert.equal(mergeLocation('Salle 4.12 ', URL, INSTANCES), `Salle 4.12 ; ${URL}`);
    assert.equal(mergeLocation('Salle 4.12;', URL, INSTANCES), `Salle 4.12;; ${URL}`);
    assert.equal(mergeLocation('B ; accès par la cour', URL, INSTANCES), `B ; accès par la cour; ${URL}`);
  });

  it('an empty location becomes the link', () => {
    assert.equal(mergeLocation('', URL, INSTANCES), URL);
    assert.equal(mergeLocation('   ', URL, INSTANCES), URL);
  });

  it('replaces the Visio link of a regenerated meeting, keeping the room', () => {
    assert.equal(mergeLocation(`Salle 4.12; ${OLD}`, URL, INSTANCES), `Salle 4.12; ${URL}`);
    assert.equal(mergeLocation(OLD, URL, INSTANCES), URL);
    assert.equal(mergeLocation(`${OLD}; Salle 4.12`, URL, INSTANCES), `Salle 4.12; ${URL}`);
  });

  it('is idempotent', () => {
    const once = mergeLocation('Salle 4.12', URL, INSTANCES);
    assert.equal(mergeLocation(once, URL, INSTANCES), once);
  });

  it("tolerates Outlook's duplicated location strings", () => {
    assert.equal(mergeLocation(`Salle 4.12; ${OLD}; Salle 4.12; ${OLD}`, URL, INSTANCES), `Salle 4.12; ${URL}`);
    assert.equal(mergeLocation(`${URL}; ${URL}`, URL, INSTANCES), URL);
  });

  it('keeps other services and look-alikes: they are not ours to replace', () => {
    const teams = 'Microsoft Teams Meeting';
    assert.equal(mergeLocation(teams, URL, INSTANCES), `${teams}; ${URL}`);
    const lookalike = 'https://visio.numerique.gouv.fr.example.net/abc-defg-hij';
    assert.equal(mergeLocation(lookalike, URL, INSTANCES), `${lookalike}; ${URL}`);
  });

  it('recognises the link of another of the organisation’s instances, in any written form', () => {
    assert.equal(mergeLocation('Salle 4.12; https://visio.suite.anct.gouv.fr/ABCDEFGHIJ', URL, INSTANCES), `Salle 4.12; ${URL}`);
    assert.equal(mergeLocation(`Salle 4.12 (${OLD}?from=outlook-addin)`, URL, INSTANCES), `Salle 4.12; ${URL}`);
  });
});

describe('removeFromLocation', () => {
  it('removes our link and its separator, no trailing space or ;', () => {
    assert.equal(removeFromLocation(`Salle 4.12; ${URL}`, INSTANCES), 'Salle 4.12');
    assert.equal(removeFromLocation(`${URL}; Salle 4.12`, INSTANCES), 'Salle 4.12');
    assert.equal(removeFromLocation(`Salle 4.12 ; ${URL} ; `, INSTANCES), 'Salle 4.12');
    assert.equal(removeFromLocation(`Salle 4.12, ${URL}`, INSTANCES), 'Salle 4.12');
    assert.equal(removeFromLocation(`Visio : ${URL}`, INSTANCES), 'Visio');
    assert.equal(removeFromLocation(URL, INSTANCES), '');
    assert.equal(removeFromLocation(`Salle 4.12; ${URL}; Salle 4.12; ${URL}`, INSTANCES), 'Salle 4.12');
  });

  it('leaves a location without a Visio link exactly as it is', () => {
    for (const location of ['Salle 4.12 ', 'Salle; ; B', 'https://zoom.us/j/123', '']) {
      assert.equal(removeFromLocation(location, INSTANCES), location);
    }
  });

  it("gives back the user's separators and spaces as typed, not rejoined with `; `", () => {
    assert.equal(removeFromLocation(`B ; accès; ${URL}`, INSTANCES), 'B ; accès');
    assert.equal(removeFromLocation(`Salle 4.12 ; ${URL}`, INSTANCES), 'Salle 4.12 ');
    assert.equal(removeFromLocation(`A ; ${URL}; B  ;  C`, INSTANCES), 'A; B  ;  C');
    assert.equal(removeFromLocation(`Salle 4.12 (${URL}) 2e étage`, INSTANCES), 'Salle 4.12 2e étage');
    // Spaces a webmail put after our link are not the user's; the space before our `; ` is.
    assert.equal(removeFromLocation(`Salle 4.12 ; ${URL}  `, INSTANCES), 'Salle 4.12 ');
  });
});
