// The first step of every report screen: the records are read and decrypted in the report's Web
// Worker (seconds at 30,000 workers).
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../ui/ProgressBar';

export function ReadingProgress({ reading }: { reading: number | undefined }) {
  const { t } = useTranslation();
  if (reading === undefined) return null;
  return <ProgressBar label={t('reports.reading', { percent: Math.round(reading * 100) })} value={reading} max={1} />;
}
