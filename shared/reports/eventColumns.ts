// The reports' events held in columns (typed arrays and one table of strings) rather than as
// objects. A report screen keeps its input for as long as it is open, so that another month or day
// costs no new reading; at 30,000 workers a year holds some 720,000 events, which as two objects
// each (event and payload) took ≈ 60 MB of the report worker's heap. Here they take ≈ 33 bytes
// each, and the objects a report reads are made while it runs, then dropped with it.
import { REPORTED_KINDS, type ReportEvent, type ReportEventKind, type ReportPayload } from './reportEvent';

type Placed = Extract<ReportPayload, { kind: 'worker.placed' }>;

/** "No string": a null `from` of a first status or stage. */
const NONE = 0xffffffff;
const KIND_INDEX = new Map<ReportEventKind, number>(REPORTED_KINDS.map((kind, index) => [kind, index]));

/** A typed array that doubles as it fills. */
class GrowingColumn<A extends Uint8Array | Uint32Array | Float64Array> {
  private values: A;
  constructor(private readonly make: (length: number) => A) {
    this.values = make(1024);
  }
  set(index: number, value: number): void {
    if (index >= this.values.length) {
      const wider = this.make(this.values.length * 2);
      wider.set(this.values);
      this.values = wider;
    }
    this.values[index] = value;
  }
  /** The first `length` values, in an array of their own size. */
  trimmed(length: number): A {
    return this.values.slice(0, length) as A;
  }
}

/** Adds events one at a time (as they are read and opened), then `build()` freezes them into columns. */
export class ReportEventColumnsBuilder {
  private count = 0;
  private built = false;
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly placed: Placed[] = [];
  private readonly kind = new GrowingColumn((n) => new Uint8Array(n));
  private readonly subject = new GrowingColumn((n) => new Uint32Array(n));
  private readonly day = new GrowingColumn((n) => new Uint32Array(n));
  private readonly id = new GrowingColumn((n) => new Uint32Array(n));
  private readonly hlc = new GrowingColumn((n) => new Uint32Array(n));
  /** `from`, interview type or course outcome; the placement's index for a hiring. */
  private readonly first = new GrowingColumn((n) => new Uint32Array(n));
  /** `to`, or 1 for a course ended with a certificate. */
  private readonly second = new GrowingColumn((n) => new Uint32Array(n));
  /** Minutes of an interview, hours of attendance (any number the form took: 64 bits keep it exact). */
  private readonly amount = new GrowingColumn((n) => new Float64Array(n));

  get length(): number {
    return this.count;
  }

  private stringOf(text: string | null): number {
    if (text === null) return NONE;
    const known = this.stringIndex.get(text);
    if (known !== undefined) return known;
    this.strings.push(text);
    this.stringIndex.set(text, this.strings.length - 1);
    return this.strings.length - 1;
  }

  add(event: ReportEvent): void {
    if (this.built) throw new Error('ReportEventColumnsBuilder: add() after build()');
    const row = this.count;
    const { payload } = event;
    this.kind.set(row, KIND_INDEX.get(payload.kind) ?? 0);
    this.subject.set(row, this.stringOf(event.subjectId));
    this.day.set(row, this.stringOf(event.occurredOn));
    this.id.set(row, this.stringOf(event.id));
    this.hlc.set(row, this.stringOf(event.hlc));
    let first = NONE;
    let second = NONE;
    let amount = 0;
    switch (payload.kind) {
      case 'worker.statusChanged':
      case 'candidacy.stageChanged':
        first = this.stringOf(payload.from);
        second = this.stringOf(payload.to);
        break;
      case 'worker.placed':
        first = this.placed.push(payload) - 1;
        break;
      case 'worker.interviewHeld':
        first = this.stringOf(payload.interviewType);
        amount = payload.durationMinutes;
        break;
      case 'course.attendance':
        amount = payload.hours;
        break;
      case 'course.ended':
        first = this.stringOf(payload.outcome);
        second = payload.certificate ? 1 : 0;
        break;
    }
    this.first.set(row, first);
    this.second.set(row, second);
    this.amount.set(row, amount);
    this.count += 1;
  }

