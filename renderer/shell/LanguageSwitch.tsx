import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('app.language')}</span>
      <select value={i18n.language} onChange={(event) => setLanguage(event.target.value as Language)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {language === 'it' ? 'Italiano' : 'English'}
          </option>
        ))}
      </select>
    </label>
  );
}
