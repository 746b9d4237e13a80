// Person names the alias table does not know. A capitalised sequence counts as a name when the
// text treats it as one: after a role title ("Slovak Prime Minister Robert Fico"), before an
// apposition with a role ("Andriy Sybiha, the Foreign Minister"), next to a speech verb
// ("sagte Anna Berger"), in a dash attribution line, or when it starts with a known given name.
// German capitalises every noun, so a bare "Zwei Wörter" pair is never enough.

import type { Context } from '../context.ts';
import { addMention, newEntity } from '../context.ts';
import { SPEECH_VERBS } from '../speakers/speech-verbs.ts';

const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?";
const PARTICLE = '(?:von der|von|van der|van|de|da|del|di|al|bin|ibn|ter|zu)';
const NAME = new RegExp(`(?<![\\p{L}\\d-])${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}(?![\\p{L}\\d])`, 'gu');

// Words that start sentences or headlines in capitals and are never names.
const NOT_NAMES = new Set(
  'Aus Zu Bei Gegen Ohne Durch Um Dessen Deren Sein Seine Ihre Als Ob Da So Schon Offen Gerade Mehr Kein Keine Alle Viele Beide Zwei Drei Neue Neuen Laut Nachdem Während Trotz Wegen Sowohl Dass Damit Zudem Außerdem Zum Zur Vom Beim Ins Fazit Positiv Risiken Analyse Kommentar Update SEE ALSO Der Die Das Den Dem Des Ein Eine Einen Einem Er Sie Es Wir Ihr Auf In Im Am An Bei Mit Nach Von Vor Für Über Unter Wie Was Wer Wenn Aber Und Oder Doch Auch Nur Noch Seit Laut Dabei Diese Dieser Dieses Jetzt Heute Gestern Nato The A An He She It We They His Her Its Their In On At For From With After Before As But And Or If When While This That These Those There Here Just Only Asked According Instead However Meanwhile Still Also Standing Details President Minister Secretary General'.split(' '),
);

const SPEECH_NEAR = (lang: string): RegExp => (lang === 'de' ? SPEECH_VERBS.de : SPEECH_VERBS.en);

export function findPersonNames(ctx: Context): void {
  const covered = (start: number, end: number): boolean => ctx.mentions.some((m) => start < m.end && end > m.start);
  const roleEndsAt = new Set(ctx.roles.map((r) => r.end));
  const verbs = SPEECH_NEAR(ctx.lang);
  const found: { start: number; end: number; text: string }[] = [];

  for (const m of ctx.body.matchAll(NAME)) {
    let text = m[0];
    let start = m.index ?? 0;
    // Drop leading sentence words ("Auch Anna Berger"): names do not start with function words.
    for (let w = /^(\S+)(\s+)/.exec(text); w && NOT_NAMES.has(w[1]!); w = /^(\S+)(\s+)/.exec(text)) {
      start += w[0].length;
      text = text.slice(w[0].length);
    }
    // "Analystin Lena Brandt": the title is not part of the name.
    const leadingRole = ctx.roles.find((r) => r.start <= start && r.end > start && r.end < start + text.length);
    let titled = false;
    if (leadingRole) {
      const cut = leadingRole.end - start;
      text = text.slice(cut).trimStart();
      start = leadingRole.end + 1;
      titled = true;
    }
    const words = text.split(/\s+/);
    // "Sabine Siebold Reuters": a known name ends the unknown one.
    const overlap = ctx.mentions.filter((x) => x.start < start + text.length && x.end > start).sort((a, b) => a.start - b.start)[0];
    if (overlap) {
      if (overlap.start <= start) continue;
      text = ctx.body.slice(start, overlap.start).trimEnd();
      words.splice(text.split(/\s+/).length);
    }
    const end = start + text.length;
    if (!text || NOT_NAMES.has(text) || covered(start, end)) continue;
    const multiWord = /\s/.test(text);
    const before = ctx.body.slice(Math.max(0, start - 40), start);
    const after = ctx.body.slice(end, end + 60);

    // only a space may separate title and name: a line break starts a new heading
    const afterRole = titled || (ctx.body[start - 1] === ' ' && roleEndsAt.has(start - 1));
    const appositionRole = ctx.roles.some((r) => r.start > end && r.start - end <= 6 && /^,\s*(?:the\s+|der\s+|die\s+)?$/.test(ctx.body.slice(end, r.start)));
    const dashLine = /(?:^|\n)\s*[—–-]\s*$/.test(before);
    const verbBefore = new RegExp(`(?:${verbs.source})\\s+$`, 'u').test(before);
    const verbAfter = new RegExp(`^\\s+(?:${verbs.source})`, 'u').test(after);
    const givenName = multiWord && ctx.matcher.table.givenNames.has(words[0]!);
    const accept = givenName || afterRole || appositionRole || dashLine || (multiWord && (verbBefore || verbAfter));
    if (!accept) continue;
    // A lone capitalised word after a role is a surname ("Präsident Müller"), but not a German noun
    // starting the next phrase; require that nothing but a space separates them.
    if (!multiWord && !afterRole) continue;
    found.push({ start, end, text });
  }

  for (const name of found) addMention(ctx, newEntity(ctx, 'Person', name.text), name);
}

/** Later "Whitaker" alone refers to the "Matthew Whitaker" found earlier in the document. */
export function findSurnameMentions(ctx: Context): void {
  const persons = [...ctx.entities.values()].filter((e) => e.type === 'Person' && /\s/.test(e.name));
  for (const person of persons) {
    const surname = person.name.split(/\s+/).pop()!;
    if (surname.length < 3) continue;
    const re = new RegExp(`(?<![\\p{L}\\d])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?![\\p{L}\\d])`, 'gu');
    for (const m of ctx.body.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (ctx.mentions.some((x) => start < x.end && end > x.start)) continue;
      addMention(ctx, person, { start, end });
    }
  }
}
