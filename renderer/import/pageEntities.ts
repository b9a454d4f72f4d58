// What the page needs of each kind of import beyond the rules: where the files already held come
// from, how the rows are written, and the example row of the template.
import type { Worker } from '../../shared/domain/worker';
import type { Employer } from '../../shared/domain/employer';
import type { FateCounts, PreviewRow, EntityRules } from '../../shared/import/preview';
import type { FieldDefinition } from '../../shared/import/sheetRows';
import { WORKER_FIELD_DEFINITIONS, type WorkerImportField } from '../../shared/import/workerFields';
import { workerRules, type WorkerImportValues } from '../../shared/import/workerRules';
import { EMPLOYER_FIELD_DEFINITIONS, employerRules, type EmployerImportField, type EmployerImportValues } from '../../shared/import/employerRules';
import type { Services } from '../app/services';
import { createEmployerRepository } from '../db/repositories/employerRepository';
import { applyEmployerImport, applyWorkerImport, type ApplyOptions } from './applyImport';
import { heldEmployers, heldWorkers, type Held } from './held';
import type { EntityContext, ImportEntityName } from './entities';

export interface PageEntity<F extends string, V, E extends object> {
  readonly name: ImportEntityName;
  readonly fields: readonly FieldDefinition<F>[];
  rules(context: EntityContext): EntityRules<F, V, Partial<E>>;
  held(services: Services, keys: ReadonlySet<string>): Promise<Held<E>>;
  apply(services: Services, rows: readonly PreviewRow<F, V>[], held: Held<E>, options: ApplyOptions): Promise<FateCounts>;
  readonly example: Readonly<Partial<Record<F, string>>>;
}

export const WORKER_IMPORT: PageEntity<WorkerImportField, WorkerImportValues, Worker> = {
  name: 'workers',
  fields: WORKER_FIELD_DEFINITIONS,
  rules: workerRules,
  held: async (services, keys) => heldWorkers(services.db, services.codec, await services.workers.summaries(), keys),
  apply: (services, rows, held, options) => applyWorkerImport(services, rows, held.records, options),
  example: {
    surname: 'ROSSI',
    name: 'MARIO',
    codiceFiscale: 'RSSMRA70A01D583D',
    birthDate: '01/01/1970',
    sex: 'M',
    birthplace: 'Figline Valdarno',
    residence: 'Figline e Incisa Valdarno (FI)',
    address: 'Via Roma 1',
    postcode: '50063',
    phone: '333 1234567',
    email: 'mario.rossi@example.it',
    formerRole: 'Operatore di trafila',
    department: 'Trafileria',
    hireDate: '15/03/1995',
    level: '3',
    education: 'Licenza media',
  },
};

export const EMPLOYER_IMPORT: PageEntity<EmployerImportField, EmployerImportValues, Employer> = {
  name: 'employers',
  fields: EMPLOYER_FIELD_DEFINITIONS,
  rules: () => employerRules(),
  held: async (services) => heldEmployers(await createEmployerRepository(services.db, services.session, services.codec).list()),
  apply: (services, rows, held, options) => applyEmployerImport(services, rows, held.records, options),
  example: {
    legalName: 'Trafilerie del Valdarno S.r.l.',
    partitaIva: '01234560017',
    atecoCode: '25.93.10',
    atecoVersion: '2025',
    atecoDescription: 'Fabbricazione di prodotti fabbricati con fili metallici',
    comune: 'Montevarchi (AR)',
    address: 'Via dell’Industria 12',
    postcode: '52025',
    contactName: 'Anna Bianchi',
    phone: '055 123456',
    email: 'personale@example.it',
  },
};
