// Texts for what the desktop or the browser refuses when the app reads or writes a file for the user
// (DesktopBridge failures): a file over the read limit, a shared folder to choose again.
export const platformIt = {
  fileTooLarge: 'Il file supera il limite di {{limit}}.',
  ioError: 'Il file non si può leggere o scrivere: controlla che la chiavetta o la cartella siano ancora collegate e che ci sia spazio, poi riprova.',
  unavailable: 'Questa funzione non è disponibile qui: usa le finestre di salvataggio e apertura.',
  invalidRequest: 'La richiesta non è stata accettata dal sistema: riprova; se si ripete, avvisa il coordinatore.',
  chooseFolderAgain: 'La cartella condivisa non è più riconosciuta: sceglila di nuovo in Sincronizzazione › Scambio › Cartella condivisa.',
  staleFolder: 'La cartella «{{label}}» era stata scelta con una versione precedente di PCO Desk: sceglila di nuovo per continuare a usarla. Intanto si usano le finestre di salvataggio e apertura.',
};

export const platformEn: typeof platformIt = {
  fileTooLarge: 'The file is over the limit of {{limit}}.',
  ioError: 'The file cannot be read or written: check that the stick or folder is still connected and has room, then try again.',
  unavailable: 'This is not available here: use the save and open dialogs.',
  invalidRequest: 'The system did not accept the request: try again; if it happens again, tell the coordinator.',
  chooseFolderAgain: 'The shared folder is no longer recognised: choose it again in Sync › Exchange › Shared folder.',
  staleFolder: 'The folder “{{label}}” was chosen with an earlier version of PCO Desk: choose it again to keep using it. Meanwhile the save and open dialogs are used.',
};
