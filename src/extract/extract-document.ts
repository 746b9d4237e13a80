// The extraction pipeline for one document: the stages of pipeline/stages.ts (text structure ->
// entities and roles -> dates -> quotes -> reported speech -> events -> reports -> relations), run in
// order over one state. Pure and synchronous: the same body and metadata always give the same
// result, with no network and no model downloads.

import { buildAliasMatcher, type AliasMatcher } from './aliases/alias-matcher.ts';
import { defaultAliasTable, type AliasTable } from './aliases/alias-table.ts';
import { runStages } from './pipeline/stage.ts';
import { STAGES } from './pipeline/stages.ts';
import { initialState } from './pipeline/state.ts';
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

export function extractDocument(body: string, meta: DocumentMeta, options: ExtractOptions = {}): ExtractedDocument {
  const state = initialState(body, meta, matcherFor(options.aliases ?? defaultAliasTable()));
  return runStages(state, STAGES).output;
}
