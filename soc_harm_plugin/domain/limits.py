"""Numbers where they enter: the largest SOC Harm accepts, and values read as numbers.

Pure module (numpy only). A number that is not finite (``inf``, ``-inf``,
``NaN``), or one so large it can only be a mistake, is refused where it comes
in (a harm table, a scheme, a weight field, a field to map or to test), with a
message naming where it is; nothing downstream ever sees it. Left in, such
numbers crash QGIS (its Jenks breaks square the values: 1e154 already
overflows, and QGIS segfaults) or turn every sum into ``inf``.

**Weights: at most** :data:`MAX_WEIGHT` **= 1,000,000,000 (a billion) per
record.** The largest real weights are far smaller: homicide is 7,973.39 in
the ONS Crime Severity Score and 5,475 days in the Cambridge Crime Harm Index.
At the maximum, 9 million records still add up to less than 2^53 (about
9.007e15), below which float64 counts in whole units, so sums of whole-number
weights are exact; and a billion records at the maximum make 1e18, whose
square (Jenks breaks, variances) is finite with a margin of 10^270.

**Values (an area's harm, a rate, a field to map or test): at most**
:data:`MAX_VALUE` **= 1e30 in size.** That is far above any harm (a billion
records at the maximum weight make 1e18) and far below the size where squares
and fourth powers of millions of values (the hot spot statistics' moments)
overflow float64 (1e30 to the fourth is 1e120; float64 reaches 1.8e308).
"""
from __future__ import annotations

import math
from typing import List, Optional, Sequence

import numpy as np

from .language.messages import tr

MAX_WEIGHT = 1e9
MAX_VALUE = 1e30

MAX_WEIGHT_TEXT = "1,000,000,000"
MAX_VALUE_TEXT = "1e30"


def bad_weights(weights) -> np.ndarray:
    """True where a weight is not a finite number or is above MAX_WEIGHT (NaN counts as bad)."""
    w = np.asarray(weights, dtype=float)
    with np.errstate(invalid="ignore"):
        return ~np.isfinite(w) | (w > MAX_WEIGHT)


def bad_values(values) -> np.ndarray:
    """True where a value is infinite or larger in size than MAX_VALUE. NaN (no value) is not bad here:
    callers treat it as NULL."""
    v = np.asarray(values, dtype=float)
    with np.errstate(invalid="ignore"):
        return np.isinf(v) | (np.abs(v) > MAX_VALUE)


def weight_problem(weight: float) -> str:
    """'' for a usable weight (finite, 0 to MAX_WEIGHT), else what is wrong with it, in words."""
    if weight != weight:
        return tr("is not a number (NaN)")
    if weight in (float("inf"), float("-inf")):
        return tr("is not a finite number")
    if weight < 0:
        return tr("is negative; weights must be 0 or more")
    if weight > MAX_WEIGHT:
        return tr("is above the largest weight accepted, {0} (homicide weighs 7,973.39 in the ONS Crime Severity "
                  "Score); "
                  "a weight this large is a mistake").format(MAX_WEIGHT_TEXT)
    return ""


def float_or_nan(value) -> float:
    """A value as a float; NaN for None, a bool or anything that is not a number."""
    if value is None or isinstance(value, bool):
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def float_or_none(value) -> Optional[float]:
    """A value as a float (NaN and infinities kept); None for None or anything that is not a number."""
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def finite_or_none(value) -> Optional[float]:
    """A value as a finite float; None for None, NaN, an infinity or anything that is not a number."""
    number = float_or_none(value)
    return number if number is not None and math.isfinite(number) else None


def show_number(value: float) -> str:
    """A number as a message shows it: 'inf', '-inf', 'nan', '1e+200', '12.5'."""
    return repr(float(value))


def first(values: Sequence, n: int = 10) -> str:
    """The first n values, comma-separated, with ', ...' when there are more."""
    values: List = list(values)
    text = ", ".join(str(v) for v in values[:n])
    return text + (", ..." if len(values) > n else "")
