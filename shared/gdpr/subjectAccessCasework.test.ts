import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { it as itCatalogue } from '../../renderer/i18n/it';
import { GDPR_LABELS_EN, GDPR_LABELS_IT } from './labels';
import { buildSubjectAccessExport, type SubjectAccessInput } from './subjectAccess';
import type { SubjectAccessCasework } from './subjectAccessCasework';
import { fullWorker, WORKER_ID } from './testing';

/** The app's t() over the real catalogues; a missing key fails the test. */
function strictLabel(catalogue: object): (key: string) => string {
  return (key) => {
    let node: unknown = catalogue;
    for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node !== 'string') throw new Error(`missing label ${key}`);
    return node;
  };
}

const CASEWORK: SubjectAccessCasework = {
  cvs: [
    { id: 'cv-1', variant: 'anonymous', language: 'it', reference: 'PCO-7Q3K', createdAt: '2019-03-04T09:15:00.000Z' },
    { id: 'cv-2', variant: 'full', language: 'en', reference: 'PCO-9XW2', createdAt: '2019-03-05T10:00:00.000Z' },
  ],
  actionPlans: [
    {
      id: 'plan-1',
      signedOn: '2019-02-11',
      goals: [{ text: 'Ricollocarsi nella logistica entro l’estate' }],
      activities: [{ title: 'Corso carrellisti', owner: 'Lavoratrice', dueDate: '2019-04-30', state: 'done' }],
    },
  ],
  enrolments: [
    { id: 'en-1', courseTitle: 'Carrellista', provider: 'Scuola Edile Firenze', courseHours: 12, enrolledOn: '2019-04-01', hoursAttended: 12, state: 'completed', endedOn: '2019-04-20', certificate: true },
  ],
  candidacies: [
    {
      id: 'ca-1',
      offerRole: 'Magazziniera',
      employerName: 'Logistica Arno S.r.l.',
      proposedOn: '2019-05-02',
      stage: 'hired',
      history: [
        { occurredOn: '2019-05-02', from: null, to: 'proposed', reason: '', cvReference: null },
        { occurredOn: '2019-05-06', from: 'proposed', to: 'cv_sent', reason: '', cvReference: 'PCO-7Q3K' },
        { occurredOn: '2019-06-01', from: 'trial', to: 'hired', reason: '', cvReference: null },
      ],
    },
  ],
  ventures: [
    {
      id: 've-1',
      idea: 'Laboratorio di riparazione biciclette',
      atecoCode: '95.29.02',
      milestones: [{ kind: 'business_plan', dueDate: '2019-06-30', doneOn: '2019-06-20' }],
      funding: [{ source: 'Microcredito regionale', requested: 15000, granted: 12000, state: 'granted' }],
    },
  ],
  documents: [
    { id: 'doc-1', type: 'privacyConsent', date: '2019-02-10', fileName: 'consenso <firmato>.pdf', mediaType: 'application/pdf', bytes: 204800, sha256: 'a'.repeat(64), note: 'firmato in sede', path: 'documenti/2019-02-10 consenso _firmato_.pdf' },
  ],
};

function input(overrides: Partial<SubjectAccessInput> = {}): SubjectAccessInput {
  return {
    worker: { id: WORKER_ID, data: fullWorker(), meta: { createdAt: '2019-01-15T09:00:00.000Z', updatedAt: '2019-09-02T10:00:00.000Z', updatedBy: 'counselor-anna', deviceId: 'device-1' } },
    events: [],
    audit: [
      { id: 'a-1', at: '2019-05-06T09:00:00.000Z', hlc: '000001557133200000-0000-device-1', actorId: 'counselor-anna', deviceId: 'device-1', action: 'update', subjectKind: 'worker', subjectId: WORKER_ID, detail: 'candidacy:ca-1:cv_sent' },
    ],
    programmeName: 'PCO Figline Valdarno',
    counselorName: () => 'Anna Lotti',
    generatedAt: '2025-03-14T11:30:00.000Z',
    generatedBy: 'counselor-anna',
    language: 'it',
    label: strictLabel({ ...itCatalogue, gdpr: GDPR_LABELS_IT }),
    casework: CASEWORK,
    ...overrides,
  };
}

