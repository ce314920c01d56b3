"""例会: the weekly meeting record, the principal's review queue and the start-page panel."""
