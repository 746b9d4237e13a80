// Purpose: window seeks bounded on both sides: per precision, an item's span is at most as long as
//   the precision allows (day 0, month 30, year 365 days), so one range per precision finds what
//   overlaps a window (src/queries/window-seeks.ts)
CREATE INDEX claim_precision_earliest IF NOT EXISTS FOR (c:Claim) ON (c.precision, c.earliest)
