// A deactivated counselor's laptop: its bundles are refused with their own reason, once the
// signature shows the bundle really is that laptop's; other laptops go on as before.
import { describe, expect, it } from 'vitest';
import { decodeBundle, type DecodeResult } from './bundle/decode';
import { generateDeviceKeys } from './deviceKeys';
import { create, createWorld, decodeContext, exportBundle, type Laptop } from './testing';

const reasonOf = (result: DecodeResult) => (result.ok ? 'accepted' : result.reason);

describe('bundles from a deactivated counselor', () => {
  it('are refused as such after the signature is verified; the other counselors are not affected', async () => {
    const world = await createWorld(2);
    const [marta, luca] = world.counselors as [Laptop, Laptop];
    create(world, marta, 'workers', 'w-marta', { surname: 'Rossi', counselorId: marta.counselorId });
    create(world, luca, 'workers', 'w-luca', { surname: 'Verdi', counselorId: luca.counselorId });
    const fromMarta = await exportBundle(world, marta, world.coordinator);
    const fromLuca = await exportBundle(world, luca, world.coordinator);
    const context = decodeContext(world, world.coordinator, { deactivatedCounselorIds: new Set([marta.counselorId]) });

    const refused = await decodeBundle(fromMarta, context);
    expect(reasonOf(refused)).toBe('counselorDeactivated');
    expect(refused.ok ? null : refused.senderVerified).toBe(true);
    expect(refused.ok ? null : refused.manifest?.sender.counselorId).toBe(marta.counselorId);
    expect(reasonOf(await decodeBundle(fromLuca, context))).toBe('accepted');
    // Reactivated: the same bundle goes in.
    expect(reasonOf(await decodeBundle(fromMarta, decodeContext(world, world.coordinator, { deactivatedCounselorIds: new Set() })))).toBe('accepted');
  });

  it('does not name a deactivated counselor for a bundle whose signature does not hold', async () => {
    const world = await createWorld(1);
    const [marta] = world.counselors as [Laptop];
    // Someone with Marta's device id but other keys: the registry's key does not verify it.
    const impostor: Laptop = { ...marta, keys: await generateDeviceKeys() };
    const forged = await exportBundle(world, impostor, world.coordinator);
    const result = await decodeBundle(forged, decodeContext(world, world.coordinator, { deactivatedCounselorIds: new Set([marta.counselorId]) }));
    expect(reasonOf(result)).toBe('badSignature');
  });
});
