"""Specification of soc_harm_plugin.domain.analyses.charts (pure: matplotlib, no QGIS).

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_charts.py -q
"""
from __future__ import annotations

import subprocess
import sys

import numpy as np

from soc_harm_plugin.domain.analyses.charts import performance_chart, save, trend_chart

LABELS = ["2024-{0:02d}".format(m) for m in range(1, 13)]


def a_trend_chart():
    force = np.array([50, 52, 49, 55, 60, 58, 0, 61, 63, 66, 70, 90], dtype=float)
    no_data = np.zeros(12, dtype=bool)
    no_data[6] = True
    partial = np.zeros(12, dtype=bool)
    return trend_chart(LABELS, partial, force, [("Ward A", force * 0.5, "up"), ("Ward B", force * 0.2, "none")],
                       title="Harm by month", subtitle="Sample", band=(57.0, 45.0, 69.0),
                       band_periods=[0, 1, 2, 3, 4, 5, 7, 8, 9, 10], latest=11, latest_flag="above",
                       sen=(3.0, [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11]), no_data=no_data)


def test_trend_chart_writes_png_and_svg(tmp_path):
    written = save(a_trend_chart(), str(tmp_path / "t.png"), str(tmp_path / "t.svg"))

    assert written == [str(tmp_path / "t.png"), str(tmp_path / "t.svg")]
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Ward A" in svg and "Latest period: above" in svg


def test_trend_chart_legend_names_the_missing_month_and_the_slope():
    fig = a_trend_chart()
    top = fig.axes[0]
    texts = [t.get_text() for t in top.get_legend().get_texts()]

    assert "No record at all (missing data?)" in texts
    assert "Sen's slope: +3 per period" in texts


def test_performance_chart_has_a_panel_per_view_and_a_bar_per_theme(tmp_path):
    rows = []
    for view in ("month", "quarter", "year"):
        rows.append({"theme_label": "Drugs", "view": view, "harm_current": 120.0, "harm_baseline": 100.0,
                     "harm_change_pct": 20.0, "change_class": "increase", "current_period": "x",
                     "baseline_period": "y"})
        rows.append({"theme_label": "Firearms", "view": view, "harm_current": 10.0, "harm_baseline": 0.0,
                     "harm_change_pct": None, "change_class": "too_few", "current_period": "x", "baseline_period": "y"})
    fig = performance_chart(rows, title="Framework")
    save(fig, None, str(tmp_path / "p.svg"))

    assert len(fig.axes) == 3
    assert [len(ax.patches) for ax in fig.axes] == [2, 2, 2]
    assert "new (baseline 0)" in (tmp_path / "p.svg").read_text(encoding="utf-8")


def test_charts_leave_pyplot_and_the_backend_alone():
    # The backend is read raw: matplotlib.get_backend() itself imports pyplot
    # (since matplotlib 3.9) to resolve an automatic backend.
    code = ("import matplotlib, sys; raw = lambda: dict.__getitem__(matplotlib.rcParams, 'backend');"
            "before = raw();"
            "from tests.unit.test_charts import a_trend_chart; a_trend_chart();"
            "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot imported';"
            "assert raw() == before")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)

    assert done.returncode == 0, done.stderr
