// Matching settings: the weights of the score and the coordinator's synonyms, both programme
// settings that travel through sync. Counselors see them read-only.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_MATCHING_WEIGHTS, MATCHING_SYNONYMS_SETTING, MATCHING_WEIGHTS_SETTING, matchingWeightsSchema, synonymGroupsSchema } from '../../shared/matching/settings';
import { useServices } from '../app/services';
import { SynonymsEditor } from './SynonymsEditor';
import { useMatchingSettings } from './useMatchingInputs';
import { WeightsForm } from './WeightsForm';

export function MatchingSettingsScreen() {
  const { t } = useTranslation();
  const { session } = useServices();
  const settings = useMatchingSettings();
  const weights = useLiveQuery(() => settings.get(MATCHING_WEIGHTS_SETTING, matchingWeightsSchema, DEFAULT_MATCHING_WEIGHTS), [settings]);
  const synonyms = useLiveQuery(() => settings.get(MATCHING_SYNONYMS_SETTING, synonymGroupsSchema, []), [settings]);
  const editable = session.role === 'coordinator';

  if (!weights || !synonyms) return <p>{t('app.loading')}</p>;
  return (
    <section className="screen matching-settings" aria-labelledby="settings-title">
      <div className="screen-header">
        <h1 id="settings-title">{t('matching.settings.title')}</h1>
        <Link to="/offers">{t('employers.offer.backToList')}</Link>
      </div>
      <p className="hint">{t('matching.settings.intro')}</p>
      {!editable && <p className="notice">{t('matching.settings.readOnly')}</p>}
      <WeightsForm initial={weights} editable={editable} onSave={(value) => settings.put(MATCHING_WEIGHTS_SETTING, matchingWeightsSchema, value)} />
      <SynonymsEditor groups={synonyms} editable={editable} onChange={(groups) => settings.put(MATCHING_SYNONYMS_SETTING, synonymGroupsSchema, groups)} />
    </section>
  );
}
