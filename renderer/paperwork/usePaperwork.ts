// The paperwork's services: the documents of a file, the programme's texts, and the two moves every
// template shares: store a generated PDF as a document version on its file, then offer it to save
// or print; and bring a signed scan back beside it. pdf-lib is loaded with the first document made,
// not with the app.
import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentOwner, DocumentTemplate, DocumentType } from '../../shared/documents/types';
import { PROGRAMME_TEXTS_SETTING, programmeTextsSchema, type ProgrammeTexts } from '../../shared/documents/templates/programmeTexts';
import type { BridgeResult, DesktopBridge, SavedFile } from '../../shared/platform/desktopBridge';
import { useRepository } from '../app/useRepository';
import { useServices, type Services } from '../app/services';
import { createDocumentRepository, type DocumentRepository, type DocumentSummary } from '../documents/documentRepository';
import { createProgrammeSettingsRepository, type ProgrammeSettingsRepository } from '../db/repositories/programmeSettingsRepository';

const documentsFactory = (s: Services) => createDocumentRepository(s.db, s.session, s.codec);
const settingsFactory = (s: Services) => createProgrammeSettingsRepository(s.db, s.session);

export function usePaperworkDocuments(): DocumentRepository {
  return useRepository(documentsFactory);
}

export function useProgrammeSettings(): ProgrammeSettingsRepository {
  return useRepository(settingsFactory);
}

export function readProgrammeTexts(settings: ProgrammeSettingsRepository): Promise<ProgrammeTexts | null> {
  return settings.get<ProgrammeTexts | null>(PROGRAMME_TEXTS_SETTING, programmeTextsSchema, null);
}

/** The programme's texts, live (a bundle may bring new ones); null until the coordinator writes them. */
export function useProgrammeTexts(): ProgrammeTexts | null | undefined {
  const settings = useProgrammeSettings();
  return useLiveQuery(() => readProgrammeTexts(settings), [settings]);
}

/** The programme's name and the counselors' names, for the letterheads and the signature lines. */
export function usePaperworkContext(): { programmeName: string; counselorName: (id: string) => string } | undefined {
  const { programme } = useServices();
  return useLiveQuery(async () => {
    const [row, counselors] = [await programme.get(), await programme.counselors()];
    const names = new Map(counselors.map((c) => [c.id, c.data.displayName]));
    return { programmeName: row?.data.name ?? 'Programma di Continuità Occupazionale', counselorName: (id: string) => names.get(id) ?? '' };
  }, [programme]);
}


export function offerPdf(bridge: DesktopBridge, fileName: string, bytes: Uint8Array): Promise<BridgeResult<SavedFile>> {
  return bridge.saveFile({ suggestedName: fileName, bytes: new Uint8Array(bytes), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
}

export interface GeneratedTarget {
  readonly owner: DocumentOwner;
  readonly workerId: string;
  readonly template: DocumentTemplate;
  /** The record it was filled from (the plan's worker, a meeting, a candidacy, a course session). */
  readonly sourceId: string;
}

/** Stores a generated PDF on its file (type 'generated'), then offers it to save; the stored version stays either way. */
export async function storeGenerated(
  documents: DocumentRepository,
  bridge: DesktopBridge,
  target: GeneratedTarget,
  file: { readonly fileName: string; readonly date: string; readonly note?: string },
  bytes: Uint8Array,
): Promise<{ document: DocumentSummary; saved: BridgeResult<SavedFile> }> {
  const document = await documents.add(
    { workerId: target.workerId, owner: target.owner, type: 'generated', fileName: file.fileName, date: file.date, note: file.note ?? '', generated: { template: target.template, sourceId: target.sourceId } },
    bytes,
  );
  return { document, saved: await offerPdf(bridge, file.fileName, bytes) };
}

/** Attaches a signed scan beside the generated document it answers: same file, `signedOf` it. */
export function attachSigned(documents: DocumentRepository, generated: DocumentSummary, type: DocumentType, scan: { readonly name: string; readonly bytes: Uint8Array; readonly date: string; readonly note?: string }): Promise<DocumentSummary> {
  return documents.add({ workerId: generated.workerId, owner: generated.owner, type, fileName: scan.name.slice(0, 200) || 'firmato.pdf', date: scan.date, note: scan.note ?? '', signedOf: generated.id }, scan.bytes);
}

/** Generated documents of one template on a file, newest first, each with its signed scan when one came back. */
export interface GeneratedEntry {
  readonly document: DocumentSummary;
  readonly signed: DocumentSummary | null;
}

export function generatedEntries(all: readonly DocumentSummary[], template: DocumentTemplate, sourceId?: string): GeneratedEntry[] {
  const current = all.filter((doc) => doc.replacedBy === null);
  return current
    .filter((doc) => doc.type === 'generated' && doc.generated?.template === template && (sourceId === undefined || doc.generated.sourceId === sourceId))
    .map((document) => ({ document, signed: current.find((doc) => doc.signedOf === document.id) ?? null }));
}
