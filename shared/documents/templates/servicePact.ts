// Patto di servizio personalizzato / piano d'azione individuale (art. 20 D.Lgs. 150/2015), filled
// from the worker's action plan: the goals, the activities with who and by when, the counselor
// responsible, how often they meet, and what the worker commits to, including accepting suitable
// offers (offerta congrua). Signed by both; the signed scan dates the plan (actionPlan.signedOn).
import { formatItalianDate } from '../../time/dates';
import { PdfComposer } from './layout';
import { letterheadOf, type ProgrammeTexts } from './programmeTexts';
import { profilingBandText, type ContactFrequency } from './facts';
import type { ProfilingBand } from '../../domain/vocabulary';

const FREQUENCY_TEXT: Readonly<Record<ContactFrequency, string>> = {
  weekly: 'un incontro o una telefonata ogni settimana',
  fortnightly: 'un incontro o una telefonata ogni due settimane',
  monthly: 'un incontro o una telefonata ogni mese',
};

export interface ServicePactActivity {
  readonly title: string;
  readonly owner: string;
  readonly dueDate: string;
}

export interface ServicePactInput {
  readonly programmeName: string;
  readonly texts: ProgrammeTexts | null;
  readonly worker: { readonly fullName: string; readonly codiceFiscale: string };
  readonly counselorName: string;
  /** The worker's profiling band and the day the job centre gave it, when there is one. */
  readonly profiling?: { readonly band: ProfilingBand; readonly assignedOn?: string };
  readonly goals: readonly string[];
  readonly activities: readonly ServicePactActivity[];
  readonly frequency: ContactFrequency;
  /** ISO day the pact is printed to be signed. */
  readonly date: string;
}

export async function buildServicePactPdf(input: ServicePactInput): Promise<Uint8Array> {
  const { worker } = input;
  const pdf = await PdfComposer.start(
    { title: "Patto di servizio e piano d'azione individuale", date: input.date, footer: `Patto di servizio di ${worker.fullName}, ${formatItalianDate(input.date)}` },
    letterheadOf(input.programmeName, input.texts),
  );
  pdf.title("Patto di servizio personalizzato e piano d'azione individuale (art. 20 D.Lgs. 150/2015)");
  pdf.fields([
    ['Lavoratore/lavoratrice', worker.fullName],
    ['Codice fiscale', worker.codiceFiscale],
    ['Orientatore responsabile', input.counselorName],
    // Art. 20 D.Lgs. 150/2015: the pact names the band; with none yet the line is left out, not blank.
    ...(input.profiling ? [['Fascia di profilazione', profilingBandText(input.profiling.band, input.profiling.assignedOn)] as const] : []),
    ['Data', formatItalianDate(input.date)],
  ], 150);

  pdf.heading('Obiettivi');
  if (input.goals.length > 0) pdf.bullets(input.goals);
  else pdf.paragraph('Nessun obiettivo scritto nel piano.', { muted: true });

  pdf.heading('Attività concordate');
  const activities = [...input.activities].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  if (activities.length > 0) {
    pdf.table(
      [{ title: 'N.', share: 0.6, align: 'right' }, { title: 'Attività', share: 6 }, { title: 'Chi', share: 2.6 }, { title: 'Entro il', share: 1.8 }],
      activities.map((activity, index) => [String(index + 1), activity.title, activity.owner, formatItalianDate(activity.dueDate)]),
    );
  } else {
    pdf.paragraph('Nessuna attività scritta nel piano.', { muted: true });
  }

  pdf.heading('Contatti');
  pdf.paragraph(`L'orientatore e il lavoratore si sentono con questa frequenza: ${FREQUENCY_TEXT[input.frequency]}, e ogni volta che un'offerta, un corso o una scadenza lo richiede.`);

  pdf.heading('Impegni del lavoratore');
  pdf.bullets([
    "partecipare ai colloqui e alle attività di questo piano nelle date concordate, avvisando l'orientatore prima se non può;",
    'cercare attivamente lavoro e documentarlo: candidature inviate, colloqui sostenuti, contatti con le aziende, annotati con l’orientatore;',
    "accettare le offerte di lavoro congrue (art. 25 D.Lgs. 150/2015) per competenze, distanza da casa, tipo di contratto e retribuzione; il rifiuto di un'offerta congrua senza giustificato motivo può comportare le conseguenze previste dalla legge per chi riceve la cassa integrazione;",
    "comunicare subito all'orientatore un'assunzione, un cambio di indirizzo o di recapito, e ogni fatto che cambi la sua disponibilità.",
  ]);

  pdf.heading("Impegni dell'orientatore");
  pdf.bullets([
    'proporre offerte di lavoro e corsi coerenti con il profilo e spiegare come sono stati scelti;',
    'preparare il lavoratore ai colloqui di selezione e accompagnarlo negli incontri con le aziende;',
    'aggiornare questo piano con il lavoratore quando cambiano gli obiettivi o le attività.',
  ]);

  pdf.paragraph('Letto, approvato e sottoscritto. Luogo e data: ______________________________');
  pdf.signatures([
    { label: 'Firma del lavoratore / della lavoratrice', name: worker.fullName },
    { label: "Firma dell'orientatore responsabile", name: input.counselorName },
  ]);
  return pdf.save();
}
