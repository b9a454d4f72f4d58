// Bilingual texts of the CLI that are not command help: refusal reasons (same meaning as the
// app's import screen) and a few shared phrases. Italian first, English second.
import type { RefusalReason } from '../shared/sync';

export interface Bilingual {
  readonly it: string;
  readonly en: string;
}

export const REFUSAL_TEXT: Record<RefusalReason, Bilingual> = {
  notForThisDevice: { it: 'il pacchetto non è indirizzato a questa chiave', en: 'the bundle is not addressed to this key' },
  badSignature: { it: 'firma non valida', en: 'bad signature' },
  unknownDevice: { it: 'dispositivo sconosciuto', en: 'unknown device' },
  revokedDevice: { it: 'dispositivo revocato', en: 'revoked device' },
  otherProgramme: { it: 'pacchetto di un altro programma', en: 'bundle of another programme' },
  corrupted: { it: 'file troncato o danneggiato', en: 'truncated or corrupted file' },
  unsupportedSchema: { it: 'versione del formato non supportata', en: 'unsupported format version' },
  alreadyApplied: { it: 'già applicato (nessun effetto)', en: 'already applied (harmless)' },
  stale: { it: 'più vecchio di un pacchetto già applicato (nessun effetto)', en: 'older than a bundle already applied (harmless)' },
  clockDrift: { it: "orologio del mittente troppo avanti", en: "sender's clock too far ahead" },
  outOfScope: { it: 'il portatile ha scritto dati fuori dal suo ruolo', en: 'the laptop wrote data outside its role' },
  notEnrolled: { it: 'archivio senza programma', en: 'store without a programme' },
  enrolmentUnproven: {
    it: 'primo pacchetto di un portatile non autenticato dal codice di adesione (serve --code, o il pacchetto del coordinatore che lo registra)',
    en: "a laptop's first bundle not authenticated by the enrolment code (needs --code, or the coordinator's bundle that registers it)",
  },
  enrolmentUsed: { it: 'un portatile si è già registrato con questo file di adesione', en: 'a laptop has already registered with this enrolment file' },
  counselorDeactivated: { it: "il portatile è di un orientatore disattivato dal coordinatore", en: 'the laptop belongs to a counselor the coordinator deactivated' },
};

/** `motivo (reason): dettaglio`, for tables and verify output. */
export function refusalLine(reason: RefusalReason, detail: string): string {
  const text = REFUSAL_TEXT[reason];
  return `${reason}: ${text.it} / ${text.en}${detail ? ` (${detail})` : ''}`;
}
