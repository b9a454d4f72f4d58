// Participation in the PCO (shared/domain/participation.ts): the worker list's filter and badges, the
// home screen's warning, the notice on a worker file, the matching screens' reasons.
export const participationIt = {
  label: {
    notEnrolled: 'Non aderente',
    awaitingConsent: 'In attesa di consenso',
    consentWithdrawn: 'Consenso revocato',
    participant: 'Partecipante',
  },
  filter: 'Partecipazione',
  any: 'Tutti',
  warning_one: '{{count}} lavoratore in attesa di consenso privacy: non può essere proposto alle aziende finché non lo firma.',
  warning_other: '{{count}} lavoratori in attesa di consenso privacy: non possono essere proposti alle aziende finché non lo firmano.',
  showThem: 'Mostra l’elenco',
  notice: {
    notEnrolled: 'La scheda viene dall’elenco del personale: la persona non ha ancora aderito al PCO. Quando aderisce, indica la data di adesione, il percorso, l’orientatore e il titolo di studio.',
    awaitingConsent: 'Finché non firma il consenso privacy non può essere proposto a un’azienda. Indica la data del consenso quando lo firma.',
    consentWithdrawn: 'Revocato il {{date}}: non può essere proposto a un’azienda. Un nuovo consenso si registra nel riquadro «Protezione dei dati».',
  },
  hint: {
    enrolmentDate: 'Vuota per chi è nell’elenco del personale ma non ha aderito.',
    privacyConsentDate: 'Senza data il lavoratore resta in attesa di consenso e non può essere proposto alle aziende.',
  },
  notProposable: 'Non proponibile',
};

export const participationEn: typeof participationIt = {
  label: {
    notEnrolled: 'Not enrolled',
    awaitingConsent: 'Awaiting consent',
    consentWithdrawn: 'Consent withdrawn',
    participant: 'Participant',
  },
  filter: 'Participation',
  any: 'All',
  warning_one: '{{count}} worker awaiting privacy consent: they cannot be proposed to employers until they sign it.',
  warning_other: '{{count}} workers awaiting privacy consent: they cannot be proposed to employers until they sign it.',
  showThem: 'Show the list',
  notice: {
    notEnrolled: 'The file comes from the HR list: the person has not joined the PCO yet. When they join, give the enrolment date, the track, the counselor and the education level.',
    awaitingConsent: 'Until they sign the privacy consent they cannot be proposed to an employer. Give the consent date when they sign it.',
    consentWithdrawn: 'Withdrawn on {{date}}: they cannot be proposed to an employer. A new consent is recorded in the “Data protection” panel.',
  },
  hint: {
    enrolmentDate: 'Empty for someone on the HR list who has not joined.',
    privacyConsentDate: 'Without a date the worker stays awaiting consent and cannot be proposed to employers.',
  },
  notProposable: 'Not proposable',
};
