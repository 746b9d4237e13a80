/** The raw time of a fact: EDTF and bounds as stored; the API's TimeSpan is derived from it. */
export interface TimeModel {
  edtf: string | null;
  earliest: string | null;
  latest: string | null;
  precision: string | null;
}
