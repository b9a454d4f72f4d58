// "Colmare il divario": what an excluded worker lacks, each with the catalogue's courses that teach
// it, linked to the course page where the worker can be enrolled.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Licence } from '../../shared/domain/vocabulary';
import type { GapCourse, GapItem } from '../../shared/matching/gap';
import { formatItalianDate, todayIso } from '../../shared/time/dates';

export function GapCourses({ items, courses }: { items: readonly GapItem[]; courses: ReadonlyMap<string, GapCourse> }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const today = todayIso();
  return (
    <div className="match-gap">
      <h3>{t('matching.gap.title')}</h3>
      <ul>
        {items.map((item) => (
          <li key={`${item.kind}-${item.item}`}>
            {t('matching.gap.item', { item: item.kind === 'licence' ? t(`vocab.licence.${item.item as Licence}`) : item.item })}{' '}
            {item.courseIds.length === 0 ? (
              <span className="hint">{t('matching.gap.noCourse')}</span>
            ) : (
              item.courseIds.map((id, index) => {
                const course = courses.get(id);
                if (!course) return null;
                return (
                  <span key={id}>
                    {index > 0 && '; '}
                    <Link to={`/courses/${id}`}>{t('matching.gap.course', { title: course.title, start: formatItalianDate(course.startDate), end: formatItalianDate(course.endDate) })}</Link>
                    {course.endDate < today && <span className="hint"> ({t('matching.gap.ended')})</span>}
                  </span>
                );
              })
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
