import { Dexie, type Table } from 'dexie';
import { DATABASE_NAME, declareSchema } from './schema';
import type { AuditRow, CounselorRow, DraftRow, EmployerRow, EventRow, MetaRow, ProgrammeRow, StatisticalRow, WorkerRow } from './rows';

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

  constructor(name: string = DATABASE_NAME) {
    super(name);
    declareSchema(this);
  }
}
