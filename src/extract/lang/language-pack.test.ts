import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportPack } from '../reports/report-pack.ts';
import {
  AUXILIARIES,
  IMPERSONAL_CUE,
  QUOTE_VERBS,
  SOURCE_CUE,
  SOURCE_CUE_AFTER,
  SOURCE_START,
  speechVerbsIn,
} from '../speakers/speech-verbs.ts';
import {
  ABBREVIATION_BEFORE,
  DEFINITE,
  DEFINITE_NOUN,
  EPITHET,
  GOVERNMENT,
  NP_END,
  PRONOUN,
  RELATIVE_PRONOUN,
  SOURCE_HEAD,
  SUBJECT_OPENING,
} from '../speakers/noun-phrase-words.ts';
import {
  ABBREVIATED_TITLE_BEFORE,
  ARTICLE_BEFORE,
  DATE_WORD,
  PARTICLE,
  personNameRules,
  ROLE_AFTER_COMMA,
  TITLE_TO_APPOSITION,
} from '../entities/person-name-words.ts';
import { isGivenName } from '../lexicon/given-names.ts';
import { datesIn, edtfOf } from '../dates/test-helpers.ts';
import { tenseNear } from '../dates/resolve-year.ts';
import { findQuantities } from '../claims/find-quantities.ts';
import { eventDeterminer, EVENT_NOUNS, PLACE_BEFORE, TAIL_BEFORE_DATE, TAIL_TRIM } from '../events/event-words.ts';
import { contentAfterPattern, OBJECT_END } from '../claims/find-reported-speech.ts';
import {
  ARTICLE_BEFORE as TERM_ARTICLE,
  CHARACTERISED,
  NAMING_CUE,
  PERSONAL,
  TITLE_CUE,
} from '../quotes/classify-quote.ts';
import { languagePack, LanguagePackError, loadLanguagePack, PACK_ROOT, packLanguages } from './language-pack.ts';
import { PACK_FILES } from './pack-files.ts';

const FILES = Object.keys(PACK_FILES).sort();
const LANGS = packLanguages();
const readJson = (lang: string, file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(PACK_ROOT, lang, file), 'utf8'));

