// Turns codes into the labels shown in lists, in the current language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { placeByCode, formatPlace } from '../../shared/geo/comuni';
import type { Track, WorkerStatus } from '../../shared/domain/vocabulary';
import type { CounselorRecord } from '../db/rows';
import type { ItemLabels } from './workerQuery';

export function placeLabel(code: string): string {
  const place = placeByCode(code);
  return place ? formatPlace(place) : code;
}

export function useWorkerLabels(counselors: readonly CounselorRecord[] | undefined): ItemLabels {
  const { t } = useTranslation();
  return useMemo(() => {
    const names = new Map((counselors ?? []).map((c) => [c.id, c.data.displayName]));
    return {
      residence: placeLabel,
      track: (code) => t(`vocab.track.${code as Track}`),
      status: (code) => t(`vocab.status.${code as WorkerStatus}`),
      counselor: (id) => names.get(id) ?? '—',
    };
  }, [counselors, t]);
}
