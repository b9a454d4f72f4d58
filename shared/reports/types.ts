// What the monitoring reports are computed from (plain records, already opened and in the viewer's
// scope) and what they produce: tables of cells, each cell holding the list behind it so that a
// coordinator can check any number (the internal view). The external view is the same tables
// with the lists dropped and small cells suppressed (see suppression.ts).
import type { Candidacy, Course, Enrolment, Meeting, Venture } from '../domain/casework';
import type { Employer } from '../domain/employer';
import type { Offer } from '../domain/offer';
import type { Programme } from '../domain/programme';
import type { StatisticalRecord } from '../gdpr/statisticalRecord';
import type { ReportEvent } from './reportEvent';
import type { ReportWorker } from './reportWorker';

/** Inclusive range of ISO days. */
export interface Period {
  start: string;
  end: string;
}

export interface Keyed<T> {
  id: string;
  data: T;
}

export type { ReportWorker } from './reportWorker';

export interface ReportInput {
  programme: Programme;
  workers: readonly ReportWorker[];
  /** Ids of workers whose personal data was erased: their events still count, their files do not. */
  erasedWorkerIds: readonly string[];
  /**
   * Every event of a reported kind about the workers, candidacies and enrolments in scope, each kind
   * in the order recorded: an array, or the columns the app keeps them in (eventColumns.ts).
   */
  events: Iterable<ReportEvent>;
  offers: readonly Keyed<Offer>[];
  employers: readonly Keyed<Employer>[];
  candidacies: readonly Keyed<Candidacy>[];
  meetings: readonly Keyed<Meeting>[];
  courses: readonly Keyed<Course>[];
  enrolments: readonly Keyed<Enrolment>[];
  ventures: readonly Keyed<Venture>[];
  /** Anonymous rows left by erasure: they keep the enrolment tables whole. */
  statistics: readonly StatisticalRecord[];
  /**
   * Files merged into another (absorbed id → survivor, shared/sync/merges.ts): their events and
   * rows count as the survivor's. Absent: none.
   */
  mergedWorkers?: ReadonlyMap<string, string>;
}

/** One line of the list behind a figure. */
export interface DrillItem {
  /** The worker concerned, when there is one (absent for offers; an erased worker's id resolves to nothing). */
  workerId?: string;
  /** The record behind the line: an event, offer, candidacy, meeting, enrolment or venture id. */
  refId?: string;
  date?: string;
  employerId?: string;
  /** A vocabulary code that says what the line is (contract type, interview type, stage…). */
  code?: string;
  /** A quantity the line contributes: days to hire, hours attended, days left of CIGS. */
  amount?: number;
}

export interface ReportCell {
  /** The figure; null when it does not apply (a total of a column that does not add up) or is suppressed. */
  value: number | null;
  /** Hidden in the external view: too few people behind it, or it would let a hidden one be recovered. */
  suppressed?: boolean;
  /**
   * Distinct people behind the figure: what the small-cell rule looks at (a cell with a few
   * interviews of one worker speaks about one person). Undefined when no person is behind it (offers).
   */
  people?: number;
  /** The list behind the figure (internal view only). */
  items?: DrillItem[];
}

export interface ReportRow {
  /** A vocabulary code, a band, a month, or a measure name; the renderer labels it by the table's dimension. */
  key: string;
  cells: ReportCell[];
  /** In a table of measures, the unit of this row when it differs from its column's. */
  unit?: ColumnUnit;
}

export type Dimension =
  | 'track'
  | 'status'
  | 'ageBand'
  | 'sex'
  | 'role'
  | 'education'
  | 'contract'
  | 'atecoSection'
  | 'distanceBand'
  | 'interviewType'
  | 'stage'
  | 'measure'
  | 'cigsBand';

export type ColumnUnit = 'count' | 'days' | 'hours' | 'percent';

export interface ReportColumn {
  /** Column name; the renderer labels it (reports.columns.<id>). */
  id: string;
  unit: ColumnUnit;
  /** Its cells add up to the total row: suppression must stop a hidden cell being recovered by subtraction. */
  additive: boolean;
  /** Each cell is the sum of these columns' cells in the same row (a row total): a second margin. */
  sumOf?: readonly string[];
  /** Each cell is a part of (at most) that column's cell in the same row: a bound a reader can use. */
  within?: string;
}

export const TABLE_IDS = [
  'enrolledByTrack',
  'enrolledByStatus',
  'enrolledByAge',
  'enrolledBySex',
  'enrolledByRole',
  'enrolledByEducation',
  'placementOutcome',
  'placementsByContract',
  'placementsBySector',
  'placementsByDistance',
  'daysToHire',
  'interviewsByType',
  'activity',
  'candidacyStages',
  'retraining',
  'ventures',
  'cigsEnding',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface ReportTable {
  id: TableId;
  dimension: Dimension;
  columns: readonly ReportColumn[];
  rows: ReportRow[];
  total?: ReportRow;
}

export type ReportView = 'internal' | 'external';

export interface MonitoringReport {
  programmeName: string;
  period: Period;
  /** Day the CIGS horizon is counted from (the end of the period). */
  referenceDate: string;
  view: ReportView;
  /** External view: cells concerning fewer people than this are suppressed. */
  threshold?: number;
  tables: ReportTable[];
}

/** What the labelled sheets read besides the report: names for the internal list, and who follows each worker. */
export interface ReportData {
  counselorOf: ReadonlyMap<string, string>;
  workerNames: ReadonlyMap<string, string>;
  counselorNames: ReadonlyMap<string, string>;
  employerNames: ReadonlyMap<string, string>;
}

/** A translate function over the app's catalogue keys (i18next's `t`, or the CLI's lookup). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
