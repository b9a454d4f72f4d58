// Who may read which worker files: a counselor their own caseload, the coordinator everyone. A plain
// value, so it can travel to the report's Web Worker with the request.
import type { CounselorRole } from '../../shared/domain/programme';

export interface ReadScope {
  readonly role: CounselorRole;
  readonly counselorId: string;
}

export const withinScope = (scope: ReadScope, row: { counselorId: string }): boolean => scope.role === 'coordinator' || row.counselorId === scope.counselorId;

/** The scope of a session, as a plain value (a session also holds functions). */
export const scopeOf = (scope: ReadScope): ReadScope => ({ role: scope.role, counselorId: scope.counselorId });
