"""Charts of harm over time and of the performance framework, as PNG and SVG.

Pure module (matplotlib, numpy; no qgis). Figures are drawn with
matplotlib's object API on an Agg canvas, never through pyplot, so nothing
here changes the backend or global state of the QGIS session that runs it.

Colours: ColorBrewer RdBu ends for a significant increase (red) and
decrease (blue), grey for no significant change, and white with grey
hatching for "too few to tell": readable by colour-blind readers and in
greyscale (the hatching and the labels carry the meaning too).
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..codes import CHANGE_CLASSES, DECREASE, INCREASE, NO_CHANGE, TOO_FEW

CLASS_COLOURS = {INCREASE: "#b2182b", DECREASE: "#2166ac", NO_CHANGE: "#bababa", TOO_FEW: "#ffffff"}
CLASS_TEXT = {INCREASE: "significant increase", DECREASE: "significant decrease",
              NO_CHANGE: "no significant change", TOO_FEW: "too few to tell"}
FLAG_COLOURS = {"above": "#b2182b", "below": "#2166ac", "within": "#4d4d4d"}
AREA_COLOURS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666")


def _figure(width: float, height: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def save(fig, png: Optional[str] = None, svg: Optional[str] = None, dpi: int = 150) -> List[str]:
    """Write the figure to the paths given; returns the paths written."""
    written = []
    for path, fmt in ((png, "png"), (svg, "svg")):
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            fig.savefig(str(path), format=fmt, dpi=dpi, bbox_inches="tight")
            written.append(str(path))
    return written


def _x_ticks(ax, labels: Sequence[str], max_ticks: int = 14) -> None:
    k = len(labels)
    step = max(1, int(np.ceil(k / max_ticks)))
    ticks = list(range(0, k, step))
    ax.set_xticks(ticks)
    ax.set_xticklabels([labels[i] for i in ticks], rotation=45, ha="right", fontsize=8)
    ax.set_xlim(-0.5, k - 0.5)


def trend_chart(labels: Sequence[str], partial: Sequence[bool], force: Sequence[float],
                areas: Sequence[Tuple[str, Sequence[float], str]], *,
                title: str, subtitle: str = "", y_label: str = "Harm",
                band: Optional[Tuple[float, float, float]] = None, band_periods: Sequence[int] = (),
                latest: Optional[int] = None, latest_flag: Optional[str] = None,
                sen: Optional[Tuple[float, Sequence[int]]] = None, force_label: str = "Force total",
                no_data: Optional[Sequence[bool]] = None, text: Optional[Dict[str, str]] = None):
    """The force total (with the control band, the latest period's flag and
    Sen's slope) above the top areas' series.

    ``areas``: (label, values, trend_class) per area. ``band``: (mean, low,
    high) built from the periods ``band_periods`` (indexes). ``sen``: (slope per
    period, indexes of the periods it was fitted on). ``no_data``: periods
    with no record at all (drawn as crosses, not as a real zero). ``text``:
    translated words for the legend (keys: band, mean, sen, partial, latest,
    no_data, areas).
    """
    import textwrap

    text = dict(text or {})
    fig = _figure(11, 7.8)
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [1.2, 1.0], "hspace": 0.16})
    x = np.arange(len(labels))
    force = np.asarray(force, dtype=float)
    partial = np.asarray(partial, dtype=bool)
    empty = np.zeros(len(labels), dtype=bool) if no_data is None else np.asarray(no_data, dtype=bool)
    usual = ~partial & ~empty
    if band is not None and len(band_periods):
        mean, low, high = band
        first, last = min(band_periods), (latest if latest is not None else max(band_periods))
        top.fill_between([first - 0.4, last + 0.4], [low, low], [high, high], color="#fee08b", alpha=0.45,
                         linewidth=0, label=text.get("band", "Expected band (baseline)"), zorder=1)
        top.plot([first - 0.4, last + 0.4], [mean, mean], color="#b8860b", linewidth=1, linestyle=":",
                 label=text.get("mean", "Baseline mean"), zorder=2)
    # broken where data are missing
    top.plot(x, np.where(empty, np.nan, force), color="#252525", linewidth=1.5, zorder=3)
    top.scatter(x[usual], force[usual], color="#252525", s=14, zorder=4, label=force_label)
    if partial.any():
        top.scatter(x[partial], force[partial], facecolors="white", edgecolors="#252525", s=22, zorder=4,
                    label=text.get("partial", "Partial period (not compared)"))
    if empty.any():
        top.scatter(x[empty], force[empty], marker="x", color="#d73027", s=40, zorder=5,
                    label=text.get("no_data", "No record at all (missing data?)"))
    if sen is not None and np.isfinite(sen[0]) and len(sen[1]):
        slope, fitted = sen
        idx = np.asarray(fitted)
        intercept = float(np.median(force[idx]) - slope * np.median(idx))
        top.plot(idx, intercept + slope * idx, color="#7f7f7f", linestyle="--", linewidth=1.2,
                 label=text.get("sen", "Sen's slope: {0:+,.0f} per period").format(slope), zorder=2)
    if latest is not None:
        colour = FLAG_COLOURS.get(latest_flag or "within", "#4d4d4d")
        top.scatter([latest], [force[latest]], s=110, facecolors="none", edgecolors=colour, linewidths=2.2, zorder=5,
                    label=text.get("latest", "Latest period: {0}").format(latest_flag or "-"))
    top.set_ylabel(y_label)
    top.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    top.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    top.set_ylim(bottom=0)
    for i, (label, values, trend) in enumerate(areas):
        values = np.asarray(values, dtype=float)
        colour = AREA_COLOURS[i % len(AREA_COLOURS)]
        arrow = {"up": " \u2191", "down": " \u2193"}.get(trend, "")
        bottom.plot(x, np.where(empty, np.nan, values), color=colour, linewidth=1.3, label="{0}{1}".format(label,
                arrow))
        bottom.scatter(x[usual], values[usual], color=colour, s=8)
        if partial.any():
            bottom.scatter(x[partial], values[partial], facecolors="white", edgecolors=colour, s=12)
    bottom.set_ylabel(y_label)
    bottom.set_title(text.get("areas", "Areas with the most harm (\u2191 / \u2193: significant trend)"), fontsize=10,
                     loc="left")
    if len(areas):
        bottom.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    bottom.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    bottom.set_ylim(bottom=0)
    _x_ticks(bottom, labels)
    for ax in (top, bottom):
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.yaxis.set_major_formatter(_thousands())
    fig.subplots_adjust(left=0.08, right=0.74, top=0.86 if subtitle else 0.92, bottom=0.1)
    fig.suptitle(title, fontsize=13, fontweight="bold", x=0.08, ha="left", y=0.975)
    if subtitle:
        fig.text(0.08, 0.935, "\n".join(textwrap.wrap(subtitle, 120)), fontsize=8.5, color="#4d4d4d", ha="left",
                 va="top")
    return fig


def _thousands():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _: "{0:,.0f}".format(value))


def performance_chart(rows: Sequence[dict], *, title: str, subtitle: str = "",
                      views: Sequence[Tuple[str, str]] = (("month", "Month"), ("quarter", "Quarter"), ("year",
                              "12 months")),
                      text: Optional[Dict[str, str]] = None):
    """One panel per view: each theme's % change in harm against its baseline,
    coloured by its change class and labelled with current / baseline harm.

    ``rows``: dicts with theme_label, view, harm_current, harm_baseline,
    harm_change_pct (None when the baseline is 0), change_class,
    current_period, baseline_period and note (the force-level rows). Each
    panel's axis reaches at most +/-200 %: a longer bar is cut at the edge
    and its label gives the true figure.
    """
    from matplotlib.patches import Patch

    text = dict(text or {})
    themes: List[str] = []
    for r in rows:
        if r["theme_label"] not in themes:
            themes.append(r["theme_label"])
    fig = _figure(4.4 * len(views) + 2.5, 0.5 * len(themes) + 2.2)
    axes = np.atleast_1d(fig.subplots(1, len(views), sharey=True, gridspec_kw={"wspace": 0.1}))
    y = np.arange(len(themes))[::-1]
    for ax, (view, view_title) in zip(axes, views):
        these = {r["theme_label"]: r for r in rows if r["view"] == view}
        pcts = [abs(r["harm_change_pct"]) for r in these.values() if r.get("harm_change_pct") is not None]
        limit = float(min(200.0, max([20.0] + [1.3 * p for p in pcts])))
        period = ""
        for theme, yy in zip(themes, y):
            r = these.get(theme)
            if r is None:
                continue
            if r.get("current_period"):
                period = "{0} vs {1}".format(r.get("current_period"), r.get("baseline_period") or "-")
            cls = r.get("change_class") or TOO_FEW
            pct = r.get("harm_change_pct")
            current, baseline = r.get("harm_current") or 0.0, r.get("harm_baseline") or 0.0
            value = 0.0 if pct is None else float(np.clip(pct, -limit, limit))
            ax.barh(yy, value, color=CLASS_COLOURS.get(cls, "#ffffff"), edgecolor="#4d4d4d", linewidth=0.6,
                    hatch="///" if cls == TOO_FEW else None, height=0.62)
            if r.get("note") and r.get("note") != "partial_period" and not current and not baseline:
                label = text.get(r["note"], r["note"].replace("_", " "))
            elif pct is None:
                label = text.get("none", "no records") if not current else text.get("new", "new (baseline 0)")
            else:
                label = "{0:+.0f}%".format(pct)
            if current or baseline:
                label += "  ({0:,.0f} / {1:,.0f})".format(current, baseline)
            # the label on the empty side of the zero line: it never runs into the bar or the next panel
            pad = 0.03 * limit
            x, ha = (-pad, "right") if value > 0 else (pad, "left")
            ax.text(x, yy, label, va="center", ha=ha, fontsize=7.5)
        ax.axvline(0, color="#252525", linewidth=0.8)
        ax.set_xlim(-limit, limit)
        ax.set_title("{0}\n{1}".format(view_title, period), fontsize=9.5)
        ax.set_xlabel(text.get("x", "Change in harm against the baseline (%)"), fontsize=8.5)
        ax.grid(axis="x", color="#e8e8e8", linewidth=0.6)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.tick_params(axis="x", labelsize=8)
    axes[0].set_yticks(y)
    axes[0].set_yticklabels(themes, fontsize=9)
    handles = [Patch(facecolor=CLASS_COLOURS[c], edgecolor="#4d4d4d", hatch="///" if c == TOO_FEW else None,
                     label=text.get(c, CLASS_TEXT[c])) for c in CHANGE_CLASSES]
    height = fig.get_figheight()
    top = 1.0 - 1.55 / height
    fig.subplots_adjust(top=top, bottom=0.75 / height + 0.02, left=0.22, right=0.98)
    fig.suptitle(title, fontsize=12, fontweight="bold", x=0.01, ha="left", y=1.0 - 0.12 / height)
    if subtitle:
        fig.text(0.01, 1.0 - 0.45 / height, subtitle, fontsize=8.5, color="#4d4d4d", ha="left", va="top")
    fig.legend(handles=handles, loc="upper left", ncol=4, fontsize=8, frameon=False,
               bbox_to_anchor=(0.01, 1.0 - 0.62 / height))
    return fig
