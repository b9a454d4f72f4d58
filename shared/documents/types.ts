// Documents kept on a file: the signed consent, an ID, the signed Patto, certificates, the hiring
// contract or UNILAV, a CV as the worker brought it, venture papers. One registry of document
// types (adding one is one entry), one schema for a document's metadata; the bytes are chunks
// apart (content.ts), sealed at rest and carried by bundles beside their record.
import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, requiredText } from '../domain/primitives';

/** What a signed scan proves when it arrives on its file (see the paperwork's signed-scan step). */
export type DocumentProof = 'privacyConsent' | 'planSigned' | 'attendance' | 'hiring' | null;

export interface DocumentTypeEntry {
  /** The file kinds it may be attached to. */
  readonly owners: readonly DocumentOwnerKind[];
  /** What it proves when attached (a signed scan), null when nothing follows from it. */
  readonly proves: DocumentProof;
}

export const DOCUMENT_OWNER_KINDS = ['worker', 'employer', 'candidacy', 'enrolment', 'venture'] as const;
export type DocumentOwnerKind = (typeof DOCUMENT_OWNER_KINDS)[number];

const ALL_OWNERS = DOCUMENT_OWNER_KINDS;

/** Every document type, in the order the type picker lists them. Labels are i18n keys `documents.types.<id>`. */
export const DOCUMENT_TYPES = {
  privacyConsent: { owners: ['worker'], proves: 'privacyConsent' },
  identity: { owners: ['worker'], proves: null },
  servicePact: { owners: ['worker'], proves: 'planSigned' },
  attendanceCertificate: { owners: ['worker', 'enrolment'], proves: null },
  attendanceRegister: { owners: ['enrolment'], proves: 'attendance' },
  hiringContract: { owners: ['worker', 'candidacy'], proves: 'hiring' },
  unilav: { owners: ['worker', 'candidacy'], proves: 'hiring' },
  originalCv: { owners: ['worker'], proves: null },
  /** Made by PCO Desk from a template, to print and sign: the signed scan comes back beside it. */
  generated: { owners: ALL_OWNERS, proves: null },
  other: { owners: ALL_OWNERS, proves: null },
} as const satisfies Record<string, DocumentTypeEntry>;

export type DocumentType = keyof typeof DOCUMENT_TYPES;
// Object.keys types its result as strings: the registry's keys are exactly DocumentType.
export const DOCUMENT_TYPE_IDS = Object.keys(DOCUMENT_TYPES) as DocumentType[];

/** Types a user may pick when adding a file to `owner` (generated ones are made, not picked). */
export function typesFor(owner: DocumentOwnerKind): DocumentType[] {
  return DOCUMENT_TYPE_IDS.filter((type) => type !== 'generated' && (DOCUMENT_TYPES[type].owners as readonly DocumentOwnerKind[]).includes(owner));
}

/** The media types kept, told from the file's first bytes (never from its name). */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** The largest file kept: a scan of a few pages; what is larger is refused with this limit named. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Bytes per sealed chunk: a 20 MB file is 80 chunks, each sealed and carried on its own. */
export const DOCUMENT_CHUNK_BYTES = 256 * 1024;

/** Templates PCO Desk fills from the record (shared/documents/templates). */
export const DOCUMENT_TEMPLATES = ['privacyNotice', 'servicePact', 'convocation', 'attendanceRegister', 'candidateSheet', 'dossier'] as const;
export type DocumentTemplate = (typeof DOCUMENT_TEMPLATES)[number];

const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const documentOwnerSchema = z.object({ kind: z.enum(DOCUMENT_OWNER_KINDS), id: idSchema });
export type DocumentOwner = z.infer<typeof documentOwnerSchema>;

/** A document's metadata (the `documents` synced kind). Its bytes are the chunks of `sha256`. */
export const documentSchema = z
  .object({
    /** The worker the document is about ('' for an employer's own papers): who receives it follows. */
    workerId: z.union([idSchema, z.literal('')]),
    owner: documentOwnerSchema,
    type: z.enum(DOCUMENT_TYPE_IDS as [DocumentType, ...DocumentType[]], { error: 'validation.required' }),
    fileName: requiredText(200),
    mediaType: z.enum(DOCUMENT_MEDIA_TYPES),
    bytes: z.number().int().min(1).max(MAX_DOCUMENT_BYTES),
    /** SHA-256 of the whole file, hex: authenticated with every chunk, checked when it is read back. */
    sha256: sha256HexSchema,
    /** The day the document bears (signature, issue), not the day it was attached. */
    date: isoDateSchema,
    note: optionalText(1000).default(''),
    /** The version this one replaces (same file, newer scan); null for a first version. */
    replaces: z.union([idSchema, z.null()]).default(null),
    /** Made from a template: which, and the record it was filled from. */
    generated: z.union([z.object({ template: z.enum(DOCUMENT_TEMPLATES), sourceId: z.string().min(1) }), z.null()]).default(null),
    /** A signed scan of a generated document: that document's id. */
    signedOf: z.union([idSchema, z.null()]).default(null),
  })
  .refine((doc) => (DOCUMENT_TYPES[doc.type].owners as readonly DocumentOwnerKind[]).includes(doc.owner.kind), { path: ['type'], error: 'documents.typeNotForOwner' })
  .refine((doc) => doc.owner.kind === 'employer' || doc.workerId !== '', { path: ['workerId'], error: 'validation.required' });
export type DocumentData = z.output<typeof documentSchema>;
export type DocumentInput = z.input<typeof documentSchema>;

/** How many chunks a file of `bytes` is cut into. */
export function chunkCount(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / DOCUMENT_CHUNK_BYTES));
}

/** The chunk `index` of a file of `bytes` has this many bytes: every chunk is full but the last. */
export function chunkLength(bytes: number, index: number): number {
  return Math.min(DOCUMENT_CHUNK_BYTES, bytes - index * DOCUMENT_CHUNK_BYTES);
}
