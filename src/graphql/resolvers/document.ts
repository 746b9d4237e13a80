import { badInput } from '../../errors/app-error.ts';
import { documentPageKey, readDocumentsPage } from '../../queries/document/documents-page.ts';
import { firstArg, pairCursorArg, rangeArgs } from '../args.ts';
import { connection } from '../connection.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';

export const document: QueryResolvers['document'] = (_root, { id }, ctx) => ctx.loaders.document.load(id);

export const documents: QueryResolvers['documents'] = async (_root, args, ctx) => {
  const first = firstArg(args.first, 20);
  const afterKey = pairCursorArg('after', args.after);
  const f = args.filter ?? {};
  const { from, to } = rangeArgs(f.from, f.to);
  const outlet = f.outlet?.trim() || null;
  if (outlet && outlet.length > 200) throw badInput('filter.outlet', 'at most 200 characters');
  const lang = f.lang?.trim() || null;
  if (lang && !/^[a-z]{2,3}$/.test(lang)) throw badInput('filter.lang', `${lang}: give a language code (de, en, fr)`);
  const { total, page } = await ctx.db.read(
    (tx) => readDocumentsPage(tx, { outlet, lang, extracted: f.extracted ?? null, from, to }, afterKey, first),
    'documents',
  );
  // not primed into the document loader: a page row has no text, and Document.text and spans load it there
  return {
    ...connection(page, first, afterKey !== null, (d) => ({ key: documentPageKey(d), node: d })),
    totalCount: total,
  };
};
