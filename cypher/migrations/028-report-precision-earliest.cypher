// Purpose: window seeks bounded on both sides: per precision, an item's span is at most as long as
//   the precision allows (day 0, month 30, year 365 days), so one range per precision finds what
//   overlaps a window (src/queries/window-seeks.ts)
CREATE INDEX report_precision_earliest IF NOT EXISTS FOR (r:Report) ON (r.precision, r.earliest)
