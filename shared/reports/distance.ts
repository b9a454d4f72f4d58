// Distance bands of a workplace from the closed plant. The report takes the band function as an
// option: by default estimated road kilometres between the comuni' seats (shared/geo/distance, the
// same estimate matching uses for commutes); the administrative bands (the site's comune, its
// province, the rest of Tuscany, elsewhere) remain for readers who count by territory.
import { FOREIGN_PROVINCE, placeByCode } from '../geo/comuni';
import { roadDistance } from '../geo/distance';

export interface DistanceBands {
  /** Band codes in display order; the renderer labels them (reports.distanceBand.<code>). */
  readonly bands: readonly string[];
  /** The band of a workplace in `comuneCode` for a plant in `siteCode`. */
  bandOf(siteCode: string, comuneCode: string | undefined): string;
}

/** Provinces of Tuscany, the region of the plant and of the programme's active labour policies. */
const TUSCANY = new Set(['FI', 'AR', 'SI', 'PO', 'PT', 'LU', 'PI', 'LI', 'GR', 'MS']);

export const ADMINISTRATIVE_BANDS = ['site_comune', 'site_province', 'region', 'elsewhere', 'unknown'] as const;

export const administrativeDistanceBands: DistanceBands = {
  bands: ADMINISTRATIVE_BANDS,
  bandOf(siteCode, comuneCode) {
    if (!comuneCode) return 'unknown';
    if (comuneCode === siteCode) return 'site_comune';
    const place = placeByCode(comuneCode);
    const site = placeByCode(siteCode);
    if (!place || !site) return 'unknown';
    if (place.province === FOREIGN_PROVINCE) return 'elsewhere';
    if (place.province === site.province) return 'site_province';
    return TUSCANY.has(place.province) && TUSCANY.has(site.province) ? 'region' : 'elsewhere';
  },
};

export const KILOMETRE_BANDS = ['km_0_10', 'km_11_25', 'km_26_50', 'km_over_50', 'unknown'] as const;

/** Road-kilometre bands: a commute of up to 10 km, 25, 50, or more (abroad counts as more). */
export const kilometreDistanceBands: DistanceBands = {
  bands: KILOMETRE_BANDS,
  bandOf(siteCode, comuneCode) {
    if (!comuneCode) return 'unknown';
    if (placeByCode(comuneCode)?.province === FOREIGN_PROVINCE) return 'km_over_50';
    const km = roadDistance(siteCode, comuneCode)?.km;
    if (km === undefined) return 'unknown';
    return km <= 10 ? 'km_0_10' : km <= 25 ? 'km_11_25' : km <= 50 ? 'km_26_50' : 'km_over_50';
  },
};
