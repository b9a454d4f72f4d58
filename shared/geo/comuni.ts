// Offline lookup of Italian comuni and foreign countries by Belfiore (cadastral) code.
// The data is the list that ships with codice-fiscale-js: rows of
// [belfiore, provinceSigla, NAME_UPPERCASE, activeFlag]. Historical comuni keep their codes
// (people born in Figline Valdarno before the 2014 merger still carry D583 in their codice
// fiscale), so lookups must know inactive rows too.
import { COMUNI } from 'codice-fiscale-js/src/lista-comuni.js';
import { PROVINCE } from 'codice-fiscale-js/src/lista-province.js';
import { searchKey } from '../text/fold';

/** Province "sigla" the data uses for foreign countries. */
export const FOREIGN_PROVINCE = 'EE';

export interface Place {
  /** Belfiore code, e.g. `M321` or `Z100`. */
  code: string;
  /** Display name, e.g. "Figline e Incisa Valdarno", "Reggio nell'Emilia". */
  name: string;
  /** Province sigla, or `EE` for a foreign country. */
  province: string;
  /** False for names no longer in use (merged, renamed or moved comuni; former states). */
  active: boolean;
  foreign: boolean;
}

export interface SearchPlacesOptions {
  /** Maximum number of results; default 10. */
  limit?: number;
  /** Include foreign countries; default true (birthplaces are often abroad). */
  includeForeign?: boolean;
  /** Include names no longer in use; default false. */
  includeHistorical?: boolean;
}

// Countries the data marks inactive although the code is the one in use today; without this they
// would vanish from the default autocomplete.
const WRONGLY_INACTIVE = new Set(['Z112 GERMANIA', 'Z510 HAITI', 'Z331 MAURITANIA', 'Z907 SUD SUDAN', 'Z606 GUYANA']);

// Several foreign codes carry more than one active name (old and new names of the same state).
// When a code is displayed on its own, these are the names to show.
const PREFERRED_NAMES = new Set([
  'NAMIBIA',
  'BAHAMAS',
  'BENIN',
  'MYANMAR',
  'BURKINA FASO',
  'REPUBBLICA CECA',
  'SRI LANKA',
  'TAIWAN',
  'REPUBBLICA DEMOCRATICA DEL CONGO',
  'COREA DEL SUD',
  'EMIRATI ARABI UNITI',
  'REPUBBLICA DOMINICANA',
  'FALKLAND (ISOLE)',
  'FEDERAZIONE RUSSA',
  'VITI',
  'REGNO UNITO',
  'SURINAME',
  'GUIANA FRANCESE',
  'GUINEA BISSAU',
  'GUINEA EQUATORIALE',
  'PASQUA (ISOLA)',
  'ISOLE DEL CANALE',
  'TOKELAU=ISOLE DELL\'UNIONE',
  'KAZAKHSTAN',
  'MACEDONIA DEL NORD',
  'STATI FEDERATI DI MICRONESIA',
  'NIUE=SAVAGE (ISOLE)',
  'POLONIA',
  'ZIMBABWE',
]);

// Words written in lower case inside a name ("Reggio di Calabria", "Figline e Incisa Valdarno").
const LOWERCASE_WORDS = new Set([
  'a', 'ad', 'al', 'alla', 'allo', 'ai', 'agli', 'alle', 'con', 'da', 'dal', 'dalla', 'dallo', 'dai', 'dagli', 'dalle',
  'de', 'dei', 'degli', 'del', 'della', 'dello', 'delle', 'di', 'e', 'ed', 'en', 'il', 'in', 'ne', 'nel', 'nella',
  'nello', 'nei', 'negli', 'nelle', 'sul', 'sulla', 'sullo', 'sui', 'sugli', 'sulle', 'y',
]);
// Elided forms before an apostrophe ("nell'Emilia", "d'Otranto", "sull'Adda").
const LOWERCASE_ELISIONS = new Set(['d', 'l', 'dell', 'nell', 'sull', 'all', 'dall', 'coll']);
// The source writes accents as a trailing apostrophe (CANTU' = Cantù); these words are real
// truncations that keep their apostrophe (Ca' d'Andrea, Cassina de' Pecchi, Castelnovo ne' Monti).
const TRUNCATED_WORDS = new Set(['CA', 'DE', 'NE', 'VO']);
const GRAVE: Readonly<Record<string, string>> = { A: 'À', E: 'È', I: 'Ì', O: 'Ò', U: 'Ù' };
const ROMAN_NUMERAL = /^X{0,3}(IX|IV|V?I{0,3})$/;

