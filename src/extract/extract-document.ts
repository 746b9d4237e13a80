// The extraction pipeline for one document: the stages of pipeline/stages.ts (text structure ->
// entities and roles -> dates -> quotes -> reported speech -> events -> reports -> relations), run in
// order over one state, for a document in a language with rules. Pure and synchronous: the same body
// and metadata always give the same result, with no network and no model downloads.

import { buildAliasMatcher, type AliasMatcher } from './aliases/alias-matcher.ts';
import { defaultAliasTable, type AliasTable } from './aliases/alias-table.ts';
import { notExtractedDocument } from './not-extracted-document.ts';
import { runStages } from './pipeline/stage.ts';
import { STAGES } from './pipeline/stages.ts';
import { initialState } from './pipeline/state.ts';
import { chooseLanguage } from './text/choose-language.ts';
import type { DocumentMeta, ExtractedDocument } from './types.ts';

export { EXTRACTOR } from './extractor-version.ts';

export interface ExtractOptions {
  /** alias table to use instead of the shipped one (see loadAliasTable for extra files) */
  aliases?: AliasTable;
}

const matchers = new WeakMap<AliasTable, AliasMatcher>();

/** The matcher of an alias table, built once per table. */
export function matcherFor(table: AliasTable): AliasMatcher {
  let matcher = matchers.get(table);
  if (!matcher) {
    matcher = buildAliasMatcher(table);
    matchers.set(table, matcher);
  }
  return matcher;
}

/**
 * A document in a language without rules (chooseLanguage: declared, or guessed from the text) is not
 * run through the stages: it comes back with its text, no facts, `extracted: false` and the reason.
 */
export function extractDocument(body: string, meta: DocumentMeta, options: ExtractOptions = {}): ExtractedDocument {
  const language = chooseLanguage(body, meta.lang);
  if (!language.rules) return notExtractedDocument(body, meta, language);
  const state = initialState(body, meta, matcherFor(options.aliases ?? defaultAliasTable()));
  return runStages(state, STAGES).output;
}
