// Informativa sul trattamento dei dati personali (art. 13 GDPR) with the consent form, for one
// worker. The texts are Italian on purpose whatever the interface language: it is the legal text
// the worker signs, the same on every laptop. The programme's own data (controller, DPO, address,
// retention) come from its settings; the version of those texts is printed on every page, so the
// notice a signed scan answers is known.
import { formatItalianDate } from '../../time/dates';
import { PdfComposer } from './layout';
import { letterheadOf, type ProgrammeTexts } from './programmeTexts';
import { privacyNoticeVersion } from './facts';

export interface PrivacyNoticeInput {
  readonly programmeName: string;
  readonly texts: ProgrammeTexts;
  readonly worker: { readonly fullName: string; readonly codiceFiscale: string };
  readonly counselorName: string;
  /** ISO day the notice is handed over. */
  readonly date: string;
}

export async function buildPrivacyNoticePdf(input: PrivacyNoticeInput): Promise<Uint8Array> {
  const { texts, worker } = input;
  const version = privacyNoticeVersion(texts);
  const pdf = await PdfComposer.start(
    { title: 'Informativa sul trattamento dei dati personali', date: input.date, footer: `Informativa privacy art. 13 GDPR, ${version}` },
    letterheadOf(input.programmeName, texts),
  );
  pdf.title('Informativa sul trattamento dei dati personali (art. 13 del Regolamento UE 2016/679)');
  pdf.fields([
    ['Lavoratore/lavoratrice', worker.fullName],
    ['Codice fiscale', worker.codiceFiscale],
    ['Data di consegna', formatItalianDate(input.date)],
    ['Versione', version],
  ]);
  pdf.paragraph(
    `Gentile ${worker.fullName}, partecipando al ${input.programmeName} Lei ci affida dati personali, alcuni dei quali particolari. Questa informativa Le spiega chi li tratta, perché, a chi vengono comunicati, per quanto tempo sono conservati e quali diritti ha.`,
  );

  pdf.heading('1. Titolare del trattamento e responsabile della protezione dei dati');
  pdf.fields([
    ['Titolare', `${texts.controllerName}, ${texts.controllerAddress}`],
    ['Responsabile della protezione dei dati (DPO)', texts.dpoContact],
    ['Sede del programma', texts.programmeAddress],
  ], 150);

  pdf.heading('2. Finalità e basi giuridiche');
  pdf.bullets([
    "Gestire la Sua partecipazione al programma: colloqui, bilancio di competenze, piano d'azione individuale, corsi, ricerca di offerte e accompagnamento fino all'assunzione. Base giuridica: esecuzione delle misure richieste da Lei e dell'accordo sindacale (art. 6, par. 1, lett. b) e adempimento di obblighi di legge in materia di politiche attive del lavoro (art. 6, par. 1, lett. c ed e).",
    "Rendicontare le attività e i risultati alla Regione Toscana, al Ministero del Lavoro e ad ANPAL, anche per il pagamento dei servizi. Base giuridica: obbligo di legge (art. 6, par. 1, lett. c).",
    "Trattare i dati relativi alla disabilità o all'appartenenza alle categorie protette (legge 68/1999), solo se Lei li comunica, per proporLe offerte adatte e gli incentivi previsti. Base giuridica: obblighi in materia di diritto del lavoro e di protezione sociale (art. 9, par. 2, lett. b).",
    "Inviare il Suo curriculum vitae alle aziende che cercano personale. Base giuridica: il Suo consenso (art. 6, par. 1, lett. a), separato e facoltativo, revocabile in ogni momento.",
  ]);

  pdf.heading('3. Ordinamento automatico delle offerte');
  pdf.paragraph(
    "Il programma usa un punteggio automatico per ordinare le offerte di lavoro e i candidati: conta competenze, patenti, titolo di studio, esperienza, distanza da casa, preferenze di contratto e di orario. Il punteggio è spiegato voce per voce ed è solo un suggerimento: un orientatore lo esamina e decide. Nessuna decisione che La riguarda è presa soltanto in modo automatico (art. 22); può chiedere in ogni momento come è stato calcolato e contestarlo.",
  );

  pdf.heading('4. Destinatari');
  pdf.bullets([
    'Regione Toscana e centri per l’impiego, per le politiche attive del lavoro;',
    'Ministero del Lavoro e delle Politiche Sociali e ANPAL, per il monitoraggio e la rendicontazione;',
    'INPS, per la cassa integrazione, gli incentivi e gli esoneri contributivi;',
    'le aziende che ricevono il Suo CV, solo con il Suo consenso, e quelle che La incontrano in un colloquio conoscitivo;',
    'gli enti di formazione dei corsi a cui si iscrive.',
  ]);
  pdf.paragraph('I dati non sono trasferiti fuori dall’Unione europea. Le relazioni inviate a enti esterni al programma non contengono il Suo nome.');

  pdf.heading('5. Conservazione');
  pdf.paragraph(
    `I dati sono conservati per la durata del programma e per ${texts.retentionYears} ${texts.retentionYears === 1 ? 'anno' : 'anni'} dopo la sua conclusione, per i controlli sulla rendicontazione; poi sono cancellati. Sui computer degli orientatori i dati sono cifrati.`,
  );

  pdf.heading('6. I Suoi diritti (artt. 15–22)');
  pdf.paragraph(
    "Può chiedere in ogni momento l'accesso ai Suoi dati e una loro copia (art. 15), la rettifica (art. 16), la cancellazione (art. 17), la limitazione del trattamento (art. 18), la portabilità (art. 20), opporsi al trattamento (art. 21) e non essere sottoposto a decisioni basate unicamente su un trattamento automatizzato (art. 22). Può revocare il consenso senza conseguenze sui trattamenti già svolti. Per esercitarli si rivolga al titolare o al DPO ai recapiti indicati sopra.",
  );

  pdf.heading('7. Reclamo');
  pdf.paragraph('Se ritiene che il trattamento violi il Regolamento può proporre reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it), art. 77.');

  pdf.heading('Dichiarazione e consensi');
  pdf.paragraph(`Io sottoscritto/a ${worker.fullName}, codice fiscale ${worker.codiceFiscale}, dichiaro di aver ricevuto e letto questa informativa (${version}).`);
  pdf.paragraph("Consenso all'invio del curriculum vitae alle aziende (facoltativo; senza di esso non potrò essere proposto/a alle aziende):", { bold: true });
  pdf.checkbox('Acconsento');
  pdf.checkbox('Non acconsento');
  pdf.paragraph('Luogo e data: ______________________________');
  pdf.signatures([
    { label: 'Firma del lavoratore / della lavoratrice', name: worker.fullName },
    { label: "Firma dell'orientatore", name: input.counselorName },
  ]);
  return pdf.save();
}
