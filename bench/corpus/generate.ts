// Deterministic benchmark corpus: each generated article exists twice, as text with front matter
// (for the normal ingest path through extractDocument) and as the ExtractedDocument the loader
// writes (straight extraction results, offsets into the same text). Articles come in publication
// order over ten years; speakers are drawn Zipf(1.0); dates are given to the day, the month, the
// year, or without a year (undated articles); events are covered by several outlets, so their
// quotes merge into one Quote with several sources, as in real news.
import { createHash } from 'node:crypto';
import { claimIdFor, eventIdFor, quoteIdFor, reportIdFor } from '../../src/extract/ids.ts';
import type {
  DocumentMeta,
  ExtractedDocument,
  ExtractedEntity,
  ExtractedQuote,
  ExtractedRelation,
  Span,
  TimeSpan,
} from '../../src/extract/types.ts';
import { Random } from './random.ts';
import { DAYS, isoDay, type Speaker, type World, type WorldEntity } from './world.ts';

export const BENCH_EXTRACTOR = 'quotegraph-bench-corpus/1';

export interface CorpusDocument {
  meta: DocumentMeta;
  /** the article body: what extractDocument reads */
  body: string;
  /** the same article as extraction results */
  extracted: ExtractedDocument;
}

const EN_WORDS = (
  'we will not the alliance must our allies security defence budget support troops border talks agreement ' +
  'sanctions energy pipeline cooperation strategy partners commitment decision future region stability ' +
  'peace government people reform plan investment industry trade election responsibility crisis response ' +
  'together strong clear time now years more than ever important question answer'
).split(' ');
const DE_WORDS = (
  'wir werden nicht die Allianz muss unsere Partner Sicherheit Verteidigung Haushalt Unterstützung Truppen ' +
  'Grenze Gespräche Abkommen Sanktionen Energie Zusammenarbeit Strategie Verantwortung Entscheidung ' +
  'Zukunft Region Stabilität Frieden Regierung Menschen Reform Plan Investitionen Industrie Handel Wahl ' +
  'Krise Antwort gemeinsam stark klar jetzt Jahre mehr als je wichtig Frage'
).split(' ');
const EVENT_TYPES = ['press-conference', 'meeting', 'summit', 'visit'] as const;
const EVENT_EN: Record<(typeof EVENT_TYPES)[number], string> = {
  'press-conference': 'a press conference',
  meeting: 'a meeting',
  summit: 'a summit',
  visit: 'a visit',
};
const EVENT_DE: Record<(typeof EVENT_TYPES)[number], string> = {
  'press-conference': 'einer Pressekonferenz',
  meeting: 'einem Treffen',
  summit: 'einem Gipfel',
  visit: 'einem Besuch',
};
const MONTH_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_DE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

interface PlannedQuote {
  text: string;
  speaker: Speaker;
  lang: string;
}

interface LiveEvent {
  type: (typeof EVENT_TYPES)[number];
  date: string;
  place: WorldEntity;
  participants: Speaker[];
  quotes: PlannedQuote[];
}

const day = (iso: string): TimeSpan => ({ edtf: iso, earliest: iso, latest: iso, precision: 'day' });
const lastOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);

/**
 * Yields articles until `scale` distinct quotes exist. About 5 distinct quotes per article, so
 * 10k quotes is ~2k articles and 1M is ~200k.
 */
export function* generateCorpus(world: World, scale: number, seed: number): Generator<CorpusDocument> {
  const r = new Random(seed ^ 0x5eed);
  const seen = new Set<string>();
  const recent: LiveEvent[] = [];
  let n = 0;
  while (seen.size < scale) {
    // publication dates advance with the corpus, with a little jitter; 6% of articles are undated
    const dayIndex = Math.min(DAYS - 1, Math.floor((seen.size / scale) * DAYS) + r.int(3));
    const doc = article(r, world, n++, isoDay(dayIndex), r.chance(0.06), recent, scale - seen.size);
    for (const q of doc.extracted.quotes) seen.add(q.id);
    yield doc;
  }
}

