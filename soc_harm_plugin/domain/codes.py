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

# Did it work? (socharm:interventionimpact): the zones, a record's zone and period, the target's and buffer's classes
TARGET = "target"
BUFFER = "buffer"
CONTROL = "control"
ZONES = (TARGET, BUFFER, CONTROL)
BEFORE = "before"
AFTER = "after"
IMPACT_PERIODS = (BEFORE, AFTER)
ZONE_PERIOD_STATUSES = tuple("{0}_{1}".format(z, p) for z in ZONES for p in IMPACT_PERIODS)  # target_before, ...
REDUCTION = "reduction"
NO_EVIDENCE = "no_evidence"
TARGET_CLASSES = (REDUCTION, NO_EVIDENCE, INCREASE)
DISPLACEMENT = "displacement"
DIFFUSION_OF_BENEFIT = "diffusion_of_benefit"
NEITHER = "neither"
BUFFER_CLASSES = (DISPLACEMENT, DIFFUSION_OF_BENEFIT, NEITHER)

# What drove a change (socharm:harmchange DRIVERS): scope, what a driver is, and why a share is empty
DRIVER_SCOPE_AREA = "area"
DRIVER_SCOPE_FORCE = "force"
DRIVER_BY_CATEGORY = "category"
DRIVER_BY_CODE = "code"
DRIVER_BY_MEASURE = "measure"
UNKNOWN_DRIVER = "unknown"  # a record with no driver (a code not in the harm table)
NO_CHANGE_TO_SHARE = NO_CHANGE  # share_reason: the area's harm did not change, so there is no share

# Why a link between a record and a nominal leads nowhere (harm/links.py: schemes and referrals)
LINK_ROW_WITH_EMPTY_ID = "link_row_with_empty_id"
LINK_TO_UNKNOWN_RECORD = "link_to_unknown_record"
LINK_TO_UNKNOWN_NOMINAL = "link_to_unknown_nominal"
LINK_PROBLEMS = (LINK_ROW_WITH_EMPTY_ID, LINK_TO_UNKNOWN_RECORD, LINK_TO_UNKNOWN_NOMINAL)