const scratch = mkdtempSync(join(tmpdir(), 'language-pack-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// An invented language with the smallest lists a pack may hold: what a new language's folder starts from.
const MINIMAL: Record<keyof typeof PACK_FILES, unknown> = {
  'speech-verbs.json': {
    description: 'invented',
    verbs: ['dixit'],
    separable: null,
    articlesBeforeTitle: ['lo'],
    cuesBeforeName: [],
    sourceCues: { beforeSource: ['segun'], afterSource: [] },
    sourceClauses: [],
    contentClause: {
      kind: 'that-clause',
      complementizers: ['ke'],
      addressees: [],
      addresseeArticles: ['la'],
      subjects: ['li'],
    },
    characterisingVerbs: [],
    impersonal: [],
    impersonalSources: [],
    auxiliaries: [],
    wordOrder: { verbSecond: false, verbLast: false },
  },
  'reports.json': {
    articles: ['lo'],
    before: ['segun'],
    after: ['informa'],
    afterGap: 0,
    afterGapOpeners: [],
    auxiliaries: [],
    speechVerbs: [],
    dativeArticles: [],
    addressee: [],
    addresseeGap: 0,
    agents: [],
    agentLinks: [],
    participles: [],
    conjunctions: ['e'],
    roleNouns: { jornal: 'newspaper' },
    roleDeterminers: ['lo'],
    declension: null,
    descriptionStops: ['ke'],
    notOutlets: [],
  },
  'organisation-nouns.json': { description: 'invented', nouns: { firma: null } },
  'calendar.json': {
    description: 'invented',
    months: ['Unu', 'Du', 'Tri', 'Kvar', 'Kvin', 'Ses', 'Sep', 'Ok', 'Naŭ', 'Dek', 'Dekunu', 'Dekdu'].map((m) => ({
      names: [`${m}mes`],
      withDayOnly: [],
    })),
    weekdays: [['Dimanĉo'], ['Lundo'], ['Mardo'], ['Merkredo'], ['Ĵaŭdo'], ['Vendredo'], ['Sabato']],
    partsOfMonth: [],
    weekdayModifiers: { prepositions: ['je'], forward: ['venonta'], back: ['pasinta'], current: [] },
    weekdayTimeSuffixes: [],
    yearLinks: [],
    weeks: { before: ['semajno'], afterOrdinal: [], needYear: [] },
    quarters: { articles: ['la'], ordinals: { unua: 1 }, nouns: ['kvaronjaro'] },
    years: {
      rangeJoiners: ['ĝis'],
      rangeConjunctions: ['kaj'],
      rangeOpeners: ['inter'],
      rangeBetween: ['inter'],
      yearNouns: ['jaro'],
      decadeParts: { early: ['frua'], mid: ['meza'], late: ['malfrua'] },
      decadePartArticles: ['la'],
      decadeArticles: ['la'],
      decadeSuffixes: { fourDigits: ['aj'], twoDigits: ['aj'], twoDigitsAfterApostrophe: [] },
    },
    monthPhrases: {
      prepositions: ['en'],
      parts: [{ words: ['komence de'], part: 'early' }],
      yearPrepositions: ['en'],
      partYearLinks: ['de'],
    },
    seasons: {
      names: { spring: ['printempo'], summer: ['somero'], autumn: ['aŭtuno'], winter: ['vintro'] },
      prepositions: ['en'],
      articles: [],
      links: [],
      withoutYear: { contractions: [], contractionDeictics: [], prepositions: [], articles: [], deictics: ['pasinta'] },
      direction: { back: ['pasint'], forward: ['venont'], current: ['ĉi'] },
    },
    relativeDays: [{ words: ['hodiaŭ'], dayOffset: 0 }],
    timesOfDay: ['vespere'],
    relativeOffsets: {
      counts: { du: 2 },
      units: { day: ['tagoj'], week: ['semajnoj'], month: ['monatoj'], year: ['jaroj'] },
      hedges: ['nur'],
      directions: { later: ['poste'], earlier: ['antaŭe'], after: ['post'], before: ['antaŭ'] },
      agoBefore: ['antaŭ'],
      agoAfter: [],
    },
    relativePeriods: {
      hedges: [],
      monthsAndYears: {
        units: { month: ['monato'], year: ['jaro'] },
        deictics: { back: ['pasinta'], forward: [], current: [] },
        contractions: [],
        contractionDeictics: { back: [], forward: [], current: [] },
        contractionUnits: { month: [], year: [] },
      },
      weeks: {
        units: ['semajno'],
        deictics: { back: ['pasinta'], forward: [], current: [] },
        articles: [],
        articleDeictics: { back: [], forward: [], current: [] },
        articleUnits: [],
        current: [],
      },
      endOfYear: [],
      turnOfYear: { nouns: [], prepositions: [], articles: [], phrases: [] },
    },
    dayRanges: { days: 'plain', joiners: ['ĝis'], ordinalSuffixes: ['a'], monthAbbreviations: [] },
    relativeYears: {
      previous: { nouns: [], compoundStems: [], phrases: ['la antaŭa jaro'], phrasesAsWritten: [] },
      next: { nouns: [], compoundStems: [], phrases: ['la sekva jaro'], phrasesAsWritten: [] },
    },
    dayDates: { monthAbbreviations: ['Jan'], clockPrepositions: ['je'], prepositions: ['je'] },
    tense: { future: ['venos'], notPast: ['povus'], past: ['venis'], pastEndings: [], clauseOpeners: ['kaj'] },
  },
  'number-words.json': {
    description: 'invented',
    countedAfter: ['homoj'],
    countedBefore: ['ĉirkaŭ'],
    comparatives: ['pli'],
    separators: { thousands: '.', decimal: ',' },
    quantities: {
      hedges: ['ĉirkaŭ'],
      numberWords: { du: 2 },
      few: [],
      scales: { mil: 1000 },
      percent: ['procento'],
      notUnits: ['kaj'],
    },
  },
  'roles.json': {
    description: 'invented',
    roles: { 'foreign-minister': { titles: ['Eksterministro'] } },
    closedCompounds: false,
    declinedEndings: [],
    qualifierLinks: ['de'],
  },
  'noun-phrases.json': {
    description: 'invented',
    pronouns: ['li'],
    subjectPronouns: ['li'],
    possessives: ['lia'],
    governmentNouns: ['registaro'],
    sourceHeads: ['fonto'],
    sourceLinks: ['de'],
    indefiniteArticles: ['unu'],
    definiteArticles: { subject: ['la'], other: [] },
    connectives: ['kiam'],
    epithets: { articles: ['la'], hyphenatedCompounds: false, ageSuffixes: ['jara'] },
    phraseEnds: ['al'],
    abbreviations: ['Sro'],
    coordinators: ['kaj'],
    relativePronouns: ['kiu'],
    adverbsBeforeVerb: ['ankaŭ'],
    openingSubject: { articles: ['unu'], links: ['de'], linkArticles: ['la'] },
  },
  'events.json': {
    description: 'invented',
    nouns: [{ type: 'summit', caseInsensitive: false, compoundHeads: ['pintkunveno'], words: [] }],
    determiners: { words: ['la'], possessives: false },
    nameLinks: ['de'],
    nameLinkArticles: ['la'],
    datePrepositions: ['je'],
    tailTrim: ['je'],
    placePrepositions: { words: ['en'], articles: [] },
  },
  'names.json': {
    description: 'invented',
    notNames: ['La'],
    honorifics: ['Sro'],
    notOrgAcronyms: [],
    organisationNames: { kind: 'capitalised-run', functionWords: ['La'], linkWords: ['de'] },
    particles: ['de'],
    articles: ['la'],
    articlesBeforeRole: ['la'],
    abbreviatedTitles: ['Sro'],
    titleQualifier: { links: ['de'], words: ['de'] },
    appositionPlace: null,
    capitalisedNouns: false,
    notGivenNames: ['sro'],
  },
  'quotes.json': {
    description: 'invented',
    namingCues: ['nomata'],
    titleCues: ['libro'],
    characterisingVerbs: ['nomis'],
    characterisingLinks: ['kiel'],
    termArticles: ['la'],
    personalWords: ['mi'],
  },
};

function writePack(root: string, lang: string, files: Record<string, unknown>): void {
  mkdirSync(join(root, lang), { recursive: true });
  for (const [name, json] of Object.entries(files)) writeFileSync(join(root, lang, name), JSON.stringify(json));
}

describe('language packs', () => {
  it('when the packs are listed, then German and English are there', () => {
    expect(LANGS).toEqual(expect.arrayContaining(['de', 'en']));
  });

  it.each(LANGS)('when the %s folder is read, then it holds exactly the pack files and each validates', (lang) => {
    expect(readdirSync(join(PACK_ROOT, lang)).sort()).toEqual(FILES);
    expect(() => loadLanguagePack(lang)).not.toThrow();
  });

  it.each(FILES)('when %s is compared across packs, then every pack has the same keys', (file) => {
    const [first, ...rest] = LANGS.map((lang) => readJson(lang, file));
    for (const other of rest) expect(Object.keys(other!).sort()).toEqual(Object.keys(first!).sort());
  });

  it('when roles are compared across packs, then every pack names the same roles in the same order', () => {
    const [first, ...rest] = LANGS.map((lang) => Object.keys(languagePack(lang).roles.roles));
    for (const other of rest) expect(other).toEqual(first);
  });

  it(
    'when event kinds are compared across packs, ' +
      'then every pack names the same kinds in the same order, each ignoring case or not alike',
    () => {
      const [first, ...rest] = LANGS.map((lang) =>
        languagePack(lang).events.nouns.map((n) => [n.type, n.caseInsensitive]),
      );
      for (const other of rest) expect(other).toEqual(first);
    },
  );

  it('when the same language is asked for twice, then the one cached pack comes back', () => {
    expect(languagePack('de')).toBe(languagePack('de'));
    expect(languagePack('xx')).toBe(languagePack('en'));
  });

  it('when a file has a wrong field, then the error names the file and the field', () => {
    cpSync(join(PACK_ROOT, 'en'), join(scratch, 'broken'), { recursive: true });
    const reports = JSON.parse(readFileSync(join(scratch, 'broken', 'reports.json'), 'utf8'));
    reports.before[2] = 42;
    writeFileSync(join(scratch, 'broken', 'reports.json'), JSON.stringify(reports));
    expect(() => loadLanguagePack('broken', scratch)).toThrow(LanguagePackError);
    expect(() => loadLanguagePack('broken', scratch)).toThrow(/broken\/reports\.json: field before\.2: /);
  });

  it('when a file is missing, then the error names it', () => {
    writePack(scratch, 'partial', { 'speech-verbs.json': MINIMAL['speech-verbs.json'] });
    expect(() => loadLanguagePack('partial', scratch)).toThrow(/partial\/reports\.json: missing/);
  });

  it('when an invented language is a new folder of minimal files, then it loads and the stages compile it', () => {
    writePack(scratch, 'eo', MINIMAL);
    expect(packLanguages(scratch)).toContain('eo');
    const pack = loadLanguagePack('eo', scratch);
    expect(pack.lang).toBe('eo');
    expect(speechVerbsIn('Ŝi dixit ke ne.', 0, pack).map((v) => v.text)).toEqual(['dixit']);
    expect(reportPack(pack).afterHead.test(' informa')).toBe(true);
  });
});

describe('speech-verb cues from every pack', () => {
  it('when a German article cites an English source or the other way round, then both cue lists match', () => {
    expect('According to Reuters'.match(SOURCE_CUE)).toEqual(['According to']);
    expect('Nach Angaben der Polizei, laut Reuters, Insidern zufolge'.match(SOURCE_CUE)).toEqual([
      'Nach Angaben der',
      'laut',
      'zufolge',
    ]);
    expect(SOURCE_CUE_AFTER.has('zufolge')).toBe(true);
    expect(SOURCE_START.exec('Wie die Zeitung berichtete, kam es')?.[0]).toBe('Wie die Zeitung berichtete, ');
    expect(SOURCE_START.exec('According to Reuters, it')?.[0]).toBe('According to ');
    expect(SOURCE_START.test('laut Reuters')).toBe(false);
    expect('she called it “overdue”, er nannte es'.match(QUOTE_VERBS)).toEqual(['called', 'nannte']);
    expect(IMPERSONAL_CUE.test('hieß  es')).toBe(true);
    expect('Rubio had'.replace(AUXILIARIES, '')).toBe('Rubio');
    expect('Reiter hatte'.replace(AUXILIARIES, '')).toBe('Reiter');
  });

  it('when word order is read, then German is verb-second and verb-last and English neither', () => {
    expect(languagePack('de').speechVerbs.wordOrder).toEqual({ verbSecond: true, verbLast: true });
    expect(languagePack('en').speechVerbs.wordOrder).toEqual({ verbSecond: false, verbLast: false });
  });
});

describe('content clauses per pack', () => {
  it('when reported speech follows a verb, then each pack finds where the content starts in its own way', () => {
    expect(contentAfterPattern(languagePack('de')).exec(', dass die USA')?.[0]).toBe(', dass ');
    expect(contentAfterPattern(languagePack('de')).exec(' im Interview, die USA')?.[0]).toBe(' im Interview, ');
    expect(contentAfterPattern(languagePack('en')).exec(' reporters that the')?.[0]).toBe(' reporters that ');
    expect(contentAfterPattern(languagePack('en')).exec(', the USA')).toBeNull();
    expect(' reporters that '.search(OBJECT_END)).toBe(10);
    expect(' über die Lage'.search(OBJECT_END)).toBe(0);
  });
});

describe('noun-phrase words from every pack', () => {
  it('when a phrase is a pronoun, a government or an unnamed source in either language, then it is read as one', () => {
    expect(['er', 'She', 'him', 'ihm'].every((p) => PRONOUN.test(p))).toBe(true);
    expect(PRONOUN.test('Her')).toBe(false);
    expect(GOVERNMENT.test('his administration') && GOVERNMENT.test('seine Regierung')).toBe(true);
    expect(SOURCE_HEAD.exec('ein Nato-Vertreter')?.[0]).toBe('Vertreter');
    expect(SOURCE_HEAD.exec('a senior official')?.[0]).toBe('official');
    expect(SOURCE_HEAD.test('the officialdom')).toBe(false);
  });

  it('when an article is definite, then "dem" marks a definite phrase but opens no noun that points back', () => {
    expect(DEFINITE.test('dem Sprecher') && DEFINITE.test('The official')).toBe(true);
    expect(DEFINITE_NOUN.exec('das Gericht')?.[1]).toBe('Gericht');
    expect(DEFINITE_NOUN.test('dem Gericht')).toBe(false);
  });

  it(
    'when a phrase after a verb is read in either language, ' +
      'then it ends at an object, an adverbial or "zufolge", not at "Dr."',
    () => {
      const end = (text: string): number => {
        NP_END.lastIndex = 0;
        return NP_END.exec(text)?.index ?? -1;
      };
      expect(end('Rubio am Montag')).toBe(5);
      expect(end('Rubio on Monday')).toBe(5);
      expect(end('den Insidern zufolge')).toBe(12);
      expect(ABBREVIATION_BEFORE.test('said Dr') && !ABBREVIATION_BEFORE.test('said Drew')).toBe(true);
      expect(SUBJECT_OPENING.exec('A spokeswoman for the service declined')?.[0]).toBe('A spokeswoman for the service');
      expect(SUBJECT_OPENING.exec('Ein Sprecher des Ministeriums sagte')?.[0]).toBe('Ein Sprecher des Ministeriums');
      expect(RELATIVE_PRONOUN.test('welche') && RELATIVE_PRONOUN.test('Who')).toBe(true);
    },
  );

  it("when an epithet is read, then each language's articles go with its own epithets", () => {
    expect(
      EPITHET.test('die SPD-Politikerin') && EPITHET.test('der 61-Jährige') && EPITHET.test('the 61-year-old'),
    ).toBe(true);
    expect(EPITHET.test('the SPD-Politikerin')).toBe(false);
    expect(EPITHET.test('der 61-year-old')).toBe(false);
  });
});

describe('person-name words from every pack', () => {
  it('when particles of several words are combined, then "von der" comes before "von"', () => {
    const alternatives = PARTICLE.slice(3, -1).split('|');
    expect(alternatives.indexOf('von der')).toBeLessThan(alternatives.indexOf('von'));
    expect(alternatives.indexOf('van der')).toBeLessThan(alternatives.indexOf('van'));
  });

  it('when the words around a name are German or English, then both are read in any text', () => {
    expect(ARTICLE_BEFORE.test('nach dem ') && ARTICLE_BEFORE.test('said The ')).toBe(true);
    expect(ABBREVIATED_TITLE_BEFORE.test('by Brig. ') && ABBREVIATED_TITLE_BEFORE.test('sagte Prof. ')).toBe(true);
    expect(ROLE_AFTER_COMMA.test(', die ') && ROLE_AFTER_COMMA.test(', a ')).toBe(true);
    expect(TITLE_TO_APPOSITION.test(' der Grünen, ') && TITLE_TO_APPOSITION.test(' of the Example Forum, ')).toBe(true);
    expect(DATE_WORD.test('Anfang') && DATE_WORD.test('March')).toBe(true);
  });

  it('when a language has its own name rules, then only its pack applies them', () => {
    expect(personNameRules(languagePack('en')).appositionAt?.test(', a senior fellow at the Vistula Forum')).toBe(true);
    expect(personNameRules(languagePack('de')).appositionAt).toBeNull();
    expect(personNameRules(languagePack('de')).capitalisedNouns).toBe(true);
    expect(personNameRules(languagePack('en')).capitalisedNouns).toBe(false);
  });
});

describe('given names from every pack', () => {
  it(
    'when a word is a title or a German article in any pack, ' +
      'then it is no given name, though the lexicon lists it',
    () => {
      expect(isGivenName('Justice')).toBe(false);
      expect(isGivenName('Von')).toBe(false);
      expect(isGivenName('Anna')).toBe(true);
    },
  );

  it.each(LANGS)(
    'when the %s pack lists words that are no given names, then they are in lower case, as the lexicon',
    (lang) => {
      for (const w of languagePack(lang).names.notGivenNames) expect(w).toBe(w.toLowerCase());
    },
  );
});

describe('year words from every pack', () => {
  it('when a range or a decade is written in either language, then its words are read', () => {
    expect(edtfOf(datesIn('Zwischen 2019 und 2021 stieg es.', null), '2019')).toBe('2019/2021');
    expect(datesIn('2019 und 2021 stieg es.', null).map((d) => d.edtf)).toEqual(['2019', '2021']);
    expect(edtfOf(datesIn('It rose between 2019 and 2021.', null, 'en'), '2019')).toBe('2019/2021');
    expect(datesIn('in the early 1990s', null, 'en')[0]).toMatchObject({ text: 'early 1990s', qualifier: 'early' });
    expect(datesIn('Anfang der 1990er Jahre', null)[0]).toMatchObject({
      text: 'Anfang der 1990er Jahre',
      qualifier: 'early',
    });
    expect(datesIn('in den 80er-Jahren und the ’90s', '2025-06-15').map((d) => [d.text, d.edtf])).toEqual([
      ['80er-Jahren', '198X'],
      ['’90s', '199X'],
    ]);
  });
});

describe('weekday modifiers from every pack', () => {
  // 8 May 2024 was a Wednesday
  it('when a weekday has a modifier of either language, then it points ahead, back or to the most recent day', () => {
    const found = datesIn(
      'Am vergangenen Freitag begann es. Am kommenden Montag endet es. Sie kam am Dienstag.',
      '2024-05-08',
    );
    expect(edtfOf(found, 'vergangenen Freitag')).toBe('2024-05-03');
    expect(edtfOf(found, 'kommenden Montag')).toBe('2024-05-13');
    expect(edtfOf(found, 'Dienstag')).toBe('2024-05-07');
    const english = datesIn('It began last Friday. It ends next Monday.', '2024-05-08', 'de');
    expect(edtfOf(english, 'last Friday')).toBe('2024-05-03');
    expect(edtfOf(english, 'next Monday')).toBe('2024-05-13');
  });
});

describe('number separators per pack', () => {
  it(
    'when a pack writes numbers, ' +
      'then its separators read them: "2.000" and "1,5" in German, "2,000" and "1.5" in English',
    () => {
      expect(
        findQuantities('rund 2.000 Soldaten und 1,5 Millionen Euro', 0, languagePack('de')).map((q) => q.value),
      ).toEqual([2000, 1.5e6]);
      expect(
        findQuantities('about 2,000 troops and 1.5 million euros', 0, languagePack('en')).map((q) => q.value),
      ).toEqual([2000, 1.5e6]);
    },
  );

  it(
    'when quantity words of either language stand in a claim, ' +
      'then hedges, number words, scales and per cent are read',
    () => {
      expect(
        findQuantities('ein paar tausend Soldaten und rund 3 Mrd. Euro', 0, languagePack('de')).map((q) => [
          q.value,
          q.unit,
          q.approximate,
        ]),
      ).toEqual([
        [2000, 'Soldaten', true],
        [3e9, 'Euro', true],
      ]);
      expect(
        findQuantities('some 1.5 million people, 7 per cent', 0, languagePack('en')).map((q) => [
          q.value,
          q.unit,
          q.approximate,
        ]),
      ).toEqual([
        [1.5e6, 'people', true],
        [7, '%', false],
      ]);
    },
  );

  it('when separators are the same character, then the pack does not load', () => {
    cpSync(join(PACK_ROOT, 'en'), join(scratch, 'same-separators'), { recursive: true });
    const file = join(scratch, 'same-separators', 'number-words.json');
    writeFileSync(
      file,
      JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), separators: { thousands: ',', decimal: ',' } }),
    );
    expect(() => loadLanguagePack('same-separators', scratch)).toThrow(
      /number-words\.json: field separators: thousands and decimal separators differ/,
    );
  });
});

