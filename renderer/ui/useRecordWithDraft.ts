// The record screens (worker, employer, offer, course, venture) open the same way: read the stored
// record (none for a new one) and the unsaved draft of its form, then show "loading", "not found"
// (or "not yours") or the form, started from the draft when there is one. A save hands back the
// stored record; discarding the draft goes back to it.
//
// With `reread`, the record is also read live: a change made elsewhere (a hiring moves the worker
// to placed) shows at once. The form is reset to it only while it holds nothing typed; otherwise the
// typed values stay, and `rebaseEdits` puts them on top of the newer record when saved.
//
// After a save the form is drawn anew; the focus goes back to the button that saved (it was lost
// when the button was disabled during the save), so the next Tab goes on from there.
import { useEffect, useRef, useState, type DependencyList } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordMeta } from '../../shared/sync/record';
import { useServices } from '../app/services';
import { NotAllowedError, RecordNotFoundError } from '../db/repositories/errors';
import { relocator } from './relocate';

type StoredRecord = Pick<RecordMeta, 'id' | 'clock' | 'deletedAt'>;

export interface RecordLoad<R, X> {
  /** The stored record; null for a new one. */
  row: R | null;
  /** Whatever else the screen needs before its form renders (counselors, employers, the worker…). */
  extra: X;
}

export interface RecordWithDraftOptions<R extends StoredRecord, I, X> {
  /** Key of the form's draft; it also names what is loaded: a new key loads again. */
  draftKey: string;
  /** Reads the record; a RecordNotFoundError means "not found", a NotAllowedError "not yours". */
  load: () => Promise<RecordLoad<R, X>>;
  /** The form's values for the stored record, or for a new one when `row` is null. */
  formValues: (row: R | null, extra: X) => I;
  /** Reads the stored record again, live; without it the record is read once. */
  reread?: (row: R) => Promise<R>;
  /** What `load` depends on besides the draft key (repositories, route parameters). */
  deps: DependencyList;
}

export type RecordWithDraft<R, I, X> =
  | { state: 'loading' }
  | { state: 'missing' | 'forbidden' }
  | {
      state: 'ready';
      /** The record as stored now (live when `reread` is given). */
      row: R | null;
      /** The record the form started from: older than `row` when a change arrived during typing. */
      base: R | null;
      initial: I;
      extra: X;
      draftRestored: boolean;
      /** Key for the form element: changes when the form must start again from `initial`. */
      formKey: string;
      /** After a save: the form starts again from the stored record. */
      saved: (row: R) => void;
      /** Drops the draft and starts the form again from the stored record. */
      discardDraft: () => Promise<void>;
      /** The form reports whether it holds typed, unsaved values. */
      setDirty: (dirty: boolean) => void;
    };

interface Ready<R, I, X> {
  key: string;
  row: R | null;
  initial: I;
  extra: X;
  draftRestored: boolean;
  generation: number;
}

type Result<R, I, X> = { key: string; state: 'missing' | 'forbidden' } | ({ state: 'ready' } & Ready<R, I, X>);

/** The HLC of the latest write to a record (HLCs sort in time order): any change, here or through sync, moves it. */
const versionOf = (row: StoredRecord | null) => (row ? [...Object.values(row.clock), row.deletedAt ?? ''].sort().at(-1) ?? '' : '');

