import { ownsPlace, placeDetailFor, seesPlaces } from './place-detail';
import { actors } from './testing/fixtures';

describe('how much of a place a reader sees', () => {
  const own = actors.provider.organisation;
  const other = 'Gezinshuis De Linde';

  it('its provider in full; another provider coarsely, placing or not', () => {
    expect(placeDetailFor(actors.provider, own, false)).toBe('full');
    expect(placeDetailFor(actors.provider, other, true)).toBe('coarse');
  });

  it('a professional in full only while placing a child now', () => {
    for (const professional of [actors.caseTeam, actors.jeugdlink, actors.gi]) {
      expect([placeDetailFor(professional, own, true), placeDetailFor(professional, own, false)]).toEqual(['full', 'coarse']);
    }
  });

  it('an auditor in full, the family not at all', () => {
    expect(placeDetailFor(actors.auditor, own, false)).toBe('full');
    expect(placeDetailFor(actors.family, own, true)).toBe('none');
    expect(seesPlaces(actors.family)).toBe(false);
    expect(seesPlaces(actors.caseTeam)).toBe(true);
  });

  it('only its own provider owns a place: not another provider, nor anyone of the same name in another role', () => {
    expect(ownsPlace(actors.provider, own)).toBe(true);
    expect(ownsPlace(actors.provider, other)).toBe(false);
    for (const reader of [actors.auditor, actors.gi, actors.caseTeam, actors.family]) {
      expect(ownsPlace({ ...reader, organisation: own }, own)).toBe(false);
    }
  });
});