describe('event words from every pack', () => {
  const kindOf = (text: string): string | undefined =>
    EVENT_NOUNS.find((n) => new RegExp(n.pattern.source, n.pattern.flags.replace('g', '')).test(text))?.type;

  it('when an event noun of either language stands in a text, then its kind is read, compounds included', () => {
    expect(kindOf('der EU-Gipfel')).toBe('summit');
    expect(kindOf('das Außenministertreffen')).toBe('meeting');
    expect(kindOf('the NATO summit')).toBe('summit');
    expect(kindOf('eine PRESSEKONFERENZ')).toBe('press-conference');
  });

  it("when a language's nouns double as verbs, then only its pack asks for a determiner", () => {
    expect(eventDeterminer(languagePack('de'))).toBeNull();
    expect(eventDeterminer(languagePack('en'))?.test("during Wednesday's ")).toBe(true);
    expect(eventDeterminer(languagePack('en'))?.test('plans to ')).toBe(false);
  });

  it('when a place or a date follows an event in either language, then its preposition is read', () => {
    expect(
      ['Treffen in ', 'Gipfel im ', 'Besuch bei der ', 'meeting at the ', 'talks with '].map((s) =>
        PLACE_BEFORE.test(s),
      ),
    ).toEqual([true, true, false, true, false]);
    expect([' mit Wadephul am', ' with Rubio on', ' of NATO'].map((s) => TAIL_BEFORE_DATE.test(s))).toEqual([
      true,
      true,
      false,
    ]);
    expect(' with Rubio in'.replace(TAIL_TRIM, '')).toBe(' with Rubio');
  });
});

