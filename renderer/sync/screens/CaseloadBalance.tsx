// The caseloads side by side (workers in the programme per active counselor, and the comune each
// works from), and a suggestion that evens them out by number and distance
// (shared/domain/caseloadBalance.ts): shown for review, applied only once confirmed, in one go.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestBalance, spread, type BalanceSuggestion } from '../../../shared/domain/caseloadBalance';
import { roadDistance } from '../../../shared/geo/distance';
import { formatPlace, placeByCode } from '../../../shared/geo/comuni';
import { formatDecimal } from '../../../shared/text/numbers';
import type { CounselorRecord } from '../../db/rows';
import { Field } from '../../ui/Field';
import { PlaceInput } from '../../ui/PlaceInput';
import './caseloads.css';

export interface CaseloadWorker {
  readonly id: string;
  readonly name: string;
  readonly counselorId: string;
  readonly residenceCode: string;
}

interface Props {
  /** The workers still in the programme (joined, not placed or left). */
  readonly workers: readonly CaseloadWorker[];
  /** The active counselors who take workers. */
  readonly counselors: readonly CounselorRecord[];
  /** The plant's comune: the base of a counselor who has none of their own. */
  readonly siteCode: string;
  readonly onSaveBase: (counselorId: string, baseCode: string | undefined) => Promise<void>;
  readonly onApply: (assignments: ReadonlyMap<string, string>) => Promise<number>;
}

const placeName = (code: string) => {
  const place = placeByCode(code);
  return place ? formatPlace(place) : code;
};

function BaseField({ counselor, siteCode, onSave }: { counselor: CounselorRecord; siteCode: string; onSave: (baseCode: string | undefined) => Promise<void> }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(counselor.data.baseCode ?? '');
  const [saved, setSaved] = useState(false);
  const invalid = value !== '' && !placeByCode(value);
  const name = counselor.data.displayName;
  return (
    <div className="caseload-base">
      <Field label={t('sync.caseloads.counts.baseOf', { name })} className="visually-hidden-label" error={invalid ? { message: 'validation.comune' } : undefined}>
        {(props) => (
          <PlaceInput
            {...props}
            placeholder={placeName(siteCode)}
            value={value}
            onChange={(next) => {
              setValue(next);
              setSaved(false);
            }}
          />
        )}
      </Field>
      <button
        type="button"
        disabled={invalid || value === (counselor.data.baseCode ?? '')}
        onClick={() =>
          void onSave(value || undefined).then(() => {
            setSaved(true);
          })
        }
      >
        {t('sync.caseloads.counts.saveBase', { name })}
      </button>
      {saved && <span role="status">{t('sync.caseloads.counts.baseSaved', { name })}</span>}
    </div>
  );
}

