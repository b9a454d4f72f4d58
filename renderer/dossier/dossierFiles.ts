// The dossier's files from the screen's data: the labels in Italian for the PDF (the document the
// programme hands over is Italian whatever the interface language), the ZIP, and the list of
// placements as an XLSX sheet (text cells neutralised: a name is never a formula).
import type { TFunction } from 'i18next';
import { neutraliseFormula } from '../../shared/security/spreadsheet';
import { sheetDate, type Sheet, type SheetValue } from '../../shared/reports/reportSheets';
import { DOCUMENT_TYPE_IDS } from '../../shared/documents/types';
import type { DossierGap } from '../../shared/documents/dossier/check';
import { buildDossierPdf, type DossierLabels } from '../../shared/documents/dossier/pdf';
import { attachmentNames, buildDossierZip } from '../../shared/documents/dossier/zip';
import type { FundingScheme } from '../../shared/documents/dossier/scheme';
import type { ProgrammeTexts } from '../../shared/documents/templates/programmeTexts';
import { profilingBandText } from '../../shared/documents/templates/facts';
import type { PlacementDossier } from './dossierSource';

/** A gap in the interface's words (the i18n key and its values). */
export function gapText(t: TFunction, gap: DossierGap): string {
  switch (gap.kind) {
    case 'contractTooShort':
      return t('dossier.gaps.contractTooShort', { months: gap.months, required: gap.required });
    case 'contractNotCounted':
      return t('dossier.gaps.contractNotCounted', { contract: t(`vocab.contract.${gap.contractType}`) });
    default:
      return t(`dossier.gaps.${gap.kind}`);
  }
}

/** The PDF's labels, read in Italian (`it` is the catalogue's Italian t). */
export function dossierLabels(it: TFunction, dossier: PlacementDossier): DossierLabels {
  const { hiring, profilingBand, profilingDate } = dossier.facts;
  return {
    contract: it(`vocab.contract.${hiring.contractType}`),
    incentive: it(`employers.incentive.${hiring.incentive}`),
    band: profilingBandText(profilingBand, profilingDate),
    gaps: dossier.check.gaps.map((gap) => gapText(it, gap)),
    documentTypes: Object.fromEntries(DOCUMENT_TYPE_IDS.map((type) => [type, it(`documents.types.${type}`)])),
  };
}

export interface DossierContext {
  readonly programmeName: string;
  readonly texts: ProgrammeTexts | null;
  readonly scheme: FundingScheme;
  readonly today: string;
}

/** The ZIP of one dossier: its PDF and the bytes of the files on the worker's file. */
export async function dossierZip(it: TFunction, dossier: PlacementDossier, files: readonly Uint8Array[], context: DossierContext): Promise<Uint8Array<ArrayBuffer>> {
  const labels = dossierLabels(it, dossier);
  const attachments = dossier.documents.map((document, index) => ({ typeLabel: labels.documentTypes[document.type] ?? document.type, fileName: document.fileName, bytes: files[index] ?? new Uint8Array() }));
  const pdf = await buildDossierPdf({
    programmeName: context.programmeName,
    texts: context.texts,
    date: context.today,
    worker: { fullName: dossier.fullName, codiceFiscale: dossier.worker.data.codiceFiscale },
    counselorName: dossier.counselorName,
    facts: dossier.facts,
    check: dossier.check,
    scheme: context.scheme,
    labels,
    attachmentNames: attachmentNames(attachments),
  });
  return buildDossierZip(pdf, attachments, context.today);
}

/** Every placement with its dossier's state, one row each, in the interface language. */
export function dossierSheet(t: TFunction, dossiers: readonly PlacementDossier[]): Sheet {
  const text = (value: string): SheetValue => neutraliseFormula(value);
  return {
    name: t('dossier.sheet.name'),
    title: t('dossier.title'),
    header: [
      t('dossier.columns.worker'),
      t('dossier.sheet.codiceFiscale'),
      t('dossier.sheet.counselor'),
      t('dossier.columns.employer'),
      t('dossier.columns.contract'),
      t('dossier.columns.hiredOn'),
      t('dossier.sheet.startDate'),
      t('dossier.sheet.fixedTermMonths'),
      t('dossier.columns.hours'),
      t('dossier.sheet.counts'),
      t('dossier.columns.amount'),
      t('dossier.columns.state'),
      t('dossier.sheet.missing'),
    ],
    rows: dossiers.map(({ fullName, worker, counselorName, facts: { hiring }, check }) => [
      text(fullName),
      text(worker.data.codiceFiscale),
      text(counselorName),
      text(hiring.employerName),
      text(t(`vocab.contract.${hiring.contractType}`)),
      sheetDate(hiring.hiredOn),
      sheetDate(hiring.startDate),
      hiring.fixedTermMonths ?? null,
      check.hours,
      check.counts ? t('dossier.sheet.yes') : t('dossier.sheet.no'),
      check.amount,
      check.complete ? t('dossier.complete') : t('dossier.incomplete'),
      text(check.gaps.map((gap) => gapText(t, gap)).join('; ')),
    ]),
    dateColumns: [5, 6],
  };
}