function article(
  r: Random,
  world: World,
  n: number,
  published: string,
  undated: boolean,
  recent: LiveEvent[],
  left: number,
): CorpusDocument {
  const outlet = world.outlets[world.outletRank.draw(r)]!;
  const lang = r.chance(0.6) ? 'en' : 'de';
  const w = new Writer(lang);
  const speak = () => world.speakers[world.speakerRank.draw(r)]!;
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));

  // The event this article covers: often one another outlet covered in the last days.
  let event: LiveEvent | null = null;
  if (r.chance(0.7)) {
    const reuse = recent.filter(
      (e) =>
        e.date <= published &&
        e.date >= isoDay(Math.max(0, (Date.parse(published) - Date.parse(world.firstDay)) / 86_400_000 - 3)),
    );
    if (reuse.length && r.chance(0.4)) event = r.pick(reuse);
    else {
      const participants = [...new Set(Array.from({ length: r.between(1, 3) }, speak))];
      event = { type: r.pick(EVENT_TYPES), date: published, place: r.pick(world.places), participants, quotes: [] };
      event.quotes = participants.flatMap((p) =>
        Array.from({ length: r.between(1, 2) }, () => ({ text: quoteText(r, lang), speaker: p, lang })),
      );
      recent.push(event);
      if (recent.length > 40) recent.shift();
    }
  }

  const title = event
    ? `${event.participants[0]!.name}: ${event.quotes[0]?.text.split(' ').slice(0, 6).join(' ')}`
    : `${lang === 'de' ? 'Bericht' : 'Report'} ${n}`;
  const quotes: ExtractedQuote[] = [];
  const relations: ExtractedRelation[] = [];
  const events: ExtractedDocument['events'] = [];
  const reports: ExtractedDocument['reports'] = [];
  const reported: ExtractedDocument['reported'] = [];
  const when = (span: TimeSpan | null): TimeSpan | null => (undated ? null : span);

  // Lead: who met where, with a role title for the first participant now and then.
  let eventId: string | null = null;
  if (event) {
    const lead = event.participants[0]!;
    const start = w.length;
    w.text(lang === 'de' ? 'Beim Treffen sprach ' : 'At the meeting, ');
    if (r.chance(0.35)) roleMention(w, r, lead, published, undated, relations, lang);
    else w.mention(lead);
    w.text(lang === 'de' ? ' am ' : ' spoke on ');
    w.text(undated ? (lang === 'de' ? 'Dienstag' : 'Tuesday') : event.date);
    w.text(lang === 'de' ? ` bei ${EVENT_DE[event.type]} in ` : ` at ${EVENT_EN[event.type]} in `);
    w.mention(event.place);
    for (const other of event.participants.slice(1)) {
      w.text(lang === 'de' ? ' mit ' : ' with ');
      w.mention(other);
    }
    w.text('. ');
    const evidence = { start, end: w.length };
    const span = when(day(event.date));
    eventId = eventIdFor(event.type, span?.edtf ?? null, lead.id, `undated:${n}`);
    events.push({
      id: eventId,
      name: EVENT_EN[event.type],
      type: event.type,
      when: span,
      place: event.place.id,
      participants: event.participants.map((p) => p.id),
      evidence,
    });
    for (const p of event.participants)
      relations.push({
        type: 'PARTICIPATED_IN',
        from: p.id,
        to: eventId,
        when: span,
        properties: {},
        evidence,
        confidence: 0.6,
      });
    // 1-3 of the event's quotes: the same words in several outlets merge into one Quote
    for (const q of event.quotes.slice(0, r.between(1, 3)))
      quotes.push(writeQuote(w, q, day(event.date), 'day', eventId, undated, lang));
  }

  // Fresh quotes by Zipf-drawn speakers, dated to the day, the month, the year or without year.
  const fresh = Math.min(left, r.between(2, 6));
  for (let i = 0; i < fresh; i++) {
    const speaker = speak();
    if (r.chance(0.1)) {
      roleMention(w, r, speaker, published, undated, relations, lang);
      w.text('. ');
    }
    const u = r.next();
    let span: TimeSpan;
    let form: 'day' | 'month' | 'year' | 'unknown-year';
    if (undated) {
      const m = r.between(1, 12);
      const d = r.between(1, 28);
      span = { edtf: `XXXX-${pad(m)}-${pad(d)}`, earliest: null, latest: null, precision: 'unknown-year' };
      form = 'unknown-year';
    } else if (u < 0.7) {
      span = day(published);
      form = 'day';
    } else if (u < 0.92) {
      const m = month === 1 ? 12 : month - 1;
      const y = month === 1 ? year - 1 : year;
      span = { edtf: `${y}-${pad(m)}`, earliest: `${y}-${pad(m)}-01`, latest: lastOfMonth(y, m), precision: 'month' };
      form = 'month';
    } else {
      const y = Math.max(2016, year - r.int(2));
      span = { edtf: String(y), earliest: `${y}-01-01`, latest: `${y}-12-31`, precision: 'year' };
      form = 'year';
    }
    quotes.push(writeQuote(w, { text: quoteText(r, lang), speaker, lang }, span, form, null, false, lang));
  }

  // Reported speech about a country, half of the time.
  if (r.chance(0.5)) {
    const speaker = speak();
    const country = r.pick(world.countries);
    const start = w.length;
    w.mention(speaker);
    w.text(lang === 'de' ? ' betonte, dass ' : ' said that ');
    w.mention(country);
    const text = quoteText(r, lang);
    w.text(` ${text}. `);
    const span = when(day(published));
    const id = claimIdFor(`${country.name} ${text}`, speaker.id);
    reported.push({
      id,
      text: `${country.name} ${text}`,
      speaker: { name: speaker.name, entityId: speaker.id },
      speakerDescription: null,
      cue: lang === 'de' ? 'betonte' : 'said',
      quantities: [],
      when: span,
      whenBasis: span ? 'text' : null,
      start,
      end: w.length,
      confidence: 0.7,
      attribution: { method: 'verb-before-quote', confidence: 0.7 },
    });
    relations.push({
      type: 'MENTIONS',
      from: id,
      to: country.id,
      when: span,
      properties: {},
      evidence: { start, end: w.length },
      confidence: 0.6,
    });
  }

  // A report by another outlet the article cites, 40% of the time.
  if (quotes.length && r.chance(0.4)) {
    const publisher = world.outlets[world.outletRank.draw(r)]!;
    const start = w.length;
    w.text(lang === 'de' ? 'Nach Angaben von ' : 'According to ');
    w.mention(publisher);
    w.text(lang === 'de' ? ' wurde das bestätigt. ' : ', this was confirmed. ');
    const span = when(
      r.chance(0.7)
        ? day(published)
        : {
            edtf: published.slice(0, 7),
            earliest: `${published.slice(0, 7)}-01`,
            latest: lastOfMonth(year, month),
            precision: 'month',
          },
    );
    const about = [quotes[0]!.id];
    reports.push({
      id: reportIdFor(publisher.id, span?.edtf ?? null, about.join(','), `undated:${n}`),
      publisher: { name: publisher.name, entityId: publisher.id },
      when: span,
      about,
      cue: lang === 'de' ? 'nach Angaben von' : 'according to',
      evidence: { start, end: w.length },
    });
  }

  // Command posts changing hands: 4% of articles report a handover.
  if (!undated && r.chance(0.04)) {
    const past = world.handovers.filter((h) => h.date <= published);
    const h = past.length ? past[past.length - 1 - r.int(Math.min(3, past.length))]! : null;
    if (h) {
      const start = w.length;
      w.mention(h.post);
      w.text(lang === 'de' ? ' wurde an ' : ' was handed over to ');
      w.mention(h.to);
      w.text(lang === 'de' ? ` übergeben (${h.date}), Sitz: ` : ` on ${h.date}, based in `);
      const cp = world.commandPosts.find((c) => c.post.id === h.post.id)!;
      w.mention(cp.place);
      w.text('. ');
      const evidence = { start, end: w.length };
      relations.push({
        type: 'HANDED_OVER_TO',
        from: h.post.id,
        to: h.to.id,
        when: day(h.date),
        properties: {},
        evidence,
        confidence: 0.8,
      });
      relations.push({
        type: 'LOCATED_IN',
        from: h.post.id,
        to: cp.place.id,
        when: null,
        properties: {},
        evidence,
        confidence: 0.8,
      });
    }
  }

  const body = `${title}\n\n${w.body}`.trimEnd();
  const shift = title.length + 2;
  const shiftSpan = <T extends Span>(s: T): T => ({ ...s, start: s.start + shift, end: s.end + shift });
  const url = `https://bench.quotegraph.invalid/${outlet.id.slice(4)}/${n}`;
  const meta: DocumentMeta = {
    source: url,
    title,
    url,
    outlet: outlet.name,
    publishedAt: undated ? null : published,
    lang,
  };
  const extracted: ExtractedDocument = {
    source: url,
    title,
    url,
    outlet: outlet.name,
    lang,
    publishedAt: meta.publishedAt,
    contentHash: createHash('sha256').update(body).digest('hex'),
    body,
    quotes: quotes.map(shiftSpan),
    reported: reported.map(shiftSpan),
    entities: [...w.entities.values()].map((e) => ({ ...e, mentions: e.mentions.map(shiftSpan) })),
    dates: [],
    events: events.map((e) => ({ ...e, evidence: shiftSpan(e.evidence) })),
    reports: reports.map((rep) => ({ ...rep, evidence: shiftSpan(rep.evidence) })),
    relations: relations.map((rel) => ({ ...rel, evidence: shiftSpan(rel.evidence) })),
    diagnostics: [],
    extractor: BENCH_EXTRACTOR,
  };
  return { meta, body, extracted };
}

