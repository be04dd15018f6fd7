"""Concentration (soc_harm_plugin.domain.analyses.concentration): Gini, Lorenz curve and
share holding half, on small vectors worked out by hand."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from soc_harm_plugin.domain.analyses import concentration


def gini_by_pairs(values):
    """The definition: mean absolute difference over all ordered pairs / (2 x mean)."""
    n = len(values)
    mean = sum(values) / n
    return sum(abs(a - b) for a, b in itertools.product(values, values)) / (2 * n * n * mean)


@pytest.mark.parametrize("values, expected", [
    ([0, 0, 0, 1], 0.75),  # one unit holds all: (n - 1) / n
    ([1, 1, 1, 1], 0.0),
    ([1, 2, 3, 4], 0.25),  # pairs differ by 1, 2, 3, 1, 2, 1: 20 / (2 x 16 x 2.5)
    ([5], 0.0),
    ([0, 3], 0.5),
])
def test_gini_of_small_vectors(values, expected):
    assert concentration.gini(values) == pytest.approx(expected, abs=1e-15)


def test_gini_agrees_with_the_pairwise_definition():
    rng = np.random.default_rng(9)
    for _ in range(20):
        values = rng.gamma(0.4, 10, int(rng.integers(2, 40))).tolist()
        assert concentration.gini(values) == pytest.approx(gini_by_pairs(values), rel=1e-12)


def test_gini_is_undefined_when_nothing_is_held():
    assert concentration.gini([]) is None
    assert concentration.gini([0, 0]) is None


def test_lorenz_curve_of_one_unit_holding_everything():
    result = concentration.concentration([0, 0, 0, 1])
    assert result.rank.tolist() == [1, 2, 3, 4]
    assert result.order.tolist() == [3, 0, 1, 2]
    assert result.cum_share_units.tolist() == [25, 50, 75, 100]
    assert result.cum_share_value.tolist() == [100, 100, 100, 100]
    assert result.gini == 0.75
    assert (result.share_holding_half, result.units_holding_half) == (25, 1)


def test_lorenz_curve_reads_from_the_unit_with_most():
    result = concentration.concentration([1, 2, 3, 4])
    assert result.value.tolist() == [4, 3, 2, 1]
    assert result.cum_share_value == pytest.approx([40, 70, 90, 100])
    assert result.share_holding_half == 50  # 4 + 3 = 70 % >= 50 %; 4 alone is 40 %


def test_exactly_half_is_enough_to_hold_half():
    assert concentration.concentration([1, 1]).share_holding_half == 50
    assert concentration.concentration([2, 1, 1]).units_holding_half == 1
    # 0.5 + 0.5 of 2.0, in floating point
    assert concentration.concentration([0.1, 0.2, 0.3, 0.4, 0.5, 0.5]).units_holding_half == 2


def test_ties_keep_their_input_order():
    assert concentration.concentration([2, 5, 2]).order.tolist() == [1, 0, 2]


def test_nulls_are_left_out_and_counted_never_taken_as_zero():
    result = concentration.concentration([5, None, 3, float("nan"), 0])
    assert result.n_units == 3 and result.n_nulls == 2
    assert result.null_positions.tolist() == [1, 3]
    assert result.order.tolist() == [0, 2, 4]
    assert result.total == 8
    assert result.gini == pytest.approx(gini_by_pairs([5, 3, 0]))
    assert result.gini != pytest.approx(concentration.gini([5, 0, 3, 0, 0]))  # what NULL as 0 would give
    assert result.cum_share_units == pytest.approx([100 / 3, 200 / 3, 100])


def test_negative_values_are_refused_naming_them():
    with pytest.raises(concentration.NegativeValueError) as caught:
        concentration.concentration([1, -2, 3, -0.5])
    assert caught.value.positions.tolist() == [1, 3]


def test_a_total_of_zero_leaves_the_shares_undefined():
    result = concentration.concentration([0, 0, None])
    assert result.n_units == 2 and result.total == 0
    assert result.gini is None and result.share_holding_half is None and result.units_holding_half is None
    assert np.isnan(result.cum_share_value).all()


def test_the_chart_is_a_png_carrying_its_metadata(tmp_path):
    path = tmp_path / "lorenz.png"
    text = concentration.ChartText("Concentration", "% of units", "% of harm", "Equal shares",
                       "{label}: Gini {gini}, {share} %", ("harm_score", "harm_n"))
    curves = [concentration.concentration([0, 1, 5, 20, 2]), concentration.concentration([3, 4, 5, 6, 2],
            concentration.COUNT)]
    concentration.lorenz_chart(str(path), curves, text, metadata={"Description": "SOC Harm provenance: {}"})
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"SOC Harm provenance" in data
    assert len(data) > 10_000
