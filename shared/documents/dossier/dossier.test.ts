// The dossier of a placement: the check against the funding scheme (what is missing, whether the
// contract counts, the amount), its PDF read back with pdf.js, and the ZIP read back with fflate.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { CONTRACT_TYPES, PROFILING_BANDS } from '../../domain/vocabulary';
import { readPdf } from '../templates/readPdf.testing';
import { checkDossier, type DossierFacts, type DossierHiring } from './check';
import { buildDossierPdf } from './pdf';
import { attachmentNames, buildDossierZip, dossierFileName } from './zip';
import { safeFileName } from '../fileNames';
import { contractStanding, DEFAULT_FUNDING_SCHEME, fundingSchemeSchema, type FundingScheme } from './scheme';

const hiring = (overrides: Partial<DossierHiring> = {}): DossierHiring => ({
  employerName: 'Trafilerie Valdarno S.r.l.',
  contractType: 'permanent',
  hiredOn: '2019-09-10',
  startDate: '2019-09-16',
  incentive: 'none',
  ...overrides,
});

const complete: DossierFacts = {
  hiring: hiring(),
  documents: [
    { id: 'd1', type: 'servicePact', date: '2019-03-04', fileName: 'patto firmato.pdf' },
    { id: 'd2', type: 'unilav', date: '2019-09-12', fileName: 'unilav.pdf' },
  ],
  activities: [
    { kind: 'interview', date: '2019-02-11', what: 'Accoglienza', hours: 1.5, operator: 'Sara Conti' },
    { kind: 'course', date: '2019-04-01', endDate: '2019-05-31', what: 'Saldatura TIG', hours: 38, operator: 'Agenzia formativa Valdarno' },
    { kind: 'meeting', date: '2019-08-20', what: 'Trafilerie Valdarno S.r.l.', hours: null, operator: 'Sara Conti' },
  ],
  profilingBand: 'high',
};

