// Road distances and comune names as a matching context remembers them: a programme's workers
// live in a few dozen comuni, so each pair is computed once per job, not once per worker.
import { placeByCode } from '../geo/comuni';
import { roadDistance, type RoadDistance } from '../geo/distance';
import type { Places } from './scoring';
import type { MatchContext } from './types';

export function distanceOf(context: MatchContext, from: string, to: string): RoadDistance | undefined {
  let fromTo = context.distances.get(to);
  if (!fromTo) context.distances.set(to, (fromTo = new Map()));
  if (fromTo.has(from)) return fromTo.get(from);
  const distance = roadDistance(from, to, context.weights.roadFactor);
  fromTo.set(from, distance);
  return distance;
}

// Names for the distance reasons, looked up once per comune (a lookup normalises the code first).
const placeNames = new Map<string, string>();
export function placeName(code: string): string {
  let name = placeNames.get(code);
  if (name === undefined) placeNames.set(code, (name = placeByCode(code)?.name ?? code));
  return name;
}

/** Where the worker lives and where the offer is, by name, for the distance sentences. */
export const placesOf = (residenceCode: string, offerComune: string): Places => ({ from: placeName(residenceCode), to: placeName(offerComune) });
