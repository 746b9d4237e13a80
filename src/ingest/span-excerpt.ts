/**
 * A relation's stored excerpt of one evidence span, "docId|start|end|text": relations keep a list of
 * these beside their evidence strings ("docId|start|end|extractor|confidence"), found by the same
 * "docId|start|end|" prefix and withdrawn with the document like the evidence.
 */
export function spanExcerpt(docId: string, start: number, end: number, text: string): string {
  return `${docId}|${start}|${end}|${text}`;
}
