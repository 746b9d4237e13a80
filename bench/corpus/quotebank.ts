// Generated Quotebank records (the quotation-centric JSON lines EPFL distributes), invented from a seed:
// Zipf-distributed speakers over a pool of invented names, each record with 1-4 article urls on a pool of
// hosts, a day in 2020, Quotebank's candidate list ("None" among them) and a phase. No third-party text:
// quotations are built from a small invented vocabulary, distinct per record index.

import { Random, Zipf } from './random.ts';

const GIVEN = ['Ada', 'Bruno', 'Clara', 'Dario', 'Elin', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Lev'];
const FAMILY = ['Amsel', 'Birke', 'Castell', 'Dorn', 'Eskes', 'Falk', 'Gorm', 'Hollis', 'Ivers', 'Jaro', 'Kemp'];
const WORDS = [
  'budget',
  'harbour',
  'treaty',
  'council',
  'schools',
  'energy',
  'border',
  'vote',
  'reform',
  'tariffs',
  'rail',
  'water',
  'the talks',
  'our partners',
  'next year',
  'this plan',
];
const VERBS = ['will change', 'must protect', 'cannot delay', 'should fund', 'has to explain', 'will not accept'];

export interface QuotebankOptions {
  records: number;
  seed?: number;
  /** distinct speakers (default records / 20, at least 10) */
  speakers?: number;
  /** distinct hosts (default 200) */
  hosts?: number;
  /** a prefix for names and hosts, so generated sets in one graph do not meet (tests) */
  tag?: string;
}

/** The invented speaker pool: "Ada Amsel", "Bruno Birke", … then with a number once names run out. */
export function speakerName(i: number, tag = ''): string {
  const g = GIVEN[i % GIVEN.length]!;
  const f = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!;
  const round = Math.floor(i / (GIVEN.length * FAMILY.length));
  return `${g} ${tag}${f}${round ? `-${round}` : ''}`;
}

/** One JSON line per record, in the order of Quotebank's files (by day). */
export function* quotebankLines(o: QuotebankOptions): Generator<string> {
  const r = new Random(o.seed ?? 7);
  const speakerCount = o.speakers ?? Math.max(10, Math.floor(o.records / 20));
  const hosts = o.hosts ?? 200;
  const zipf = new Zipf(speakerCount, 1.05);
  const tag = o.tag ?? '';
  for (let i = 0; i < o.records; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor((i / o.records) * 365) * 86_400_000);
    const speakerIndex = zipf.draw(r);
    const speaker = speakerName(speakerIndex, tag);
    const top = 0.35 + r.next() * 0.6;
    const none = r.chance(0.1);
    const probas: [string, string][] = none
      ? [
          ['None', top.toFixed(4)],
          [speaker, ((1 - top) * 0.8).toFixed(4)],
        ]
      : [
          [speaker, top.toFixed(4)],
          ['None', ((1 - top) * 0.7).toFixed(4)],
          [speakerName(zipf.draw(r), tag), ((1 - top) * 0.3).toFixed(4)],
        ];
    const urls = Array.from(
      { length: r.between(1, 4) },
      () => `https://${tag.toLowerCase()}news${r.int(hosts)}.example/${day.toISOString().slice(0, 10)}/${r.int(1e6)}`,
    );
    const quotation =
      `The ${r.pick(WORDS)} ${r.pick(VERBS)} ${r.pick(WORDS)}, and ${r.pick(WORDS)} ${r.pick(VERBS)} ` +
      `${r.pick(WORDS)} (number ${i}).`;
    yield JSON.stringify({
      quoteID: `${day.toISOString().slice(0, 10)}-${String(i).padStart(6, '0')}`,
      quotation,
      speaker: none ? 'None' : speaker,
      qids: none ? [] : [`Q${9_000_000 + speakerIndex}`],
      date: `${day.toISOString().slice(0, 10)} 00:00:00`,
      numOccurrences: urls.length,
      probas,
      urls,
      phase: 'E',
    });
  }
}
