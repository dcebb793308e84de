import fc from 'fast-check';
import { geoPoint } from '../test/arbitraries';
import { haversineKm, isWithinKm } from './haversine';

const amsterdamCentraal = { lat: 52.3791, lon: 4.9003 };
const utrechtCentraal = { lat: 52.0894, lon: 5.11 };

describe('haversineKm', () => {
  it('measures Amsterdam Centraal to Utrecht Centraal as the crow flies', () => {
    expect(haversineKm(amsterdamCentraal, utrechtCentraal)).toBeCloseTo(35.24, 2);
  });

  it('measures a degree of latitude and half the earth on a sphere of the mean earth radius', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.195, 3);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20015.11, 2);
  });

  it('is zero from a place to itself and the same in both directions', () => {
    fc.assert(
      fc.property(geoPoint, geoPoint, (a, b) => {
        expect(haversineKm(a, a)).toBe(0);
        expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
      }),
    );
  });
});

describe('isWithinKm', () => {
  it('agrees with the distance, also where its shortcut rules a place out', () => {
    fc.assert(
      fc.property(geoPoint, geoPoint, fc.double({ min: 0, max: 200, noNaN: true }), (a, b, km) => {
        expect(isWithinKm(a, b, km)).toBe(haversineKm(a, b) <= km);
      }),
    );
  });
});