export function useRecordWithDraft<R extends StoredRecord, I, X>(options: RecordWithDraftOptions<R, I, X>): RecordWithDraft<R, I, X> {
  const { drafts } = useServices();
  const { draftKey } = options;
  const [result, setResult] = useState<Result<R, I, X> | null>(null);
  // The latest callbacks, so that the effects below depend on the data only.
  const callbacks = useRef(options);
  // Declared first, so that it runs before the effects that read it.
  useEffect(() => {
    callbacks.current = options;
  });
  const dirty = useRef(false);
  const lastSubmitter = useRef<(() => HTMLElement | null) | null>(null);
  const refocus = useRef<(() => HTMLElement | null) | null>(null);
  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      lastSubmitter.current = relocator(event.submitter);
    };
    document.addEventListener('submit', onSubmit, true);
    return () => document.removeEventListener('submit', onSubmit, true);
  }, []);

  useEffect(() => {
    let cancelled = false;
    dirty.current = false;
    (async () => {
      const draft = (await drafts.load(draftKey)) as I | undefined;
      const { row, extra } = await callbacks.current.load();
      const initial = draft ?? callbacks.current.formValues(row, extra);
      if (!cancelled) setResult({ state: 'ready', key: draftKey, row, initial, extra, draftRestored: draft !== undefined, generation: 0 });
    })().catch((error: unknown) => {
      if (!(error instanceof RecordNotFoundError) && !(error instanceof NotAllowedError)) console.error(error);
      if (!cancelled) setResult({ state: error instanceof NotAllowedError ? 'forbidden' : 'missing', key: draftKey });
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what `load` depends on
  }, [draftKey, drafts, ...options.deps]);

  // A result for another record (the route changed) counts as still loading.
  const current = result && result.key === draftKey ? result : null;
  const ready = current?.state === 'ready' ? current : null;
  const baseRow = ready?.row ?? null;
  const live = useLiveQuery(
    async () => (baseRow && callbacks.current.reread ? callbacks.current.reread(baseRow).catch(() => undefined) : undefined),
    [baseRow?.id, draftKey, Boolean(options.reread)],
  );
  // Only a later version counts: right after a save, the live read may still hold the one before it.
  const newer = live && versionOf(live) > versionOf(baseRow) ? live : undefined;

  // A change from elsewhere resets the form only when nothing typed would be lost.
  useEffect(() => {
    if (!newer || dirty.current) return;
    setResult((previous) =>
      previous?.state === 'ready' && previous.key === draftKey && !previous.draftRestored
        ? { ...previous, row: newer, initial: callbacks.current.formValues(newer, previous.extra), generation: previous.generation + 1 }
        : previous,
    );
  }, [newer, draftKey]);

  // After each render while a save's button waits for the focus: the form may have been drawn anew
  // before the save returned (the live read saw the stored record first) or after it.
  useEffect(() => {
    const find = refocus.current;
    if (!find) return;
    const focused = document.activeElement;
    // The user has put the focus somewhere meanwhile: it stays there.
    if (focused && focused !== document.body) {
      refocus.current = null;
      return;
    }
    const button = find();
    if (!button || button.matches(':disabled')) return;
    refocus.current = null;
    button.focus();
  });

  if (!current) return { state: 'loading' };
  if (current.state !== 'ready') return { state: current.state };
  const restart = (row: R | null, draftRestored = false) => {
    dirty.current = false;
    setResult({ ...current, row, initial: callbacks.current.formValues(row, current.extra), draftRestored, generation: current.generation + 1 });
  };
  return {
    state: 'ready',
    row: newer ?? current.row,
    base: current.row,
    initial: current.initial,
    extra: current.extra,
    draftRestored: current.draftRestored,
    formKey: `${draftKey}:${current.generation}`,
    saved: (row) => {
      refocus.current = lastSubmitter.current;
      restart(row);
    },
    discardDraft: async () => {
      await drafts.discard(draftKey);
      restart(newer ?? current.row);
    },
    setDirty: (value) => {
      dirty.current = value;
    },
  };
}

/**
 * The values to save when the record changed since the form opened: each field the user left as
 * it was takes the newer stored value; each field they edited keeps what they typed. So a status
 * set by a hiring elsewhere is not undone by saving an address typed meanwhile.
 */
export function rebaseEdits<T extends object>(base: T, latest: T, edited: T): T {
  const before = new Map<string, unknown>(Object.entries(base));
  const merged = new Map<string, unknown>(Object.entries(latest));
  for (const [key, typed] of Object.entries(edited)) if (!sameValue(before.get(key), typed)) merged.set(key, typed);
  // A field the user emptied is absent from `edited`: it is an edit too.
  for (const key of before.keys()) if (!(key in edited) && !sameValue(before.get(key), undefined)) merged.delete(key);
  return Object.fromEntries(merged) as T;
}

/** Deep equality of JSON-like values (form values are plain data); `undefined`, null and '' are all "empty". */
function sameValue(a: unknown, b: unknown): boolean {
  const empty = (value: unknown) => value === undefined || value === null || value === '';
  if (empty(a) && empty(b)) return true;
  return stableJson(a) === stableJson(b);
}

/** JSON with object keys sorted, so that two objects with the same fields compare equal. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => x.localeCompare(y))) : inner,
  );
}