/** Turns the source's upper-case spelling into the name people expect to read. */
function displayName(rawName: string, province: string): string {
  const frenchValley = province === 'AO';
  const cleaned = rawName
    .replace(/\s*\(\s*corr[^)]*\)/i, '') // editorial notes such as "(corr. BOJANO)"
    .replace(/=/g, ' / ')
    .replace(/\s+/g, ' ')
    .trim();
  const accented = cleaned
    .replace(/([A-Z]*)([AEIOU])'(?=$|[\s\-),/])/g, (whole, stem: string, vowel: string) => {
      if (TRUNCATED_WORDS.has(stem + vowel)) return whole;
      return stem + (frenchValley && vowel === 'E' ? 'É' : (GRAVE[vowel] ?? vowel));
    })
    // Valdostan names also hide accents mid-word: EMARE'SE, VERRE'S (è) but FE'NIS, RHE'MY (é).
    .replace(/E'(?=[A-Z])/g, (whole, offset: number, text: string) => {
      if (!frenchValley) return whole;
      return /^SE?\b/.test(text.slice(offset + 2)) ? 'È' : 'É';
    });
  return accented
    .split(' ')
    .map((word, wordIndex) =>
      word
        .split('-')
        .map((part, partIndex) => titleCaseWord(part, wordIndex === 0 && partIndex === 0))
        .join('-'),
    )
    .join(' ');
}