describe('quote words from every pack', () => {
  it(
    'when a quote follows a cue, a title noun, a characterising verb or an article of either language, ' +
      'then each is read',
    () => {
      expect(['die sogenannten ', 'the so-called ', 'unter dem Motto '].map((s) => NAMING_CUE.test(s))).toEqual([
        true,
        true,
        true,
      ]);
      expect(['das Strategiepapier ', 'the report ', 'the reporter '].map((s) => TITLE_CUE.test(s))).toEqual([
        true,
        true,
        false,
      ]);
      expect(
        ['bezeichnete den Schritt als ', 'described the move as ', 'sagte '].map((s) => CHARACTERISED.test(s)),
      ).toEqual([true, true, false]);
      expect(['die ', 'a ', 'sagte '].map((s) => TERM_ARTICLE.test(s))).toEqual([true, true, false]);
      expect(['Wir Bleiben', 'We Stay', 'Die Linke'].map((s) => PERSONAL.test(s))).toEqual([true, true, false]);
    },
  );
});

describe('month, year and season phrases from every pack', () => {
  it(
    'when a month, a year or a season is named with words of either language, ' + 'then its part and season are read',
    () => {
      expect(datesIn('Mitte März 2025 und in early May 2025', null)).toMatchObject([
        { text: 'Mitte März 2025', edtf: '2025-03', qualifier: 'mid' },
        { text: 'in early May 2025', edtf: '2025-05', qualifier: 'early' },
      ]);
      expect(datesIn('Ende des Jahres 2024, the end of 2025', null, 'en').map((d) => [d.edtf, d.qualifier])).toEqual([
        ['2024', 'late'],
        ['2025', 'late'],
      ]);
      expect(datesIn('im Herbst 2025 and in the fall of 2024', null).map((d) => d.edtf)).toEqual([
        '2025-23',
        '2024-23',
      ]);
      // "the middle of" is read but keeps no part, as the extractor has always read it
      expect(datesIn('the middle of March 2025', null, 'en')[0]).toMatchObject({ edtf: '2025-03' });
      expect(datesIn('the middle of March 2025', null, 'en')[0]?.qualifier).toBeUndefined();
    },
  );
});

