// Impostazioni → the programme's texts on its documents: the data controller and their address,
// the DPO's contact, the programme's address, how long files are kept, the logo. The coordinator
// edits them; counselors read what their laptop last received. Saved as a programme setting
// record, so they travel in bundles; a change makes a new version of the privacy notice.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { bytesToBase64 } from '../../shared/crypto/encoding';
import { sniffMediaType } from '../../shared/documents/content';
import {
  MAX_LOGO_BYTES, nextProgrammeTexts, PROGRAMME_TEXTS_SETTING, programmeTextsFormSchema, programmeTextsSchema,
  type Logo, type ProgrammeTexts, type ProgrammeTextsForm, type ProgrammeTextsFormInput,
} from '../../shared/documents/templates/programmeTexts';
import { privacyNoticeVersion } from '../../shared/documents/templates/facts';
import { todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import { Field } from '../ui/Field';
import { ErrorBanner } from '../ui/ErrorBanner';
import { schemaMessageText } from '../ui/messages';
import { numberOrEmpty } from '../workers/form/numberField';
import { useProgrammeSettings, useProgrammeTexts } from './usePaperwork';
import './paperwork.css';

const EMPTY: ProgrammeTextsFormInput = { controllerName: '', controllerAddress: '', dpoContact: '', programmeAddress: '', retentionYears: 10, logo: null };

const logoSource = (logo: Logo) => `data:${logo.mediaType};base64,${logo.base64}`;

function TextsForm({ current, onSaved }: { current: ProgrammeTexts | null; onSaved: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const { bridge } = useServices();
  const settings = useProgrammeSettings();
  const form = useForm<ProgrammeTextsFormInput, unknown, ProgrammeTextsForm>({ resolver: zodResolver(programmeTextsFormSchema), defaultValues: current ?? EMPTY });
  const { register, formState, setValue, control } = form;
  const errors = formState.errors;
  const logo = useWatch({ control, name: 'logo' }) ?? null;
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const chooseLogo = async () => {
    setLogoProblem(null);
    const opened = await bridge.openFile({ filters: [{ name: 'PNG, JPEG', extensions: ['png', 'jpg', 'jpeg'] }], maxBytes: MAX_LOGO_BYTES });
    if (!opened.ok) {
      if (opened.error === 'tooLarge') setLogoProblem(t('paperwork.texts.logoTooLarge', { max: Math.round(MAX_LOGO_BYTES / 1024), size: Math.ceil((opened.sizeBytes ?? MAX_LOGO_BYTES + 1) / 1024) }));
      else if (opened.error !== 'cancelled') setLogoProblem(t('paperwork.signed.unreadable'));
      return;
    }
    // The kind comes from the bytes, never from the name.
    const mediaType = sniffMediaType(opened.value.bytes);
    if (mediaType !== 'image/png' && mediaType !== 'image/jpeg') {
      setLogoProblem(t('paperwork.texts.logoType'));
      return;
    }
    setValue('logo', { mediaType, base64: bytesToBase64(opened.value.bytes) }, { shouldDirty: true });
  };

  const save = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const next = nextProgrammeTexts(current, values, todayIso());
      await settings.put(PROGRAMME_TEXTS_SETTING, programmeTextsSchema, next);
      onSaved(t('paperwork.texts.saved', { version: privacyNoticeVersion(next) }));
    } catch (error) {
      setFailure(error);
    }
  });

  const text = (name: 'controllerName' | 'controllerAddress' | 'dpoContact' | 'programmeAddress', max: number) => (
    <Field label={t(`paperwork.texts.${name}`)} error={errors[name]} hint={t('paperwork.texts.max', { max })} className="grow">
      {(props) => <input {...props} {...register(name)} maxLength={max + 20} />}
    </Field>
  );

  return (
    <form noValidate onSubmit={(event) => void save(event)} aria-labelledby="settings-paperwork" data-testid="programme-texts-form">
      <div className="inline-form-row">
        {text('controllerName', 160)}
        {text('controllerAddress', 240)}
      </div>
      <div className="inline-form-row">
        {text('dpoContact', 240)}
        {text('programmeAddress', 240)}
      </div>
      <div className="inline-form-row">
        <Field label={t('paperwork.texts.retentionYears')} error={errors.retentionYears} hint={t('paperwork.texts.retentionHint')}>
          {(props) => <input {...props} {...register('retentionYears', { setValueAs: numberOrEmpty })} type="number" min={1} max={30} className="short" />}
        </Field>
        <div className="field grow">
          <span>{t('paperwork.texts.logo')}</span>
          <div className="paperwork-file">
            {logo && <img className="paperwork-logo" src={logoSource(logo)} alt={t('paperwork.texts.logoAlt')} />}
            <button type="button" onClick={() => void chooseLogo()}>
              {logo ? t('paperwork.texts.logoReplace') : t('paperwork.texts.logoChoose')}
            </button>
            {logo && (
              <button type="button" className="link" onClick={() => setValue('logo', null, { shouldDirty: true })}>
                {t('paperwork.texts.logoRemove')}
              </button>
            )}
          </div>
          <span className="hint">{t('paperwork.texts.logoHint', { max: Math.round(MAX_LOGO_BYTES / 1024) })}</span>
          {(logoProblem || errors.logo) && <span className="field-error">{logoProblem ?? schemaMessageText(t, i18n.language, errors.logo?.message ?? errors.logo?.base64?.message)}</span>}
        </div>
      </div>
      <div className="settings-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting || !formState.isDirty}>
          {t('paperwork.texts.save')}
        </button>
        {formState.isDirty && (
          <button type="button" className="link" onClick={() => form.reset()}>
            {t('paperwork.cancel')}
          </button>
        )}
      </div>
      <ErrorBanner error={failure} />
    </form>
  );
}

export function ProgrammeTextsCard() {
  const { t } = useTranslation();
  const { session } = useServices();
  const texts = useProgrammeTexts();
  const [message, setMessage] = useState<string | null>(null);
  if (texts === undefined) return null;
  const coordinator = session.role === 'coordinator';
  return (
    <section className="card paperwork-texts" aria-labelledby="settings-paperwork" data-testid="programme-texts">
      <h2 id="settings-paperwork">{t('paperwork.texts.title')}</h2>
      <p className="hint">{t('paperwork.texts.intro')}</p>
      {texts && <p>{t('paperwork.texts.current', { version: privacyNoticeVersion(texts) })}</p>}
      {coordinator ? (
        // A new version (saved here or brought by a bundle) starts a fresh form.
        <TextsForm key={texts ? `${texts.version}:${texts.versionDate}` : 'none'} current={texts} onSaved={setMessage} />
      ) : texts ? (
        <dl className="paperwork-texts-list">
          <dt>{t('paperwork.texts.controllerName')}</dt>
          <dd>{texts.controllerName}, {texts.controllerAddress}</dd>
          <dt>{t('paperwork.texts.dpoContact')}</dt>
          <dd>{texts.dpoContact}</dd>
          <dt>{t('paperwork.texts.programmeAddress')}</dt>
          <dd>{texts.programmeAddress}</dd>
        </dl>
      ) : (
        <p className="hint">{t('paperwork.texts.byCoordinator')}</p>
      )}
      {message && (
        <p role="status" className="notice success" data-testid="programme-texts-saved">
          {message}
        </p>
      )}
    </section>
  );
}
