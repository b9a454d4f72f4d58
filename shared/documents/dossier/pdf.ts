// The dossier's PDF (dossier di rendicontazione): one placed worker, the check against the funding
// scheme with what is missing, the hiring, the profiling band, the signed Patto, the dated log of
// activities with hours and operators, and the list of the files attached beside it in the ZIP.
// Drawn with the templates' page (letterhead, tables, footers); Italian, like every document the
// programme hands over. Pure: labels come resolved, the same input gives the same bytes.
import { formatItalianDate } from '../../time/dates';
import { formatNumber } from '../../i18n/locale';
import { PdfComposer } from '../templates/layout';
import { letterheadOf } from '../templates/programmeTexts';
import type { ProgrammeTexts } from '../templates/programmeTexts';
import type { DossierActivity, DossierCheck, DossierFacts } from './check';
import type { FundingScheme } from './scheme';

/** What the PDF shows that the facts hold only as codes, already in Italian. */
export interface DossierLabels {
  readonly contract: string;
  readonly incentive: string;
  /** The profiling band's name, or '' when none is recorded. */
  readonly band: string;
  /** Each gap of the check, in its order. */
  readonly gaps: readonly string[];
  /** Per document type id. */
  readonly documentTypes: Readonly<Record<string, string>>;
}

export interface DossierPdfInput {
  readonly programmeName: string;
  readonly texts: ProgrammeTexts | null;
  /** The day the dossier is made (dates the PDF). */
  readonly date: string;
  readonly worker: { readonly fullName: string; readonly codiceFiscale: string };
  readonly counselorName: string;
  readonly facts: DossierFacts;
  readonly check: DossierCheck;
  readonly scheme: FundingScheme;
  readonly labels: DossierLabels;
  /** The files as the ZIP names them, in the facts' document order. */
  readonly attachmentNames: readonly string[];
}

const KIND_TEXT: Record<DossierActivity['kind'], string> = { interview: 'Colloquio', course: 'Corso', meeting: 'Incontro con l’azienda' };

const hoursText = (hours: number | null) => (hours === null ? '—' : formatNumber(hours, 'it'));
const euros = (amount: number) => `€ ${formatNumber(amount, 'it')}`;

function activityRows(activities: readonly DossierActivity[]): string[][] {
  return [...activities]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((activity) => [
      activity.endDate && activity.endDate !== activity.date ? `${formatItalianDate(activity.date)} – ${formatItalianDate(activity.endDate)}` : formatItalianDate(activity.date),
      `${KIND_TEXT[activity.kind]}: ${activity.what}`,
      hoursText(activity.hours),
      activity.operator,
    ]);
}

export async function buildDossierPdf(input: DossierPdfInput): Promise<Uint8Array> {
  const { facts, check, labels, worker } = input;
  const { hiring } = facts;
  const pdf = await PdfComposer.start(
    { title: 'Dossier di rendicontazione', date: input.date, footer: `Dossier di rendicontazione di ${worker.fullName}, ${formatItalianDate(input.date)}` },
    letterheadOf(input.programmeName, input.texts),
  );
  pdf.title('Dossier di rendicontazione della ricollocazione');
  pdf.fields(
    [
      ['Lavoratore/lavoratrice', worker.fullName],
      ['Codice fiscale', worker.codiceFiscale],
      ['Orientatore responsabile', input.counselorName],
      ['Misura', input.scheme.name],
      ['Data', formatItalianDate(input.date)],
    ],
    150,
  );

  pdf.heading('Esito del controllo');
  pdf.paragraph(check.complete ? 'Dossier completo: nulla manca per la rendicontazione.' : 'Dossier incompleto. Manca o non è conforme:', { bold: true });
  if (!check.complete) pdf.bullets(labels.gaps);
  pdf.fields(
    [
      ['Quota di risultato', check.counts ? 'L’assunzione conta per la quota di risultato.' : 'L’assunzione non conta per la quota di risultato.'],
      ['Importo', check.amount === null ? 'Da determinare' : euros(check.amount)],
      ['Ore di attività', hoursText(check.hours)],
    ],
    150,
  );

  pdf.heading('Assunzione');
  const duration = hiring.fixedTermMonths !== undefined ? `${hiring.fixedTermMonths} mesi${hiring.endDate ? `, fino al ${formatItalianDate(hiring.endDate)}` : ''}` : 'Senza termine';
  const time = hiring.partTimePercent !== undefined ? `Tempo parziale al ${hiring.partTimePercent}%` : hiring.hoursPerWeek !== undefined ? `${formatNumber(hiring.hoursPerWeek, 'it')} ore settimanali` : 'Tempo pieno';
  pdf.fields(
    [
      ['Azienda', hiring.employerName],
      ['Tipo di contratto', labels.contract],
      ['Assunto il', formatItalianDate(hiring.hiredOn)],
      ['Inizio del lavoro', formatItalianDate(hiring.startDate)],
      ['Durata', duration],
      ['Orario', time],
      ['Incentivo', labels.incentive],
    ],
    150,
  );

  pdf.heading('Profilazione e Patto di servizio');
  const pact = facts.documents.find((document) => document.type === 'servicePact');
  pdf.fields(
    [
      ['Fascia di profilazione', labels.band || 'Non indicata'],
      ['Patto di servizio firmato', pact ? `Firmato il ${formatItalianDate(pact.date)} (${pact.fileName})` : 'Manca'],
    ],
    150,
  );

  pdf.heading('Registro delle attività');
  if (facts.activities.length > 0) {
    pdf.table(
      [{ title: 'Data', share: 2.2 }, { title: 'Attività', share: 5.4 }, { title: 'Ore', share: 0.9, align: 'right' }, { title: 'Operatore', share: 2.6 }],
      [...activityRows(facts.activities), ['', 'Totale', hoursText(check.hours), '']],
    );
  } else {
    pdf.paragraph('Nessuna attività registrata.', { muted: true });
  }

  pdf.heading('Allegati');
  if (facts.documents.length > 0) {
    pdf.table(
      [{ title: 'Documento', share: 3.4 }, { title: 'Data', share: 1.6 }, { title: 'File nel pacchetto', share: 6 }],
      facts.documents.map((document, index) => [labels.documentTypes[document.type] ?? document.type, formatItalianDate(document.date), input.attachmentNames[index] ?? document.fileName]),
    );
  } else {
    pdf.paragraph('Nessun documento sulla scheda.', { muted: true });
  }

  pdf.signatures([{ label: 'Il coordinatore del programma' }, { label: 'L’orientatore responsabile', name: input.counselorName }]);
  return pdf.save();
}
