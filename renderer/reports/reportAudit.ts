// Every export of a report leaves a trace in the audit log: its format, view and period (codes
// only, no names).
import type { PcoDatabase } from '../db/database';
import type { Session } from '../db/session';
import { auditEntry } from '../db/recordRows';

export interface ReportAudit {
  recordExport(detail: string): Promise<void>;
}

export function createReportAudit(db: PcoDatabase, session: Session): ReportAudit {
  return {
    async recordExport(detail) {
      await db.transaction('rw', [db.audit, db.meta], async () => {
        await db.audit.add(auditEntry(session, 'export', 'monitoring', detail, 'report'));
        await session.persistClock();
      });
    },
  };
}