function titleCaseWord(word: string, isFirstWord: boolean): string {
  if (word.length >= 2 && ROMAN_NUMERAL.test(word)) return word;
  const lower = word.toLowerCase();
  if (!isFirstWord && LOWERCASE_WORDS.has(lower.replace(/'$/, ''))) return lower;
  const pieces = lower.split("'");
  return pieces
    .map((piece, index) => {
      const isElision = index === 0 && pieces.length > 1;
      if (isElision && !isFirstWord && LOWERCASE_ELISIONS.has(piece)) return piece;
      return capitalise(piece);
    })
    .join("'");
}

/** Upper-cases the first letter, skipping a leading parenthesis. */
function capitalise(text: string): string {
  return text.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}

interface Entry {
  code: string;
  province: string;
  rawName: string;
  active: boolean;
  key: string;
  /** Same key with a leading space, so word-start matches are a plain `includes`. */
  spacedKey: string;
  /** Built on demand: display names cost more than everything else in the index. */
  place?: Place;
}

interface PlaceIndex {
  byCode: ReadonlyMap<string, Entry>;
  /** Current before historical, Italian before foreign, then alphabetical. */
  entries: readonly Entry[];
}

let index: PlaceIndex | undefined;

// Built on first use (about 13,700 rows) and never needed by most screens.
function getIndex(): PlaceIndex {
  if (index) return index;
  const entriesByIdentity = new Map<string, Entry>();
  const byCode = new Map<string, Entry>();
  for (const [code, province, rawName, flag] of COMUNI) {
    const active = flag === 1 || WRONGLY_INACTIVE.has(`${code} ${rawName}`);
    const identity = `${code}|${province}|${rawName}`;
    const existing = entriesByIdentity.get(identity);
    if (existing && (existing.active || !active)) continue;
    // Apostrophes may stand for accents (EMARE'SE), so those names are keyed by their display form.
    const key = searchKey(rawName.includes("'") || rawName.includes('(') ? displayName(rawName, province) : rawName);
    const entry: Entry = { code, province, rawName, active, key, spacedKey: ` ${key}` };
    entriesByIdentity.set(identity, entry);
    const current = byCode.get(code);
    if (!current || codeRank(entry) > codeRank(current)) byCode.set(code, entry);
  }
  const entries = [...entriesByIdentity.values()].sort(
    (a, b) =>
      Number(b.active) - Number(a.active) ||
      Number(a.province === FOREIGN_PROVINCE) - Number(b.province === FOREIGN_PROVINCE) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
      (a.province < b.province ? -1 : a.province > b.province ? 1 : 0),
  );
  index = { byCode, entries };
  return index;
}

// Which row names a code: an active preferred name beats any active name, which beats a
// historical one. Among equals the longest wins: for historical codes it is usually the last
// name used (FIGLINE → FIGLINE VALDARNO).
function codeRank(entry: Entry): number {
  const status = (entry.active ? 2 : 0) + (entry.active && PREFERRED_NAMES.has(entry.rawName) ? 1 : 0);
  return status * 1000 + entry.rawName.length;
}

function placeOf(entry: Entry): Place {
  entry.place ??= {
    code: entry.code,
    name: displayName(entry.rawName, entry.province),
    province: entry.province,
    active: entry.active,
    foreign: entry.province === FOREIGN_PROVINCE,
  };
  return entry.place;
}

/** The place a Belfiore code stands for; the current name when the code has had several. */
export function placeByCode(code: string): Place | undefined {
  const entry = getIndex().byCode.get(code.trim().toUpperCase());
  return entry && placeOf(entry);
}

/**
 * Autocomplete search on place names, ignoring case, accents and punctuation.
 * Names starting with the query come first, then names with a word starting with it, then any
 * other names containing it; within each group current names before historical ones.
 */
export function searchPlaces(query: string, options: SearchPlacesOptions = {}): Place[] {
  const { limit = 10, includeForeign = true, includeHistorical = false } = options;
  const wanted = searchKey(query);
  if (wanted === '' || limit <= 0) return [];
  const spacedWanted = ` ${wanted}`;
  // Entries are pre-sorted, so filling one bucket per match tier in scan order yields the
  // final order without sorting, and a full first bucket ends the scan early.
  const tiers: Entry[][] = [[], [], []];
  for (const entry of getIndex().entries) {
    if (!includeForeign && entry.province === FOREIGN_PROVINCE) continue;
    if (!includeHistorical && !entry.active) continue;
    const { key, spacedKey } = entry;
    const tier = key.startsWith(wanted) ? tiers[0] : spacedKey.includes(spacedWanted) ? tiers[1] : key.includes(wanted) ? tiers[2] : undefined;
    if (tier && tier.length < limit) tier.push(entry);
    if (tiers[0]?.length === limit) break;
  }
  return tiers.flat().slice(0, limit).map(placeOf);
}

let byName: Map<string, Entry[]> | undefined;

/**
 * The places with exactly this name, ignoring case, accents and punctuation (CANTU' is Cantù):
 * current before historical, Italian before foreign. Several for names used in more than one
 * province or by more than one code over time.
 */
export function placesByName(name: string): Place[] {
  if (!byName) {
    byName = new Map();
    for (const entry of getIndex().entries) {
      const list = byName.get(entry.key);
      if (list) list.push(entry);
      else byName.set(entry.key, [entry]);
    }
  }
  return (byName.get(searchKey(name)) ?? []).map(placeOf);
}

/** "Figline e Incisa Valdarno (FI)" for a comune, just "Albania" for a foreign country. */
export function formatPlace(place: Place): string {
  return place.foreign ? place.name : `${place.name} (${place.province})`;
}

/** Name of a province from its sigla ("FI" → "Firenze"); undefined for unknown or historical ones. */
export function provinceName(sigla: string): string | undefined {
  return PROVINCE[sigla.trim().toUpperCase()];
}
