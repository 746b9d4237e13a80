// Generated GDELT Global Quotation Graph records (JSON lines, one article per line with its quotes and
// the words around each), invented from a seed: Zipf-distributed speakers over a pool of invented names,
// named before the quote, after it, or not at all; articles on a pool of hosts, a time in 2020, mostly
// English, some German, some in languages without attribution rules. No third-party text: the words
// come from a small invented vocabulary, distinct per record and quote.

import { Random, Zipf } from './random.ts';

const GIVEN = ['Ada', 'Bruno', 'Clara', 'Dario', 'Elin', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Lev'];
const FAMILY = ['Amsel', 'Birke', 'Castell', 'Dorn', 'Eskes', 'Falk', 'Gorm', 'Hollis', 'Ivers', 'Jaro', 'Kemp'];
const ROLES = ['the mayor', 'the minister', 'a council member', 'the harbour master', 'the union leader'];
const WORDS = {
  en: ['budget', 'harbour', 'treaty', 'council', 'schools', 'energy', 'border', 'rail', 'water', 'this plan'],
  de: ['Haushalt', 'Hafen', 'Vertrag', 'Rat', 'Schulen', 'Energie', 'Grenze', 'Bahn', 'Wasser', 'dieser Plan'],
  // invented words for languages without rules: the importer keeps them, unattributed
  xx: ['velo', 'marant', 'sodri', 'kelum', 'tavir', 'osna', 'prell', 'duvan', 'mirto', 'zalen'],
};
const VERBS = {
  en: ['will change', 'must protect', 'cannot delay', 'should fund', 'will not accept'],
  de: ['wird ändern', 'muss schützen', 'kann nicht warten auf', 'soll finanzieren', 'wird nicht annehmen'],
  xx: ['vendra', 'sulo', 'ampiret', 'dono', 'kesta'],
};
/** GDELT's language names: English most, German some, the rest languages our rules do not read */
const LANGS = [
  ['ENGLISH', 'en', 0.8],
  ['GERMAN', 'de', 0.1],
  ['SPANISH', 'xx', 0.05],
  ['FRENCH', 'xx', 0.05],
] as const;

export interface GdeltOptions {
  records: number;
  seed?: number;
  /** distinct speakers (default records / 20, at least 10) */
  speakers?: number;
  /** distinct hosts (default 200) */
  hosts?: number;
  /** a suffix for names and a prefix for hosts, so generated sets in one graph do not meet (tests) */
  tag?: string;
}

/** The invented speaker pool: "Ada Amsel", "Bruno Amsel", …, the tag closing the family name. */
export function gdeltSpeakerName(i: number, tag = ''): string {
  const g = GIVEN[i % GIVEN.length]!;
  const f = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!;
  const round = Math.floor(i / (GIVEN.length * FAMILY.length));
  return `${g} ${f}${tag.toLowerCase()}${round ? `-${round}` : ''}`;
}

function languageOf(r: Random): (typeof LANGS)[number] {
  const x = r.next();
  let upTo = 0;
  for (const l of LANGS) {
    upTo += l[2];
    if (x < upTo) return l;
  }
  return LANGS[0];
}

/** the words around a quote: the speaker named before it, after it, or nobody */
function around(r: Random, rules: 'en' | 'de' | 'xx', speaker: string): { pre: string; post: string } {
  const role = r.pick(ROLES);
  const how = r.next();
  if (rules === 'de')
    return how < 0.5
      ? { pre: `Am Rande der Sitzung sagte ${speaker}: `, post: ' Danach ging es um den Haushalt.' }
      : { pre: 'Zum Plan heißt es: ', post: `, sagte ${speaker} am Abend.` };
  if (rules === 'xx') return { pre: `${speaker} dalo: `, post: ' Ven tamo.' };
  if (how < 0.45) return { pre: `Speaking to reporters, ${speaker}, ${role}, said: `, post: ' The vote is next week.' };
  if (how < 0.85) return { pre: 'At the meeting, ', post: `, said ${speaker}, ${role}.` };
  return { pre: 'On the wall by the market, ', post: ' was painted in large letters.' };
}

/** One JSON line per record (an article), in the order of GDELT's minute files. */
export function* gdeltLines(o: GdeltOptions): Generator<string> {
  const r = new Random(o.seed ?? 7);
  const speakerCount = o.speakers ?? Math.max(10, Math.floor(o.records / 20));
  const hosts = o.hosts ?? 200;
  const zipf = new Zipf(speakerCount, 1.05);
  const tag = o.tag ?? '';
  for (let i = 0; i < o.records; i++) {
    const at = new Date(Date.UTC(2020, 0, 1) + Math.floor((i / o.records) * 365 * 86_400) * 1000);
    const [name, rules] = languageOf(r);
    const words = WORDS[rules];
    const verbs = VERBS[rules];
    const quotes = Array.from({ length: r.between(1, 3) }, (_, j) => {
      const said = `${r.pick(words)} ${r.pick(verbs)} ${r.pick(words)}, ${r.pick(words)} ${r.pick(verbs)} `;
      const context = around(r, rules, gdeltSpeakerName(zipf.draw(r), tag));
      // a quote the words after it attribute ends before their comma, as print sets it
      const end = context.post.startsWith(',') ? '' : '.';
      const quote = `${said}${r.pick(words)} ${i}-${j}${end}`;
      return { ...context, quote: quote[0]!.toUpperCase() + quote.slice(1) };
    });
    yield JSON.stringify({
      date: at.toISOString().replace(/\.\d+Z$/, 'Z'),
      url: `https://${tag.toLowerCase()}news${r.int(hosts)}.example/${at.toISOString().slice(0, 10)}/${r.int(1e6)}`,
      title: `${r.pick(words)} ${i}`,
      lang: name,
      quotes,
    });
  }
}
