import { Dexie, type Table } from 'dexie';
import { DATABASE_NAME, declareSchema } from './schema';
import type {
  ActionPlanRow,
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
  SyncBookkeepingRow,
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
  devices!: Table<SyncBookkeepingRow, string>;
  syncHistory!: Table<SyncBookkeepingRow, string>;
  peers!: Table<SyncBookkeepingRow, string>;
  conflicts!: Table<SyncBookkeepingRow, string>;
  recoveryKeys!: Table<SyncBookkeepingRow, string>;
  appliedBundles!: Table<SyncBookkeepingRow, string>;
  programmeSettings!: Table<ProgrammeSettingRow, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    declareSchema(this);
  }
}
