// The board of an offer (/offers/:id/board): a column per stage, a card per candidate. Cards move
// by drag and drop, by their menu or by keyboard; each move is announced to screen readers.
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { CANDIDACY_STAGES, type CandidacyStage } from '../../../shared/domain/casework';
import { allowedTargets, isClosed, isEnding } from '../../../shared/candidacy/stages';
import { positionsLeft } from '../../../shared/candidacy/placement';
import { useServices } from '../../app/services';
import type { CandidacyView } from '../../db/repositories/candidacyRepository';
import { fullName, useCandidacyRepositories, useRefresh, useVisibleWorkers } from '../useCandidacies';
import { BoardColumn } from './BoardColumn';
import { CandidacyCard } from './CandidacyCard';
import { MoveDialog, type MoveTarget } from './MoveDialog';
import { HireDialog } from './HireDialog';
import { ProposeDialog } from './ProposeDialog';
import { useSentCvs } from './sentCv';

interface Announcement {
  kind: 'moved' | 'hired' | 'proposed';
  name: string;
  workerId: string;
  stage?: CandidacyStage;
}

const byStageSince = (a: CandidacyView, b: CandidacyView) => a.stageSince.localeCompare(b.stageSince) || a.proposedOn.localeCompare(b.proposedOn);

export function OfferBoardScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { session } = useServices();
  const { candidacies, placements } = useCandidacyRepositories();
  const workers = useVisibleWorkers();
  const [version, refresh] = useRefresh();
  const offer = useLiveQuery(() => candidacies.offer(id).catch(() => null), [candidacies, id, version]);
  const employerId = offer?.data.employerId;
  const employer = useLiveQuery(async () => (employerId ? candidacies.employer(employerId).catch(() => undefined) : undefined), [candidacies, employerId]);
  const views = useLiveQuery(() => candidacies.forOffer(id), [candidacies, id, version]);
  const hirings = useLiveQuery(() => placements.hirings(id), [placements, id, version]);
  const sentCvs = useSentCvs(views);
  const [dragging, setDragging] = useState<CandidacyView | null>(null);
  const [pending, setPending] = useState<{ view: CandidacyView; target: MoveTarget } | null>(null);
  const [proposing, setProposing] = useState(false);
  // Kept as facts, not text, so a change of language re-words it.
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const focusAfter = useRef<string | null>(null);
  const helpId = useId();

  // After a move the card sits in another column: keep the keyboard focus on it. The dialog gives
  // the focus to the card wherever it is when the dialog closes; once the cards are read again the
  // card in its new column takes it.
  const cardToFocus = () => (focusAfter.current ? document.querySelector<HTMLElement>(`[data-card="${focusAfter.current}"]`) : null);
  const returnFocus = (opener: HTMLElement | null) => cardToFocus() ?? opener;
  useEffect(() => {
    const card = cardToFocus();
    // Not drawn yet: wait for the next reading of the cards.
    if (!card) return;
    focusAfter.current = null;
    card.focus();
  }, [views]);

  // Until the cards and their names are read, empty columns would say "Nessuno": say loading.
  if (offer === undefined || (offer !== null && (views === undefined || workers === undefined))) return <p>{t('app.loading')}</p>;
  if (offer === null) {
    return (
      <section className="screen">
        <p role="alert" className="error-banner">
          {t('candidacies.board.notFound')}
        </p>
      </section>
    );
  }

  const nameOf = (view: CandidacyView) => {
    const worker = workers?.get(view.workerId);
    return worker ? fullName(worker) : '—';
  };
  const announce = ({ kind, name, stage }: Announcement) =>
    kind === 'moved' && stage ? t('candidacies.board.moved', { name, stage: t(`candidacies.stage.${stage}`) }) : kind === 'hired' ? t('candidacies.hire.saved', { name }) : t('candidacies.propose.proposed', { name });
  const request = (view: CandidacyView, target: MoveTarget) => setPending({ view, target });
  const done = (view: CandidacyView, stage: CandidacyStage) => {
    setAnnouncement({ kind: stage === 'hired' ? 'hired' : 'moved', name: nameOf(view), workerId: view.workerId, stage });
    focusAfter.current = view.id;
    setPending(null);
    refresh();
  };
  const dropOn = (target: CandidacyStage | 'ending') => (candidacyId: string) => {
    const view = views?.find((candidate) => candidate.id === candidacyId);
    if (view) request(view, target);
  };
  const filled = hirings ?? 0;
  const all = views ?? [];

  return (
    <section className="screen offer-board" aria-labelledby="board-title">
      <div className="screen-header">
        <h1 id="board-title">{t('candidacies.board.title', { role: offer.data.role })}</h1>
        <Link to={`/offers/${offer.id}`}>{t('candidacies.board.backToOffer')}</Link>
      </div>
      <div className="board-summary">
        {employer && <Link to={`/employers/${employer.id}`}>{t('candidacies.board.employer', { name: employer.data.legalName })}</Link>}
        <span data-testid="board-positions">{t('candidacies.board.positions', { filled, positions: offer.data.positions })}</span>
        {positionsLeft(offer.data.positions, filled) === 0 && <span className="badge">{t('candidacies.board.full')}</span>}
        <span className="board-actions">
          <Link to={`/meetings?employer=${offer.data.employerId}&offer=${offer.id}`}>{t('candidacies.board.organiseMeeting')}</Link>
          <button type="button" className="primary" onClick={() => setProposing(true)}>
            {t('candidacies.board.propose')}
          </button>
        </span>
      </div>
      <p className="hint" id={helpId}>
        {t('candidacies.board.keyboardHelp')}
        {session.role === 'counselor' ? ` ${t('candidacies.board.otherCaseloads')}` : ''}
      </p>
      <div role="status" aria-live="polite" className="board-announcer">
        {announcement && (
          <p className="notice success">
            {announce(announcement)}
            {announcement.kind === 'hired' && (
              <>
                {' '}
                <Link to={`/workers/${announcement.workerId}?section=candidature`}>{t('candidacies.board.openHired', { name: announcement.name })}</Link>
              </>
            )}
          </p>
        )}
      </div>
      <div className="board" aria-label={t('candidacies.board.columns')} role="group">
        {[...CANDIDACY_STAGES, 'ending' as const].map((column) => {
          const cards = all.filter((view) => (column === 'ending' ? isEnding(view.stage) : view.stage === column)).sort(byStageSince);
          const accepts = () => dragging !== null && (column === 'ending' ? !isClosed(dragging.stage) : allowedTargets(dragging.stage).includes(column));
          return (
            <BoardColumn
              key={column}
              label={column === 'ending' ? t('candidacies.board.ended') : t(`candidacies.stage.${column}`)}
              count={cards.length}
              accepts={accepts}
              onDropCard={dropOn(column)}
              className={column === 'ending' ? 'ended-column' : `column-${column}`}
            >
              {cards.map((view) => (
                <CandidacyCard key={view.id} view={view} name={nameOf(view)} helpId={helpId} sentCvs={sentCvs} onRequest={(target) => request(view, target)} onDragStart={() => setDragging(view)} onDragEnd={() => setDragging(null)} />
              ))}
            </BoardColumn>
          );
        })}
      </div>
      {pending && pending.target === 'hired' && (
        <HireDialog
          view={pending.view}
          workerName={nameOf(pending.view)}
          offer={offer}
          employer={employer}
          hirings={filled}
          onClose={() => setPending(null)}
          onHired={() => done(pending.view, 'hired')}
          returnFocus={returnFocus}
        />
      )}
      {pending && pending.target !== 'hired' && (
        <MoveDialog view={pending.view} target={pending.target} workerName={nameOf(pending.view)} onClose={() => setPending(null)} onMoved={(stage) => done(pending.view, stage)} returnFocus={returnFocus} />
      )}
      {proposing && (
        <ProposeDialog
          offer={offer}
          existing={all}
          onClose={() => setProposing(false)}
          returnFocus={returnFocus}
          onProposed={(candidacyId, name, workerId) => {
            setProposing(false);
            setAnnouncement({ kind: 'proposed', name, workerId });
            focusAfter.current = candidacyId;
            refresh();
          }}
        />
      )}
    </section>
  );
}
