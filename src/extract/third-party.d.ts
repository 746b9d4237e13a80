// Declarations for the two helpers that ship without types; only what the extractor uses.

declare module 'edtf' {
  interface EdtfValue {
    min: number;
    max: number;
    toString(): string;
  }
  /** Parses an EDTF string; throws on invalid input. */
  function edtf(value: string): EdtfValue;
  export default edtf;
}

declare module 'sentencex' {
  export interface SentenceBoundary {
    /** code point offsets, not UTF-16 indices */
    start_index: number;
    end_index: number;
    text: string;
    boundary_symbol?: string | null;
    is_paragraph_break?: boolean;
  }
  export function segment(language: string, text: string): string[];
  export function get_sentence_boundaries(language: string, text: string): SentenceBoundary[];
}
