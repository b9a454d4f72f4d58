// What the user reads when something is refused or fails (renderer/ui/messages.ts maps each typed
// error to one of these): Italian first, English second.
export const errorsIt = {
  notForRole: 'Con il ruolo di orientatore questa pagina non è disponibile.',
  notInCaseload: 'Riguarda un lavoratore che non fa parte dei tuoi assegnati.',
  notFound: 'Quello che cerchi non esiste o è stato eliminato: forse il collegamento è sbagliato.',
  notEligible: 'L’operazione non è consentita in questo momento.',
  storageFull: 'Lo spazio per i dati su questo computer è esaurito: libera spazio sul disco e riprova. Quanto hai scritto è ancora qui.',
  decryption: 'Alcuni dati cifrati non si possono aprire: potrebbero essere danneggiati. Avvisa il coordinatore.',
  invalidData: 'Alcuni dati non sono validi e non sono stati salvati.',
  unexpected: 'Si è verificato un errore imprevisto: l’operazione non è stata completata. Riprova; se si ripete, avvisa il coordinatore.',
  storageUnavailable: 'il browser non permette di aprire l’archivio dei dati (forse è una finestra anonima o lo spazio è bloccato). I dati già presenti non sono stati toccati.',
  noLocalUser: 'le chiavi ci sono ma manca il profilo di chi usa questo computer. I dati non sono stati toccati: avvisa il coordinatore.',
  titles: {
    notForRole: 'Pagina riservata al coordinatore',
    notInCaseload: 'Fuori dai tuoi assegnati',
    notFound: 'Non trovato',
    other: 'Qualcosa non ha funzionato',
  },
  backToWorkers: 'Torna ai lavoratori',
  refusal: {
    consentBeforeEnrolment: 'La revoca del consenso non può precedere l’adesione al PCO.',
    cvReferenceInUse: 'Un CV con questo riferimento è già stato salvato: prepara una nuova versione. Quanto scritto è conservato.',
    mergeSameFile: 'Una scheda non si può unire a se stessa: scegli due schede diverse.',
    mergeOtherPerson: 'Le due schede non hanno lo stesso codice fiscale (nemmeno in forma omocodica): non sono la stessa persona e non si uniscono.',
  },
};

export const errorsEn: typeof errorsIt = {
  notForRole: 'It is not available to the counselor role.',
  notInCaseload: 'It concerns a worker who is not in your caseload.',
  notFound: 'What you are looking for does not exist or was deleted: the link may be wrong.',
  notEligible: 'This is not allowed at the moment.',
  storageFull: 'There is no room left for data on this computer: free some disk space and try again. What you typed is still here.',
  decryption: 'Some encrypted data cannot be opened: it may be damaged. Tell the coordinator.',
  invalidData: 'Some data is not valid and was not saved.',
  unexpected: 'An unexpected error occurred: the operation was not completed. Try again; if it happens again, tell the coordinator.',
  storageUnavailable: 'the browser does not let the app open its data store (perhaps a private window, or storage is blocked). Data already here was not touched.',
  noLocalUser: 'the keys are here but the profile of who uses this computer is missing. The data was not touched: tell the coordinator.',
  titles: {
    notForRole: 'A page for the coordinator',
    notInCaseload: 'Not in your caseload',
    notFound: 'Not found',
    other: 'Something went wrong',
  },
  backToWorkers: 'Back to the workers',
  refusal: {
    consentBeforeEnrolment: 'Consent cannot be withdrawn before the PCO enrolment.',
    cvReferenceInUse: 'A CV with this reference was already saved: prepare a new version. What you typed is kept.',
    mergeSameFile: 'A file cannot be merged with itself: choose two different files.',
    mergeOtherPerson: 'The two files do not have the same codice fiscale (not even in omocodic form): they are not the same person and are not merged.',
  },
};