describe('relative days from every pack', () => {
  it('when a day is named relative to the publication day in either language, then it counts from that day', () => {
    expect(datesIn('Gestern Abend und tomorrow morning, heute', '2025-06-15').map((d) => [d.text, d.edtf])).toEqual([
      ['Gestern Abend', '2025-06-14'],
      ['tomorrow morning', '2025-06-16'],
      ['heute', '2025-06-15'],
    ]);
    expect(datesIn('In der vergangenen Nacht und last night', '2025-06-15').map((d) => d.edtf)).toEqual([
      '2025-06-14',
      '2025-06-14',
    ]);
    expect(datesIn('Am Freitagabend', '2025-06-15')[0]).toMatchObject({ text: 'Am Freitagabend', edtf: '2025-06-13' });
  });
});

describe('day-date words from every pack', () => {
  it(
    'when chrono reads a date with an abbreviated month, a preposition and a clock time, ' +
      'then the date keeps neither word',
    () => {
      expect(datesIn('Das Treffen ist am 3. Okt. 2024 um 10 Uhr.', null).map((d) => [d.text, d.edtf])).toEqual([
        ['3. Okt. 2024', '2024-10-03'],
      ]);
      expect(datesIn('The talks are on Oct 3, 2024 at 9 a.m.', null, 'en').map((d) => [d.text, d.edtf])).toEqual([
        ['Oct 3, 2024', '2024-10-03'],
      ]);
    },
  );
});

