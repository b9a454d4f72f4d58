// The choice that starts a CV: which variant, in which language, or a saved version to start
// again from (its reviewed text, e.g. past jobs the counselor added, is kept).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CV_LANGUAGES, CV_VARIANTS, type CvLanguage, type CvVariant } from '../../shared/cv/content';
import { Field } from '../ui/Field';
import { CvVersionSelect } from './CvVersionSelect';

export interface CvStart {
  variant: CvVariant;
  language: CvLanguage;
  /** A saved version to copy; '' to draw the CV from the worker file. */
  fromVersionId: string;
  /** An anonymised CV names the plant instead of "an engineering company of the Valdarno". */
  namePlant: boolean;
}

interface Props {
  workerId: string;
  onPrepare: (start: CvStart) => Promise<void>;
}

export function NewCvForm({ workerId, onPrepare }: Props) {
  const { t } = useTranslation();
  const [variant, setVariant] = useState<CvVariant>('anonymous');
  const [language, setLanguage] = useState<CvLanguage>('it');
  const [fromVersionId, setFromVersionId] = useState('');
  const [namePlant, setNamePlant] = useState(false);
  const [busy, setBusy] = useState(false);
  const copying = fromVersionId !== '';

  const prepare = async () => {
    setBusy(true);
    try {
      await onPrepare({ variant, language, fromVersionId, namePlant });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card cv-new"
      aria-labelledby="cv-new-title"
      onSubmit={(event) => {
        event.preventDefault();
        void prepare();
      }}
    >
      <h2 id="cv-new-title">{t('cv.screen.newTitle')}</h2>
      <div className="cv-new-choices">
        <fieldset className="field" disabled={copying}>
          <legend>{t('cv.screen.variant')}</legend>
          {CV_VARIANTS.map((code) => (
            <label key={code} className="cv-variant">
              <input type="radio" name="cv-variant" value={code} checked={variant === code} onChange={() => setVariant(code)} />
              <span>
                <strong>{t(`cv.screen.variants.${code}`)}</strong>
                <span className="hint">{t(`cv.screen.variantHints.${code}`)}</span>
              </span>
            </label>
          ))}
          {variant === 'anonymous' && (
            <label className="cv-variant cv-name-plant">
              <input type="checkbox" checked={namePlant} onChange={(event) => setNamePlant(event.target.checked)} aria-describedby="cv-name-plant-hint" />
              <span>
                <strong>{t('cv.screen.namePlant')}</strong>
                <span id="cv-name-plant-hint" className="hint">
                  {t('cv.screen.namePlantHint')}
                </span>
              </span>
            </label>
          )}
        </fieldset>
        <div>
          <div className="field">
            <label htmlFor="cv-language">{t('cv.screen.language')}</label>
            <select id="cv-language" value={language} disabled={copying} onChange={(event) => setLanguage(event.target.value as CvLanguage)}>
              {CV_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {t(`cv.screen.languages.${code}`)}
                </option>
              ))}
            </select>
          </div>
          <Field label={t('cv.screen.startFrom')} hint={t('cv.screen.startFromHint')}>
            {(control) => <CvVersionSelect {...control} workerId={workerId} value={fromVersionId} onChange={setFromVersionId} noneLabel={t('cv.screen.startFromNone')} />}
          </Field>
        </div>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('cv.screen.prepare')}
      </button>
    </form>
  );
}
