// One CIGS period in a form (start, end, cause, remove): the worker file's own periods and the
// programme's periods in the settings are edited with the same row.
import { Controller, type Control, type FieldValues, type Path, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CIGS_CAUSES } from '../../shared/domain/vocabulary';
import { Field, type ControlProps } from './Field';
import { DateInput } from './DateInput';

interface Props<T extends FieldValues> {
  control: Control<T>;
  register: UseFormRegister<T>;
  /** Where the period's three fields are in the form, e.g. `cigsPeriods.2.start`. */
  path: { start: Path<T>; end: Path<T>; cause: Path<T> };
  errors?: { start?: { message?: string }; end?: { message?: string }; cause?: { message?: string } } | undefined;
  removeLabel: string;
  onRemove: () => void;
}

export function CigsPeriodRow<T extends FieldValues>({ control, register, path, errors, removeLabel, onRemove }: Props<T>) {
  const { t } = useTranslation();
  const date = (name: Path<T>) => (controlProps: ControlProps) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <DateInput {...controlProps} name={field.name} ref={field.ref} value={String(field.value ?? '')} onChange={field.onChange} onBlur={field.onBlur} />}
    />
  );
  return (
    <div className="grid row-group cigs-period">
      <Field label={t('worker.fields.periodStart')} error={errors?.start}>
        {date(path.start)}
      </Field>
      <Field label={t('worker.fields.periodEnd')} error={errors?.end}>
        {date(path.end)}
      </Field>
      <Field label={t('worker.fields.periodCause')} error={errors?.cause}>
        {(controlProps) => (
          <select {...controlProps} {...register(path.cause)}>
            {CIGS_CAUSES.map((cause) => (
              <option key={cause} value={cause}>
                {t(`vocab.cigsCause.${cause}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="button" className="link" onClick={onRemove}>
        {removeLabel}
      </button>
    </div>
  );
}
