// Proposing several candidacies in one click (several workers to an offer, or a worker to several
// offers): each is tried on its own, so one refusal (consent, already on the board) does not stop
// the others, and the outcome says which were created and which were refused, with the error.

export interface ProposalOutcome<K extends string> {
  /** The keys proposed, with the id of the candidacy created, in the order given. */
  created: { key: K; candidacyId: string }[];
  refused: { key: K; error: unknown }[];
}

export async function proposeMany<K extends string>(keys: Iterable<K>, proposeOne: (key: K) => Promise<{ id: string }>): Promise<ProposalOutcome<K>> {
  const outcome: ProposalOutcome<K> = { created: [], refused: [] };
  // One after the other: each proposal reads the candidacies the previous one wrote.
  for (const key of keys) {
    try {
      const view = await proposeOne(key);
      outcome.created.push({ key, candidacyId: view.id });
    } catch (error) {
      outcome.refused.push({ key, error });
    }
  }
  return outcome;
}
