// The coordinator's synonym groups: listed, removable, and a field to add one ("muletto,
// transpallet elettrico"). The built-in dictionary is shown collapsed for reference.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SYNONYM_GROUPS } from '../../shared/matching/dictionary';
import { Field } from '../ui/Field';

interface Props {
  groups: readonly string[][];
  editable: boolean;
  onChange: (groups: string[][]) => Promise<void>;
}

export function parseGroup(text: string): string[] {
  return [...new Set(text.split(',').map((word) => word.trim()).filter(Boolean))];
}

export function SynonymsEditor({ groups, editable, onChange }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState(false);
  const [saved, setSaved] = useState(false);
  const add = async () => {
    const group = parseGroup(draft);
    if (group.length < 2) {
      setError(true);
      return;
    }
    await onChange([...groups, group]);
    setDraft('');
    setError(false);
    setSaved(true);
  };
  const remove = async (index: number) => {
    await onChange(groups.filter((_, i) => i !== index));
    setSaved(true);
  };
  return (
    <section aria-labelledby="synonyms-title" className="matching-section">
      <h2 id="synonyms-title">{t('matching.settings.synonyms')}</h2>
      <p className="hint">{t('matching.settings.synonymsIntro')}</p>
      <h3>{t('matching.settings.added')}</h3>
      {groups.length === 0 ? (
        <p className="empty">{t('matching.settings.noneAdded')}</p>
      ) : (
        <ul className="synonym-groups" data-testid="added-synonyms">
          {groups.map((group, index) => (
            <li key={group.join('|')}>
              {group.join(', ')}{' '}
              {editable && (
                <button type="button" className="link" aria-label={t('matching.settings.removeGroup', { group: group.join(', ') })} onClick={() => void remove(index)}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form
          className="synonym-add"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <Field label={t('matching.settings.newGroup')} hint={t('matching.settings.newGroupHint')} error={error ? { message: 'matching.settings.groupTooShort' } : undefined}>
            {(control) => (
              <input
                {...control}
                value={draft}
                onChange={(event) => {
                  setDraft(event.target.value);
                  setSaved(false);
                }}
              />
            )}
          </Field>
          <button type="submit">{t('matching.settings.addGroup')}</button>
          {saved && (
            <span role="status" className="notice success">
              {t('matching.settings.synonymsSaved')}
            </span>
          )}
        </form>
      )}
      <details>
        <summary>{t('matching.settings.builtIn', { count: DEFAULT_SYNONYM_GROUPS.length })}</summary>
        <ul className="synonym-groups">
          {DEFAULT_SYNONYM_GROUPS.map((group) => (
            <li key={group[0]}>{group.join(', ')}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
