// Texts of the help inside the app: the "?" of each screen, the coordinator's guides (setting up
// the laptops, the USB sync) and the first steps of an empty programme. Italian first. The facts are
// the README's (Installing on the programme's laptops, Sync by USB stick), in the user's words.
export const helpIt = {
  button: 'Guida',
  buttonLabel: 'Guida di questa schermata',
  dialogTitle: 'Guida: {{title}}',
  close: 'Chiudi la guida',
  otherGuides: 'Altre guide',
  shortcutsTitle: 'Da tastiera',
  shortcuts: [
    '«/» porta alla ricerca della schermata.',
    'Le frecce ↑ e ↓ scorrono le righe di un elenco; Invio apre quella scelta.',
    'Esc chiude una finestra e riporta dove eri.',
  ],
  guides: {
    general: {
      title: 'PCO Desk',
      points: [
        'Il menu in alto porta alle schermate; su una finestra stretta le voci che non entrano sono sotto «Altro» o «Menu».',
        'Ogni modifica è salvata come bozza cifrata: se chiudi o blocchi l’app, ritrovi quello che avevi scritto.',
        '«Blocca» chiude l’accesso ai dati finché non scrivi di nuovo la passphrase; l’app si blocca anche da sola dopo un po’ di inattività.',
      ],
    },
    workers: {
      title: 'Lavoratori',
      points: [
        'L’elenco mostra i lavoratori che segui (tutti, per il coordinatore). Cerca per cognome, nome o codice fiscale; filtra per percorso, stato, orientatore, adesione e fine della CIGS.',
        'Un clic sull’intestazione di una colonna ordina l’elenco; un altro clic inverte l’ordine.',
        'Il cognome apre la scheda. «Nuovo lavoratore» ne crea una; il coordinatore importa l’elenco del personale con «Importa».',
        'Gli avvisi in alto dicono chi attende il consenso privacy e a chi finisce la CIGS nei prossimi 90 giorni.',
      ],
    },
    workerFile: {
      title: 'Scheda del lavoratore',
      points: [
        'Dati anagrafici, adesione al PCO e consenso privacy, periodi di CIGS, percorsi, stato, profilo professionale e preferenze.',
        'Il codice fiscale è controllato mentre lo scrivi: il pulsante accanto compila data, sesso e luogo di nascita.',
        'Salva con «Salva» in fondo; un campo non valido resta con il suo testo e un messaggio accanto che dice cosa correggere.',
        'Più in basso: colloqui, piano d’azione, corsi, CV, candidature, documenti e modulistica. A lato lo storico dello stato e i diritti GDPR.',
      ],
    },
    employers: {
      title: 'Aziende',
      points: [
        'Le aziende del territorio con partita IVA (controllata), codice ATECO, incentivi e registro dei contatti.',
        'Dalla scheda dell’azienda si aprono le sue offerte di lavoro; il coordinatore importa un elenco con «Importa».',
      ],
    },
    offers: {
      title: 'Offerte di lavoro',
      points: [
        'Ogni offerta ha requisiti obbligatori (patenti, titolo, competenze) e preferenze; i posti coperti si contano dalle assunzioni.',
        '«Lavoratori adatti» mostra chi corrisponde, con il punteggio spiegato; da lì si propongono i lavoratori.',
        'La bacheca delle candidature segue ogni proposta fino all’assunzione.',
      ],
    },
    board: {
      title: 'Bacheca delle candidature',
      points: [
        'Una colonna per fase: dalla proposta all’assunzione. Trascina una scheda, oppure selezionala e usa le frecce ← e → (Invio conferma).',
        'Ogni chiusura chiede il motivo; l’assunzione apre il modulo con contratto, mesi, ore e incentivo.',
        'Sulla scheda si vede quale versione del CV è stata inviata.',
      ],
    },
    meetings: {
      title: 'Incontri di presentazione',
      points: ['Un incontro riunisce più candidati presso la stessa azienda, con data e luogo; da qui si prepara la lettera di convocazione.'],
    },
    courses: {
      title: 'Corsi',
      points: [
        'Il catalogo dei corsi con iscrizioni, presenze e completamento.',
        'Per l’attestato serve il 70% delle ore: la scheda dell’iscrizione dice quante ne mancano.',
      ],
    },
    agenda: {
      title: 'Agenda',
      points: [
        'Giorno o settimana: colloqui, incontri, scadenze del piano d’azione, fine dei periodi di prova e dei contratti, fine della CIGS.',
        'In rosso quello che è scaduto. «Esporta .ics» porta il periodo nel calendario del computer o del telefono.',
      ],
    },
    reports: {
      title: 'Monitoraggio',
      points: [
        'Il cruscotto riassume iscritti, ricollocati, tempi e candidature; ogni grafico ha la sua tabella di dati.',
        'Il rapporto di un mese o di un periodo ha 17 tabelle; la vista esterna non ha nomi e nasconde le celle sotto la soglia.',
        'Nella vista interna ogni numero apre l’elenco dei lavoratori che conta. Esporta in Excel, CSV o stampa.',
      ],
    },
    sync: {
      title: 'Sincronizzazione',
      points: [
        'I portatili non si parlano in rete: si scambiano pacchetti cifrati (.pcobundle) su una chiavetta USB o una cartella condivisa.',
        'Scambio: esporta il pacchetto e importa quelli ricevuti (con anteprima). Portatili: adesioni, revoche e recupero. Cronologia: ogni pacchetto inviato, ricevuto o rifiutato.',
        'La guida «Sincronizzazione con la chiavetta USB» qui sotto spiega la settimana tipo.',
      ],
    },
    settings: {
      title: 'Impostazioni',
      points: [
        'Il coordinatore aggiunge, rinomina e disattiva gli orientatori e gestisce i periodi di CIGS del programma.',
        'Qui anche i testi dell’informativa privacy, il blocco automatico, la lingua e lo spazio usato dai dati.',
      ],
    },
    audit: {
      title: 'Registro degli accessi',
      points: ['Ogni apertura, modifica, esportazione e cancellazione di una scheda è registrata qui, con chi e quando.'],
    },
    import: {
      title: 'Importa da un foglio di calcolo',
      points: [
        'Scegli il file (XLSX, ODS o CSV): il foglio e la riga d’intestazione si trovano da soli, ogni colonna è abbinata a un campo e si può cambiare.',
        'L’anteprima dice per ogni riga cosa succederà e ogni problema nella sua cella; niente è scritto finché non applichi.',
        'Le righe rifiutate si scaricano in Excel con una colonna di errori, da correggere e importare di nuovo.',
      ],
    },
    duplicates: {
      title: 'Doppioni',
      points: ['Due schede della stessa persona, create su due portatili: si confrontano campo per campo e si uniscono in una.'],
    },
    matching: {
      title: 'Abbinamento',
      points: [
        'I lavoratori (o le offerte) dal più adatto, con un punteggio che è la somma di parti spiegate in una frase.',
        'Chi non ha un requisito obbligatorio è elencato a parte con quello che manca e, se c’è, il corso che lo insegna.',
      ],
    },
    cv: {
      title: 'Curriculum',
      points: ['Il CV Europass in PDF, completo o anonimo, si rilegge prima di salvarlo; ogni versione resta.'],
    },
    dossier: {
      title: 'Dossier di rendicontazione',
      points: ['Per ogni assunzione lo stato del dossier rispetto al bando, con quello che manca; un PDF e uno ZIP per lavoratore.'],
    },
    setup: {
      title: 'Installazione sui portatili (coordinatore)',
      points: [
        'Prepara gli installatori su un computer con internet e copiali su una chiavetta.',
        'Il portatile del coordinatore per primo: installa, scegli «Inizia vuoto», scrivi il nome del programma e il tuo, ruolo «Coordinatore», una passphrase di almeno 12 caratteri. Trascrivi il codice di recupero e tienilo in cassaforte.',
        'Aggiungi gli orientatori: Impostazioni → Orientatori → Aggiungi un orientatore, uno per persona.',
        'Crea le chiavi del programma (Sincronizzazione → Crea le chiavi del programma), poi su Portatili esporta la chiave del programma su una chiavetta che resta in cassaforte.',
        'Per ogni portatile: su Portatili scegli l’orientatore, dai un nome al portatile e crea il file di adesione. Lo schermo mostra un codice di adesione che non è nel file: consegnalo a voce o su carta, mai sulla stessa chiavetta.',
        'Sul nuovo portatile: «Unisciti a un programma con un file di adesione», confronta i quattro gruppi dell’impronta con il tuo schermo e scrivi il codice. L’orientatore sceglie la sua passphrase.',
        'Primo scambio: il portatile esporta il primo pacchetto, tu lo importi (registra le sue chiavi), assegni i lavoratori in Assegnazioni ed esporti un pacchetto per quel portatile.',
        'Portatile perso: Portatili → Revoca. Reinstallato: «Reinstallato: nuova adesione».',
      ],
    },
    usbSync: {
      title: 'Sincronizzazione con la chiavetta USB',
      points: [
        'Ogni settimana (o a ogni visita) ogni portatile esporta il suo pacchetto: Sincronizzazione → Esporta il pacchetto, sulla chiavetta.',
        'Il coordinatore importa tutti i pacchetti: l’anteprima dice cosa si aggiunge, cosa cambia e i conflitti; si applica tutto o niente.',
        'Poi esporta un pacchetto per ogni portatile: porta solo i lavoratori di quell’orientatore e il catalogo comune di aziende, offerte e corsi.',
        'Un doppio clic su un file .pcobundle apre l’anteprima d’importazione; l’app sul computer elenca le chiavette inserite come destinazione.',
        'Lo stesso pacchetto importato due volte non cambia niente; un pacchetto danneggiato, di un altro programma o di un portatile revocato è rifiutato e annotato in Cronologia.',
        'I valori che hanno perso contro quelli di un altro portatile restano in Conflitti, dove il coordinatore può ripristinarli.',
      ],
    },
  },
  firstSteps: {
    title: 'Primi passi',
    intro: 'Il programma è vuoto. Per cominciare:',
    counselors: 'Aggiungi gli orientatori',
    counselorsHint: 'In Impostazioni, uno per persona.',
    import: 'Importa i lavoratori',
    importHint: 'L’elenco del personale in Excel, ODS o CSV.',
    laptops: 'Prepara i portatili',
    laptopsHint: 'Le chiavi del programma e un file di adesione per ogni orientatore.',
    guide: 'Leggi la guida all’installazione',
    counselorIntro: 'Su questo portatile non ci sono ancora lavoratori: arrivano con il primo pacchetto del coordinatore.',
    counselorExport: 'Esporta il primo pacchetto per il coordinatore',
  },
};

