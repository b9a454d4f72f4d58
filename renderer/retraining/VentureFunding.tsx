// The funding a venture applied for: source, amounts requested and granted, state of the application.
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FUNDING_STATES } from '../../shared/retraining/venture';
import { Field } from '../ui/Field';
import { numberOrEmpty } from '../workers/form/numberField';
import type { VentureFormApi } from './VentureForm';
import { newFunding } from './ventureFormValues';

export function VentureFunding({ form }: { form: VentureFormApi }) {
  const { t, i18n } = useTranslation();
  const { control, register, formState } = form;
  // Our applications carry their own `id`: the array's React keys go under another name.
  const funding = useFieldArray({ control, name: 'funding', keyName: 'key' });
  const values = useWatch({ control, name: 'funding' }) ?? [];
  const euro = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const requested = values.reduce((sum, item) => sum + (item.state !== 'refused' ? (item.requested ?? 0) : 0), 0);
  const granted = values.reduce((sum, item) => sum + (item.state === 'granted' ? (item.granted ?? 0) : 0), 0);

  return (
    <fieldset className="form-section">
      <legend>{t('retraining.venture.sections.funding')}</legend>
      {funding.fields.length === 0 && <p className="hint">{t('retraining.venture.noFunding')}</p>}
      {funding.fields.map((item, index) => {
        const errors = formState.errors.funding?.[index];
        return (
          <div className="grid row-group" key={item.key}>
            <Field label={t('retraining.venture.fields.source')} error={errors?.source} className="wide">
              {(props) => <input {...props} {...register(`funding.${index}.source`)} />}
            </Field>
            <Field label={t('retraining.venture.fields.requested')} error={errors?.requested}>
              {(props) => <input {...props} {...register(`funding.${index}.requested`, { setValueAs: numberOrEmpty })} type="number" min={0} step={100} />}
            </Field>
            <Field label={t('retraining.venture.fields.granted')} error={errors?.granted}>
              {(props) => <input {...props} {...register(`funding.${index}.granted`, { setValueAs: numberOrEmpty })} type="number" min={0} step={100} />}
            </Field>
            <Field label={t('retraining.venture.fields.state')} error={errors?.state}>
              {(props) => (
                <select {...props} {...register(`funding.${index}.state`)}>
                  {FUNDING_STATES.map((state) => (
                    <option key={state} value={state}>
                      {t(`retraining.venture.fundingState.${state}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="button" className="link" onClick={() => funding.remove(index)}>
              {t('retraining.venture.removeFunding')}
            </button>
          </div>
        );
      })}
      {values.length > 0 && <p className="hint">{t('retraining.venture.totals', { requested: euro.format(requested), granted: euro.format(granted) })}</p>}
      <button type="button" onClick={() => funding.append(newFunding())}>
        {t('retraining.venture.addFunding')}
      </button>
    </fieldset>
  );
}
