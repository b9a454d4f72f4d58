import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type i18n } from 'i18next';
import type { AuditEntry } from '../../shared/domain/audit';
import { it as italian } from '../i18n/it';
import { en as english } from '../i18n/en';
import { describeAuditDetail, type Translator } from './auditDetail';

let instance: i18n;
const translator = (language: 'it' | 'en'): Translator => ({
  t: (key, values) => instance.t(key as 'audit.title', { ...values, lng: language }),
  exists: (key) => instance.exists(key, { lng: language }),
});
const entry = (action: AuditEntry['action'], detail: string, subjectKind: AuditEntry['subjectKind'] = 'worker') => ({ action, detail, subjectKind });

beforeAll(async () => {
  instance = i18next.createInstance();
  await instance.init({ resources: { it: { translation: italian }, en: { translation: english } }, lng: 'it', interpolation: { escapeValue: false } });
});

describe('audit detail', () => {
  it('reads a candidacy move as its stage, in either language', () => {
    const move = entry('update', 'candidacy:018f0000-0000-7000-8000-000000000001:cv_sent');
    expect(describeAuditDetail(move, translator('it'))).toBe('Candidatura: CV inviato');
    expect(describeAuditDetail(move, translator('en'))).toBe('Candidacy: CV sent');
    expect(describeAuditDetail(entry('update', 'candidacy:x:hired'), translator('it'))).toBe('Candidatura: Assunto');
  });

  it('reads CV exports, course and venture actions, consent and the subject-access copy', () => {
    const it = translator('it');
    expect(describeAuditDetail(entry('export', 'cv-pdf anonymous en PCO-7Q3K'), it)).toBe('CV anonima (prima proposta), inglese (rif. PCO-7Q3K)');
    expect(describeAuditDetail(entry('update', 'course.attendance'), it)).toBe('Presenze a un corso');
    expect(describeAuditDetail(entry('update', 'course.ended'), it)).toBe('Fine di un corso');
    expect(describeAuditDetail(entry('update', 'enrolment'), it)).toBe('Iscrizione a un corso');
    expect(describeAuditDetail(entry('update', 'venture.update'), translator('en'))).toBe('Business venture changed');
    expect(describeAuditDetail(entry('consent', 'withdrawn'), it)).toBe('Consenso revocato');
    expect(describeAuditDetail(entry('export', 'html+json'), it)).toBe('Copia dei dati personali (HTML e JSON)');
    expect(describeAuditDetail(entry('export', 'ics 2019-10-14..2019-10-20', 'report'), it)).toBe('Agenda in formato .ics, dal 14/10/2019 al 20/10/2019');
    expect(describeAuditDetail(entry('export', 'xlsx external 2019-11-01..2019-11-30', 'report'), it)).toBe(
      'Rapporto di monitoraggio, vista esterna pseudonimizzata, in XLSX, dal 01/11/2019 al 30/11/2019',
    );
    expect(describeAuditDetail(entry('export', 'csv internal 2019-01-01..2019-06-30', 'report'), translator('en'))).toBe(
      'Monitoring report, internal view with names, as CSV, from 01/01/2019 to 30/06/2019',
    );
  });

  it('labels changed fields by the kind of record', () => {
    expect(describeAuditDetail(entry('update', 'surname,phone'), translator('it'))).toBe('Campi modificati: Cognome, Telefono');
    expect(describeAuditDetail(entry('update', 'legalName,ateco,comuneCode', 'employer'), translator('it'))).toBe('Campi modificati: Ragione sociale, Codice ATECO, Comune');
    expect(describeAuditDetail(entry('update', 'positions,hard', 'offer'), translator('en'))).toBe('Fields changed: Positions, Required');
    expect(describeAuditDetail(entry('update', 'hours', 'course'), translator('it'))).toBe('Campi modificati: Durata (ore)');
  });

  it('names an offer’s employer when known, contacts by channel, deleted enrolments by count', () => {
    const it = translator('it');
    expect(describeAuditDetail(entry('create', 'employer:e1', 'offer'), it, (_kind, id) => (id === 'e1' ? 'Trafilerie Arno S.p.A.' : undefined))).toBe('Offerta di Trafilerie Arno S.p.A.');
    expect(describeAuditDetail(entry('delete', 'employer:gone', 'offer'), it)).toBe('');
    expect(describeAuditDetail(entry('update', 'contact:visit', 'employer'), it)).toBe('Contatto registrato: Visita');
    expect(describeAuditDetail(entry('delete', 'enrolments:3', 'course'), it)).toBe('Con 3 iscrizioni');
  });

  it('shows an unknown code as stored rather than guessing', () => {
    expect(describeAuditDetail(entry('export', 'xlsx monthly'), translator('it'))).toBe('xlsx monthly');
    expect(describeAuditDetail(entry('update', 'candidacy:x:some_new_stage'), translator('it'))).toBe('Candidatura: some_new_stage');
    expect(describeAuditDetail(entry('update', ''), translator('it'))).toBe('');
  });
});
