// A generated PDF stored on its file and offered to save, its signed scan beside it; the sessions of
// a course's registers and which copies still wait for the signed one.
import { describe, expect, it } from 'vitest';
import { sampleWorker } from '../../test/fixtures/workers';
import { coordinatorFixture } from '../db/testing';
import { createDocumentRepository } from '../documents/documentRepository';
import type { DesktopBridge, SaveFileRequest } from '../../shared/platform/desktopBridge';
import { attachSigned, generatedEntries, storeGenerated } from './usePaperwork';
import { registerSessions, sessionSourceId, unsignedCopies } from './sessions';

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);

/** A bridge that only saves, remembering what it was given. */
function savingBridge(saved: SaveFileRequest[]): DesktopBridge {
  const bridge: Pick<DesktopBridge, 'saveFile'> = {
    saveFile: async (request) => {
      saved.push(request);
      return { ok: true, value: { location: request.suggestedName, size: request.bytes.length } };
    },
  };
  // Only saveFile is reached by the code under test.
  return bridge as DesktopBridge;
}

async function fixture() {
  const base = await coordinatorFixture();
  const documents = createDocumentRepository(base.db, base.session, base.codec);
  const worker = await base.workers.create(sampleWorker({ counselorId: base.session.counselorId }));
  return { ...base, documents, worker };
}

describe('paperwork documents', () => {
  it('stores the generated PDF on the file, offers it to save, and pairs it with the signed scan that comes back', async () => {
    const { documents, worker } = await fixture();
    const saved: SaveFileRequest[] = [];
    const target = { owner: { kind: 'worker', id: worker.id }, workerId: worker.id, template: 'privacyNotice', sourceId: worker.id } as const;
    const { document } = await storeGenerated(documents, savingBridge(saved), target, { fileName: 'Informativa privacy Bianchi Marco.pdf', date: '2019-05-02', note: 'versione 1' }, pdf('informativa'));
    expect(document).toMatchObject({ type: 'generated', generated: { template: 'privacyNotice', sourceId: worker.id }, signedOf: null });
    expect(saved.map((request) => request.suggestedName)).toEqual(['Informativa privacy Bianchi Marco.pdf']);

    let listed = await documents.listForOwner(target.owner);
    expect(generatedEntries(listed, 'privacyNotice')).toEqual([{ document: expect.objectContaining({ id: document.id }), signed: null }]);
    expect(generatedEntries(listed, 'servicePact')).toEqual([]);

    const signed = await attachSigned(documents, document, 'privacyConsent', { name: 'firmata.pdf', bytes: pdf('firmata'), date: '2019-05-03' });
    expect(signed).toMatchObject({ type: 'privacyConsent', signedOf: document.id, owner: target.owner, workerId: worker.id, date: '2019-05-03' });
    listed = await documents.listForOwner(target.owner);
    expect(generatedEntries(listed, 'privacyNotice')).toEqual([{ document: expect.objectContaining({ id: document.id }), signed: expect.objectContaining({ id: signed.id }) }]);
  });

  it('groups a course’s registers by session; a register printed again leaves the signed enrolments signed', async () => {
    const { documents, workers, worker, session } = await fixture();
    const other = await workers.create(sampleWorker({ counselorId: session.counselorId, surname: 'Rossi', name: 'Anna', sex: 'F', birthDate: '1975-02-03' }));
    const enrolments = ['0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a01', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a02'];
    const course = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a99';
    const sourceId = sessionSourceId(course, '2019-03-11', 4);
    const store = (enrolmentId: string, workerId: string, source = sourceId) =>
      documents.add({ workerId, owner: { kind: 'enrolment', id: enrolmentId }, type: 'generated', fileName: 'Registro.pdf', date: '2019-03-11', generated: { template: 'attendanceRegister', sourceId: source } }, pdf('registro'));
    const first = await store(enrolments[0]!, worker.id);
    await store(enrolments[1]!, other.id);
    await store(enrolments[0]!, worker.id, sessionSourceId(course, '2019-03-18', 3.5));
    const lists = () => Promise.all(enrolments.map((id) => documents.listForOwner({ kind: 'enrolment', id })));

    let sessions = registerSessions(await lists());
    expect(sessions.map((s) => [s.date, s.hours, s.copies.length])).toEqual([['2019-03-18', 3.5, 1], ['2019-03-11', 4, 2]]);
    expect(unsignedCopies(sessions[1]!)).toHaveLength(2);

    await attachSigned(documents, first, 'attendanceRegister', { name: 'firmato.pdf', bytes: pdf('firmato'), date: '2019-03-11' });
    const reprinted = await store(enrolments[0]!, worker.id);
    sessions = registerSessions(await lists());
    const march11 = sessions.find((s) => s.date === '2019-03-11')!;
    expect(march11.copies).toHaveLength(3);
    expect(march11.copies[0]!.generated.id).toBe(reprinted.id);
    // The first enrolment has its signed copy: only the other one still waits.
    expect(unsignedCopies(march11).map((copy) => copy.owner.id)).toEqual([enrolments[1]]);
  });
});