/**
 * "Foreign Minister Anna Berg of Germany": a HELD_ROLE fact dated with the publication day, as the extractor dates it.
 */
function roleMention(
  w: Writer,
  r: Random,
  s: Speaker,
  published: string,
  undated: boolean,
  relations: ExtractedRelation[],
  lang: string,
): void {
  const term = s.roles.find((t) => t.from <= published && published <= t.to) ?? s.roles[0]!;
  const start = w.length;
  w.text(`${term.role} `);
  w.mention(s);
  w.text(lang === 'de' ? ' (' : ' of ');
  w.mention(term.org);
  if (lang === 'de') w.text(')');
  relations.push({
    type: 'HELD_ROLE',
    from: s.id,
    to: term.org.id,
    when: undated ? null : day(published),
    properties: { role: term.role, roleKey: term.role.toLowerCase() },
    evidence: { start, end: w.length },
    confidence: 0.8,
  });
  void r;
}

function writeQuote(
  w: Writer,
  q: PlannedQuote,
  span: TimeSpan,
  form: 'day' | 'month' | 'year' | 'unknown-year',
  eventId: string | null,
  undated: boolean,
  lang: string,
): ExtractedQuote {
  const start = w.length;
  const en = lang !== 'de';
  const [open, close] = en ? ['"', '"'] : ['„', '“'];
  if (form === 'day') {
    w.text(open);
    w.text(q.text);
    w.text(en ? `,${close} ` : `${close}, sagte `);
    w.mention(q.speaker);
    w.text(en ? ' said. ' : '. ');
  } else {
    const y = span.earliest?.slice(0, 4);
    const m = Number(span.edtf.slice(5, 7));
    const phrase =
      form === 'month'
        ? en
          ? `In ${MONTH_EN[m - 1]} ${y}`
          : `Im ${MONTH_DE[m - 1]} ${y}`
        : form === 'year'
          ? en
            ? `In ${y}`
            : `Im Jahr ${y}`
          : en
            ? `On ${Number(span.edtf.slice(8))} ${MONTH_EN[m - 1]}`
            : `Am ${Number(span.edtf.slice(8))}. ${MONTH_DE[m - 1]}`;
    w.text(`${phrase} `);
    w.text(en ? '' : 'hatte ');
    w.mention(q.speaker);
    w.text(en ? ` said: ${open}` : ` gesagt: ${open}`);
    w.text(q.text);
    w.text(`${close} `);
  }
  return {
    id: quoteIdFor(q.text, q.speaker.id),
    text: q.text,
    kind: 'direct',
    speaker: { name: q.speaker.name, entityId: q.speaker.id },
    speakerDescription: null,
    cue: en ? 'said' : 'sagte',
    event: eventId,
    said: undated && form === 'day' ? null : span,
    saidBasis: undated && form === 'day' ? null : 'text',
    lang: q.lang,
    confidence: 0.9,
    attribution: { method: en ? 'verb-after-quote' : 'verb-before-quote', confidence: 0.9 },
    start,
    end: w.length,
  };
}

