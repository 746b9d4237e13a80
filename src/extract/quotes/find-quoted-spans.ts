// Pairs quotation marks within a paragraph. Quotes never cross a line break: news text opens each
// quoted paragraph anew, and a mark left open by a typo would otherwise swallow the article.
// The same character opens in one convention and closes in another (“ closes „…“ but opens “…”),
// so each mark is read from what is open and from its neighbours.

import type { Span } from '../types.ts';

export interface QuotedSpan {
  /** offset of the opening mark */
  open: number;
  /** text between the marks */
  start: number;
  end: number;
  /** offset of the closing mark, null when the paragraph ended first */
  close: number | null;
  mark: string;
  /** the body ends before the closing mark (an excerpt cut off mid-quote) */
  truncated: boolean;
}

interface Open {
  mark: string;
  pos: number;
  closers: string;
}

const SPACE_BEFORE = /[\s([{\u2014\u2013\-/:]/;
const PUNCT_AFTER = /[\s.,;:!?)\]}\u2014\u2013\-…]/;

const QUOTE_MARK_CODES = new Set([...'„“”«»‚‘’"\''].map((c) => c.charCodeAt(0)));

export function findQuotedSpans(body: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const lastParagraph = paragraphs[paragraphs.length - 1];
  for (const [index, paragraph] of paragraphs.entries()) {
    const stack: Open[] = [];
    const opensAt = (i: number): boolean => {
      const prev = i > paragraph.start ? body[i - 1]! : ' ';
      const next = i + 1 < paragraph.end ? body[i + 1]! : ' ';
      return SPACE_BEFORE.test(prev) && !/\s/.test(next);
    };
    const closesAt = (i: number): boolean => {
      const prev = i > paragraph.start ? body[i - 1]! : ' ';
      const next = i + 1 < paragraph.end ? body[i + 1]! : ' ';
      return !/\s/.test(prev) && PUNCT_AFTER.test(next);
    };
    const close = (depth: number, i: number): void => {
      const opened = stack[depth]!;
      stack.length = depth;
      if (depth === 0) {
        spans.push({ open: opened.pos, start: opened.pos + 1, end: i, close: i, mark: opened.mark, truncated: false });
      }
    };
    const findOpen = (c: string): number => {
      for (let d = stack.length - 1; d >= 0; d--) if (stack[d]!.closers.includes(c)) return d;
      return -1;
    };

    for (let i = paragraph.start; i < paragraph.end; i++) {
      // by code first: most characters are no quote mark, and a string per character costs
      if (!QUOTE_MARK_CODES.has(body.charCodeAt(i))) continue;
      const c = body[i]!;
      const depth = findOpen(c);
      const top = stack.length - 1;
      switch (c) {
        case '„':
          stack.push({ mark: c, pos: i, closers: '“”"' });
          break;
        case '«':
          if (depth >= 0) close(depth, i);
          else stack.push({ mark: c, pos: i, closers: '»' });
          break;
        case '‚':
          if (opensAt(i)) stack.push({ mark: c, pos: i, closers: '‘’' });
          break;
        case '“':
        case '»':
        case '‘':
          if (depth >= 0 && (depth === top || closesAt(i))) close(depth, i);
          else if (opensAt(i) || c === '»')
            stack.push({ mark: c, pos: i, closers: c === '“' ? '”“' : c === '»' ? '«' : '’' });
          break;
        case '”':
          if (depth >= 0) close(depth, i);
          else if (opensAt(i)) stack.push({ mark: c, pos: i, closers: '”' });
          break;
        case '’':
        case "'": {
          // An apostrophe sits between letters ("We're", "Washington’s"); a closing mark does not.
          const next = i + 1 < paragraph.end ? body[i + 1]! : ' ';
          if (depth >= 0 && !/\p{L}/u.test(next) && closesAt(i)) close(depth, i);
          else if (c === "'" && opensAt(i) && /[\p{L}\d]/u.test(next)) stack.push({ mark: c, pos: i, closers: "'" });
          break;
        }
        case '"':
          if (depth >= 0 && (closesAt(i) || !opensAt(i))) close(depth, i);
          else if (opensAt(i)) stack.push({ mark: c, pos: i, closers: '"' });
          else if (depth >= 0) close(depth, i);
          break;
      }
    }
    const outer = stack[0];
    // Single marks left open are apostrophes ("the '90s"); double marks are quotes cut off. A quote
    // over several paragraphs opens each of them and closes only the last: a single mark left open
    // is a quote too when the next paragraph opens with the same mark.
    const next = paragraphs[index + 1];
    const continued = outer !== undefined && next !== undefined && body[next.start] === outer.mark;
    if (outer && (continued || !"'‚‘’".includes(outer.mark)) && paragraph.end > outer.pos + 1) {
      spans.push({
        open: outer.pos,
        start: outer.pos + 1,
        end: paragraph.end,
        close: null,
        mark: outer.mark,
        truncated: paragraph === lastParagraph,
      });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
