// One candidate on the board. Pointer users drag it or open its menu; keyboard users focus it and
// press → / ← for the next or previous stage, or Delete (Backspace on a Mac) to close it; the menu
// works by keyboard too. Once the CV went to the employer, the card says which version.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { allowedTargets, isClosed, isEnding, nextStage, previousStage } from '../../../shared/candidacy/stages';
import { formatItalianDate } from '../../../shared/time/dates';
import type { CandidacyView } from '../../db/repositories/candidacyRepository';
import type { CvSummary } from '../../db/repositories/cvRepository';
import { savedAt } from '../../cv/cvLabels';
import { sentCvId } from './sentCv';
import type { MoveTarget } from './MoveDialog';

interface Props {
  view: CandidacyView;
  name: string;
  /** Id of the element explaining the keys. */
  helpId: string;
  /** The CV versions sent with the board's candidacies, by id; undefined while loading. */
  sentCvs?: ReadonlyMap<string, CvSummary>;
  onRequest: (target: MoveTarget) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
}

export function CandidacyCard({ view, name, helpId, sentCvs, onRequest, onDragStart, onDragEnd }: Props) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const cardRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const closed = isClosed(view.stage);
  const lastReason = view.changes.at(-1)?.reason ?? '';
  const targets = allowedTargets(view.stage).filter((stage) => !isEnding(stage));
  const cvId = sentCvId(view);
  const cv = cvId ? sentCvs?.get(cvId) : undefined;

  useEffect(() => {
    if (menuOpen) menuRef.current?.querySelector('button')?.focus();
  }, [menuOpen]);

  const request = (target: MoveTarget) => {
    setMenuOpen(false);
    onRequest(target);
  };

  const onCardKey = (event: KeyboardEvent) => {
    const target = event.key === 'ArrowRight' ? nextStage(view.stage) : event.key === 'ArrowLeft' ? previousStage(view.stage) : event.key === 'Delete' || event.key === 'Backspace' ? 'ending' : undefined;
    if (!target) return;
    event.preventDefault();
    request(target);
  };

  const onMenuKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    setMenuOpen(false);
    cardRef.current?.focus();
  };

  return (
    <li
      className={`candidacy-card stage-${view.stage}`}
      draggable={!closed}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', view.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      // The menu closes when the focus leaves the card (a click elsewhere, Tab away).
      onBlur={(event) => {
        if (menuOpen && !event.currentTarget.contains(event.relatedTarget)) setMenuOpen(false);
      }}
      data-testid="candidacy-card"
    >
      {closed ? (
        <div className="card-main">
          <strong>{name}</strong>
          <span className="visually-hidden"> — {t(`candidacies.stage.${view.stage}`)}</span>
          <span className="card-since">{t('candidacies.board.since', { date: formatItalianDate(view.stageSince) })}</span>
        </div>
      ) : (
        <button
          ref={cardRef}
          type="button"
          className="card-main"
          data-card={view.id}
          aria-describedby={helpId}
          aria-expanded={menuOpen}
          aria-controls={menuOpen ? menuId : undefined}
          aria-keyshortcuts="ArrowRight ArrowLeft Delete Backspace"
          onClick={() => setMenuOpen((open) => !open)}
          onKeyDown={onCardKey}
        >
          <strong>{name}</strong>
          <span className="visually-hidden"> — {t(`candidacies.stage.${view.stage}`)}</span>
          <span className="card-since">{t('candidacies.board.since', { date: formatItalianDate(view.stageSince) })}</span>
          <span className="card-menu-hint" aria-hidden="true">
            {t('candidacies.board.moveMenu')} ▾
          </span>
        </button>
      )}
      {cvId && sentCvs && (
        <p className="card-cv" data-testid="card-cv">
          {cv
            ? t('candidacies.board.cvSent', { variant: t(`cv.screen.variants.${cv.variant}`), language: t(`cv.screen.languages.${cv.language}`), date: savedAt(cv).slice(0, 10) })
            : t('candidacies.board.cvSentUnknown')}
        </p>
      )}
      {isEnding(view.stage) && (
        <p className="card-reason">
          <span className="badge">{t(`candidacies.stage.${view.stage}`)}</span> {lastReason}
        </p>
      )}
      {menuOpen && (
        <ul id={menuId} ref={menuRef} className="move-menu" aria-label={t('candidacies.board.moveMenuLabel', { name })} onKeyDown={onMenuKey}>
          {targets.map((stage) => (
            <li key={stage}>
              <button type="button" onClick={() => request(stage)}>
                {t('candidacies.board.moveTo', { stage: t(`candidacies.stage.${stage}`) })}
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="danger" onClick={() => request('ending')}>
              {t('candidacies.board.end')}
            </button>
          </li>
        </ul>
      )}
      <Link className="card-link" to={`/workers/${view.workerId}`}>
        {t('candidacies.board.openWorker')}
        <span className="visually-hidden"> {name}</span>
      </Link>
    </li>
  );
}
