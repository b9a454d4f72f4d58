// The two things a spreadsheet can bring in: worker files (the plant's HR list) and employers.
// Each has its columns with their headers, and the rules that read a row (shared/import).
import type { EntityRules } from '../../shared/import/preview';
import type { FieldDefinition } from '../../shared/import/sheetRows';
import { WORKER_FIELD_DEFINITIONS } from '../../shared/import/workerFields';
import { workerRules } from '../../shared/import/workerRules';
import { EMPLOYER_FIELD_DEFINITIONS, employerRules } from '../../shared/import/employerRules';

export type ImportEntityName = 'workers' | 'employers';

export interface EntityContext {
  /** The day the plant closed: years at the plant are counted to it. */
  readonly closedOn: string;
}

export interface ImportEntity {
  readonly fields: readonly FieldDefinition<string>[];
  readonly rules: EntityRules<string, unknown, unknown>;
}

export function importEntity(name: ImportEntityName, context: EntityContext): ImportEntity {
  return name === 'workers' ? { fields: WORKER_FIELD_DEFINITIONS, rules: workerRules(context) } : { fields: EMPLOYER_FIELD_DEFINITIONS, rules: employerRules() };
}
