// The placements list as XLSX, read back with read-excel-file: one row per placement, what is
// missing in words, dates as dates, and a name that looks like a formula kept as text.
import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import readXlsxFile from 'read-excel-file/node';
import { it as italian } from '../i18n/it';
import { en as english } from '../i18n/en';
import { xlsxBytes } from '../../shared/reports/files';
import { checkDossier, type DossierFacts } from '../../shared/documents/dossier/check';
import { DEFAULT_FUNDING_SCHEME } from '../../shared/documents/dossier/scheme';
import type { WorkerRecord } from '../db/rows';
import { dossierLabels, dossierSheet } from './dossierFiles';
import type { PlacementDossier } from './dossierSource';

beforeAll(async () => {
  await i18next.init({ resources: { it: { translation: italian }, en: { translation: english } }, lng: 'it', interpolation: { escapeValue: false } });
});

function dossier(fullName: string, facts: DossierFacts): PlacementDossier {
  // Only what the sheet reads of the worker's record.
  const worker = { id: '018f0000-0000-7000-8000-000000000001', data: { codiceFiscale: 'MSAFBA68D12D583X' } } as unknown as WorkerRecord;
  return { id: 'placement', worker, fullName, counselorName: 'Sara Conti', facts, check: checkDossier(facts, DEFAULT_FUNDING_SCHEME), documents: [] };
}

const facts: DossierFacts = {
  hiring: { employerName: 'Tenuta Arno S.r.l.', contractType: 'fixed_term', fixedTermMonths: 4, hiredOn: '2019-12-13', startDate: '2019-12-16', incentive: 'none' },
  documents: [],
  activities: [{ kind: 'interview', date: '2019-02-11', what: 'Accoglienza', hours: 1.5, operator: 'Sara Conti' }],
};

describe('dossier files', () => {
  it('the XLSX lists each placement with what is missing, and keeps a formula-like name as text', async () => {
    const t = i18next.getFixedT('it') as TFunction;
    const bytes = await xlsxBytes([dossierSheet(t, [dossier('Masi Fabio', facts), dossier('=HYPERLINK("http://x")', facts)])], 'test');
    const [sheet] = await readXlsxFile(Buffer.from(bytes));
    const rows = sheet?.data ?? [];
    expect(rows[0]?.[12]).toBe('Cosa manca');
    expect(rows[1]?.slice(0, 5)).toEqual(['Masi Fabio', 'MSAFBA68D12D583X', 'Sara Conti', 'Tenuta Arno S.r.l.', 'Tempo determinato']);
    expect(rows[1]?.[5]).toEqual(new Date('2019-12-13T00:00:00Z'));
    expect(rows[1]?.slice(7, 12)).toEqual([4, 1.5, 'No', null, 'Incompleto']);
    expect(rows[1]?.[12]).toBe('manca il patto firmato; manca la comunicazione UNILAV o il contratto; contratto a termine di 4 mesi: sotto i 6 richiesti; manca la fascia di profilazione');
    expect(rows[2]?.[0]).toBe('\'=HYPERLINK("http://x")');
  });

  it('the PDF’s labels are Italian whatever the interface language', () => {
    const labels = dossierLabels(i18next.getFixedT('it') as TFunction, dossier('Masi Fabio', { ...facts, profilingBand: 'veryHigh', profilingDate: '2019-01-28' }));
    expect(labels).toMatchObject({ contract: 'Tempo determinato', incentive: 'Nessuno', band: 'Molto alta, assegnata il 28/01/2019' });
    expect(dossierLabels(i18next.getFixedT('it') as TFunction, dossier('Masi Fabio', facts)).band).toBe('');
    expect(labels.documentTypes.servicePact).toBe('Patto di servizio firmato');
    expect(labels.gaps).toContain('contratto a termine di 4 mesi: sotto i 6 richiesti');
  });
});
