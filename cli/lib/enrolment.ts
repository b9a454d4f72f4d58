// Enrolment files as the store's trust anchor: each is signed by the coordinator device it names
// and says which programme it belongs to. The first one seeds a new store; every one adds a
// pending enrolment, so the first bundle of that laptop is accepted as the app's coordinator does.
import { readEnrolmentFile, type EnrolmentBody } from '../../shared/sync';
import { CliError } from '../io';
import { readText } from './files';
import { emptyStore, type Store } from './store';

export async function readEnrolments(paths: readonly string[]): Promise<EnrolmentBody[]> {
  const bodies: EnrolmentBody[] = [];
  for (const path of paths) {
    const result = readEnrolmentFile(await readText(path, { it: "il file d'iscrizione", en: 'the enrolment file' }));
    if (!result.ok) throw new CliError(`file d'iscrizione ${path} rifiutato: ${result.reason}`, `enrolment file ${path} refused: ${result.reason}`);
    bodies.push(result.enrolment);
  }
  return bodies;
}

/** A new store from the first enrolment, or the existing one; then every enrolment added as pending. */
export function withEnrolments(store: Store | null, enrolments: readonly EnrolmentBody[], nowIso: string): Store {
  const first = enrolments[0];
  let result = store;
  if (!result) {
    if (!first) throw new CliError("un archivio nuovo richiede --enrolment FILE (un file .pcoenrol emesso dal coordinatore)", 'a new store needs --enrolment FILE (a .pcoenrol issued by the coordinator)');
    result = emptyStore(first.programmeId, { deviceId: first.coordinator.deviceId, label: first.coordinator.label, signPublicKey: first.coordinator.signPublicKey }, nowIso);
  }
  const pending = [...result.pendingEnrolments];
  for (const enrolment of enrolments) {
    if (enrolment.programmeId !== result.programmeId) {
      throw new CliError(`il file d'iscrizione è del programma ${enrolment.programmeId}, l'archivio di ${result.programmeId}`, `the enrolment file belongs to programme ${enrolment.programmeId}, the store to ${result.programmeId}`);
    }
    if (enrolment.coordinator.deviceId !== result.anchor.deviceId || enrolment.coordinator.signPublicKey !== result.anchor.signPublicKey) {
      throw new CliError("il file d'iscrizione è firmato da un altro coordinatore", 'the enrolment file is signed by another coordinator');
    }
    if (!pending.some((p) => p.enrolmentId === enrolment.enrolmentId)) pending.push({ enrolmentId: enrolment.enrolmentId, counselorId: enrolment.counselor.id });
  }
  return { ...result, pendingEnrolments: pending };
}