function quoteText(r: Random, lang: string): string {
  const words = lang === 'de' ? DE_WORDS : EN_WORDS;
  const n = r.between(8, 20);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(r.chance(0.25) ? syllableWord(r) : r.pick(words));
  out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
  return out.join(' ');
}

const SYL = [
  'ka',
  'lo',
  'mi',
  're',
  'tan',
  'vor',
  'sel',
  'bri',
  'dum',
  'fel',
  'gor',
  'hin',
  'jas',
  'kel',
  'lum',
  'nor',
];
function syllableWord(r: Random): string {
  return Array.from({ length: r.between(2, 3) }, () => r.pick(SYL)).join('');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Builds a body and records where each entity is named. */
class Writer {
  body = '';
  readonly entities = new Map<string, ExtractedEntity>();

  constructor(readonly lang: string) {}

  get length(): number {
    return this.body.length;
  }

  text(s: string): void {
    this.body += s;
  }

  mention(e: WorldEntity): void {
    const start = this.body.length;
    this.body += e.name;
    let entity = this.entities.get(e.id);
    if (!entity) {
      entity = { id: e.id, name: e.name, type: e.type, aliases: [], mentions: [] };
      this.entities.set(e.id, entity);
    }
    entity.mentions.push({ start, end: this.body.length, text: e.name });
  }
}
