// One Europass section under review: its lines, each a left-column label and a right-column text.
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CvContent } from '../../shared/cv/content';
import { FieldError } from '../ui/FieldError';

interface Props {
  form: UseFormReturn<CvContent>;
  index: number;
  idPrefix: string;
}

export function CvSectionLines({ form, index, idPrefix }: Props) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: `sections.${index}.lines` });
  const key = form.getValues(`sections.${index}.key`);
  const errors = form.formState.errors.sections?.[index]?.lines;
  const legendId = `${idPrefix}-s${index}`;
  return (
    <fieldset className="cv-section" aria-labelledby={legendId}>
      <legend id={legendId}>{t(`cv.pdf.sections.${key}`)}</legend>
      <div className="cv-lines">
        {fields.length === 0 && <p className="hint">{t('cv.editor.noLines')}</p>}
        {fields.map((field, line) => {
          const n = line + 1;
          const labelId = `${idPrefix}-s${index}-l${line}-label`;
          const textId = `${idPrefix}-s${index}-l${line}-text`;
          const error = errors?.[line];
          return (
            <div className="cv-line" key={field.id}>
              <div className="cv-line-label">
                <label className="visually-hidden" htmlFor={labelId}>
                  {t('cv.editor.lineLabel', { n })}
                </label>
                <input id={labelId} {...form.register(`sections.${index}.lines.${line}.label`)} aria-invalid={error?.label ? true : undefined} />
                <FieldError error={error?.label} />
              </div>
              <div className="cv-line-text">
                <label className="visually-hidden" htmlFor={textId}>
                  {t('cv.editor.lineText', { n })}
                </label>
                <textarea id={textId} rows={1} {...form.register(`sections.${index}.lines.${line}.text`)} aria-invalid={error?.text ? true : undefined} />
                <FieldError error={error?.text} />
              </div>
              <button type="button" className="link" aria-label={t('cv.editor.removeLine', { n })} onClick={() => remove(line)}>
                {t('cv.editor.remove')}
              </button>
            </div>
          );
        })}
      </div>
      <button type="button" onClick={() => append({ label: '', text: '' })}>
        {t('cv.editor.addLine')}
      </button>
    </fieldset>
  );
}
