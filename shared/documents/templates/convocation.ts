// Lettera di convocazione: a counselor invites a worker to an interview at the programme's office,
// or to an introductory meeting at an employer's (incontro conoscitivo). Date, time, place, the
// employer when there is one, and what to bring.
import { formatItalianDate } from '../../time/dates';
import { PdfComposer } from './layout';
import { letterheadOf, type ProgrammeTexts } from './programmeTexts';
import type { ConvocationKind } from './facts';


export interface ConvocationInput {
  readonly programmeName: string;
  readonly texts: ProgrammeTexts | null;
  readonly kind: ConvocationKind;
  readonly worker: { readonly fullName: string; readonly address: string };
  /** What the interview is about ("colloquio di orientamento"); for a meeting, the role offered. */
  readonly subject: string;
  readonly employerName: string;
  /** ISO day and HH:MM of the appointment. */
  readonly date: string;
  readonly time: string;
  readonly place: string;
  readonly bring: readonly string[];
  readonly counselorName: string;
  /** ISO day the letter is written. */
  readonly issuedOn: string;
}

export async function buildConvocationPdf(input: ConvocationInput): Promise<Uint8Array> {
  const meeting = input.kind === 'meeting';
  const pdf = await PdfComposer.start(
    { title: meeting ? 'Convocazione a incontro conoscitivo' : 'Convocazione a colloquio', date: input.issuedOn, footer: `Lettera di convocazione del ${formatItalianDate(input.issuedOn)}` },
    letterheadOf(input.programmeName, input.texts),
  );
  pdf.paragraph(`Data della lettera: ${formatItalianDate(input.issuedOn)}`, { muted: true });
  pdf.paragraph([input.worker.fullName, input.worker.address].filter((line) => line.trim() !== '').join('\n'));
  pdf.gap(6);
  pdf.title(meeting ? `Oggetto: convocazione a un incontro conoscitivo presso ${input.employerName}` : `Oggetto: convocazione a ${input.subject}`);
  pdf.paragraph(`Gentile ${input.worker.fullName},`);
  pdf.paragraph(
    meeting
      ? `nell'ambito del ${input.programmeName} Le abbiamo trovato un'opportunità di lavoro: l'azienda ${input.employerName} desidera conoscerLa${input.subject ? ` per la posizione di ${input.subject}` : ''}. La invitiamo all'incontro conoscitivo:`
      : `nell'ambito del ${input.programmeName} La invitiamo a ${input.subject}:`,
  );
  pdf.fields([
    ['Data', formatItalianDate(input.date)],
    ['Ora', input.time ? `ore ${input.time}` : 'da concordare con l’orientatore'],
    ['Luogo', input.place || 'da concordare con l’orientatore'],
    ...(meeting ? [['Azienda', input.employerName] as const] : []),
    ['Orientatore', input.counselorName],
  ]);
  if (input.bring.length > 0) {
    pdf.paragraph('Porti con sé:', { bold: true });
    pdf.bullets(input.bring);
  }
  pdf.paragraph(
    meeting
      ? "Se non può partecipare, La preghiamo di avvisare l'orientatore il prima possibile: l'azienda attende la Sua conferma. L'orientatore La accompagnerà all'incontro o La preparerà prima."
      : "Se non può partecipare, La preghiamo di avvisare l'orientatore il prima possibile per fissare un'altra data. La partecipazione ai colloqui è uno degli impegni del patto di servizio.",
  );
  pdf.paragraph('Cordiali saluti.');
  pdf.signatures([{ label: "L'orientatore", name: input.counselorName }]);
  return pdf.save();
}