describe('checkDossier', () => {
  it('a permanent hiring with everything handed over is complete and worth the band’s amount', () => {
    expect(checkDossier(complete, DEFAULT_FUNDING_SCHEME)).toEqual({ complete: true, gaps: [], counts: true, amount: 3000, hours: 39.5 });
  });

  it('names what is missing: the signed Patto, the UNILAV or contract, the band, the activities', () => {
    const check = checkDossier({ hiring: hiring(), documents: [{ id: 'g', type: 'generated', date: '2019-03-01', fileName: 'patto.pdf' }], activities: [] }, DEFAULT_FUNDING_SCHEME);
    expect(check.gaps.map((gap) => gap.kind)).toEqual(['signedPact', 'hiringProof', 'profilingBand', 'activities']);
    expect(check).toMatchObject({ complete: false, counts: true, amount: null });
  });

  it('the worker’s band is what a dossier otherwise complete lacks, and sets the amount', () => {
    const { profilingBand: _band, ...withoutBand } = complete;
    expect(checkDossier(withoutBand, DEFAULT_FUNDING_SCHEME)).toEqual({ complete: false, gaps: [{ kind: 'profilingBand' }], counts: true, amount: null, hours: 39.5 });
    const amounts = PROFILING_BANDS.map((band) => checkDossier({ ...complete, profilingBand: band, profilingDate: '2019-01-28' }, DEFAULT_FUNDING_SCHEME).amount);
    expect(amounts).toEqual([1000, 2000, 3000, 5000]);
    const fixedTerm = { ...complete, hiring: hiring({ contractType: 'fixed_term', fixedTermMonths: 12 }), profilingBand: 'low' as const };
    expect(checkDossier(fixedTerm, DEFAULT_FUNDING_SCHEME)).toMatchObject({ complete: true, amount: 500 });
  });

  it('a fixed-term contract counts from six months, from three in a crisis area', () => {
    const fourMonths = { ...complete, hiring: hiring({ contractType: 'fixed_term', fixedTermMonths: 4 }) };
    expect(checkDossier(fourMonths, DEFAULT_FUNDING_SCHEME)).toMatchObject({ complete: false, counts: false, amount: null, gaps: [{ kind: 'contractTooShort', months: 4, required: 6 }] });
    expect(checkDossier(fourMonths, { ...DEFAULT_FUNDING_SCHEME, crisisArea: true })).toMatchObject({ complete: true, counts: true, amount: 1500 });
    const agency = { ...complete, hiring: hiring({ contractType: 'agency_fixed_term', fixedTermMonths: 6 }) };
    expect(checkDossier(agency, DEFAULT_FUNDING_SCHEME)).toMatchObject({ complete: true, amount: 1500 });
    expect(checkDossier({ ...complete, hiring: hiring({ contractType: 'fixed_term' }) }, DEFAULT_FUNDING_SCHEME).gaps).toEqual([{ kind: 'contractLength' }]);
  });

  it('apprenticeship counts as permanent; an internship or a collaboration does not count', () => {
    expect(checkDossier({ ...complete, hiring: hiring({ contractType: 'apprenticeship' }) }, DEFAULT_FUNDING_SCHEME).amount).toBe(3000);
    expect(checkDossier({ ...complete, hiring: hiring({ contractType: 'internship' }) }, DEFAULT_FUNDING_SCHEME)).toMatchObject({ counts: false, gaps: [{ kind: 'contractNotCounted', contractType: 'internship' }] });
  });

  const schemes: fc.Arbitrary<FundingScheme> = fc
    .record({ ordinary: fc.integer({ min: 1, max: 36 }), crisis: fc.integer({ min: 1, max: 36 }), crisisArea: fc.boolean() })
    .map(({ ordinary, crisis, crisisArea }) => ({ ...DEFAULT_FUNDING_SCHEME, crisisArea, minFixedTermMonths: Math.max(ordinary, crisis), minFixedTermMonthsCrisis: Math.min(ordinary, crisis) }));
  const facts: fc.Arbitrary<DossierFacts> = fc.record({
    contractType: fc.constantFrom(...CONTRACT_TYPES),
    months: fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined }),
    pact: fc.boolean(),
    proof: fc.constantFrom('unilav', 'hiringContract', null),
    band: fc.option(fc.constantFrom(...PROFILING_BANDS), { nil: undefined }),
    activities: fc.nat(3),
  }).map(({ contractType, months, pact, proof, band, activities }) => ({
    hiring: hiring({ contractType, fixedTermMonths: months }),
    documents: [...(pact ? [{ id: 'p', type: 'servicePact' as const, date: '2019-03-01', fileName: 'p.pdf' }] : []), ...(proof ? [{ id: 'u', type: proof, date: '2019-09-01', fileName: 'u.pdf' }] : [])],
    activities: complete.activities.slice(0, activities),
    profilingBand: band,
  }));

  it('is complete exactly when no gap is listed, and pays only a hiring that counts with a known band', () => {
    fc.assert(
      fc.property(facts, schemes, (dossier, scheme) => {
        const check = checkDossier(dossier, scheme);
        expect(check.complete).toBe(check.gaps.length === 0);
        if (check.amount !== null) expect(check.counts && dossier.profilingBand !== undefined).toBe(true);
        const standing = contractStanding(dossier.hiring.contractType);
        const required = scheme.crisisArea ? scheme.minFixedTermMonthsCrisis : scheme.minFixedTermMonths;
        expect(check.counts).toBe(standing === 'permanent' || (standing === 'fixedTerm' && (dossier.hiring.fixedTermMonths ?? 0) >= required));
      }),
    );
  });

  it('a longer contract never counts less, and a crisis area never asks for more months', () => {
    fc.assert(
      fc.property(facts, schemes, (dossier, scheme) => {
        const longer = { ...dossier, hiring: { ...dossier.hiring, fixedTermMonths: (dossier.hiring.fixedTermMonths ?? 0) + 1 } };
        if (checkDossier(dossier, scheme).counts) expect(checkDossier(longer, scheme).counts).toBe(true);
        if (checkDossier(dossier, { ...scheme, crisisArea: false }).counts) expect(checkDossier(dossier, { ...scheme, crisisArea: true }).counts).toBe(true);
      }),
    );
  });

  it('the scheme setting refuses a crisis threshold above the ordinary one', () => {
    expect(fundingSchemeSchema.safeParse(DEFAULT_FUNDING_SCHEME).success).toBe(true);
    expect(fundingSchemeSchema.safeParse({ ...DEFAULT_FUNDING_SCHEME, minFixedTermMonthsCrisis: 9 }).success).toBe(false);
  });
});

