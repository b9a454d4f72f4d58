import { format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { it as itCatalogue } from '../../renderer/i18n/it';
import type { AuditEntry } from '../domain/audit';
import type { Worker } from '../domain/worker';
import { GDPR_LABELS_EN, GDPR_LABELS_IT } from './labels';
import { buildSubjectAccessExport, subjectAccessFileBaseName, type SubjectAccessInput } from './subjectAccess';
import { slug } from '../text/fold';
import { consent, created, event, fullWorker, status, WORKER_ID } from './testing';
import { WORKER_SECTIONS } from './workerFields';

/** The app's t() over the real catalogues plus the new keys; a missing key fails the test. */
function strictLabel(catalogue: object): (key: string) => string {
  return (key) => {
    let node: unknown = catalogue;
    for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node !== 'string') throw new Error(`missing label ${key}`);
    return node;
  };
}
const LABEL_IT = strictLabel({ ...itCatalogue, gdpr: GDPR_LABELS_IT });
const LABEL_EN = strictLabel({ ...en, gdpr: GDPR_LABELS_EN });

const OTHER_ID = '0190a1b2-c3d4-7e5f-8a9b-ffffffffffff';
const NAMES: Readonly<Record<string, string>> = { 'counselor-anna': 'Anna Lotti', 'coordinator-piero': 'Piero Mannucci' };
const NOTE = 'Assunta a tempo indeterminato';

function auditEntry(n: number, at: string, action: AuditEntry['action'], actorId: string, detail = '', subjectId = WORKER_ID): AuditEntry {
  return { id: `a-${n}`, at, hlc: `${String(Date.parse(at)).padStart(15, '0')}-0000-device-1`, actorId, deviceId: 'device-1', action, subjectKind: 'worker', subjectId, detail };
}

function input(overrides: Partial<SubjectAccessInput> = {}, data: Worker = fullWorker()): SubjectAccessInput {
  return {
    worker: { id: WORKER_ID, data, meta: { createdAt: '2019-01-15T09:00:00.000Z', updatedAt: '2019-09-02T10:00:00.000Z', updatedBy: 'counselor-anna', deviceId: 'device-1' } },
    events: [
      event('2019-09-02', status('active', 'placed', NOTE, 'placed')),
      event('2019-01-15', created),
      event('2019-01-15', status(null, 'active')),
      event('2019-01-10', consent(true)),
      event('2019-02-01', status(null, 'withdrawn', 'someone else'), OTHER_ID),
    ],
    audit: [
      auditEntry(2, '2019-09-02T10:00:00.000Z', 'update', 'counselor-anna', 'status,exitReason'),
      auditEntry(1, '2019-01-15T09:00:00.000Z', 'create', 'counselor-anna'),
      auditEntry(3, '2025-03-14T11:29:00.000Z', 'export', 'coordinator-piero', 'html+json'),
      auditEntry(4, '2019-02-01T09:00:00.000Z', 'open', 'coordinator-piero', 'other worker', OTHER_ID),
    ],
    programmeName: 'PCO Figline Valdarno',
    counselorName: (id) => NAMES[id] ?? '',
    generatedAt: '2025-03-14T11:30:00.000Z',
    generatedBy: 'coordinator-piero',
    language: 'it',
    label: LABEL_IT,
    ...overrides,
  };
}

const count = (text: string, fragment: string) => text.split(fragment).length - 1;
const localTime = (iso: string) => format(parseISO(iso), 'dd/MM/yyyy HH:mm');

