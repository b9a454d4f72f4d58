import { Dexie, type Table } from 'dexie';
import { DATABASE_NAME, declareSchema } from './schema';
import { workerListMiddleware, type WorkerListRow } from './workerList';
import { eventCacheGuard } from './eventCacheGuard';
import { programmeCigsMiddleware } from './programmeCigs';
import { reportResultsGuard } from './reportResultsGuard';
import type {
  ActionPlanRow,
  AppliedBundleRow,
  AppointmentRow,
  ConflictRow,
  DeviceRow,
  DocumentChunkRow,
  DocumentRow,
  PeerRow,
  RecoveryKeyRow,
  SyncHistoryRow,
  AuditRow,
  CandidacyRow,
  CounselorRow,
  CourseRow,
  CvRow,
  DraftRow,
  EmployerRow,
  EnrolmentRow,
  EventRow,
  MeetingRow,
  MetaRow,
  OfferRow,
  ProgrammeRow,
  ProgrammeSettingRow,
  StatisticalRow,
  VentureRow,
  WorkerRow,
} from './rows';

export class PcoDatabase extends Dexie {
  meta!: Table<MetaRow, string>;
  programme!: Table<ProgrammeRow, string>;
  counselors!: Table<CounselorRow, string>;
  workers!: Table<WorkerRow, string>;
  employers!: Table<EmployerRow, string>;
  events!: Table<EventRow, string>;
  drafts!: Table<DraftRow, string>;
  audit!: Table<AuditRow, string>;
  statistics!: Table<StatisticalRow, string>;
  offers!: Table<OfferRow, string>;
  actionPlans!: Table<ActionPlanRow, string>;
  courses!: Table<CourseRow, string>;
  enrolments!: Table<EnrolmentRow, string>;
  ventures!: Table<VentureRow, string>;
  candidacies!: Table<CandidacyRow, string>;
  meetings!: Table<MeetingRow, string>;
  cvs!: Table<CvRow, string>;
  devices!: Table<DeviceRow, string>;
  syncHistory!: Table<SyncHistoryRow, string>;
  peers!: Table<PeerRow, string>;
  conflicts!: Table<ConflictRow, string>;
  recoveryKeys!: Table<RecoveryKeyRow, string>;
  appliedBundles!: Table<AppliedBundleRow, string>;
  programmeSettings!: Table<ProgrammeSettingRow, string>;
  documents!: Table<DocumentRow, string>;
  /** Sealed chunks of documents' bytes, keyed [documentId, index]. */
  documentChunks!: Table<DocumentChunkRow, [string, number]>;
  appointments!: Table<AppointmentRow, string>;
  /** Derived from `workers` by workerListMiddleware: never written directly. */
  workerList!: Table<WorkerListRow, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    declareSchema(this);
    this.use(workerListMiddleware);
    // After the list's: the workers it rewrites are mirrored there.
    this.use(programmeCigsMiddleware);
    this.use(eventCacheGuard);
    this.use(reportResultsGuard);
  }
}
