// Live reading of the codice fiscale: what it encodes, and where it disagrees with what was typed.
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { codiceFiscaleMismatches, validateCodiceFiscale } from '../../../shared/validation/codiceFiscale';
import { formatItalianDate } from '../../../shared/time/dates';
import { atPlace } from '../../../shared/text/italian';
import { placeLabel } from '../useWorkerLabels';
import type { SectionProps } from './types';

export function CodiceFiscaleCheck({ form }: SectionProps) {
  const { t } = useTranslation();
  const [cf, surname, name, birthDate, sex, birthplaceCode] = useWatch({
    control: form.control,
    name: ['codiceFiscale', 'surname', 'name', 'birthDate', 'sex', 'birthplaceCode'],
  });
  const result = validateCodiceFiscale(cf ?? '');
  if (!result.ok) return null;
  const info = result.value;
  const mismatches = codiceFiscaleMismatches(info, { surname, name, birthDate, sex, birthplaceCode });
  const fill = () => {
    const options = { shouldDirty: true, shouldValidate: form.formState.isSubmitted };
    form.setValue('birthDate', info.birthDate, options);
    form.setValue('sex', info.sex, options);
    form.setValue('birthplaceCode', info.birthplaceCode, options);
  };
  return (
    <div className="cf-check wide" aria-live="polite" data-testid="cf-check">
      <p>
        {t('worker.cf.decoded', { date: formatItalianDate(info.birthDate), sex: t(`vocab.sex.${info.sex}`), place: placeLabel(info.birthplaceCode), atPlace: atPlace(placeLabel(info.birthplaceCode)) })}
        {info.omocodic && ` ${t('worker.cf.omocodic')}`}
      </p>
      {mismatches.length > 0 && (
        <p className="warning" role="status">
          {t('worker.cf.mismatch', { fields: mismatches.map((m) => t(`cf.mismatch.${m}`)).join(', ') })}
        </p>
      )}
      {(birthDate !== info.birthDate || sex !== info.sex || birthplaceCode !== info.birthplaceCode) && (
        <button type="button" className="link" onClick={fill}>
          {t('worker.cf.fillFromCode')}
        </button>
      )}
    </div>
  );
}