describe('tense words from every pack', () => {
  it('when a date stands near a future, modal or past word of either language, then its tense is read', () => {
    const tenseOf = (text: string): string => tenseNear(text, text.indexOf('Mai'), text.indexOf('Mai') + 3);
    expect(
      [
        'Der Gipfel wird im Mai',
        'The summit will in Mai',
        'Er würde im Mai',
        'It is expected in Mai',
        'Sie sagte im Mai',
        'She announced in Mai',
        'Im Mai',
      ].map(tenseOf),
    ).toEqual(['future', 'future', 'not-past', 'not-past', 'past', 'past', 'unknown']);
    // a new clause: the "will" belongs to the plan, not to the date
    expect(tenseOf('Sie sagte im Mai, dass sie kommen will')).toBe('past');
  });
});

describe('week and quarter words from every pack', () => {
  it('when a week or a quarter is named in either language, then it is read, and "week 12" only with a year', () => {
    expect(datesIn('in der 12. Kalenderwoche 2024 und calendar week 12 of 2024', null).map((d) => d.edtf)).toEqual([
      '2024-03-18/2024-03-24',
      '2024-03-18/2024-03-24',
    ]);
    expect(datesIn('week 12 of the season', '2024-06-01', 'en')).toEqual([]);
    expect(datesIn('im dritten Quartal 2024 und the fourth quarter of 2023', null).map((d) => d.edtf)).toEqual([
      '2024-07/2024-09',
      '2023-10/2023-12',
    ]);
  });
});

