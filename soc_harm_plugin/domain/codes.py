"""Stable codes, each defined once: what outputs, reconciliations and logs write.

Models, scripts and readers of the outputs depend on these spellings: never
rename one, and translate only the words shown for it.
"""
from __future__ import annotations

# A record's status after it is weighted and placed (the RECORDS outputs, every reconciliation)
ASSIGNED = "assigned"
OUTSIDE = "outside"
NO_GEOMETRY = "no_geometry"
INVALID = "invalid"
FILTERED = "filtered"
OUT_OF_PERIOD = "out_of_period"
RECORD_STATUSES = (ASSIGNED, OUTSIDE, NO_GEOMETRY, INVALID, FILTERED, OUT_OF_PERIOD)

# A point's geometry as read: usable, none, or not a usable point (NO_GEOMETRY, INVALID)
LOCATED = "ok"

# A record's status when periods are compared: in the current or a baseline period, or why in none
IN_CURRENT = "current"
IN_BASELINE = "baseline"
NO_DATE = "no_date"
BAD_DATE = "unparseable_date"

# Whether a change is more than chance (change_class, count_change_class)
INCREASE = "increase"
DECREASE = "decrease"
NO_CHANGE = "no_change"
TOO_FEW = "too_few"
CHANGE_CLASSES = (INCREASE, DECREASE, NO_CHANGE, TOO_FEW)
