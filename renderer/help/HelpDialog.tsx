// A guide in a dialog: the screen's own first, the others listed below it to switch to.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { SETUP_GUIDES, type GuideKey } from './guides';

export function HelpDialog({ first, onClose }: { first: GuideKey; onClose: () => void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<GuideKey>(first);
  const body = useRef<HTMLDivElement>(null);
  // The guide chosen below replaces the one read: reading starts again at its top.
  const switched = useRef(false);
  useEffect(() => {
    if (switched.current) body.current?.focus();
  }, [shown]);
  const guide = t(`help.guides.${shown}`, { returnObjects: true });
  const others = [...new Set<GuideKey>([first, ...SETUP_GUIDES, 'general'])].filter((key) => key !== shown);
  return (
    <Dialog title={t('help.dialogTitle', { title: guide.title })} onClose={onClose} className="help-dialog">
      <div ref={body} tabIndex={-1} className="help-body" aria-label={guide.title}>
      <ul className="help-points">
        {guide.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      {shown === first && (
        <>
          <h3>{t('help.shortcutsTitle')}</h3>
          <ul className="help-points">
            {t('help.shortcuts', { returnObjects: true }).map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      )}
      </div>
      <h3>{t('help.otherGuides')}</h3>
      <ul className="help-others">
        {others.map((key) => (
          <li key={key}>
            <button type="button" className="link" onClick={() => {
                switched.current = true;
                setShown(key);
              }}>
              {t(`help.guides.${key}.title`)}
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('help.close')}
        </button>
      </div>
    </Dialog>
  );
}
