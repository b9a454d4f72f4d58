// "Offerte adatte": the open offers that fit a worker, best first with the same reasons as on the
// offer side; offers excluded by a hard requirement apart, with what is missing. The worker is
// proposed to the offers ticked in one click; the outcome links each new candidacy's board.
import { useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { MATCHABLE_STATUSES } from '../../shared/matching/engine';
import { closeTheGap } from '../../shared/matching/gap';
import { createSynonymIndex } from '../../shared/matching/synonyms';
import { todayIso } from '../../shared/time/dates';
import { proposalBlock } from '../../shared/domain/participation';
import { fullName, refusalKey } from '../candidacies/useCandidacies';
import { ProgressBar } from '../ui/ProgressBar';
import { RecordNotFound } from '../ui/RecordNotFound';
import { GapCourses } from './GapCourses';
import { MatchReasons, MissList, Score } from './MatchReasons';
import type { WorkerJob } from './matchJob';
import { proposeMany, type ProposalOutcome } from './proposeMany';
import { useMatch } from './useMatch';
import { toMatchOffer, toMatchWorker, useCandidacyRepository, useMatchingInputs } from './useMatchingInputs';
import './matching.css';

export function WorkerMatchingScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const candidacies = useCandidacyRepository();
  const [version, setVersion] = useState(0);
  const inputs = useMatchingInputs(version);
  const worker = inputs?.workers.get(id);
  const job = useMemo<WorkerJob | undefined>(() => {
    if (!inputs || !worker) return undefined;
    const { weights, synonyms, candidacies: history } = inputs;
    return { kind: 'worker', worker: toMatchWorker(worker), offers: [...inputs.offers.values()].map(toMatchOffer), today: todayIso(), weights, synonyms, candidacies: history };
  }, [inputs, worker]);
  const progress = useMatch(job);
  const synonymIndex = useMemo(() => createSynonymIndex(inputs?.synonyms ?? []), [inputs]);
  const courses = useMemo(() => new Map((inputs?.courses ?? []).map((c) => [c.id, c])), [inputs]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<ProposalOutcome<string>>();
  const [busy, setBusy] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);

  if (!inputs) return <p>{t('app.loading')}</p>;
  if (!worker) {
    const message = inputs.notEnrolled.has(id) ? t('candidacies.refusal.notEnrolled') : t('matching.worker.notFound');
    return <RecordNotFound message={message} backTo={inputs.notEnrolled.has(id) ? `/workers/${id}` : '/workers'} backLabel={t(inputs.notEnrolled.has(id) ? 'matching.worker.back' : 'worker.backToList')} />;
  }
  const blocked = proposalBlock(worker.data);

  const describe = (offerId: string) => {
    const offer = inputs.offers.get(offerId);
    const employer = offer && inputs.employers.get(offer.data.employerId);
    return t('matching.worker.offerAt', { role: offer?.data.role ?? offerId, employer: employer?.data.legalName ?? '' });
  };
  const toggle = (offerId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(offerId)) next.delete(offerId);
      else next.add(offerId);
      return next;
    });
  const propose = async () => {
    setBusy(true);
    const result = await proposeMany(selected, (offerId) => candidacies.propose({ workerId: worker.id, offerId, proposedOn: todayIso() }));
    setOutcome(result);
    setSelected(new Set());
    setBusy(false);
    setVersion((v) => v + 1);
    // The result is where the focus goes, with its links to the boards.
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };
  const ranked = progress?.result.ranked ?? [];
  const excluded = progress?.result.excluded ?? [];
  const running = !progress || progress.done < progress.total;

  return (
    <section className="screen matching" aria-labelledby="matching-title">
      <div className="screen-header">
        <h1 id="matching-title">{t('matching.worker.title', { name: fullName(worker) })}</h1>
        <Link to={`/workers/${worker.id}`}>{t('matching.worker.back')}</Link>
      </div>
      <p className="hint">
        {t('matching.worker.scope')} <Link to="/matching/settings">{t('matching.settingsLink')}</Link>
      </p>
      {!MATCHABLE_STATUSES.includes(worker.data.status) && <p className="notice">{t('matching.worker.notMatchable')}</p>}
      {blocked && (
        <p className="notice" role="status" data-testid="not-proposable">
          <strong>{t('participation.notProposable')}:</strong> {t(`candidacies.refusal.${blocked}`)}
        </p>
      )}
      {running && <ProgressBar label={t('matching.progress', { done: progress?.done ?? 0, total: progress?.total ?? inputs.offers.size })} value={progress?.done ?? 0} max={Math.max(1, progress?.total ?? inputs.offers.size)} />}
      <div role="status" ref={outcomeRef} tabIndex={-1} className="matching-outcome" data-testid="proposal-outcome">
        {outcome && (
          <div className={`notice ${outcome.refused.length ? '' : 'success'}`}>
            {outcome.created.length > 0 && (
              <>
                <p>{t('matching.worker.proposed', { count: outcome.created.length, name: fullName(worker) })}</p>
                <ul className="plain-list">
                  {outcome.created.map(({ key }) => (
                    <li key={key}>
                      <Link to={`/offers/${key}/board`}>{t('matching.worker.boardOf', { offer: describe(key) })}</Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {outcome.refused.map(({ key, error }) => (
              <p key={key}>{t('matching.worker.refused', { offer: describe(key), reason: t(refusalKey(error) as 'candidacies.refusal.unknown') })}</p>
            ))}
          </div>
        )}
      </div>

      <section aria-labelledby="ranked-title" className="matching-section">
        <div className="matching-section-header">
          <h2 id="ranked-title">{t('matching.worker.ranked', { count: ranked.length })}</h2>
          {!blocked && (
            <button type="button" className="primary" disabled={selected.size === 0 || busy} onClick={() => void propose()}>
              {selected.size === 0 ? t('matching.worker.proposeNone') : t('matching.worker.propose', { count: selected.size })}
            </button>
          )}
        </div>
        {!running && ranked.length === 0 && <p className="empty">{t('matching.worker.noneRanked')}</p>}
        <ol className="match-list" data-testid="ranked-offers">
          {ranked.map((match) => (
            <li key={match.offerId} className="match-row">
              {blocked ? (
                <span className="match-placeholder" aria-hidden="true" />
              ) : (
                <input
                  type="checkbox"
                  aria-label={t('matching.worker.select', { offer: describe(match.offerId) })}
                  checked={selected.has(match.offerId)}
                  disabled={match.openStage !== undefined}
                  onChange={() => toggle(match.offerId)}
                />
              )}
              <div className="match-body">
                <div className="match-title">
                  <Score score={match.score} /> <Link to={`/offers/${match.offerId}`}>{describe(match.offerId)}</Link>
                  {match.openStage && (
                    <Link className="badge" to={`/offers/${match.offerId}/board`}>
                      {t('matching.offer.open', { stage: t(`candidacies.stage.${match.openStage}`) })}
                    </Link>
                  )}{' '}
                  <Link className="match-secondary" to={`/offers/${match.offerId}/matching`}>
                    {t('matching.worker.workersFor')}
                  </Link>
                </div>
                <MatchReasons match={match} />
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="excluded-title" className="matching-section">
        <h2 id="excluded-title">{t('matching.worker.excluded', { count: excluded.length })}</h2>
        {!running && excluded.length === 0 && <p className="empty">{t('matching.worker.noneExcluded')}</p>}
        <ul className="match-list" data-testid="excluded-offers">
          {excluded.map((match) => (
            <li key={match.offerId} className="match-row excluded">
              <div className="match-body">
                <div className="match-title">
                  <Link to={`/offers/${match.offerId}`}>{describe(match.offerId)}</Link>
                </div>
                <MissList misses={match.misses} />
                <GapCourses items={closeTheGap(match, inputs.courses, synonymIndex, todayIso())} courses={courses} />
              </div>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
