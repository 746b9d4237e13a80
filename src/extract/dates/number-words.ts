// Words around a four-digit number that say it counts something rather than names a year: "2000
// Menschen", "rund 2000", "more than 2000 people", "Seite 2019". Lists, not rules, so a language
// adds its own; lower case, compared with the word as written lowered.

/** Nouns and units that follow a count: "2000 Beschäftigte", "1990 votes". */
export const COUNTED_AFTER = new Set([
  // units and money
  'prozent', 'percent', 'per', 'euro', 'euros', 'eur', 'dollar', 'dollars', 'usd', 'pfund', 'pound', 'pounds', 'franken', 'francs',
  'yen', 'yuan', 'rubel', 'roubles', 'cent', 'cents', 'mio', 'mrd', 'million', 'millionen', 'milliarden', 'billion', 'billionen',
  'km', 'kilometer', 'kilometre', 'kilometres', 'kilometers', 'meter', 'metre', 'metres', 'meters', 'm', 'mile', 'miles', 'feet', 'ft',
  'kg', 'kilo', 'kilogramm', 'tonnen', 'tonnes', 'tons', 't', 'liter', 'litres', 'liters', 'hektar', 'hectares', 'ha', 'qm',
  'mw', 'gw', 'kw', 'kwh', 'mwh', 'ps', 'hp', 'grad', 'degrees', 'uhr', 'mal', 'times', 'stück',
  // durations: "2000 Jahre", "for 2000 years"
  'jahre', 'jahren', 'years', 'monate', 'monaten', 'months', 'wochen', 'weeks', 'tage', 'tagen', 'days', 'stunden', 'hours',
  'minuten', 'minutes', 'sekunden', 'seconds',
  // people and things counted in news
  'menschen', 'personen', 'leute', 'people', 'persons', 'men', 'women', 'children', 'kinder', 'einwohner', 'residents',
  'beschäftigte', 'beschäftigten', 'mitarbeiter', 'mitarbeitende', 'mitarbeiterinnen', 'angestellte', 'employees', 'workers', 'staff',
  'arbeitsplätze', 'stellen', 'jobs', 'soldaten', 'soldiers', 'troops', 'polizisten', 'officers', 'mitglieder', 'members',
  'stimmen', 'votes', 'sitze', 'seats', 'fälle', 'cases', 'tote', 'toten', 'deaths', 'dead', 'opfer', 'victims', 'verletzte', 'injured',
  'punkte', 'points', 'schüler', 'students', 'patienten', 'patients', 'teilnehmer', 'participants', 'besucher', 'visitors',
  'exemplare', 'copies', 'seiten', 'pages', 'wörter', 'words', 'fahrzeuge', 'vehicles', 'cars', 'autos', 'häuser', 'homes', 'houses',
  'wohnungen', 'flats', 'apartments', 'betriebe', 'firmen', 'companies', 'unternehmen', 'haushalte', 'households', 'flüchtlinge',
  'refugees', 'migranten', 'migrants', 'asylbewerber', 'demonstranten', 'protesters', 'fans', 'zuschauer', 'spectators',
]);

/** Words before a count or a label number: "rund 2000", "Nr. 2019", "page 2000". */
export const COUNTED_BEFORE = new Set([
  'rund', 'etwa', 'circa', 'zirka', 'knapp', 'fast', 'beinahe', 'gut', 'insgesamt', 'nahezu', 'mindestens', 'höchstens',
  'about', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'least', 'most', 'total', 'estimated',
  // abbreviations count only with their dot: "No. 2019" is a label, "no 2019 edition" is not
  'nr.', 'no.', 'art.', 's.', 'p.', 'ca.', 'tel.', 'nummer', 'number', 'artikel', 'paragraf', 'paragraph', 'seite', 'page', 'kapitel', 'chapter',
  'flug', 'flight', 'linie', 'line', 'route', 'raum', 'zimmer', 'room', 'telefon', 'phone', 'fax', 'isbn', 'plz', 'postfach',
  'modell', 'model', 'version', 'typ', 'type', 'gate', 'bus', 'zug', 'train', 'ice', 'kw', 'windows',
]);

/** "mehr als 2000", "more than 2000": the word before "als"/"than" that makes it a comparison of counts. */
export const COMPARATIVES = new Set(['mehr', 'weniger', 'über', 'more', 'less', 'fewer', 'over', 'under']);
