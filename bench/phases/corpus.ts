import { type CorpusDocument, generateCorpus } from '../corpus/generate.ts';
import { buildWorld } from '../corpus/world.ts';
import type { Options } from './options.ts';
import type { Say, World } from './types.ts';

/**
 * The corpus's shape, in one pass over the seeded generator (regenerated later rather than held, so
 * 1M fits in memory), and the articles the extraction phase samples.
 */
export function surveyCorpus(o: Options, say: Say) {
  const world: World = buildWorld(o.scale, o.seed);
  let docCount = 0;
  let quoteMentions = 0;
  const sampleEvery = Math.max(1, Math.floor(o.scale / 5 / o.extractSample));
  const sample: CorpusDocument[] = [];
  const topQuotes = new Set<string>();
  for (const d of generateCorpus(world, o.scale, o.seed)) {
    if (docCount++ % sampleEvery === 0 && sample.length < o.extractSample) sample.push(d);
    quoteMentions += d.extracted.quotes.length;
    for (const q of d.extracted.quotes) if (q.speaker?.entityId === world.speakers[0]!.id) topQuotes.add(q.id);
  }
  const corpus = {
    quotes: o.scale,
    documents: docCount,
    quoteMentions,
    speakers: world.speakers.length,
    outlets: world.outlets.length,
    topSpeaker: world.speakers[0]!.id,
    topSpeakerQuotes: topQuotes.size,
  };
  say(
    `corpus: ${docCount} articles, ${o.scale} distinct quotes (${quoteMentions} quote mentions), ` +
      `${world.speakers.length} speakers; top speaker ${corpus.topSpeaker} with ${topQuotes.size} quotes`,
  );

  return { world, docCount, sample, corpus };
}
