// The public API of the sync core: what renderer/sync calls. Pure functions over plain data.
export * from './types';
export { SYNCED_KINDS, workerIndexColumns, type SyncedKind, type ScopeRule, type WriterRule, type IndexContext, type WorkerIndexColumns } from './registry';
export { createRecord, editRecord, tombstone, latestClock, sameValue, type VersionedRecord, type RecordMeta, type Author } from './record';
export { createClock, ClockDriftError, formatTimestamp, parseTimestamp, isTimestamp, type HybridClock } from './hlc';

// Keys, signatures, hashes
export { sha256Hex, sha256HexAsync, utf8Encode, utf8Decode } from './bytes';
export {
  generateDeviceKeys,
  generateProgrammeKey,
  ageIdentityFileText,
  readAgeIdentityFile,
  signMessage,
  verifyMessage,
  keyFingerprint,
  type DeviceKeys,
  type AgeKeyPair,
} from './deviceKeys';

// Device registry
export { deviceDataSchema, registrationsOf, trustedDeviceRecords, type DeviceData, type DeviceRegistration } from './devices';

// Bundle file
export { BUNDLE_SCHEMA_VERSION, bundleManifestSchema, bundleLineSchema, type BundleManifest, type BundleSender, type BundleLine } from './bundle/manifest';
export { encodeBundle, encodeBundleTo, type EncodeBundleInput, type EncodeStreamInput, type PayloadPass, type EncodedBundle, type WrittenBundle } from './bundle/encode';
export { asSource, bytesSource, type ByteSource } from './bundle/source';
export { decodeBundle, type DecodeContext, type DecodeResult, type DecodedBundle, type PendingEnrolment } from './bundle/decode';
export { type DocumentChunkSource, type ReceivedChunk } from './bundle/documentLines';
export { eachDocumentChunk } from './bundle/documentPass';

// Version vectors, what a receiver gets, merge and preview
export { vectorOf, knowsForExport, mergeVectors, compareVectors, vectorCovers, isNewFor, originOf, recordCoveredBy, type VectorOrder } from './vector';
export { selectChanges, caseloadOf, selectionRule, selectionRuleFor, type SelectionRule, type SelectRequest, type ReceiverScope } from './scope';
export { memoryPageSource, payloadReadings, planSelection, selectedPayload, SyncCancelledError, type EventHead, type RowPage, type SelectedPayload, type SelectionPlan, type SyncPageSource } from './scopeStream';
export { decidePurges, type PurgePlan } from './purge';
export { mergeRecord, conflictId, type MergeOutcome, type RecordMerge } from './merge';
export { previewBundle, type LocalState, type SyncPreview, type TableCounts } from './preview';
export { applyPreviewInMemory, localStateOf, EMPTY_MEMORY_STATE, type MemoryState } from './memory';

// Enrolment and recovery
export { checkEnrolmentCode, enrolmentProof, generateEnrolmentCode, verifyEnrolmentProof, type EnrolmentClaim, type EnrolmentCodeProblem } from './enrolmentCode';
export { createEnrolmentFile, readEnrolmentFile, enrolmentBodySchema, ENROLMENT_VERSION, type EnrolmentBody, type EnrolmentReadResult } from './enrolment';
export {
  wrapDataKeyForProgramme,
  unwrapDataKeyWithProgramme,
  wrapDataKeyWithCode,
  unwrapDataKeyWithCode,
  generateOneTimeCode,
  normaliseCode,
  RecoveryUnwrapError,
} from './recovery';
