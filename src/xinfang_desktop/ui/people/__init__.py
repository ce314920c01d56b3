"""人员: the unit's people, kept once and used everywhere."""
