// The agenda's controls: day or week, previous / today / next, a day to jump to, whose agenda (the
// coordinator's filter, passed as children) and the export. Arrow keys move between periods
// anywhere on the screen outside a text field and a focused appointment (which they move).
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_VIEWS, type AgendaView } from '../../shared/agenda/period';
import { isRealIsoDate } from '../../shared/time/days';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';

interface Props {
  view: AgendaView;
  anchor: string;
  onView: (view: AgendaView) => void;
  onAnchor: (anchor: string) => void;
  onStep: (step: number) => void;
  onToday: () => void;
  onExport: () => void;
  exporting: boolean;
  children?: ReactNode;
}

const KEY_VIEWS: Readonly<Record<string, AgendaView>> = { g: 'day', d: 'day', s: 'week', w: 'week' };

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

export function AgendaToolbar({ view, anchor, onView, onAnchor, onStep, onToday, onExport, exporting, children }: Props) {
  const { t } = useTranslation();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      const key = event.key.toLowerCase();
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') onStep(event.key === 'ArrowLeft' ? -1 : 1);
      else if (key === 't') onToday();
      else if (KEY_VIEWS[key]) onView(KEY_VIEWS[key]);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onStep, onToday, onView]);

  return (
    <div className="agenda-toolbar">
      <fieldset className="agenda-views">
        <legend className="visually-hidden">{t('agenda.view')}</legend>
        {AGENDA_VIEWS.map((option) => (
          <label key={option} className={`inline segment${view === option ? ' selected' : ''}`}>
            <input type="radio" name="agenda-view" value={option} checked={view === option} onChange={() => onView(option)} /> {t(`agenda.${option}`)}
          </label>
        ))}
      </fieldset>
      <div className="agenda-steps">
        <button type="button" onClick={() => onStep(-1)} aria-keyshortcuts="ArrowLeft" aria-label={t('agenda.previous')}>
          ←
        </button>
        <button type="button" onClick={onToday} aria-keyshortcuts="T">
          {t('agenda.today')}
        </button>
        <button type="button" onClick={() => onStep(1)} aria-keyshortcuts="ArrowRight" aria-label={t('agenda.next')}>
          →
        </button>
      </div>
      <Field label={t('agenda.goTo')} className="agenda-goto">
        {(controlProps) => <DateInput {...controlProps} value={anchor} onChange={(value) => isRealIsoDate(value) && onAnchor(value)} />}
      </Field>
      {children}
      <button type="button" className="primary agenda-export" onClick={onExport} disabled={exporting}>
        {t('agenda.export')}
      </button>
    </div>
  );
}
