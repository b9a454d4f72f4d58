// Scheda di presentazione of a candidate for an employer: the offer it answers, the CV as the
// counselor reviewed it (anonymised or full variant), and the incentives the employer could claim.
// The anonymised sheet carries the CV's initials and reference only: the CV content is checked for
// the worker's identifying data before this is called (shared/cv/anonymity.ts), and nothing else
// printed here (offer, incentives, counselor) names the worker.
import type { CvContent, CvSectionKey } from '../../cv/content';
import { formatItalianDate } from '../../time/dates';
import { PdfComposer } from './layout';
import { letterheadOf, type ProgrammeTexts } from './programmeTexts';
import type { IncentiveLine } from './incentives';

export interface CandidateSheetInput {
  readonly programmeName: string;
  readonly texts: ProgrammeTexts | null;
  readonly cv: CvContent;
  /** The CV's section headings in Italian (renderer/cv/texts.ts, `cvPdfLabels('it')`). */
  readonly sectionTitles: Readonly<Record<CvSectionKey | 'summary', string>>;
  readonly offer: { readonly role: string; readonly employerName: string };
  readonly incentives: readonly IncentiveLine[];
  readonly counselorName: string;
  /** ISO day the sheet is prepared. */
  readonly date: string;
}

export async function buildCandidateSheetPdf(input: CandidateSheetInput): Promise<Uint8Array> {
  const { cv } = input;
  const anonymous = cv.variant === 'anonymous';
  const pdf = await PdfComposer.start(
    {
      // The title names the person only on the full sheet: an anonymised file says nothing in its metadata.
      title: `Scheda di presentazione — ${anonymous ? cv.reference : cv.heading}`,
      date: input.date,
      footer: `Scheda di presentazione ${anonymous ? 'anonima' : ''} rif. ${cv.reference} del ${formatItalianDate(input.date)}`.replace(/ {2,}/g, ' '),
    },
    letterheadOf(input.programmeName, input.texts),
  );
  pdf.title(anonymous ? 'Scheda di presentazione del candidato (anonima)' : 'Scheda di presentazione del candidato');
  pdf.fields([
    ['Azienda', input.offer.employerName],
    ['Posizione', input.offer.role],
    ['Candidato', cv.heading],
    ['Riferimento', cv.reference],
    ['Orientatore', input.counselorName],
    ['Data', formatItalianDate(input.date)],
  ]);
  if (anonymous) {
    pdf.paragraph(
      `Scheda anonima: nome, recapiti e codice fiscale del candidato sono tenuti dall'orientatore. Per un colloquio citi il riferimento ${cv.reference}.`,
      { muted: true, size: 8.5 },
    );
  }

  if (cv.summary.trim() !== '') {
    pdf.heading(input.sectionTitles.summary);
    pdf.paragraph(cv.summary);
  }
  for (const section of cv.sections) {
    const lines = section.lines.filter((line) => line.text.trim() !== '' || line.label.trim() !== '');
    if (lines.length === 0) continue;
    pdf.heading(input.sectionTitles[section.key]);
    pdf.fields(lines.map((line) => [line.label, line.text] as const), 150);
  }

  pdf.heading("Incentivi che l'azienda può richiedere");
  pdf.bullets(input.incentives.map((line) => line.text));
  pdf.paragraph("Le condizioni di ciascun incentivo si verificano alla data dell'assunzione: l'orientatore aiuta l'azienda a presentare le domande.", { muted: true, size: 8.5 });
  if (!anonymous) pdf.paragraph('Dati trasmessi con il consenso del candidato, ai sensi degli artt. 6 e 13 del Regolamento UE 2016/679, per la sola selezione.', { muted: true, size: 8.5 });
  return pdf.save();
}