describe('the dossier as files', () => {
  const labels = {
    contract: 'Tempo determinato',
    incentive: 'Nessuno',
    band: 'Alta, assegnata il 28/01/2019',
    gaps: ['contratto a termine di 4 mesi: sotto i 6 richiesti'],
    documentTypes: { servicePact: 'Patto di servizio firmato', unilav: 'Comunicazione UNILAV' },
  };
  const facts = { ...complete, hiring: hiring({ contractType: 'fixed_term', fixedTermMonths: 4, endDate: '2020-01-15' }) };
  const input = {
    programmeName: 'PCO Figline Valdarno',
    texts: null,
    date: '2019-10-01',
    worker: { fullName: 'Masi Fabio', codiceFiscale: 'MSAFBA68D12D583X' },
    counselorName: 'Sara Conti',
    facts,
    check: checkDossier(facts, DEFAULT_FUNDING_SCHEME),
    scheme: DEFAULT_FUNDING_SCHEME,
    labels,
    attachmentNames: attachmentNames([
      { typeLabel: 'Patto di servizio firmato', fileName: 'patto firmato.pdf' },
      { typeLabel: 'Comunicazione UNILAV', fileName: 'unilav.pdf' },
    ]),
  };

  it('the PDF holds the worker, the check with what is missing, the hiring and the activity log with hours and operators', async () => {
    const { text, title } = await readPdf(await buildDossierPdf(input));
    expect(title).toBe('Dossier di rendicontazione');
    for (const expected of [
      'Masi Fabio',
      'MSAFBA68D12D583X',
      'Accordo di ricollocazione (DGR 339/2018)',
      'Dossier incompleto',
      'contratto a termine di 4 mesi: sotto i 6 richiesti',
      'L’assunzione non conta per la quota di risultato.',
      'Trafilerie Valdarno S.r.l.',
      'Tempo determinato',
      '4 mesi, fino al 15/01/2020',
      'Fascia di profilazione Alta, assegnata il 28/01/2019',
      'Firmato il 04/03/2019 (patto firmato.pdf)',
      '11/02/2019',
      'Colloquio: Accoglienza',
      '1,5',
      '01/04/2019 – 31/05/2019',
      'Corso: Saldatura TIG',
      'Agenzia formativa Valdarno',
      'Incontro con l’azienda',
      '39,5',
      'allegati/01 - Patto di servizio firmato - patto firmato.pdf',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('the ZIP holds the PDF and each file under the name the PDF lists', async () => {
    const pdf = await buildDossierPdf(input);
    const zip = buildDossierZip(pdf, [
      { typeLabel: 'Patto di servizio firmato', fileName: 'patto firmato.pdf', bytes: new Uint8Array([1, 2, 3]) },
      { typeLabel: 'Comunicazione UNILAV', fileName: '../unilav.pdf', bytes: new Uint8Array([4]) },
    ], input.date);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['dossier.pdf', 'allegati/01 - Patto di servizio firmato - patto firmato.pdf', 'allegati/02 - Comunicazione UNILAV - _unilav.pdf']);
    expect(files['dossier.pdf']).toEqual(pdf);
    expect([...(files['allegati/02 - Comunicazione UNILAV - _unilav.pdf'] ?? [])]).toEqual([4]);
    expect(dossierFileName('Masi Fabio', '2019-10-01')).toBe('Dossier Masi Fabio 01-10-2019.zip');
    expect(safeFileName('a/b:c*?.pdf')).toBe('a_b_c__.pdf');
  });
});
