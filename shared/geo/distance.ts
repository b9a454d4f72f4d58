// Commute distances between comuni, offline: straight-line km between their seats times a road
// factor. Coordinates come from shared/geo/comuneCoordinateData.ts (generated); a comune missing
// there is placed at the mean of its province's comuni, and the result says it is an estimate.
import { COMUNE_COORDINATE_ROWS } from './comuneCoordinateData';
import { FOREIGN_PROVINCE, placeByCode } from './comuni';

export interface Coordinates {
  lat: number;
  lon: number;
}

/** How a comune was placed: its own seat, or the mean of its province (a rougher estimate). */
export type Precision = 'comune' | 'province';

export interface LocatedComune extends Coordinates {
  precision: Precision;
}

export interface RoadDistance {
  /** Estimated road kilometres, rounded to whole km. */
  km: number;
  /** 'province' when either end was placed at its province's mean. */
  precision: Precision;
}

/** Roads are longer than the straight line: 1.3 is the usual factor for hilly Tuscan valleys. */
export const DEFAULT_ROAD_FACTOR = 1.3;
const EARTH_RADIUS_KM = 6371.0088;

interface CoordinateIndex {
  byCode: Map<string, Coordinates>;
  byProvince: Map<string, Coordinates>;
}

let index: CoordinateIndex | undefined;

function getIndex(): CoordinateIndex {
  if (index) return index;
  const byCode = new Map<string, Coordinates>();
  for (const line of COMUNE_COORDINATE_ROWS) {
    for (let i = 0; i + 14 <= line.length; i += 14) {
      byCode.set(line.slice(i, i + 4), { lat: Number(line.slice(i + 4, i + 9)) / 1000, lon: Number(line.slice(i + 9, i + 14)) / 1000 });
    }
  }
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  for (const [code, point] of byCode) {
    const province = placeByCode(code)?.province;
    if (!province || province === FOREIGN_PROVINCE) continue;
    const sum = sums.get(province) ?? { lat: 0, lon: 0, n: 0 };
    sums.set(province, { lat: sum.lat + point.lat, lon: sum.lon + point.lon, n: sum.n + 1 });
  }
  const byProvince = new Map([...sums].map(([province, s]) => [province, { lat: s.lat / s.n, lon: s.lon / s.n }]));
  index = { byCode, byProvince };
  return index;
}

/** Where a comune is; undefined for foreign countries and unknown codes. */
export function locateComune(code: string): LocatedComune | undefined {
  const { byCode, byProvince } = getIndex();
  const own = byCode.get(code);
  if (own) return { ...own, precision: 'comune' };
  const province = placeByCode(code)?.province;
  const mean = province ? byProvince.get(province) : undefined;
  return mean ? { ...mean, precision: 'province' } : undefined;
}

/** Great-circle distance in km (haversine). */
export function straightLineKm(a: Coordinates, b: Coordinates): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Estimated road km from one comune to another; undefined when either cannot be placed. */
export function roadDistance(fromCode: string, toCode: string, roadFactor = DEFAULT_ROAD_FACTOR): RoadDistance | undefined {
  if (fromCode === toCode) return locateComune(fromCode) ? { km: 0, precision: 'comune' } : undefined;
  const from = locateComune(fromCode);
  const to = locateComune(toCode);
  if (!from || !to) return undefined;
  const precision: Precision = from.precision === 'comune' && to.precision === 'comune' ? 'comune' : 'province';
  return { km: Math.round(straightLineKm(from, to) * roadFactor), precision };
}
