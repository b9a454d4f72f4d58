// Registro presenze for one session (one day) of a course: every enrolled worker on a row with
// their codice fiscale, the hours (printed when already recorded, else left to write) and a
// column to sign; the teacher signs at the bottom. Regional measures pay and certify on these
// hours (at least 70% of the course), so the signed scan comes back with the hours of the day.
import { formatItalianDate } from '../../time/dates';
import { PdfComposer } from './layout';
import { letterheadOf, type ProgrammeTexts } from './programmeTexts';
import { formatHours } from './facts';

export interface RegisterRow {
  readonly fullName: string;
  readonly codiceFiscale: string;
  /** Hours recorded for the day; null while still to write by hand. */
  readonly hours: number | null;
}

export interface AttendanceRegisterInput {
  readonly programmeName: string;
  readonly texts: ProgrammeTexts | null;
  readonly course: { readonly title: string; readonly provider: string; readonly hours: number; readonly startDate: string; readonly endDate: string };
  /** ISO day of the session. */
  readonly date: string;
  /** Hours of the lesson that day. */
  readonly sessionHours: number;
  readonly rows: readonly RegisterRow[];
}

export async function buildAttendanceRegisterPdf(input: AttendanceRegisterInput): Promise<Uint8Array> {
  const { course } = input;
  const pdf = await PdfComposer.start(
    { title: `Registro presenze — ${course.title}`, date: input.date, footer: `Registro presenze, ${course.title}, lezione del ${formatItalianDate(input.date)}` },
    letterheadOf(input.programmeName, input.texts),
  );
  pdf.title('Registro presenze');
  pdf.fields([
    ['Corso', course.title],
    ['Ente di formazione', course.provider],
    ['Periodo del corso', `dal ${formatItalianDate(course.startDate)} al ${formatItalianDate(course.endDate)}, ${formatHours(course.hours)} ore`],
    ['Lezione del', formatItalianDate(input.date)],
    ['Durata della lezione', `${formatHours(input.sessionHours)} ore`],
    ['Iscritti', String(input.rows.length)],
  ]);
  const rows = [...input.rows].sort((a, b) => a.fullName.localeCompare(b.fullName, 'it'));
  pdf.table(
    [
      { title: 'N.', share: 0.55, align: 'right' },
      { title: 'Cognome e nome', share: 3.6 },
      { title: 'Codice fiscale', share: 2.9 },
      { title: 'Ore', share: 0.9, align: 'center' },
      { title: 'Firma', share: 3.4 },
    ],
    rows.map((row, index) => [String(index + 1), row.fullName, row.codiceFiscale, row.hours === null ? '' : formatHours(row.hours), '']),
    26,
  );
  pdf.paragraph("Le ore sono quelle di presenza effettiva del giorno; chi entra in ritardo o esce prima scrive l'ora accanto alla firma.", { muted: true, size: 8.5 });
  pdf.signatures([{ label: 'Firma del docente' }, { label: 'Firma del tutor del corso' }]);
  return pdf.save();
}
