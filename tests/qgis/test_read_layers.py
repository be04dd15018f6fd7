"""The point readers: the columnar (Arrow) reader and the feature reader give
the same columns, factorised columns hold the same values as plain ones, and a
columnar read begun in the background gives what a direct read gives."""
from __future__ import annotations

import math
import struct

import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext
from qgis.PyQt.QtCore import QDate

from soc_harm_plugin.domain.columns import Factorized
from soc_harm_plugin.qgis_io import read_layers
from soc_harm_plugin.qgis_io.point_wkb import decode_points
from soc_harm_plugin.qgis_io.read_layers import GEOMETRY_STATES, read_points, start_columnar_read

BNG = QgsCoordinateReferenceSystem("EPSG:27700")


def events(layers):
    """Codes and dates with NULLs and repeats, a record without geometry."""
    return layers.events([
        ("POINT(500 500)", "28E", QDate(2019, 2, 1)),
        ("POINT(1000.25 -3)", "8N", QDate(2019, 3, 15)),
        (None, "8N", QDate(2019, 2, 1)),
        ("POINT(7 8)", None, None),
        ("POINT(9 10)", "28E", QDate(2019, 3, 15)),
        ("POINT(11 12)", "Ä ß", QDate(2019, 3, 16)),
    ], date_type="date")


def read(layer, fields=("code", "day"), factorize=("code", "day"), started=None):
    return read_points(layer, layer, list(fields), BNG, QgsCoordinateTransformContext(), factorize=list(factorize),
                       started=started)


def plain(column):
    return [None if v is None else str(v) for v in np.asarray(column, dtype=object)]


def test_columnar_and_feature_readers_give_the_same_factorised_columns(layers):
    memory = events(layers)

    fast = read(layers.gpkg(memory))
    slow = read(memory)

    assert (fast.reader, slow.reader) == ("arrow", "features")
    assert fast.fid.tolist() == slow.fid.tolist()
    np.testing.assert_array_equal(fast.x, slow.x)
    np.testing.assert_array_equal(fast.y, slow.y)
    assert fast.state.tolist() == slow.state.tolist() == [0, 0, 1, 0, 0, 0]
    for name in ("code", "day"):
        assert isinstance(fast.columns[name], Factorized)
        assert fast.columns[name].index.tolist() == slow.columns[name].index.tolist()
        assert plain(fast.columns[name].values) == plain(slow.columns[name].values)
    assert fast.columns["code"].values.tolist() == ["28E", "8N", "Ä ß"]  # in order of first appearance
    assert fast.columns["code"].index.tolist() == [0, 1, 1, -1, 0, 2]  # NULL: -1


def test_factorised_columns_hold_what_the_plain_columns_hold(layers):
    for layer in (events(layers), layers.gpkg(events(layers), "again.gpkg")):
        coded = read(layer)
        objects = read(layer, factorize=())

        for name in ("code", "day"):
            assert np.asarray(coded.columns[name], dtype=object).tolist() == objects.columns[name].tolist()


def test_geometry_status_is_a_small_integer_and_reads_as_the_status_codes(layers):
    columns = read(events(layers))

    assert columns.state.dtype == np.uint8
    assert columns.status.tolist() == ["ok", "ok", "no_geometry", "ok", "ok", "ok"]
    assert columns.geometry_status.values.tolist() == list(GEOMETRY_STATES)


def test_a_read_begun_in_the_background_gives_what_a_direct_read_gives(layers):
    layer = layers.gpkg(events(layers))

    started = start_columnar_read(layer, ["code", "day"], BNG, factorize=["code", "day"])
    from_background = read(layer, started=started)
    direct = read(layer)

    assert from_background.reader == "arrow"
    assert from_background.fid.tolist() == direct.fid.tolist()
    assert from_background.columns["code"].index.tolist() == direct.columns["code"].index.tolist()
    assert from_background.columns["day"].values.tolist() == direct.columns["day"].values.tolist()


def test_a_background_read_of_other_columns_is_not_used(layers, monkeypatch):
    layer = layers.gpkg(events(layers))
    started = start_columnar_read(layer, ["code"], BNG, factorize=["code"])
    monkeypatch.setattr(started, "result", lambda: pytest.fail("a read of other columns was used"))

    columns = read(layer, started=started)

    assert set(columns.columns) == {"code", "day"}


def test_no_background_read_for_a_layer_read_feature_by_feature(layers):
    assert start_columnar_read(events(layers), ["code"], BNG) is None


