// Picks one of a worker's saved CV versions, e.g. the one sent to an employer with a candidacy
// ("CV inviato"): its value is the version's id, '' for none.
//
// Without `id` it renders its own label. With `id` it renders the select alone, for a caller
// that labels it, e.g. `<Field label=…>{(control) => <CvVersionSelect {...control} workerId=… />}</Field>`.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useCvRepository } from './useCvRepository';
import { describeVersion } from './cvLabels';

export interface CvVersionSelectProps {
  workerId: string;
  /** Id of the chosen version; '' when none. */
  value: string;
  onChange: (cvId: string) => void;
  id?: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  disabled?: boolean;
  /** Text of the empty choice; "Nessun CV" by default. */
  noneLabel?: string;
}

export function CvVersionSelect({ workerId, value, onChange, id, disabled, noneLabel, ...aria }: CvVersionSelectProps) {
  const { t } = useTranslation();
  const ownId = useId();
  const cvs = useCvRepository();
  // A worker erased or out of scope has no versions to show, rather than an error.
  const versions = useLiveQuery(() => cvs.listForWorker(workerId).catch(() => []), [cvs, workerId]);
  const select = (
    <select id={id ?? ownId} value={value} disabled={disabled || !versions} onChange={(event) => onChange(event.target.value)} {...aria}>
      <option value="">{noneLabel ?? t('cv.select.none')}</option>
      {(versions ?? []).map((version) => (
        <option key={version.id} value={version.id}>
          {describeVersion(t, version)}
        </option>
      ))}
      {/* A chosen version that is no longer listed (erased) still shows as chosen. */}
      {value && versions && !versions.some((version) => version.id === value) && <option value={value}>{t('cv.list.unreadable')}</option>}
    </select>
  );
  if (id) return select;
  return (
    <div className="field">
      <label htmlFor={ownId}>{t('cv.select.label')}</label>
      {select}
    </div>
  );
}
