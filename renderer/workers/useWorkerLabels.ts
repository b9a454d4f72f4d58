// Turns codes into the labels shown in lists, in the current language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { placeByCode, formatPlace } from '../../shared/geo/comuni';
import type { Track, WorkerStatus } from '../../shared/domain/vocabulary';
import type { Participation } from '../../shared/domain/participation';
import type { CounselorRecord } from '../db/rows';
import type { ItemLabels } from './workerQuery';

export function placeLabel(code: string): string {
  const place = placeByCode(code);
  return place ? formatPlace(place) : code;
}

/** `label` remembered per code: a list of 30,000 workers asks for a handful of labels 30,000 times. */
function remembered(label: (code: string) => string): (code: string) => string {
  const known = new Map<string, string>();
  return (code) => {
    let text = known.get(code);
    if (text === undefined) known.set(code, (text = label(code)));
    return text;
  };
}

export function useWorkerLabels(counselors: readonly CounselorRecord[] | undefined): ItemLabels {
  const { t } = useTranslation();
  return useMemo(() => {
    const names = new Map((counselors ?? []).map((c) => [c.id, c.data.displayName]));
    return {
      residence: remembered(placeLabel),
      track: remembered((code) => t(`vocab.track.${code as Track}`)),
      status: remembered((code) => t(`vocab.status.${code as WorkerStatus}`)),
      participation: remembered((code) => t(`participation.label.${code as Participation}`)),
      counselor: (id) => names.get(id) ?? '—',
    };
  }, [counselors, t]);
}