describe('season words from every pack', () => {
  it(
    'when a season without a year has a deictic word of either language, ' +
      'then it is placed back, ahead or in the current year',
    () => {
      expect(
        datesIn('im vergangenen Sommer, next winter und diesen Herbst', '2025-06-15').map((d) => [d.text, d.edtf]),
      ).toEqual([
        ['im vergangenen Sommer', '2024-22'],
        ['next winter', '2025-24'],
        ['diesen Herbst', '2025-23'],
      ]);
      // before a year a season may open a sentence with a capital; without one, "Sommer" alone is a surname
      expect(datesIn('Fall of 2017. Sommer sagte.', null, 'en').map((d) => [d.text, d.edtf])).toEqual([
        ['Fall of 2017', '2017-23'],
      ]);
    },
  );
});

describe('relative offsets from every pack', () => {
  it('when a count of days, weeks, months or years of either language counts from a date, then it is read', () => {
    expect(
      datesIn('Am 3. März 2025 tagte der Rat. Zwei Tage später kam er, a week later too.', null).map((d) => [
        d.text,
        d.edtf,
      ]),
    ).toEqual([
      ['3. März 2025', '2025-03-03'],
      ['Zwei Tage später', '2025-03-05'],
      ['a week later', '2025-03-10'],
    ]);
    expect(datesIn('vor zwei Monaten und three years ago', '2025-06-15').map((d) => d.edtf)).toEqual([
      '2025-04',
      '2022',
    ]);
  });
});

