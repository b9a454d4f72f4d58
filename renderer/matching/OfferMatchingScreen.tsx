// "Lavoratori adatti": the workers who fit an offer, best first with their reasons; those excluded
// by a hard requirement apart, with what they miss and the courses that would close the gap.
// Selected workers are proposed in one click (one candidacy each).
import { useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { placeByCode } from '../../shared/geo/comuni';
import { closeTheGap } from '../../shared/matching/gap';
import { createSynonymIndex } from '../../shared/matching/synonyms';
import { todayIso } from '../../shared/time/dates';
import { proposalBlock } from '../../shared/domain/participation';
import { fullName, refusalKey } from '../candidacies/useCandidacies';
import { ProgressBar } from '../ui/ProgressBar';
import { RecordNotFound } from '../ui/RecordNotFound';
import { GapCourses } from './GapCourses';
import { MatchReasons, MissList, Score } from './MatchReasons';
import type { OfferJob } from './matchJob';
import { proposeMany } from './proposeMany';
import { useMatch } from './useMatch';
import { toMatchOffer, toMatchWorker, useCandidacyRepository, useMatchingInputs } from './useMatchingInputs';
import './matching.css';

const PAGE = 50;

export function OfferMatchingScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const candidacies = useCandidacyRepository();
  const [version, setVersion] = useState(0);
  const inputs = useMatchingInputs(version);
  const offer = inputs?.offers.get(id);
  const job = useMemo<OfferJob | undefined>(() => {
    if (!inputs || !offer) return undefined;
    const { weights, synonyms, candidacies: history } = inputs;
    return { kind: 'offer', offer: toMatchOffer(offer), workers: [...inputs.workers.values()].map(toMatchWorker), today: todayIso(), weights, synonyms, candidacies: history };
  }, [inputs, offer]);
  const progress = useMatch(job);
  const synonymIndex = useMemo(() => createSynonymIndex(inputs?.synonyms ?? []), [inputs]);
  const courses = useMemo(() => new Map((inputs?.courses ?? []).map((c) => [c.id, c])), [inputs]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [shownRanked, setShownRanked] = useState(PAGE);
  const [shownExcluded, setShownExcluded] = useState(PAGE);
  const [outcome, setOutcome] = useState<{ created: number; refused: string[] }>();
  const [busy, setBusy] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);

  if (!inputs) return <p>{t('app.loading')}</p>;
  if (!offer) return <RecordNotFound message={t('matching.offer.notFound')} backTo="/offers" backLabel={t('employers.offer.backToList')} />;

  const employer = inputs.employers.get(offer.data.employerId);
  const isOpen = offer.data.state === 'open';
  /** Why a worker may not be proposed (not a participant), or undefined. */
  const blockOf = (workerId: string) => {
    const worker = inputs.workers.get(workerId);
    return worker ? proposalBlock(worker.data) : undefined;
  };
  const nameOf = (workerId: string) => {
    const worker = inputs.workers.get(workerId);
    return worker ? fullName(worker) : workerId;
  };
  const toggle = (workerId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(workerId)) next.delete(workerId);
      else next.add(workerId);
      return next;
    });

  const propose = async () => {
    setBusy(true);
    const result = await proposeMany(selected, (workerId) => candidacies.propose({ workerId, offerId: offer.id, proposedOn: todayIso() }));
    const refused = result.refused.map(({ key, error }) => t('matching.offer.refused', { name: nameOf(key), reason: t(refusalKey(error) as 'candidacies.refusal.unknown') }));
    setOutcome({ created: result.created.length, refused });
    setSelected(new Set());
    setBusy(false);
    setVersion((v) => v + 1);
    // The result is where the focus goes, with its link to the board.
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };

  const result = progress?.result;
  const ranked = result?.ranked ?? [];
  const excluded = result?.excluded ?? [];
  const running = !progress || progress.done < progress.total;

  return (
    <section className="screen matching" aria-labelledby="matching-title">
      <div className="screen-header">
        <h1 id="matching-title">{t('matching.offer.title', { role: offer.data.role })}</h1>
        <Link to={`/offers/${offer.id}`}>{t('matching.offer.back')}</Link>
      </div>
      <p className="matching-summary">
        {t('matching.offer.where', { employer: employer?.data.legalName ?? '', place: placeByCode(offer.data.comuneCode)?.name ?? offer.data.comuneCode })}
        {' · '}
        <Link to={`/offers/${offer.id}/board`}>{t('matching.offer.board')}</Link>
        {' · '}
        <Link to="/matching/settings">{t('matching.settingsLink')}</Link>
      </p>
      <p className="hint">{t('matching.offer.scope')}</p>
      {!isOpen && <p className="notice">{t('matching.offer.notOpen')}</p>}
      {running && <ProgressBar label={t('matching.progress', { done: progress?.done ?? 0, total: progress?.total ?? inputs.workers.size })} value={progress?.done ?? 0} max={Math.max(1, progress?.total ?? inputs.workers.size)} />}
      <div role="status" ref={outcomeRef} tabIndex={-1} className="matching-outcome" data-testid="proposal-outcome">
        {outcome && (
          <div className={`notice ${outcome.refused.length ? '' : 'success'}`}>
            {outcome.created > 0 && (
              <p>
                {t('matching.offer.proposed', { count: outcome.created })} <Link to={`/offers/${offer.id}/board`}>{t('matching.offer.board')}</Link>
              </p>
            )}
            {outcome.refused.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
      </div>

      <section aria-labelledby="ranked-title" className="matching-section">
        <div className="matching-section-header">
          <h2 id="ranked-title">{t('matching.offer.ranked', { count: ranked.length })}</h2>
          <button type="button" className="primary" disabled={!isOpen || selected.size === 0 || busy} onClick={() => void propose()}>
            {selected.size === 0 ? t('matching.offer.proposeNone') : t('matching.offer.propose', { count: selected.size })}
          </button>
        </div>
        {!running && ranked.length === 0 && <p className="empty">{t('matching.offer.noneRanked')}</p>}
        <ol className="match-list" data-testid="ranked-workers">
          {ranked.slice(0, shownRanked).map((match) => {
            const blocked = blockOf(match.workerId);
            return (
              <li key={match.workerId} className={blocked ? 'match-row not-proposable' : 'match-row'}>
                {blocked ? (
                  <span className="match-placeholder" aria-hidden="true" />
                ) : (
                  <input
                    type="checkbox"
                    aria-label={t('matching.offer.select', { name: nameOf(match.workerId) })}
                    checked={selected.has(match.workerId)}
                    disabled={!isOpen || match.openStage !== undefined}
                    onChange={() => toggle(match.workerId)}
                  />
                )}
                <div className="match-body">
                  <div className="match-title">
                    <Score score={match.score} /> <Link to={`/workers/${match.workerId}`}>{nameOf(match.workerId)}</Link>
                    {match.openStage && <span className="badge">{t('matching.offer.open', { stage: t(`candidacies.stage.${match.openStage}`) })}</span>}
                    {blocked && <span className={`badge participation-${blocked}`}>{t(`participation.label.${blocked}`)}</span>}
                  </div>
                  {blocked && (
                    <p className="not-proposable-reason" data-testid="not-proposable">
                      <strong>{t('participation.notProposable')}:</strong> {t(`candidacies.refusal.${blocked}`)}
                    </p>
                  )}
                  <MatchReasons match={match} />
                </div>
              </li>
            );
          })}
        </ol>
        {ranked.length > shownRanked && (
          <button type="button" onClick={() => setShownRanked((n) => n + PAGE)}>
            {t('matching.offer.showMore', { count: Math.min(PAGE, ranked.length - shownRanked) })}
          </button>
        )}
      </section>

      <section aria-labelledby="excluded-title" className="matching-section">
        <h2 id="excluded-title">{t('matching.offer.excluded', { count: excluded.length })}</h2>
        {!running && excluded.length === 0 && <p className="empty">{t('matching.offer.noneExcluded')}</p>}
        <ul className="match-list" data-testid="excluded-workers">
          {excluded.slice(0, shownExcluded).map((match) => (
            <li key={match.workerId} className="match-row excluded">
              <div className="match-body">
                <div className="match-title">
                  <Link to={`/workers/${match.workerId}`}>{nameOf(match.workerId)}</Link>
                </div>
                <MissList misses={match.misses} />
                <GapCourses items={closeTheGap(match, inputs.courses, synonymIndex, todayIso())} courses={courses} />
              </div>
            </li>
          ))}
        </ul>
        {excluded.length > shownExcluded && (
          <button type="button" onClick={() => setShownExcluded((n) => n + PAGE)}>
            {t('matching.offer.showMore', { count: Math.min(PAGE, excluded.length - shownExcluded) })}
          </button>
        )}
      </section>
    </section>
  );
}
