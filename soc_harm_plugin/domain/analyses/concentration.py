"""How concentrated harm is (``socharm:concentration``): Lorenz curve, Gini, share holding half.

Pure numpy (matplotlib only to draw the chart): no qgis import.

Definitions (units are areas, streets, nominals or groups; values are each
unit's harm, or its count of records):

- Units are ranked by value, most first (rank 1 holds the most; ties keep
  their input order). ``cum_share_units`` is the percentage of units at or
  above a rank, ``cum_share_value`` the percentage of the total value they
  hold: the Lorenz curve read from the top, as crime concentration studies
  quote it ("5 % of streets hold 40 % of the harm").
- Gini = sum over i of |x_i - x_j| for all pairs i, j, / (2 n^2 mean), the
  mean absolute difference over twice the mean (no small-sample correction):
  0 when every unit holds the same, (n - 1) / n when one unit holds all;
  [0, 0, 0, 1] gives 0.75. Computed as sum_i (2i - n - 1) x_(i) / (n sum x)
  with x ascending.
- Share holding half = 100 k / n for the smallest k such that the k units
  with most value hold at least half of the total.
- NULL values are never taken as 0: those units are left out and counted.
  Negative values are refused (a concentration of negative harm means nothing).
  When the total is 0, the shares, Gini and share holding half are undefined
  (None).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np

VALUE = "value"
COUNT = "count"
MEASURES = (VALUE, COUNT)  # stable codes written in the Lorenz table's `measure`
HALF = 0.5
_REL_TOL = 1e-12


class NegativeValueError(ValueError):
    """Some units hold negative values; ``positions`` are their indexes in the input."""

    def __init__(self, positions: np.ndarray):
        super().__init__("{0} negative value(s)".format(len(positions)))
        self.positions = positions


@dataclass
class Concentration:
    measure: str
    n_units: int  # units with a value (NULLs left out)
    null_positions: np.ndarray  # input indexes of the NULL values
    total: float
    gini: Optional[float]
    share_holding_half: Optional[float]  # percent of units
    units_holding_half: Optional[int]
    order: np.ndarray  # input indexes of the units with a value, most value first
    value: np.ndarray  # their values, in that order
    cum_share_units: np.ndarray  # percent
    cum_share_value: np.ndarray  # percent (NaN when the total is 0)

    @property
    def rank(self) -> np.ndarray:
        return np.arange(1, self.n_units + 1)

    @property
    def n_nulls(self) -> int:
        return int(len(self.null_positions))


def gini(values: Sequence[float]) -> Optional[float]:
    """The Gini coefficient of non-negative values (see the module's definition); None when their sum is 0."""
    x = np.sort(np.asarray(values, dtype=float))
    n = len(x)
    total = x.sum()
    if n == 0 or not total > 0:
        return None
    i = np.arange(1, n + 1)
    return float(((2 * i - n - 1) * x).sum() / (n * total))


def concentration(values: Sequence, measure: str = VALUE) -> Concentration:
    """The Lorenz curve, Gini and share holding half of one value per unit
    (None or NaN: NULL, left out and counted)."""
    raw = np.array([np.nan if v is None else v for v in values], dtype=float) if not isinstance(values, np.ndarray) \
        else np.asarray(values, dtype=float)
    null = ~np.isfinite(raw)
    negative = np.flatnonzero(~null & (raw < 0))
    if len(negative):
        raise NegativeValueError(negative)
    present = np.flatnonzero(~null)
    x = raw[present]
    order_in_present = np.argsort(-x, kind="stable")
    order = present[order_in_present]
    sorted_values = x[order_in_present]
    n = len(sorted_values)
    total = float(sorted_values.sum())
    cum_units = np.arange(1, n + 1) * 100.0 / n if n else np.zeros(0)
    if total > 0:
        cumulative = np.cumsum(sorted_values)
        cum_value = cumulative * 100.0 / total
        k = int(np.searchsorted(cumulative, HALF * total * (1 - _REL_TOL), side="left")) + 1
        share_half: Optional[float] = 100.0 * k / n
        units_half: Optional[int] = k
        cum_value[-1] = 100.0  # the last unit holds the remainder exactly
    else:
        cum_value = np.full(n, np.nan)
        share_half, units_half = None, None
    return Concentration(
        measure=measure, n_units=n, null_positions=np.flatnonzero(null), total=total,
        gini=gini(sorted_values), share_holding_half=share_half, units_holding_half=units_half,
        order=order, value=sorted_values, cum_share_units=cum_units, cum_share_value=cum_value,
    )


@dataclass
class ChartText:
    """Every word on the chart, translated by the caller."""

    title: str
    x_label: str
    y_label: str
    equality: str
    curve: str  # e.g. "{label}: Gini {gini}, {share} % of units hold half"
    labels: Tuple[str, ...]  # one per curve, e.g. ("Harm", "Records")


def lorenz_chart(path: str, curves: List[Concentration], text: ChartText, metadata: Optional[dict] = None,
                 dpi: int = 150) -> None:
    """A PNG of the Lorenz curves (read from the top) with the line of equal shares.

    Uses matplotlib's Agg canvas directly: no pyplot, no change to the
    backend QGIS or other plugins use."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.0, 5.0), dpi=dpi)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    axes.plot([0, 100], [0, 100], linestyle="--", color="#999999", linewidth=1, label=text.equality)
    colours = ("#bd0026", "#2c7fb8", "#31a354")
    for k, (item, label) in enumerate(zip(curves, text.labels)):
        if item.n_units == 0 or item.gini is None:
            continue
        xs = np.concatenate([[0.0], item.cum_share_units])
        ys = np.concatenate([[0.0], item.cum_share_value])
        colour = colours[k % len(colours)]
        axes.plot(xs, ys, color=colour, linewidth=2, label=text.curve.format(
            label=label, gini="{0:.2f}".format(item.gini), share="{0:.1f}".format(item.share_holding_half)))
        at = item.units_holding_half - 1
        axes.plot([item.cum_share_units[at]], [item.cum_share_value[at]], marker="o", color=colour)
    axes.axhline(50, color="#dddddd", linewidth=0.8, zorder=0)
    axes.set_xlim(0, 100)
    axes.set_ylim(0, 100)
    axes.set_xlabel(text.x_label)
    axes.set_ylabel(text.y_label)
    axes.set_title(text.title)
    axes.grid(True, color="#eeeeee")
    axes.legend(loc="lower right", fontsize=8)
    figure.tight_layout()
    figure.savefig(path, format="png", metadata=metadata or {})