export const helpEn: typeof helpIt = {
  button: 'Help',
  buttonLabel: 'Help for this screen',
  dialogTitle: 'Help: {{title}}',
  close: 'Close help',
  otherGuides: 'Other guides',
  shortcutsTitle: 'Keyboard',
  shortcuts: ['“/” goes to the screen’s search.', 'The ↑ and ↓ arrows move through a list’s rows; Enter opens the chosen one.', 'Escape closes a dialog and takes you back where you were.'],
  guides: {
    general: {
      title: 'PCO Desk',
      points: [
        'The menu at the top leads to the screens; in a narrow window the entries that do not fit are under “More” or “Menu”.',
        'Every change is kept as an encrypted draft: if you close or lock the app, what you typed is still there.',
        '“Lock” closes access to the data until the passphrase is typed again; the app also locks itself after a while without use.',
      ],
    },
    workers: {
      title: 'Workers',
      points: [
        'The list shows the workers you follow (all of them, for the coordinator). Search by surname, name or codice fiscale; filter by track, status, counselor, participation and end of the wage guarantee (CIGS).',
        'A click on a column header sorts the list; another click reverses it.',
        'The surname opens the file. “New worker” creates one; the coordinator imports the HR list with “Import”.',
        'The notices at the top name who awaits the privacy consent and whose CIGS ends in the next 90 days.',
      ],
    },
    workerFile: {
      title: 'Worker file',
      points: [
        'Personal data, PCO enrolment and privacy consent, CIGS periods, tracks, status, professional profile and preferences.',
        'The codice fiscale is checked as you type: the button beside it fills in the birth date, sex and birthplace.',
        'Save with “Save” at the bottom; an invalid field keeps its text, with a message next to it saying what to fix.',
        'Further down: interviews, action plan, courses, CV, candidacies, documents and paperwork. At the side, the status history and GDPR rights.',
      ],
    },
    employers: {
      title: 'Employers',
      points: ['The area’s employers with partita IVA (checked), ATECO code, incentives and a contact log.', 'An employer’s page opens its job offers; the coordinator imports a list with “Import”.'],
    },
    offers: {
      title: 'Job offers',
      points: [
        'Each offer has hard requirements (licences, education, skills) and preferences; positions filled are counted from hirings.',
        '“Suitable workers” shows who matches, with the score explained; workers are proposed from there.',
        'The candidacy board follows each proposal through to hiring.',
      ],
    },
    board: {
      title: 'Candidacy board',
      points: [
        'One column per stage, from proposal to hiring. Drag a card, or select it and use the ← and → arrows (Enter confirms).',
        'Every ending asks for its reason; hiring opens the form with contract, months, hours and incentive.',
        'The card says which CV version was sent.',
      ],
    },
    meetings: {
      title: 'Introductory meetings',
      points: ['A meeting groups several candidates at one employer, with a date and a place; the convocation letter is prepared from here.'],
    },
    courses: {
      title: 'Courses',
      points: ['The course catalogue with enrolments, attendance and completion.', 'The certificate needs 70% of the hours: the enrolment page says how many are missing.'],
    },
    agenda: {
      title: 'Agenda',
      points: [
        'Day or week: interviews, meetings, action-plan deadlines, ends of trial periods and contracts, end of the CIGS.',
        'What is overdue is in red. “Export .ics” takes the period to the computer’s or the phone’s calendar.',
      ],
    },
    reports: {
      title: 'Monitoring',
      points: [
        'The dashboard sums up enrolled, placed, times and candidacies; every chart has its data table.',
        'The report for a month or a period has 17 tables; the external view has no names and hides cells under the threshold.',
        'In the internal view every figure opens the list of workers it counts. Export to Excel, CSV or print.',
      ],
    },
    sync: {
      title: 'Sync',
      points: [
        'Laptops never talk over a network: they exchange encrypted bundles (.pcobundle) on a USB stick or a shared folder.',
        'Exchange: export the bundle and import those received (with a preview). Laptops: enrolments, revocations and recovery. History: every bundle sent, received or refused.',
        'The “Sync by USB stick” guide below explains a typical week.',
      ],
    },
    settings: {
      title: 'Settings',
      points: [
        'The coordinator adds, renames and deactivates counselors and keeps the programme’s CIGS periods.',
        'Also here: the privacy notice texts, the automatic lock, the language and the space the data uses.',
      ],
    },
    audit: {
      title: 'Access log',
      points: ['Every opening, change, export and erasure of a file is logged here, with who and when.'],
    },
    import: {
      title: 'Import from a spreadsheet',
      points: [
        'Choose the file (XLSX, ODS or CSV): the sheet and the header row are found, each column is mapped to a field and can be changed.',
        'The preview says what will happen to every row and shows every problem in its cell; nothing is written until you apply.',
        'Rejected rows download as Excel with an error column, to fix and import again.',
      ],
    },
    duplicates: {
      title: 'Duplicates',
      points: ['Two files of the same person, made on two laptops: compared field by field and merged into one.'],
    },
    matching: {
      title: 'Matching',
      points: [
        'Workers (or offers) best first, with a score that is the sum of parts each explained in a sentence.',
        'Whoever misses a hard requirement is listed apart with what is missing and, when there is one, the course that teaches it.',
      ],
    },
    cv: {
      title: 'CV',
      points: ['The Europass CV as a PDF, full or anonymised, is reviewed before saving; every version is kept.'],
    },
    dossier: {
      title: 'Funding dossier',
      points: ['For each hiring, the dossier’s state against the funding scheme, naming what is missing; one PDF and one ZIP per worker.'],
    },
    setup: {
      title: 'Installing on the laptops (coordinator)',
      points: [
        'Build the installers on a computer with internet access and copy them onto a USB stick.',
        'The coordinator’s laptop first: install, choose “Start empty”, type the programme’s name and yours, role “Coordinator”, a passphrase of 12 or more characters. Write down the recovery code and keep it in the safe.',
        'Add the counselors: Settings → Counselors → Add a counselor, one per person.',
        'Create the programme keys (Sync → Create the programme keys), then on Laptops export the programme key onto a stick that stays in the safe.',
        'For each laptop: on Laptops pick the counselor, name the laptop and create the enrolment file. The screen shows an enrolment code that is not in the file: hand it over aloud or on paper, never on the same stick.',
        'On the new laptop: “Join a programme with an enrolment file”, compare the four groups of the fingerprint with your screen and type the code. The counselor chooses their own passphrase.',
        'First exchange: the laptop exports its first bundle, you import it (its keys are registered), assign workers in Caseloads and export a bundle for that laptop.',
        'A lost laptop: Laptops → Revoke. A reinstalled one: “Reinstalled: new enrolment”.',
      ],
    },
    usbSync: {
      title: 'Sync by USB stick',
      points: [
        'Every week (or every visit) each laptop exports its bundle: Sync → Export the bundle, onto the stick.',
        'The coordinator imports all the bundles: the preview shows what is added, what changes and the conflicts; everything is applied or nothing.',
        'Then they export one bundle per laptop: it carries only that counselor’s workers and the shared catalogue of employers, offers and courses.',
        'Double-clicking a .pcobundle file opens the import preview; the desktop app lists plugged-in sticks as destinations.',
        'The same bundle imported twice changes nothing; a damaged bundle, one of another programme or of a revoked laptop is refused and noted in History.',
        'Values that lost to another laptop’s are kept under Conflicts, where the coordinator can restore them.',
      ],
    },
  },
  firstSteps: {
    title: 'First steps',
    intro: 'The programme is empty. To begin:',
    counselors: 'Add the counselors',
    counselorsHint: 'In Settings, one per person.',
    import: 'Import the workers',
    importHint: 'The HR list as Excel, ODS or CSV.',
    laptops: 'Prepare the laptops',
    laptopsHint: 'The programme keys and one enrolment file per counselor.',
    guide: 'Read the installation guide',
    counselorIntro: 'There are no workers on this laptop yet: they arrive with the coordinator’s first bundle.',
    counselorExport: 'Export the first bundle for the coordinator',
  },
};
