// Words of the demo candidacies: why they ended, where the introductory meetings took place.
import type { EndingStage } from '../../candidacy/stages';

export const ENDING_REASONS: Readonly<Record<EndingStage, readonly string[]>> = {
  rejected_by_employer: [
    'Profilo non in linea con la mansione',
    'L’azienda ha scelto un candidato con più esperienza nel ruolo',
    'Manca l’abilitazione richiesta',
    'Posizione coperta con personale interno',
    'Esito negativo del colloquio tecnico',
    'Prova pratica non superata',
  ],
  declined_by_worker: [
    'Sede troppo lontana da casa',
    'Turni non compatibili con gli impegni familiari',
    'Retribuzione inferiore alle attese',
    'Preferisce attendere un contratto a tempo indeterminato',
    'Ha trovato lavoro per conto proprio',
    'Motivi di salute',
  ],
  withdrawn: [
    'Offerta sospesa dall’azienda',
    'Il lavoratore ha iniziato un corso di riqualificazione',
    'Sostituito da un profilo più adatto',
    'Offerta chiusa prima dei colloqui',
  ],
};

export const MEETING_PLACES = ['Sede dell’azienda, ufficio del personale', 'Sede dell’azienda, sala riunioni', 'Reparto produttivo, con il capo reparto', 'Sportello PCO presso lo stabilimento'] as const;

export const MEETING_NOTES = [
  'Portare il CV aggiornato e il libretto formativo.',
  'Colloqui individuali di circa venti minuti, poi visita al reparto.',
  'L’azienda chiede disponibilità ai turni.',
  'Presente il responsabile della produzione.',
  '',
] as const;