describe('subject access: case work', () => {
  it('carries CVs, plans, enrolments, candidacies and ventures in the JSON as stored', () => {
    const doc = JSON.parse(buildSubjectAccessExport(input()).json);
    expect(doc.version).toBe(2);
    expect(doc.casework).toEqual(CASEWORK);
  });

  it('lists an empty case work rather than leaving it out', () => {
    const doc = JSON.parse(buildSubjectAccessExport(input({ casework: undefined })).json);
    expect(doc.casework).toEqual({ cvs: [], actionPlans: [], enrolments: [], candidacies: [], ventures: [], documents: [] });
    const page = buildSubjectAccessExport(input({ casework: undefined })).html;
    expect(page.split('<p>Nessuno.</p>').length - 1).toBe(6);
  });

  it('lists the documents kept, each linked to its file in the archive, names escaped', () => {
    const page = buildSubjectAccessExport(input()).html;
    expect(page).toContain('<h2>Documenti conservati</h2>');
    expect(page).toContain('<td>10/02/2019</td>');
    expect(page).toContain('<a href="documenti/2019-02-10 consenso _firmato_.pdf">consenso &lt;firmato&gt;.pdf</a>');
    expect(page).toContain('200 KB');
  });

  it('reads the case work out in Italian: CV versions, plan, hours, stages with the CV sent, venture', () => {
    const page = buildSubjectAccessExport(input()).html;
    for (const title of ['Curriculum preparati', 'Piano d’azione individuale', 'Corsi di formazione', 'Candidature alle offerte di lavoro', 'Progetti di impresa']) expect(page).toContain(`<h2>${title}</h2>`);
    expect(page).toContain('<td>04/03/2019</td><td>Anonima (prima proposta)</td><td>Italiano</td><td>PCO-7Q3K</td>');
    expect(page).toContain('Ricollocarsi nella logistica entro l’estate');
    expect(page).toContain('<td>Corso carrellisti</td><td>Lavoratrice</td><td>30/04/2019</td><td>Fatta</td>');
    expect(page).toContain('<td>Carrellista — Scuola Edile Firenze</td><td>01/04/2019</td><td>12 / 12</td><td>Completato (con attestato)</td>');
    expect(page).toContain('<td>Magazziniera — Logistica Arno S.r.l.</td><td>02/05/2019</td><td>Assunto</td>');
    expect(page).toContain('06/05/2019: CV inviato (CV PCO-7Q3K)');
    expect(page).toContain('Laboratorio di riparazione biciclette (ATECO 95.29.02)');
    expect(page).toContain('<td>Business plan</td><td>30/06/2019</td><td>20/06/2019</td>');
    expect(page).toContain('<td>Microcredito regionale</td><td>15.000</td><td>12.000</td><td>Concessa</td>');
  });

  it('reads it out in English too, and escapes what was typed', () => {
    const typed = { ...CASEWORK, ventures: [{ ...CASEWORK.ventures[0]!, idea: '<script>alert(1)</script>' }] };
    const page = buildSubjectAccessExport(input({ language: 'en', label: strictLabel({ ...en, gdpr: GDPR_LABELS_EN }), casework: typed })).html;
    expect(page).toContain('<h2>Candidacies for job offers</h2>');
    expect(page).toContain('06/05/2019: CV sent (CV PCO-7Q3K)');
    expect(page).toContain('<td>15,000</td>');
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
  });

  it('shows access-log details in words when the app describes them, as stored otherwise', () => {
    expect(buildSubjectAccessExport(input()).html).toContain('<td>candidacy:ca-1:cv_sent</td>');
    const described = buildSubjectAccessExport(input({ describeDetail: () => 'Candidatura: CV inviato' })).html;
    expect(described).toContain('<td>Candidatura: CV inviato</td>');
    expect(described).not.toContain('candidacy:ca-1');
  });
});