describe('subject access: JSON', () => {
  const worker = fullWorker();
  const doc = JSON.parse(buildSubjectAccessExport(input()).json);

  it('has the documented envelope', () => {
    expect(Object.keys(doc)).toEqual(['format', 'version', 'generatedAt', 'generatedBy', 'language', 'programme', 'worker', 'events', 'casework', 'accessLog']);
    expect(doc).toMatchObject({
      format: 'pco-subject-access',
      version: 2,
      generatedAt: '2025-03-14T11:30:00.000Z',
      generatedBy: { id: 'coordinator-piero', name: 'Piero Mannucci' },
      programme: { name: 'PCO Figline Valdarno' },
    });
  });

  it('contains every field of the worker file with its stored value', () => {
    expect(Object.keys(doc.worker).sort()).toEqual(['id', ...Object.keys(worker), 'createdAt', 'updatedAt', 'updatedBy'].sort());
    for (const [key, value] of Object.entries(worker)) expect(doc.worker[key], key).toEqual(value);
    expect(doc.worker).toMatchObject({ id: WORKER_ID, createdAt: '2019-01-15T09:00:00.000Z', updatedBy: { id: 'counselor-anna', name: 'Anna Lotti' } });
  });

  it('lists empty optional fields as null rather than leaving them out', () => {
    const sparse = fullWorker({ status: 'active', exitReason: undefined, privacyConsentDate: undefined, yearsAtPlant: undefined, commuteLimitKm: undefined, availableFrom: undefined });
    const sparseDoc = JSON.parse(buildSubjectAccessExport(input({}, sparse)).json);
    for (const key of ['exitReason', 'privacyConsentDate', 'yearsAtPlant', 'commuteLimitKm', 'availableFrom']) expect(sparseDoc.worker[key], key).toBeNull();
  });

  it("holds only this worker's events, oldest first, notes included", () => {
    expect(doc.events.map((e: { payload: { kind: string } }) => e.payload.kind)).toEqual(['worker.consentRecorded', 'worker.created', 'worker.statusChanged', 'worker.statusChanged']);
    expect(doc.events[3]).toMatchObject({ occurredOn: '2019-09-02', recordedBy: { id: 'counselor-anna', name: 'Anna Lotti' }, payload: { to: 'placed', note: NOTE } });
    expect(JSON.stringify(doc)).not.toContain('someone else');
  });

  it("holds only this worker's access log, in clock order, with names", () => {
    expect(doc.accessLog.map((entry: { action: string }) => entry.action)).toEqual(['create', 'update', 'export']);
    expect(doc.accessLog[2]).toEqual({ id: 'a-3', at: '2025-03-14T11:29:00.000Z', action: 'export', actor: { id: 'coordinator-piero', name: 'Piero Mannucci' }, deviceId: 'device-1', detail: 'html+json' });
    expect(JSON.stringify(doc)).not.toContain('other worker');
  });

  it('is pretty-printed', () => {
    expect(buildSubjectAccessExport(input()).json).toMatch(/^\{\n {2}"format": "pco-subject-access",\n/);
  });
});

describe('subject access: HTML', () => {
  const { html } = buildSubjectAccessExport(input());

  it('is one complete standalone document in the chosen language', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="it">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    for (const tag of ['<html', '<head>', '</head>', '<body>', '</body>', '</html>', '<style>', '<title>']) expect(count(html, tag), tag).toBe(1);
    for (const tag of ['table', 'section', 'tr', 'dl']) expect(count(html, `<${tag}`), tag).toBe(count(html, `</${tag}>`));
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('has no script and loads nothing from outside', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|\bsrc=|\bhref=|url\(|@import|https?:/i);
  });

  it('names the document, the controller, the date and who generated it', () => {
    expect(html).toContain('<h1>Dati personali trattati — art. 15 GDPR</h1>');
    expect(html).toContain('PCO Figline Valdarno');
    expect(html).toContain('14/03/2025');
    expect(html).toContain('Piero Mannucci');
  });

  it('shows every field of the file with its label and a human value', () => {
    const rows = [
      ['Cognome', 'Bianchini'],
      ['Nome', 'Lorella'],
      ['Codice fiscale', fullWorker().codiceFiscale],
      ['Data di nascita', '14/05/1968'],
      ['Sesso', 'Femminile'],
      ['Luogo di nascita', 'Firenze (FI)'],
      ['Comune di residenza', 'Figline e Incisa Valdarno (FI)'],
      ['Percorso principale', 'Ricollocamento attivo'],
      ['Percorsi secondari', 'Riqualificazione'],
      ['Stato', 'Ricollocato'],
      ['Motivo di uscita dal programma', 'Ricollocazione'],
      ['Orientatore assegnato', 'Anna Lotti'],
      ['Anni nello stabilimento', '22'],
      ['Titolo di studio', 'Licenza media'],
      ['Patenti e abilitazioni', 'Patente B, Carrello elevatore'],
      ['Lingue', 'Rumeno (B2)'],
      ['Competenze', 'trafilatura, controllo qualità'],
      ['Turni accettati', 'Giornaliero, Due turni'],
      ['Disponibile dal', '01/02/2019'],
      ['Appartiene a una categoria protetta (L. 68/99)', 'Sì'],
      ['Nota riservata', 'Invalidità civile 46%'],
    ];
    for (const [label, value] of rows) expect(html).toContain(`<tr><th scope="row">${label}</th><td>${value}</td></tr>`);
    const fieldRows = count(html, '<th scope="row">') - 3; // minus the three file-details rows
    expect(fieldRows).toBe(Object.keys(fullWorker()).length - 1); // every field but the CIGS table
  });

  it('shows an empty value as a dash', () => {
    const page = buildSubjectAccessExport(input({}, fullWorker({ phone: '', skills: [], status: 'active', exitReason: undefined }))).html;
    expect(page).toContain('<tr><th scope="row">Telefono</th><td>—</td></tr>');
    expect(page).toContain('<tr><th scope="row">Competenze</th><td>—</td></tr>');
    expect(page).toContain('<tr><th scope="row">Motivo di uscita dal programma</th><td>—</td></tr>');
  });

  it('lists the CIGS periods, or says that the programme ones apply', () => {
    expect(html).toContain('<tr><td>01/01/2019</td><td>31/12/2019</td><td>Cessazione</td></tr>');
    expect(html).toContain('<tr><td>01/01/2020</td><td>30/06/2020</td><td>Proroga</td></tr>');
    const page = buildSubjectAccessExport(input({}, fullWorker({ cigsPeriods: [] }))).html;
    expect(page).toContain(GDPR_LABELS_IT.cigsNone);
  });

  it('shows the status history with translated statuses, and the consent events', () => {
    expect(html).toContain('<td>15/01/2019</td><td>Attivo nel programma</td>');
    expect(html).toContain(`<td>02/09/2019</td><td>Attivo nel programma → Ricollocato (Ricollocazione)</td><td>${NOTE}</td><td>Anna Lotti</td>`);
    expect(html).toContain('<td>10/01/2019</td><td>Consenso al trattamento dei dati: firmato</td>');
    expect(html).toContain('<td>15/01/2019</td><td>Scheda aperta</td>');
    expect(html.indexOf('10/01/2019</td><td>Consenso')).toBeLessThan(html.indexOf('02/09/2019</td><td>Attivo'));
    expect(html).not.toContain('someone else');
  });

  it('shows the access log with names, actions and local times', () => {
    expect(html).toContain(`<tr><td>${localTime('2019-01-15T09:00:00.000Z')}</td><td>Anna Lotti</td><td>Creazione della scheda</td><td>—</td></tr>`);
    expect(html).toContain(`<tr><td>${localTime('2019-09-02T10:00:00.000Z')}</td><td>Anna Lotti</td><td>Modifica della scheda</td><td>status,exitReason</td></tr>`);
    expect(html).toContain(`<tr><td>${localTime('2025-03-14T11:29:00.000Z')}</td><td>Piero Mannucci</td><td>Esportazione dei dati</td><td>html+json</td></tr>`);
    expect(html).not.toContain('other worker');
  });

  it('says when nothing was recorded', () => {
    const page = buildSubjectAccessExport(input({ events: [], audit: [] })).html;
    expect(page).toContain(itCatalogue.worker.noHistory);
    expect(page).toContain(GDPR_LABELS_IT.noAccessLog);
  });

  it('falls back to the id for a counselor whose name is unknown', () => {
    const page = buildSubjectAccessExport(input({ counselorName: () => '' })).html;
    expect(page).toContain('<td>counselor-anna</td>');
  });

  it('is written in English with English labels and codes', () => {
    const page = buildSubjectAccessExport(input({ language: 'en', label: LABEL_EN })).html;
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<h1>Personal data processed — Art. 15 GDPR</h1>');
    expect(page).toContain('<tr><th scope="row">Status</th><td>Placed</td></tr>');
    expect(page).toContain('Active in the programme → Placed');
    expect(page).toContain('<tr><th scope="row">Belongs to a protected category (L. 68/99)</th><td>Yes</td></tr>');
    expect(page).not.toMatch(/Ricollocat|Cognome|Scheda aperta/);
  });
});

describe('subject access: escaping', () => {
  const hostile = fullWorker({ surname: '<script>alert(1)</script>', name: `O'Brien & "Co"`, address: '</td></tr></table><img src=x onerror=alert(2)>' });
  const result = buildSubjectAccessExport(
    input({
      programmeName: 'PCO <b>Figline</b>',
      counselorName: (id) => (id === 'counselor-anna' ? '<i>Anna</i>' : 'Piero'),
      events: [event('2019-09-02', status('active', 'placed', '</td><script>steal()</script>', 'placed'))],
      audit: [auditEntry(1, '2019-09-02T10:00:00.000Z', 'update', 'counselor-anna', '"><svg onload=alert(3)>')],
    }, hostile),
  );

  it('escapes every interpolated value', () => {
    const { html } = result;
    expect(html).not.toMatch(/<script|<img|<svg|<b>|<i>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('O&#39;Brien &amp; &quot;Co&quot;');
    expect(html).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('PCO &lt;b&gt;Figline&lt;/b&gt;');
    expect(html).toContain('&lt;i&gt;Anna&lt;/i&gt;');
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(3)&gt;');
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;steal()&lt;/script&gt;');
    for (const tag of ['<html', '<head>', '<body>', '<title>']) expect(count(html, tag), tag).toBe(1);
    expect(count(html, '<table')).toBe(count(html, '</table>'));
  });

  it('keeps the values intact in the JSON', () => {
    const doc = JSON.parse(result.json);
    expect(doc.worker.surname).toBe('<script>alert(1)</script>');
    expect(doc.worker.name).toBe(`O'Brien & "Co"`);
  });

  it('makes a safe file name of them', () => {
    expect(result.fileBaseName).toBe('accesso-dati-script-alert-1-script-o-brien-co-2025-03-14');
  });
});

describe('subject access: file name', () => {
  it('is ASCII, lower case, with the date of generation', () => {
    expect(buildSubjectAccessExport(input()).fileBaseName).toBe('accesso-dati-bianchini-lorella-2025-03-14');
    expect(subjectAccessFileBaseName({ surname: "D'Angelò", name: 'Maria Grazia' }, '2025-03-14T11:30:00.000Z', 'it')).toBe('accesso-dati-d-angelo-maria-grazia-2025-03-14');
    expect(subjectAccessFileBaseName({ surname: 'Nguyễn', name: 'Thị Ánh' }, '2025-03-14T11:30:00.000Z', 'en')).toBe('subject-access-nguyen-thi-anh-2025-03-14');
  });

  it('drops a part that has no ASCII letter left', () => {
    expect(slug('王')).toBe('');
    expect(subjectAccessFileBaseName({ surname: '王', name: 'Wei' }, '2025-03-14T11:30:00.000Z', 'it')).toBe('accesso-dati-wei-2025-03-14');
  });
});

describe('subject access: coverage and labels', () => {
  it('places every field of the worker file in exactly one section', () => {
    const listed = WORKER_SECTIONS.flatMap((section) => section.fields);
    expect([...listed].sort()).toEqual(Object.keys(fullWorker()).sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('has the same label keys in Italian and English, all filled, without placeholders', () => {
    const keys = (node: object, prefix = ''): string[] =>
      Object.entries(node).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`)));
    expect(keys(GDPR_LABELS_EN)).toEqual(keys(GDPR_LABELS_IT));
    for (const labels of [GDPR_LABELS_IT, GDPR_LABELS_EN]) {
      for (const key of keys(labels)) {
        const text = strictLabel(labels)(key);
        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toContain('{{');
      }
    }
  });
});