  /** Once: the columns share this builder's string table, so nothing may be added after. */
  build(): ReportEventColumns {
    this.built = true;
    const n = this.count;
    return new ReportEventColumns(n, this.strings, this.placed, {
      kind: this.kind.trimmed(n),
      subject: this.subject.trimmed(n),
      day: this.day.trimmed(n),
      id: this.id.trimmed(n),
      hlc: this.hlc.trimmed(n),
      first: this.first.trimmed(n),
      second: this.second.trimmed(n),
      amount: this.amount.trimmed(n),
    });
  }
}

interface Columns {
  kind: Uint8Array;
  subject: Uint32Array;
  day: Uint32Array;
  id: Uint32Array;
  hlc: Uint32Array;
  first: Uint32Array;
  second: Uint32Array;
  amount: Float64Array;
}

/** The events, read back as `ReportEvent` objects in the order they were added. */
export class ReportEventColumns implements Iterable<ReportEvent> {
  constructor(
    readonly length: number,
    private readonly strings: readonly string[],
    private readonly placed: readonly Placed[],
    private readonly columns: Columns,
  ) {}

  at(row: number): ReportEvent {
    if (!Number.isInteger(row) || row < 0 || row >= this.length) throw new RangeError(`no event at row ${row} of ${this.length}`);
    const { kind, subject, day, id, hlc, first, second, amount } = this.columns;
    const strings = this.strings;
    // One object per event and one per payload, built as literals: a report reads 720,000 of them.
    const eventId = strings[id[row] ?? NONE] ?? '';
    const subjectId = strings[subject[row] ?? NONE] ?? '';
    const occurredOn = strings[day[row] ?? NONE] ?? '';
    const eventHlc = strings[hlc[row] ?? NONE] ?? '';
    const firstValue = first[row] ?? NONE;
    // The casts restore the vocabulary types the strings had when they were added.
    const payloadKind = REPORTED_KINDS[kind[row] ?? 0] ?? 'worker.statusChanged';
    switch (payloadKind) {
      case 'worker.statusChanged':
      case 'candidacy.stageChanged': {
        const payload = { kind: payloadKind, from: firstValue === NONE ? null : (strings[firstValue] ?? ''), to: strings[second[row] ?? NONE] ?? '' } as ReportPayload;
        return { id: eventId, subjectId, occurredOn, hlc: eventHlc, payload };
      }
      case 'worker.placed': {
        const payload = this.placed[firstValue];
        if (!payload) throw new Error(`event column ${row}: no placement`);
        return { id: eventId, subjectId, occurredOn, hlc: eventHlc, payload };
      }
      case 'worker.interviewHeld': {
        const payload = { kind: payloadKind, interviewType: strings[firstValue] ?? '', durationMinutes: amount[row] ?? 0 } as ReportPayload;
        return { id: eventId, subjectId, occurredOn, hlc: eventHlc, payload };
      }
      case 'course.attendance':
        return { id: eventId, subjectId, occurredOn, hlc: eventHlc, payload: { kind: payloadKind, hours: amount[row] ?? 0 } };
      case 'course.ended': {
        const outcome = strings[firstValue] as 'completed' | 'dropped';
        return { id: eventId, subjectId, occurredOn, hlc: eventHlc, payload: { kind: payloadKind, outcome, certificate: second[row] === 1 } };
      }
    }
  }

  *[Symbol.iterator](): Iterator<ReportEvent> {
    for (let row = 0; row < this.length; row += 1) yield this.at(row);
  }
}

export function reportEventColumns(events: Iterable<ReportEvent>): ReportEventColumns {
  const builder = new ReportEventColumnsBuilder();
  for (const event of events) builder.add(event);
  return builder.build();
}
