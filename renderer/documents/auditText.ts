// The access log's entries about documents. The repository writes `document <type> <id>` (codes
// only, so the log names no file and survives erasure); here they read "Documento aperto: consenso
// privacy firmato". Only an opening, an addition or a deletion is read so; anything else is not ours.
import type { AuditEntry } from '../../shared/domain/audit';
import { inSentence } from './documentView';

interface Translator {
  t: (key: string, values?: Record<string, string | number>) => string;
  exists: (key: string) => boolean;
}

const DOCUMENT_DETAIL = /^document ([A-Za-z]+) [0-9A-Za-z-]+$/;
const READ_ACTIONS: ReadonlySet<string> = new Set(['open', 'create', 'delete']);

/** The sentence for a document's entry, or undefined when the entry is not one. */
export function describeDocumentDetail(entry: Pick<AuditEntry, 'action' | 'detail'>, tr: Translator): string | undefined {
  const match = DOCUMENT_DETAIL.exec(entry.detail.trim());
  if (!match || !READ_ACTIONS.has(entry.action)) return undefined;
  const type = match[1] ?? '';
  // A type a newer version added: its code, as stored.
  const label = tr.exists(`documents.types.${type}`) ? inSentence(tr.t(`documents.types.${type}`)) : type;
  return tr.t(`documents.audit.${entry.action}`, { type: label });
}
