// The bundle file's plaintext: line 1 the manifest, line 2 its signature, then NDJSON payload lines.
import { z } from 'zod';
import { counselorRoleSchema } from '../../domain/programme';
import { eventEnvelopeSchema } from '../../domain/events';
import { auditEntrySchema } from '../../domain/audit';
import { statisticalRecordSchema } from '../../gdpr/statisticalRecord';
import { syncTableSchema, versionVectorSchema } from '../types';

/** The newest plaintext layout this code writes and reads. */
/**
 * The newest plaintext layout this code writes and reads. 2: documents' bytes as chunk lines. A
 * laptop still on 1 refuses a bundle of 2 as written by a newer version (not as damaged); 1 is
 * still read.
 */
export const BUNDLE_SCHEMA_VERSION = 2;
export const BUNDLE_FORMAT = 'pco-bundle';
export const SIGNATURE_PREFIX = 'ed25519:';

const hlcSchema = z.string().regex(/^\d{15}-[0-9a-f]{4}-[A-Za-z0-9_-]+$/);

export const bundleSenderSchema = z.object({
  deviceId: z.string().min(1),
  counselorId: z.string().min(1),
  role: counselorRoleSchema,
  signPublicKey: z.string().min(1),
  /** Only on the first bundle of a laptop that joined with an enrolment file. */
  enrolmentId: z.string().nullable(),
  /** With `enrolmentId`: the HMAC keyed by the enrolment code over who the sender claims to be (enrolmentCode.ts). */
  enrolmentProof: z.string().min(1).max(100).optional(),
});
export type BundleSender = z.infer<typeof bundleSenderSchema>;

/** Just enough to tell a future layout from a damaged one before the full schema applies. */
export const manifestHeadSchema = z.object({ format: z.literal(BUNDLE_FORMAT), schemaVersion: z.number().int().positive() });

export const bundleManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.number().int().positive(),
  bundleId: z.uuid(),
  programmeId: z.string().min(1),
  createdAt: z.iso.datetime(),
  sender: bundleSenderSchema,
  receiver: z.object({ deviceId: z.string().min(1) }),
  /** Everything the sender had seen at export, per origin device. */
  knows: versionVectorSchema,
  /** Lines by kind: a table name for records, else the line kind. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  payloadBytes: z.number().int().nonnegative(),
  payloadSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

export const versionedRecordSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  deviceId: z.string(),
  clock: z.record(z.string(), hlcSchema),
  deletedAt: hlcSchema.nullable(),
  data: z.record(z.string(), z.unknown()),
});

const eventSchema = eventEnvelopeSchema
  .extend({ hlc: hlcSchema, kind: z.string() })
  .refine((event) => event.kind === event.payload.kind, { message: 'event kind differs from its payload' });

export const bundleLineSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('record'), table: syncTableSchema, record: versionedRecordSchema }),
  z.object({ t: z.literal('event'), event: eventSchema }),
  z.object({ t: z.literal('audit'), entry: auditEntrySchema.extend({ hlc: hlcSchema }) }),
  z.object({ t: z.literal('statistic'), record: statisticalRecordSchema }),
  z.object({ t: z.literal('caseload'), counselorId: z.string().min(1), workerIds: z.array(z.string()) }),
  z.object({ t: z.literal('recoveryKey'), deviceId: z.string().min(1), wrappedDataKey: z.string().min(1) }),
  /** One piece of a document's bytes (base64), after the document's record; pieces in order, all of them. */
  z.object({
    t: z.literal('chunk'),
    documentId: z.string().min(1),
    index: z.number().int().nonnegative(),
    count: z.number().int().positive(),
    data: z.base64(),
  }),
]);
export type ChunkLine = Extract<BundleLine, { t: 'chunk' }>;
export type BundleLine = z.infer<typeof bundleLineSchema>;
