// Text lines describing a bundle for `inspect`: file facts, age header, manifest, payload, signature.
import { keyFingerprint, type BundleManifest } from '../../shared/sync';
import type { AgeHeaderFacts } from './ageHeader';
import { textTable } from './table';

export function fileLines(path: string, size: number, sha256: string, header: AgeHeaderFacts | null): string[] {
  const kinds = new Map<string, number>();
  for (const stanza of header?.stanzas ?? []) kinds.set(stanza, (kinds.get(stanza) ?? 0) + 1);
  const stanzaText = [...kinds].map(([kind, count]) => `${kind} ×${count}`).join(', ');
  return [
    `file:             ${path}`,
    `dimensione/size:  ${size} byte`,
    `sha256:           ${sha256}`,
    header
      ? `age:              ${header.version}, destinatari/recipients: ${header.stanzas.length} (${stanzaText}), intestazione/header ${header.headerBytes} byte`
      : 'age:              non è un file age binario / not a binary age file',
  ];
}

export function manifestLines(manifest: BundleManifest): string[] {
  const counts = Object.entries(manifest.counts).sort(([a], [b]) => (a < b ? -1 : 1));
  const knows = Object.entries(manifest.knows).sort(([a], [b]) => (a < b ? -1 : 1));
  return [
    `pacchetto/bundle: ${manifest.bundleId} (formato/format ${manifest.format} v${manifest.schemaVersion})`,
    `programma:        ${manifest.programmeId}`,
    `creato/created:   ${manifest.createdAt}`,
    `mittente/sender:  ${manifest.sender.deviceId} (${manifest.sender.role}, ${manifest.sender.counselorId}), chiave/key ${keyFingerprint(manifest.sender.signPublicKey)}${manifest.sender.enrolmentId ? `, iscrizione/enrolment ${manifest.sender.enrolmentId}` : ''}`,
    `destinatario/receiver: ${manifest.receiver.deviceId}`,
    '',
    'contenuto/content:',
    ...textTable(['tipo/kind', 'righe/lines'], counts).map((line) => `  ${line}`),
    '',
    `conosce/knows:    ${knows.length === 0 ? '—' : knows.map(([device, hlc]) => `${device}@${hlc}`).join(', ')}`,
  ];
}
