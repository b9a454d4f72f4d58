// Matching benchmarks (issue 7): one offer against the demo's 300 workers and against 30,000, and
// every open offer against every demo worker. The engine is pure, so Node measures what the Web
// Worker does in the app. Targets: 30,000 workers under 100 ms, the full cross-match under 200 ms.
import { generateDemoProgramme, type DemoProgramme } from '../../shared/demo/generator';
import { generateEmployers, type DemoOffer } from '../../shared/demo/activity/employers';
import { generateCandidacies } from '../../shared/demo/activity/candidacies';
import { createMatchContext, matchOffer } from '../../shared/matching/engine';
import { createSynonymIndex } from '../../shared/matching/synonyms';
import { indexWorkers, type WorkerIndex } from '../../shared/matching/workerIndex';
import type { MatchCandidacy, MatchContext, MatchOffer, MatchWorker } from '../../shared/matching/types';
import type { BenchCase } from './harness';

const TODAY = '2019-12-31';

const toMatchWorkers = (demo: DemoProgramme): MatchWorker[] => demo.workers.map((w) => ({ id: w.id, ...w.worker }));
const toMatchOffer = ({ id, offer }: DemoOffer): MatchOffer => ({ id, ...offer });

interface Fixture {
  workers: MatchWorker[];
  offers: MatchOffer[];
  candidacies: MatchCandidacy[];
}

function fixture(workers: number, seed: number): Fixture {
  const demo = generateDemoProgramme({ workers, seed, variant: 'historical' });
  const employers = generateEmployers(demo, seed);
  const offers = employers.offers.map(toMatchOffer);
  const employerOf = new Map(offers.map((o) => [o.id, o.employerId]));
  const candidacies = generateCandidacies(demo, seed, employers).candidacies.map(({ candidacy, moves }) => ({
    ...candidacy,
    employerId: employerOf.get(candidacy.offerId) ?? '',
    stage: moves.at(-1)?.to ?? 'proposed',
  }));
  return { workers: toMatchWorkers(demo), offers, candidacies };
}

/** A context as the app makes one per job: programme settings, synonyms and the candidacy history. */
const contextOf = (f: Fixture): MatchContext => createMatchContext({ today: TODAY, synonyms: createSynonymIndex(), candidacies: f.candidacies });
/** The same context with its distance cache emptied, so every run computes distances afresh. */
const reused = (context: MatchContext): MatchContext => ({ ...context, distances: new Map() });

export function matchingBenchmarks(): BenchCase[] {
  let small: Fixture | undefined;
  let big: Fixture | undefined;
  const demo = () => (small ??= fixture(300, 2019));
  const bigDemo = () => (big ??= fixture(30_000, 2019));
  // The offer with the most ranked workers is the heaviest to explain: measure that one.
  const busiestOffer = (f: Fixture, context: MatchContext) => {
    const index = indexWorkers(f.workers, context.history);
    return f.offers.filter((o) => o.state === 'open').map((o) => ({ o, n: matchOffer(o, f.workers, reused(context), index).ranked.length })).sort((a, b) => b.n - a.n)[0]!.o;
  };
  let offer300: MatchOffer | undefined;
  let offer30k: MatchOffer | undefined;
  let context30k: MatchContext | undefined;
  let index30k: WorkerIndex | undefined;
  return [
    {
      name: 'matching: one offer against 300 workers',
      note: 'context (history, synonyms) built in every run',
      setup: () => {
        offer300 = busiestOffer(demo(), contextOf(demo()));
      },
      run: () => matchOffer(offer300!, demo().workers, contextOf(demo())),
    },
    {
      name: 'matching: candidacy history of the 30,000-worker demo',
      note: 'built once per job in the Web Worker, before its chunks',
      run: () => contextOf(bigDemo()),
    },
    {
      name: 'matching: compact index of the 30,000-worker demo',
      note: 'built once per job in the Web Worker, with the history',
      run: () => indexWorkers(bigDemo().workers, (context30k ??= contextOf(bigDemo())).history),
    },
    {
      name: 'matching: one offer against 30,000 workers',
      targetMs: 100,
      note: 'demo generator with 30,000 workers; the offer with the most fitting workers, all of them explained; history and index built beforehand',
      setup: () => {
        context30k ??= contextOf(bigDemo());
        index30k = indexWorkers(bigDemo().workers, context30k.history);
        offer30k = busiestOffer(bigDemo(), context30k);
      },
      run: () => matchOffer(offer30k!, bigDemo().workers, reused(context30k!), index30k),
    },
    {
      name: 'matching: all open offers against all 300 demo workers',
      targetMs: 200,
      note: 'context built in every run',
      run: () => {
        const f = demo();
        const context = contextOf(f);
        const index = indexWorkers(f.workers, context.history);
        for (const offer of f.offers) if (offer.state === 'open') matchOffer(offer, f.workers, context, index);
      },
    },
  ];
}