export function CaseloadBalance({ workers, counselors, siteCode, onSaveBase, onApply }: Props) {
  const { t, i18n } = useTranslation();
  const [suggestion, setSuggestion] = useState<BalanceSuggestion | null>(null);
  const [applied, setApplied] = useState<number | null>(null);
  const km = (value: number) => formatDecimal(value, i18n.language, 0);
  const names = new Map(counselors.map((c) => [c.id, c.data.displayName]));
  const base = (id: string) => counselors.find((c) => c.id === id)?.data.baseCode ?? siteCode;
  const counts = new Map(counselors.map((c) => [c.id, workers.filter((w) => w.counselorId === c.id).length]));
  const byId = new Map(workers.map((w) => [w.id, w]));

  const suggest = () => {
    setApplied(null);
    const team = counselors.map((c) => ({ id: c.id, baseCode: c.data.baseCode ?? siteCode }));
    setSuggestion(suggestBalance(workers, team, (from, to) => roadDistance(from, to)?.km));
  };
  const apply = async () => {
    if (!suggestion || !window.confirm(t('sync.caseloads.balance.confirm', { count: suggestion.moves.length }))) return;
    setApplied(await onApply(new Map(suggestion.moves.map((move) => [move.workerId, move.to]))));
    setSuggestion(null);
  };

  return (
    <section className="caseload-balance" aria-labelledby="caseload-balance-title">
      <h3 id="caseload-balance-title">{t('sync.caseloads.balance.title')}</h3>
      <table className="sync-table" data-testid="caseload-counts">
        <caption className="visually-hidden">{t('sync.caseloads.counts.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sync.caseloads.counts.counselor')}</th>
            <th scope="col" className="number">
              {t('sync.caseloads.counts.workers')}
            </th>
            <th scope="col">{t('sync.caseloads.counts.base')}</th>
          </tr>
        </thead>
        <tbody>
          {counselors.map((counselor) => (
            <tr key={counselor.id}>
              <th scope="row">{counselor.data.displayName}</th>
              <td className="number">{counts.get(counselor.id) ?? 0}</td>
              <td>
                <BaseField counselor={counselor} siteCode={siteCode} onSave={(code) => onSaveBase(counselor.id, code)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('sync.caseloads.counts.baseHint', { place: placeName(siteCode) })}</p>
      <p className="hint">{t('sync.caseloads.balance.text')}</p>
      <div className="sync-row">
        <button type="button" disabled={counselors.length === 0} onClick={suggest}>
          {t('sync.caseloads.balance.suggest')}
        </button>
      </div>
      {counselors.length === 0 && <p className="hint">{t('sync.caseloads.balance.noCounselors')}</p>}
      {applied !== null && (
        <p role="status" className="notice success" data-testid="balance-applied">
          {t('sync.caseloads.balance.applied', { count: applied })}
        </p>
      )}
      {suggestion &&
        (suggestion.moves.length === 0 ? (
          <p role="status" className="notice" data-testid="balance-none">
            {t('sync.caseloads.balance.none')}
          </p>
        ) : (
          <div className="caseload-suggestion" data-testid="balance-suggestion">
            <p role="status">
              {t('sync.caseloads.balance.summary', { count: suggestion.moves.length })}. {t('sync.caseloads.balance.spread', { before: spread(suggestion.before), after: spread(suggestion.after) })}{' '}
              {t('sync.caseloads.balance.km', { before: km(suggestion.kmBefore), after: km(suggestion.kmAfter) })}
            </p>
            <table className="sync-table" data-testid="balance-counts">
              <caption>{t('sync.caseloads.balance.countsTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sync.caseloads.counts.counselor')}</th>
                  <th scope="col" className="number">
                    {t('sync.caseloads.balance.before')}
                  </th>
                  <th scope="col" className="number">
                    {t('sync.caseloads.balance.after')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {counselors.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.data.displayName}</th>
                    <td className="number">{suggestion.before.get(c.id) ?? 0}</td>
                    <td className="number">{suggestion.after.get(c.id) ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="sync-table" data-testid="balance-moves">
              <caption>{t('sync.caseloads.balance.movesTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sync.caseloads.balance.move.worker')}</th>
                  <th scope="col">{t('sync.caseloads.balance.move.residence')}</th>
                  <th scope="col">{t('sync.caseloads.balance.move.from')}</th>
                  <th scope="col">{t('sync.caseloads.balance.move.to')}</th>
                  <th scope="col" className="number">
                    {t('sync.caseloads.balance.move.km')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {suggestion.moves.map((move) => {
                  const worker = byId.get(move.workerId);
                  const distance = worker ? roadDistance(worker.residenceCode, base(move.to)) : undefined;
                  return (
                    <tr key={move.workerId}>
                      <th scope="row">{worker?.name}</th>
                      <td>{worker ? placeName(worker.residenceCode) : ''}</td>
                      <td>{move.from ? names.get(move.from) : t('sync.caseloads.balance.nobody')}</td>
                      <td>{names.get(move.to)}</td>
                      <td className="number">{distance ? km(distance.km) : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <div className="sync-row">
              <button type="button" className="primary" onClick={() => void apply()}>
                {t('sync.caseloads.balance.apply', { count: suggestion.moves.length })}
              </button>
              <button type="button" onClick={() => setSuggestion(null)}>
                {t('sync.caseloads.balance.discard')}
              </button>
            </div>
          </div>
        ))}
    </section>
  );
}
