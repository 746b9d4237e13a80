/** A confidence to two decimals, as the output carries it. */
export function roundConfidence(value: number): number {
  return Math.round(value * 100) / 100;
}
