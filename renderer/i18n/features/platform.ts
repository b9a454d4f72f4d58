// Texts for what the desktop or the browser refuses when the app reads or writes a file for the user
// (DesktopBridge failures): a file over the read limit, a shared folder to choose again.
export const platformIt = {
  fileTooLarge: 'Il file supera il limite di {{limit}}.',
  chooseFolderAgain: 'La cartella condivisa non è più riconosciuta: sceglila di nuovo in Sincronizzazione › Scambio › Cartella condivisa.',
  staleFolder: 'La cartella «{{label}}» era stata scelta con una versione precedente di PCO Desk: sceglila di nuovo per continuare a usarla. Intanto si usano le finestre di salvataggio e apertura.',
};

export const platformEn: typeof platformIt = {
  fileTooLarge: 'The file is over the limit of {{limit}}.',
  chooseFolderAgain: 'The shared folder is no longer recognised: choose it again in Sync › Exchange › Shared folder.',
  staleFolder: 'The folder “{{label}}” was chosen with an earlier version of PCO Desk: choose it again to keep using it. Meanwhile the save and open dialogs are used.',
};
