// The cast of a benchmark corpus: speakers with Zipf-distributed activity and role histories,
// ~200 outlets, countries and institutions, command posts that change hands, places. Built from the
// seed alone, so every run at a scale sees the same world.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { entityIdFor } from '../../src/extract/ids.ts';
import type { EntityType } from '../../src/extract/types.ts';
import { Random, Zipf } from './random.ts';

export interface WorldEntity {
  id: string;
  name: string;
  type: EntityType;
}

export interface RoleTerm {
  role: string;
  org: WorldEntity;
  /** ISO dates bounding the term */
  from: string;
  to: string;
}

export interface Speaker extends WorldEntity {
  roles: RoleTerm[];
}

export interface Handover {
  post: WorldEntity;
  to: WorldEntity;
  date: string;
}

export interface World {
  speakers: Speaker[];
  speakerRank: Zipf;
  outlets: WorldEntity[];
  outletRank: Zipf;
  countries: WorldEntity[];
  institutions: WorldEntity[];
  places: WorldEntity[];
  commandPosts: { post: WorldEntity; place: WorldEntity }[];
  handovers: Handover[];
  firstDay: string;
  lastDay: string;
}

export const FIRST_DAY = '2016-01-01';
export const LAST_DAY = '2025-12-31';
export const DAYS = (Date.parse(LAST_DAY) - Date.parse(FIRST_DAY)) / 86_400_000 + 1;

export const isoDay = (dayIndex: number): string =>
  new Date(Date.parse(FIRST_DAY) + dayIndex * 86_400_000).toISOString().slice(0, 10);

const ROLES = [
  'Foreign Minister',
  'Defence Minister',
  'Prime Minister',
  'spokesperson',
  'ambassador',
  'Senator',
  'General',
  'Chief of Staff',
  'Finance Minister',
  'Interior Minister',
];
const SURNAME_PARTS = [
  'Ber',
  'Kal',
  'Mon',
  'Dra',
  'Vel',
  'Hol',
  'Mar',
  'Sten',
  'Lin',
  'Gor',
  'Tav',
  'Wes',
  'Rud',
  'Fal',
  'Nor',
  'Pet',
  'Sal',
  'Kov',
  'Bran',
  'Zel',
];
const SURNAME_ENDS = [
  'gren',
  'ova',
  'mann',
  'ski',
  'ard',
  'etti',
  'son',
  'berg',
  'eau',
  'ić',
  'ley',
  'ström',
  'ani',
  'hoff',
  'well',
  'escu',
];
const CITY = [
  'North',
  'South',
  'East',
  'West',
  'New',
  'Old',
  'Upper',
  'Lower',
  'Port',
  'Lake',
  'River',
  'Bay',
  'Glen',
  'Fair',
  'Oak',
  'Stone',
  'Mill',
  'Green',
  'Red',
  'White',
];
const CITY_END = ['field', 'haven', 'ford', 'bridge', 'burg', 'ton', 'wick', 'stadt', 'dale', 'mouth'];
const PAPER = [
  'Herald',
  'Tribune',
  'Courier',
  'Gazette',
  'Ledger',
  'Observer',
  'Chronicle',
  'Dispatch',
  'Post',
  'Bote',
  'Rundschau',
  'Anzeiger',
  'Zeitung',
  'Kurier',
  'Times',
];

interface AliasFileEntry {
  id: string;
  type: EntityType;
  name: string;
}

export function buildWorld(scale: number, seed: number): World {
  const r = new Random(seed);
  const aliasFile = JSON.parse(
    readFileSync(path.join(import.meta.dirname, '../../data/aliases/aliases.json'), 'utf8'),
  ) as { entities: AliasFileEntry[] };
  const givenNames = (
    JSON.parse(readFileSync(path.join(import.meta.dirname, '../../data/aliases/given-names.json'), 'utf8')) as {
      names: string[];
    }
  ).names;
  const known = (t: EntityType) =>
    aliasFile.entities.filter((e) => e.type === t).map((e) => ({ id: e.id, name: e.name, type: e.type }));

  const countries = known('Country');
  const institutions = [...known('Alliance'), ...known('GovernmentBody'), ...known('Organization')];
  const places = known('Place');

  // ~200 outlets: the agencies and papers the alias table knows, then invented local papers.
  const outlets: WorldEntity[] = known('MediaOutlet');
  const outletNames = new Set(outlets.map((o) => o.name));
  while (outlets.length < 200) {
    const name = `The ${r.pick(CITY)}${r.pick(CITY_END)} ${r.pick(PAPER)}`;
    if (outletNames.has(name)) continue;
    outletNames.add(name);
    outlets.push({ id: entityIdFor('MediaOutlet', name), name, type: 'MediaOutlet' });
  }

  // Speakers: about one per 40 quotes (at least 100, at most 20 000), activity Zipf(1.0).
  const n = Math.max(100, Math.min(20_000, Math.round(scale / 40)));
  const speakers: Speaker[] = [];
  const names = new Set<string>();
  while (speakers.length < n) {
    const name =
      `${r.pick(givenNames)} ${r.pick(SURNAME_PARTS)}${r.pick(SURNAME_ENDS)}` +
      `${names.size > 2000 ? r.pick(SURNAME_ENDS) : ''}`;
    if (names.has(name)) continue;
    names.add(name);
    speakers.push({
      id: entityIdFor('Person', name),
      name,
      type: 'Person',
      roles: roleHistory(r, [...countries, ...institutions]),
    });
  }

  // Command posts change hands every two to four years.
  const commandPosts = known('CommandPost').map((post) => ({ post, place: r.pick(places) }));
  const handovers: Handover[] = [];
  for (const { post } of commandPosts) {
    for (let day = r.int(700); day < DAYS; day += 730 + r.int(730))
      handovers.push({ post, to: r.pick(countries), date: isoDay(day) });
  }
  handovers.sort((a, b) => a.date.localeCompare(b.date));

  return {
    speakers,
    speakerRank: new Zipf(speakers.length, 1.0),
    outlets,
    outletRank: new Zipf(outlets.length, 0.8),
    countries,
    institutions,
    places,
    commandPosts,
    handovers,
    firstDay: FIRST_DAY,
    lastDay: LAST_DAY,
  };
}

/** One to three consecutive terms over the ten years, each with a title and an institution. */
function roleHistory(r: Random, orgs: WorldEntity[]): RoleTerm[] {
  const terms = r.between(1, 3);
  const cuts = Array.from({ length: terms - 1 }, () => r.int(DAYS)).sort((a, b) => a - b);
  const bounds = [0, ...cuts, DAYS - 1];
  return Array.from({ length: terms }, (_, i) => ({
    role: r.pick(ROLES),
    org: r.pick(orgs),
    from: isoDay(bounds[i]!),
    to: isoDay(bounds[i + 1]!),
  }));
}
