/**
 * Why an imported quote has no speaker although nobody looked for one. A closed vocabulary: the
 * importers store it (Quote.unattributedReason) and the API exposes it (enum UnattributedReason), so
 * a researcher can tell "attribution was not tried" from "attribution found nobody" (method NONE).
 */
export const UNATTRIBUTED_REASONS = [
  // the quote's language has no attribution rules (only German and English have; decision 0014)
  'unsupported-language',
] as const;

export type UnattributedReason = (typeof UNATTRIBUTED_REASONS)[number];