def test_a_failed_background_read_falls_back_to_the_feature_reader(layers, monkeypatch):
    layer = layers.gpkg(events(layers))

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(read_layers, "_read_points_arrow", broken)
    started = start_columnar_read(layer, ["code", "day"], BNG, factorize=["code", "day"])

    columns = read(layer, started=started)

    assert columns.reader == "features"
    assert columns.columns["code"].values.tolist() == ["28E", "8N", "Ä ß"]


def test_closing_a_background_read_stops_it_and_waits_for_its_thread(layers, monkeypatch):
    layer = layers.gpkg(events(layers))
    told = {}

    def endless(lyr, fields, feedback, stop):  # a read that ends only when told to stop
        told["stop"] = stop.wait(30)
        return np.zeros(0, dtype=np.int64), [], {f: [] for f in fields}

    monkeypatch.setattr(read_layers, "_arrow_batches", endless)
    started = start_columnar_read(layer, ["code"], BNG, factorize=["code"])
    assert started.running

    started.close()

    assert not started.running
    assert told["stop"] is True


@pytest.mark.parametrize("file", [False, True], ids=["feature reader", "columnar reader"])
def test_a_point_absurdly_far_away_is_invalid_with_its_reason_and_no_coordinates(layers, file):
    layer = layers.events([("POINT(500 500)", "28E", None), ("POINT(1e308 1e308)", "8N", None),
                           ("POINT(5 -1000000001)", "8N", None), ("POINT(999999999 -999999999)", "8N", None)])
    columns = read(layer if not file else layers.gpkg(layer), fields=("code",), factorize=())

    assert columns.status.tolist() == ["ok", "invalid", "invalid", "ok"]
    assert columns.rejected[read_layers.FAR].tolist() == [1, 2]
    assert columns.rejected[read_layers.UNREADABLE].tolist() == []
    assert np.isnan(columns.x[1:3]).all() and np.isnan(columns.y[1:3]).all()
    assert (columns.x[3], columns.y[3]) == (999999999.0, -999999999.0)


# --------------------------------------------------------------------------- point WKB from the columnar reader


def point(x, y, order="<", kind=1) -> bytes:
    return struct.pack(order + "BIdd", 1 if order == "<" else 0, kind, x, y)


def chunk(blobs) -> np.ndarray:
    """Blobs as Arrow hands fixed-size WKB over: a void array."""
    return np.frombuffer(b"".join(blobs), dtype="V21")


def test_little_endian_points_decode_in_one_step_like_decode_points():
    blobs = [point(1.5, -2.25), point(float("nan"), float("nan")), point(float("inf"), 3.0), point(-0.0, 1e9)]

    x, y, state, cut = read_layers._decode_geometry_chunks([chunk(blobs[:2]), chunk(blobs[2:])])

    ex, ey, estatus, _ = decode_points(blobs)
    np.testing.assert_array_equal(x, ex)
    np.testing.assert_array_equal(y, ey)
    assert [GEOMETRY_STATES[s] for s in state] == estatus.tolist() == ["ok", "no_geometry", "invalid", "ok"]
    assert cut == 0


def test_big_endian_and_mixed_chunks_decode_like_decode_points():
    blobs = [point(1.0, 2.0, ">"), point(3.0, 4.0), point(5.0, 6.0, ">")]

    x, y, state, _ = read_layers._decode_geometry_chunks([chunk(blobs)])

    assert x.tolist() == [1.0, 3.0, 5.0] and y.tolist() == [2.0, 4.0, 6.0]
    assert state.tolist() == [0, 0, 0]


def test_a_21_byte_blob_that_is_not_a_point_goes_the_slow_way_and_is_invalid():
    not_a_point = point(1.0, 2.0, kind=2)  # 21 bytes, but a "linestring"
    blobs = [point(1.0, 2.0), not_a_point]

    x, y, state, _ = read_layers._decode_geometry_chunks([chunk(blobs)])

    ex, ey, estatus, _ = decode_points(blobs)
    assert [GEOMETRY_STATES[s] for s in state] == estatus.tolist()
    assert state.tolist()[1] == 2 and x[0] == 1.0 and not math.isfinite(x[1])


def test_a_chunk_with_nulls_decodes_blob_by_blob():
    data = np.ma.masked_array(chunk([point(1.0, 2.0), point(3.0, 4.0)]), mask=[False, True])

    x, y, state, _ = read_layers._decode_geometry_chunks([data, chunk([point(5.0, 6.0)])])

    assert state.tolist() == [0, 1, 0]
    assert x.tolist()[0::2] == [1.0, 5.0] and math.isnan(x[1])
