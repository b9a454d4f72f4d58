// The workers of a matching job as compact columns, built once per job: checking an offer's hard
// requirements is then a loop over typed arrays and small integers instead of strings, arrays
// and maps per worker (the score parts, with their sentences, are made for those who pass).
// Skills and former roles become ids of their distinct texts (a programme writes the same few
// hundred over and over), so the synonym dictionary is asked once per text and offer.
import { CONTRACT_TYPES, LICENCES } from '../domain/vocabulary';
import { MATCHABLE_STATUSES } from './matchable';
import { educationRank } from './requirements';
import { dayNumber } from '../time/days';
import type { HistoryIndex, MatchWorker, WorkerHistory } from './types';

/** Bit of each code in its vocabulary (licences and contracts have well under 32 codes). */
function bitsOf(codes: readonly string[]): Map<string, number> {
  return new Map(codes.map((code, position) => [code, 2 ** position]));
}
const LICENCE_BITS = bitsOf(LICENCES);
const CONTRACT_BITS = bitsOf(CONTRACT_TYPES);

export function maskOf(codes: readonly string[], bits: ReadonlyMap<string, number>): number {
  let mask = 0;
  for (const code of codes) mask |= bits.get(code) ?? 0;
  return mask;
}
export const licenceMask = (codes: readonly string[]) => maskOf(codes, LICENCE_BITS);
export const contractMask = (codes: readonly string[]) => maskOf(codes, CONTRACT_BITS);

export interface WorkerIndex {
  readonly workers: readonly MatchWorker[];
  /** 1 when the worker is still looking for work (only those are matched). */
  readonly matchable: Uint8Array;
  readonly licences: Uint32Array;
  /** ISTAT rank of the education level, -1 when unknown. */
  readonly education: Int8Array;
  /** Id of the residence comune in `places`. */
  readonly place: Int32Array;
  readonly places: readonly string[];
  /** Stated commute limit in km; NaN when none. */
  readonly commute: Float64Array;
  /** Day number of `availableFrom`; NaN when available now. */
  readonly available: Float64Array;
  readonly refused: Uint32Array;
  /** Id of the former role in `texts`. */
  readonly role: Int32Array;
  /** Skills of worker i are `skillIds[skillStart[i] .. skillStart[i + 1])`, as ids in `texts`. */
  readonly skillStart: Int32Array;
  readonly skillIds: Int32Array;
  readonly texts: readonly string[];
  /** Candidacy history by worker position. */
  readonly history: readonly (WorkerHistory | undefined)[];
}

/** Id of each distinct string, in order of first sight. */
class Interner {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

export function indexWorkers(workers: readonly MatchWorker[], history: HistoryIndex): WorkerIndex {
  const n = workers.length;
  const places = new Interner();
  const texts = new Interner();
  const index = {
    workers,
    matchable: new Uint8Array(n),
    licences: new Uint32Array(n),
    education: new Int8Array(n),
    place: new Int32Array(n),
    commute: new Float64Array(n),
    available: new Float64Array(n),
    refused: new Uint32Array(n),
    role: new Int32Array(n),
    skillStart: new Int32Array(n + 1),
    history: new Array<WorkerHistory | undefined>(n),
  };
  const skillIds: number[] = [];
  const educationRanks = new Map<string, number>();
  const availableDays = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const worker = workers[i] as MatchWorker;
    index.matchable[i] = MATCHABLE_STATUSES.includes(worker.status) ? 1 : 0;
    index.licences[i] = licenceMask(worker.licences);
    let rank = educationRanks.get(worker.educationLevel);
    if (rank === undefined) educationRanks.set(worker.educationLevel, (rank = educationRank(worker.educationLevel)));
    index.education[i] = rank;
    index.place[i] = places.id(worker.residenceCode);
    index.commute[i] = worker.commuteLimitKm ?? Number.NaN;
    const from = worker.availableFrom;
    let day = from ? availableDays.get(from) : Number.NaN;
    if (from && day === undefined) availableDays.set(from, (day = dayNumber(from)));
    index.available[i] = day ?? Number.NaN;
    index.refused[i] = contractMask(worker.refusedContracts);
    index.role[i] = texts.id(worker.formerRole);
    index.skillStart[i] = skillIds.length;
    for (const skill of worker.skills) skillIds.push(texts.id(skill));
    index.history[i] = history.get(worker.id);
  }
  index.skillStart[n] = skillIds.length;
  return { ...index, places: places.values, texts: texts.values, skillIds: Int32Array.from(skillIds) };
}
