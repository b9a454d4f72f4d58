// Wording of the demo interviews and action plans: short, plausible, and about no real person.
import type { Track } from '../../domain/vocabulary';

export const INTERVIEW_PLACES = [
  'Sportello PCO presso lo stabilimento, Figline Valdarno',
  'Sportello PCO presso lo stabilimento, Figline Valdarno',
  'Centro per l’impiego di Figline e Incisa Valdarno',
  'Ufficio della società di outplacement, San Giovanni Valdarno',
  'Colloquio telefonico',
] as const;

export const INTAKE_NOTES = [
  'Presentati il programma, i percorsi e gli impegni reciproci. Il lavoratore chiede tempi e modalità della CIGS.',
  'Primo incontro: raccolti i dati anagrafici e l’esperienza nello stabilimento. Buona disponibilità a mettersi in gioco.',
  'Illustrato il patto di servizio. Preoccupazione per l’età e per gli spostamenti; disponibile a valutare la formazione.',
  'Accoglienza in gruppo, poi colloquio individuale. Chiede informazioni sugli incentivi per le aziende che assumono.',
] as const;

export const ASSESSMENT_NOTES = [
  'Ricostruite le mansioni svolte negli anni e le competenze trasferibili. Emergono capacità tecniche non dichiarate all’adesione.',
  'Bilancio con schede di autovalutazione: buona manualità, abitudine al lavoro su turni, interesse per la manutenzione.',
  'Analisi delle esperienze precedenti all’ingresso nello stabilimento; individuate competenze utili nel settore logistico.',
] as const;

export const FOLLOW_UP_NOTES = [
  'Aggiornamento sulle candidature in corso e sulle offerte del territorio.',
  'Verifica delle attività del piano: alcune concluse, altre da riprogrammare.',
  'Il lavoratore riferisce di un colloquio sostenuto in autonomia; concordati i prossimi contatti.',
  'Rivisto il curriculum e le preferenze su contratto e turni.',
  'Confronto sull’andamento del corso e sulle prospettive dopo la qualifica.',
] as const;

export const OUTCOMES = [
  'Profilo aggiornato',
  'Curriculum da rivedere',
  'Disponibile a candidarsi per le offerte in zona',
  'Interesse confermato per il percorso scelto',
  'Da segnalare alle aziende del polo meccanico',
] as const;

export const NEXT_STEPS = ['Inviare il curriculum aggiornato', 'Verificare le offerte nella rete dei centri per l’impiego', 'Preparare la candidatura', 'Completare la documentazione per il corso'] as const;

/** Transversal skills a skills assessment often brings out, beyond the plant role's own. */
export const TRANSVERSAL_SKILLS = ['lavoro in squadra', 'problem solving', 'gestione delle priorità', 'uso del PC', 'sicurezza sul lavoro', 'formazione dei colleghi', 'Excel'] as const;

export const GOALS_BY_TRACK: Readonly<Record<Track, readonly string[]>> = {
  reindustrialisation: ['Essere riassunto dal nuovo investitore sul sito', 'Acquisire le abilitazioni richieste dal piano industriale'],
  relocation: ['Trovare un impiego stabile entro 30 km da casa', 'Ricollocarsi nel settore metalmeccanico', 'Ampliare la ricerca alla logistica'],
  outplacement: ['Definire un nuovo obiettivo professionale', 'Ricollocarsi in un ruolo di responsabilità'],
  self_employment: ['Avviare un’attività in proprio', 'Ottenere un finanziamento per l’avvio d’impresa'],
  retraining: ['Conseguire una qualifica riconosciuta dalla Regione', 'Aggiornare le competenze informatiche'],
};

export const ACTIVITIES_BY_TRACK: Readonly<Record<Track, readonly string[]>> = {
  reindustrialisation: ['Colloquio di selezione con l’investitore', 'Visita medica preassuntiva', 'Corso sicurezza rischio alto'],
  relocation: ['Aggiornare il curriculum', 'Candidarsi a tre offerte in zona', 'Iscrizione all’agenzia per il lavoro', 'Preparazione al colloquio di selezione'],
  outplacement: ['Bilancio delle esperienze', 'Aggiornare il profilo professionale online', 'Contattare la rete di conoscenze'],
  self_employment: ['Redigere il business plan', 'Incontro con lo sportello per la nuova impresa', 'Presentare la domanda di finanziamento'],
  retraining: ['Iscrizione al corso', 'Richiedere il voucher formativo regionale', 'Frequentare almeno il 70% delle ore'],
};

export const OTHER_OWNERS = ['Ente di formazione', 'Agenzia per il lavoro', 'Sportello nuova impresa'] as const;
