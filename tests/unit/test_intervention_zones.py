"""The zones of an intervention: target, buffer and control never overlap (pure shapely).

Areas are squares worked out by hand (km² in the comments)."""
from __future__ import annotations

import pytest
from shapely.geometry import Point, box

from soc_harm_plugin.domain.geometry import intervention_zones


def square(x0, y0, size):
    return box(x0, y0, x0 + size, y0 + size)


TARGET = square(0, 0, 1000)  # 1 km²


def test_a_distance_buffer_is_a_ring_around_the_target():
    zones = intervention_zones.build_zones([TARGET], buffer_distance=500.0, points=([-5000, 5000], [-5000, 5000]))
    assert zones.target.area == pytest.approx(1e6)
    # 1 km² square grown by 500 m with round corners: 2 x 2 km minus the corners' (1 - pi/4) x 0.5² km²
    assert zones.buffer.area == pytest.approx(4e6 - (1 - 3.14159265 / 4) * 1e6 - 1e6, rel=2e-3)
    assert zones.buffer.intersection(zones.target).area == pytest.approx(0.0, abs=1e-6)
    assert zones.control_is_rest and [c for c, _ in zones.notes] == [intervention_zones.CONTROL_IS_REST]
    # the drawn control is the records' extent without target and buffer
    assert zones.control_drawn.intersection(zones.buffer).area == pytest.approx(0.0, abs=1e-3)
    assert zones.control_drawn.contains(Point(-4000, -4000))
    assert len(zones.polygons()) == 2


def test_a_buffer_layer_covering_the_target_is_cut_to_a_ring():
    zones = intervention_zones.build_zones([TARGET], buffer_layer=[square(-1000, -1000, 3000)])
    assert zones.buffer.area == pytest.approx(9e6 - 1e6)
    assert dict(zones.notes)[intervention_zones.BUFFER_CLIPPED] == {"km2": 1.0}


def test_a_control_layer_overlapping_target_and_buffer_is_clipped_and_noted():
    control = square(-2000, -2000, 5000)  # 25 km², of which target and a 500 m ring (about 3.79 km²) are cut
    zones = intervention_zones.build_zones([TARGET], buffer_distance=500.0, control_layer=[control])
    inner = zones.target.union(zones.buffer)
    assert zones.control.area == pytest.approx(25e6 - inner.area)
    assert zones.control.intersection(inner).area == pytest.approx(0.0, abs=1e-3)
    note = dict(zones.notes)[intervention_zones.CONTROL_CLIPPED]
    assert note["km2"] == pytest.approx(inner.area / 1e6, abs=1e-4)
    assert note["share"] == pytest.approx(100 * inner.area / 25e6, abs=0.1)
    assert len(zones.polygons()) == 3


def test_a_control_elsewhere_is_left_as_it_is():
    zones = intervention_zones.build_zones([TARGET], buffer_distance=100.0, control_layer=[square(5000, 0, 2000)])
    assert zones.control.area == pytest.approx(4e6)
    assert zones.notes == []


def test_a_buffer_that_swallows_the_control_is_refused():
    with pytest.raises(intervention_zones.ZoneError) as error:
        intervention_zones.build_zones([TARGET], buffer_distance=2000.0, control_layer=[square(1500, 0, 500)])
    assert error.value.code == intervention_zones.CONTROL_SWALLOWED
    assert error.value.details["control_km2"] == pytest.approx(0.25)


def test_no_target_or_no_buffer_is_refused():
    with pytest.raises(intervention_zones.ZoneError) as error:
        intervention_zones.build_zones([None], buffer_distance=500.0)
    assert error.value.code == intervention_zones.TARGET_EMPTY
    with pytest.raises(intervention_zones.ZoneError) as error:
        intervention_zones.build_zones([TARGET], buffer_distance=0.0)
    assert error.value.code == intervention_zones.BUFFER_EMPTY
    with pytest.raises(intervention_zones.ZoneError) as error:  # a buffer layer inside the target leaves no ring
        intervention_zones.build_zones([TARGET], buffer_layer=[square(100, 100, 500)])
    assert error.value.code == intervention_zones.BUFFER_EMPTY


def test_several_target_polygons_and_wkb_are_merged():
    zones = intervention_zones.build_zones([square(0, 0, 1000).wkb, square(1000, 0, 1000)], buffer_distance=10.0)
    assert zones.target.area == pytest.approx(2e6)
    assert zones.areas_km2()[0] == pytest.approx(2.0)