describe('counted years from every pack', () => {
  it(
    'when a year before or after the one talked about is named in either language, ' + 'then it counts from that year',
    () => {
      expect(
        datesIn('2019 stieg der Umsatz, a year later fiel er; the previous year war er gleich.', null).map((d) => [
          d.text,
          d.edtf,
        ]),
      ).toEqual([
        ['2019', '2019'],
        ['a year later', '2020'],
        ['the previous year', '2018'],
      ]);
    },
  );
  it(
    'when a noun like "Vorjahr" has no year to count from, ' +
      'then it counts from the publication year, and "Folgejahr" is not read',
    () => {
      expect(
        datesIn('Der Umsatz stieg gegenüber dem Vorjahr; im Folgejahr nicht.', '2025-06-15').map((d) => [
          d.text,
          d.edtf,
        ]),
      ).toEqual([['Vorjahr', '2024']]);
    },
  );
});

describe('counted periods from every pack', () => {
  it('when a week, month or year of either language is named from the publication date, then it is read', () => {
    expect(
      datesIn(
        'Letzte Woche und last month, im laufenden Jahr, next year, bis zum Jahresende, at the turn of the year.',
        '2025-06-15',
      ).map((d) => [d.text, d.edtf]),
    ).toEqual([
      ['Letzte Woche', '2025-06-02/2025-06-08'],
      ['last month', '2025-05'],
      ['im laufenden Jahr', '2025'],
      ['next year', '2026'],
      ['bis zum Jahresende', '2025'],
      ['at the turn of the year', '2025-01-01'],
    ]);
  });
});

describe('day ranges from every pack', () => {
  it('when a range is written with the joiners of either language, then it is one interval', () => {
    expect(
      datesIn('Vom 15. bis zum 17. März 2026 und Feb. 15th to 17th, 2026.', null).map((d) => [d.text, d.edtf]),
    ).toEqual([
      ['15. bis zum 17. März 2026', '2026-03-15/2026-03-17'],
      ['Feb. 15th to 17th, 2026', '2026-02-15/2026-02-17'],
    ]);
  });
});
