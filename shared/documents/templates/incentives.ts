// The hiring incentives an employer could claim for a candidate, as the presentation sheet lists
// them (DOMAIN.md, "Employer incentives"). They are hints for the employer to check with the
// counselor, not a ruling: each names the law and its condition. Disability (L. 68/99) is health
// data: it is listed on the full sheet only, never on the anonymised one that may circulate.
import type { Incentive } from '../../domain/vocabulary';
import type { Sex } from '../../domain/vocabulary';
import { ageOn } from '../../time/dates';

export interface IncentiveLine {
  readonly incentive: Incentive;
  readonly text: string;
}

export interface IncentiveCandidate {
  readonly birthDate: string;
  readonly sex: Sex;
  readonly protectedCategory: boolean;
}

export function claimableIncentives(candidate: IncentiveCandidate, onDate: string, variant: 'full' | 'anonymous'): IncentiveLine[] {
  const age = ageOn(candidate.birthDate, onDate);
  const lines: IncentiveLine[] = [
    {
      incentive: 'company_third_party',
      text: "Contributo del piano sociale dell'azienda: 10.000 € per ogni lavoratore assunto (40.000 € per l'investitore che riprende il sito di Figline Valdarno).",
    },
    {
      incentive: 'relocation_agreement_exemption',
      text: 'Esonero contributivo per chi assume un lavoratore con accordo di ricollocazione (art. 24-bis D.Lgs. 148/2015): 50% dei contributi fino a 4.030 € l’anno, per 18 mesi a tempo indeterminato o 12 a tempo determinato.',
    },
  ];
  if (age >= 50) lines.push({ incentive: 'over50_women', text: 'Incentivo per l’assunzione di lavoratori con almeno 50 anni disoccupati da oltre 12 mesi (L. 92/2012, art. 4, commi 8-11).' });
  else if (candidate.sex === 'F') lines.push({ incentive: 'over50_women', text: 'Incentivo per l’assunzione di donne prive di impiego regolarmente retribuito, se ne ricorrono le condizioni (L. 92/2012, art. 4, commi 8-11).' });
  if (age < 35) lines.push({ incentive: 'under35', text: 'Esonero contributivo per l’assunzione a tempo indeterminato di giovani sotto i 35 anni (L. 205/2017).' });
  if (variant === 'full' && candidate.protectedCategory) lines.push({ incentive: 'disability', text: 'Incentivo per l’assunzione di persone con disabilità (L. 68/1999, art. 13).' });
  lines.push({ incentive: 'regional_grant', text: 'Contributi della Regione Toscana per le assunzioni (fino a circa 10.000 €), secondo i bandi aperti alla data dell’assunzione.' });
  return lines;
}
