"""The synthetic sample force: geometry, realism quirks, determinism, GeoPackage.

Pure Python (no QGIS): run with ``python -m pytest -p no:qgis tests/unit/test_sample_force.py``.
"""
from __future__ import annotations

import itertools
import math
import re

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point
from shapely.ops import unary_union

from tools.sample import force as sample_force

N_OFFENCES = 20000
EXPECTED_LAYERS = {
    "sectors": ("Polygon", {"sector_id": "str", "sector_name": "str", "population": "int"}),
    "wards": ("Polygon", {"ward_id": "str", "ward_name": "str", "sector_id": "str", "population": "int"}),
    "streets": ("LineString", {"street_id": "str", "street_name": "str", "ward_id": "str", "sector_id": "str"}),
    "offences": ("Point", {"offence_id": "str", "ho_code": "str", "offence_label": "str",
                           "police_uk_category": "str", "offence_date": "date", "month": "str",
                           "soc_theme": "str"}),
    "nominals": ("Point", {"nominal_id": "str", "full_name": "str", "date_of_birth": "date",
                           "address": "str", "group_type": "str", "group_id": "str",
                           "group_morile": "float", "referral_date": "date"}),
    "offence_nominal_links": (None, {"offence_id": "str", "nominal_id": "str"}),
    "complaints": ("Point", {"complaint_id": "str", "complaint_type": "str", "received_date": "date",
                             "victim_vulnerable": "int"}),
    "drug_deaths": ("Point", {"death_id": "str", "death_date": "date", "substance": "str"}),
    "firearms_discharges": ("Point", {"discharge_id": "str", "discharge_date": "date",
                                      "soc_related": "int"}),
    "firearms_intel": ("Point", {"report_id": "str", "report_date": "date", "source": "str",
                                 "grading": "str"}),
    "cannabis_farms": ("Point", {"farm_id": "str", "found_date": "date", "plants": "int"}),
    "survey": ("Point", {"respondent_id": "str", "survey_wave": "int", "survey_date": "date",
                         "ward_code": "str", "priority_1": "str", "priority_2": "str", "priority_3": "str",
                         "concerns": "str", "confidence": "int", "age_band": "str", "sex": "str",
                         "ethnicity": "str", "group_membership": "str"}),
    "ward_need": (None, {"ward_id": "str", "imd_decile": "int", "income_deprivation": "float"}),
    "ward_population": (None, {"ward_id": "str", "variable": "str", "group_value": "str", "population": "int"}),
    "operations": ("Polygon", {"operation_id": "str", "operation_name": "str", "ward_id": "str", "start_date": "date",
                               "end_date": "date"}),
}


@pytest.fixture(scope="module")
def force():
    return sample_force.generate_force(n_offences=N_OFFENCES)


@pytest.fixture(scope="module")
def mix():
    return sample_force.offence_mix()


def _harm_by_street(force, mix) -> pd.Series:
    weight = dict(zip(mix["ho_code"], mix["css_weight"]))
    harm = force["offences"].attributes["ho_code"].map(weight).to_numpy()
    streets = sample_force.offence_streets(force)
    per_street = pd.Series(harm).groupby(streets.to_numpy()).sum()
    return per_street.reindex(force["streets"].attributes["street_id"], fill_value=0.0)


def _wkb(geoms):
    return [None if g is None else g.wkb for g in geoms]


# ------------------------------------------------------------------ contract ---
def test_layers_fields_and_types_match_the_contract(force):
    assert list(force.layers) == list(EXPECTED_LAYERS)
    for name, (gtype, types) in EXPECTED_LAYERS.items():
        layer = force[name]
        assert layer.name == name
        assert layer.geometry_type == gtype
        assert layer.field_types == types
        assert list(layer.attributes.columns) == list(types)
        assert len(layer.geometries) == len(layer.attributes)


def test_same_seed_gives_identical_force():
    a = sample_force.generate_force(seed=7, n_offences=1500)
    b = sample_force.generate_force(seed=7, n_offences=1500)
    for name in a.layers:
        pd.testing.assert_frame_equal(a[name].attributes, b[name].attributes, check_exact=True)
        assert _wkb(a[name].geometries) == _wkb(b[name].geometries), name
    assert sample_force.offence_streets(a).equals(sample_force.offence_streets(b))
    assert sample_force.boundary_offence_ids(a) == sample_force.boundary_offence_ids(b)


def test_another_seed_gives_another_force():
    a = sample_force.generate_force(seed=7, n_offences=1500)
    c = sample_force.generate_force(seed=8, n_offences=1500)
    assert _wkb(a["wards"].geometries) != _wkb(c["wards"].geometries)


def test_map_and_people_do_not_depend_on_the_number_of_offences():
    a = sample_force.generate_force(seed=7, n_offences=200)
    b = sample_force.generate_force(seed=7, n_offences=1500)
    for name in ("sectors", "wards", "streets", "nominals", "complaints", "firearms_intel"):
        pd.testing.assert_frame_equal(a[name].attributes, b[name].attributes, check_exact=True)
        assert _wkb(a[name].geometries) == _wkb(b[name].geometries), name


def test_offence_count_and_period(force):
    offences = force["offences"].attributes
    # the seeded operation prevented some offences outright (the displaced ones still happen, elsewhere)
    assert len(offences) == N_OFFENCES - len(sample_force.operation_truth(force)["removed_offence_ids"])
    assert offences["offence_id"].iloc[0] == "OF000001"
    assert offences["offence_id"].is_unique
    dates = pd.to_datetime(offences["offence_date"], format="%Y-%m-%d")
    assert dates.min() >= pd.Timestamp("2023-01-01")
    assert dates.max() <= pd.Timestamp("2024-12-31")
    assert (offences["offence_date"].str[:7] == offences["month"]).all()
    assert offences["month"].nunique() == 24


# ----------------------------------------------------------------- geography ---
def test_sector_and_ward_ids(force):
    sectors = force["sectors"].attributes
    wards = force["wards"].attributes
    assert sectors["sector_id"].tolist() == [f"S{k:02d}" for k in range(1, 8)]
    assert 35 <= len(wards) <= 45
    assert wards["ward_id"].tolist() == [f"W{k:03d}" for k in range(1, len(wards) + 1)]
    assert set(wards["sector_id"]) == set(sectors["sector_id"])
    assert wards["ward_name"].is_unique and sectors["sector_name"].is_unique
    pop = wards.groupby("sector_id")["population"].sum()
    assert (sectors.set_index("sector_id")["population"] == pop).all()


def test_polygons_valid_in_plausible_place(force):
    for name in ("sectors", "wards"):
        for geom in force[name].geometries:
            assert geom.geom_type == "Polygon" and geom.is_valid and not geom.is_empty
    area = unary_union(force["sectors"].geometries)
    minx, miny, maxx, maxy = area.bounds
    assert 425000 < minx < maxx < 455000 and 378000 < miny < maxy < 402000


def test_wards_tile_the_force_without_gaps_or_overlaps(force):
    wards = force["wards"].geometries
    sectors = force["sectors"].geometries
    force_area = unary_union(sectors)
    assert abs(sum(w.area for w in wards) - force_area.area) < 1.0
    assert abs(sum(s.area for s in sectors) - force_area.area) < 1.0
    for a, b in itertools.combinations(wards, 2):
        assert a.intersection(b).area < 1e-6


def test_wards_union_equals_their_sector(force):
    wards = force["wards"]
    for sid, sector in zip(force["sectors"].attributes["sector_id"], force["sectors"].geometries):
        members = [g for g, s in zip(wards.geometries, wards.attributes["sector_id"]) if s == sid]
        union = unary_union(members)
        assert abs(union.area - sector.area) < 1.0
        assert union.symmetric_difference(sector).area < 1.0


def test_every_ward_inside_exactly_its_sector(force):
    sector_ids = force["sectors"].attributes["sector_id"].tolist()
    sectors = force["sectors"].geometries
    for ward, sid in zip(force["wards"].geometries, force["wards"].attributes["sector_id"]):
        overlaps = [s_id for s_id, s in zip(sector_ids, sectors) if s.intersection(ward).area > 1e-6]
        assert overlaps == [sid]
        assert abs(sectors[sector_ids.index(sid)].intersection(ward).area - ward.area) < 1.0


def test_neighbouring_wards_share_vertices_exactly(force):
    wards = force["wards"].geometries
    vertices = [set(w.exterior.coords) for w in wards]
    shared_pairs = 0
    for i, j in itertools.combinations(range(len(wards)), 2):
        if not wards[i].intersects(wards[j]):
            continue
        boundary_j = wards[j].exterior
        on_j = {v for v in vertices[i] if boundary_j.distance(Point(v)) < 1e-9}
        assert on_j <= vertices[j]
        if len(on_j) >= 2:
            shared_pairs += 1
    assert shared_pairs >= len(wards)  # a connected tiling shares many edges


def test_streets_plausible(force):
    streets = force["streets"]
    attrs = streets.attributes
    assert 300 <= len(attrs) <= 1500
    assert attrs["street_id"].tolist() == [f"ST{k:04d}" for k in range(1, len(attrs) + 1)]
    area = unary_union(force["sectors"].geometries)
    for line in streets.geometries:
        assert line.geom_type == "LineString"
        assert 2 <= len(line.coords) <= 6
        assert 100.0 <= line.length <= 800.0
        assert area.contains(line)


def test_street_ward_holds_most_of_its_length(force):
    wards = dict(zip(force["wards"].attributes["ward_id"], force["wards"].geometries))
    ward_sector = dict(zip(force["wards"].attributes["ward_id"], force["wards"].attributes["sector_id"]))
    attrs = force["streets"].attributes
    for line, wid, sid in zip(force["streets"].geometries, attrs["ward_id"], attrs["sector_id"]):
        mine = wards[wid].intersection(line).length
        assert mine >= line.length / 2 - 1e-6 or all(
            w.intersection(line).length <= mine + 1e-6 for w in wards.values())
        assert ward_sector[wid] == sid


# ------------------------------------------------------------------- offences ---
def test_offence_codes_come_from_the_mix(force, mix):
    offences = force["offences"].attributes
    assert set(offences["ho_code"]) <= set(mix["ho_code"])
    table = mix.set_index("ho_code")
    assert (offences["offence_label"] == offences["ho_code"].map(table["label"])).all()
    assert (offences["police_uk_category"] == offences["ho_code"].map(table["police_uk_category"])).all()
    assert (offences["soc_theme"] == offences["ho_code"].map(table["soc_theme"])).all()


def test_offence_mix_file(mix):
    assert list(mix.columns) == ["ho_code", "label", "police_uk_category", "share", "soc_theme",
                                 "css_weight"]
    assert 25 <= len(mix) <= 45
    assert math.isclose(mix["share"].sum(), 1.0)
    weights = dict(zip(mix["ho_code"], mix["css_weight"]))
    assert weights["92A"] == pytest.approx(512.96)
    assert weights["1"] == pytest.approx(7973.39)


def test_top_five_percent_of_streets_hold_forty_percent_of_harm(force, mix):
    harm = _harm_by_street(force, mix).sort_values(ascending=False)
    top = int(math.ceil(0.05 * len(harm)))
    assert harm.iloc[:top].sum() / harm.sum() >= 0.40


def test_offence_streets_helper_is_indexed_like_offences(force):
    streets = sample_force.offence_streets(force)
    assert streets.index.equals(force["offences"].attributes.index)
    assert set(streets) <= set(force["streets"].attributes["street_id"])


def test_offences_lie_near_their_street(force):
    lines = dict(zip(force["streets"].attributes["street_id"], force["streets"].geometries))
    boundary = set(sample_force.boundary_offence_ids(force))
    ids = force["offences"].attributes["offence_id"].tolist()
    streets = sample_force.offence_streets(force).tolist()
    for k in range(0, len(ids), 37):
        geom = force["offences"].geometries[k]
        if geom is None or ids[k] in boundary:
            continue
        assert lines[streets[k]].distance(geom) <= 25.0 + 1.0


def test_about_half_a_percent_of_offences_have_no_location(force):
    share = sum(g is None for g in force["offences"].geometries) / N_OFFENCES
    assert 0.003 <= share <= 0.008


def test_boundary_offences_lie_on_a_boundary_shared_by_two_wards(force):
    ids = sample_force.boundary_offence_ids(force)
    assert 0.003 * N_OFFENCES <= len(ids) <= 0.008 * N_OFFENCES
    by_id = dict(zip(force["offences"].attributes["offence_id"], force["offences"].geometries))
    wards = force["wards"].geometries
    for oid in ids:
        point = by_id[oid]
        assert point is not None
        touching = [w for w in wards if w.exterior.distance(point) < 1e-6]
        assert len(touching) >= 2, oid
        assert all(w.touches(point) or w.exterior.distance(point) < 1e-6 for w in touching)


def test_located_points_fall_inside_the_force_area(force):
    area = unary_union(force["sectors"].geometries)
    for name in ("offences", "nominals", "complaints", "drug_deaths", "firearms_discharges",
                 "firearms_intel", "cannabis_farms"):
        geoms = force[name].geometries
        step = max(1, len(geoms) // 2000)
        for geom in geoms[::step]:
            if geom is not None:
                assert area.covers(geom), name


def test_rising_sector_harm_rises_in_the_last_six_months(force, mix):
    weight = dict(zip(mix["ho_code"], mix["css_weight"]))
    offences = force["offences"].attributes
    street_sector = force["streets"].attributes.set_index("street_id")["sector_id"]
    frame = pd.DataFrame({
        "sector": street_sector.reindex(sample_force.offence_streets(force).to_numpy()).to_numpy(),
        "late": offences["month"] >= force.truth["rising_from_month"],
        "harm": offences["ho_code"].map(weight),
    })
    monthly = frame.groupby(["sector", "late"])["harm"].sum().unstack()
    ratio = (monthly[True] / 6) / (monthly[False] / 18)
    rising = sample_force.rising_sector_id(force)
    assert ratio[rising] >= 1.3
    others = monthly.drop(index=rising).sum()
    assert 0.85 <= (others[True] / 6) / (others[False] / 18) <= 1.2


def test_the_operation_changes_only_the_target_wards_offences_from_its_month(force):
    """Every layer but offences, links and operations is the same value for value as without
    the operation; so is every offence outside the target ward or before the operation's month."""
    from tools.sample.operation import DISPLACEMENT, REACH, REDUCTION

    plain = sample_force.generate_force(n_offences=N_OFFENCES, operation_month=None)
    assert sample_force.operation_truth(plain) is None and "operations" not in plain.layers
    for name in plain.layers:
        if name not in ("offences", "offence_nominal_links"):
            pd.testing.assert_frame_equal(plain[name].attributes, force[name].attributes, check_exact=True)
            assert _wkb(plain[name].geometries) == _wkb(force[name].geometries), name
    truth = sample_force.operation_truth(force)
    removed, moved = set(truth["removed_offence_ids"]), set(truth["moved_offence_ids"])
    before = plain["offences"].attributes
    after = force["offences"].attributes.set_index("offence_id")
    target = force["wards"].geometries[force["wards"].attributes["ward_id"].tolist().index(truth["ward_id"])]
    in_target = np.array([g is not None and target.covers(g) for g in plain["offences"].geometries])
    late = (before["month"] >= truth["start_month"]).to_numpy()
    candidates = set(before["offence_id"][in_target & late])
    assert removed | moved <= candidates and not removed & moved
    assert set(before["offence_id"]) - set(after.index) == removed
    unchanged = [k for k, oid in enumerate(before["offence_id"]) if oid not in moved]
    kept = force["offences"].geometries
    row = {oid: k for k, oid in enumerate(force["offences"].attributes["offence_id"])}
    for k in unchanged[::50]:
        oid = before["offence_id"].iloc[k]
        if oid not in removed:
            assert _wkb([plain["offences"].geometries[k]]) == _wkb([kept[row[oid]]])
    # prevented ~ Binomial(n, REDUCTION); of those, displaced ~ Binomial(prevented, DISPLACEMENT): within 4 sd
    n = len(candidates)
    prevented = len(removed) + len(moved)
    assert abs(prevented - n * REDUCTION) <= 4 * math.sqrt(n * REDUCTION * (1 - REDUCTION))
    assert abs(len(moved) - prevented * DISPLACEMENT) <= 4 * math.sqrt(prevented * DISPLACEMENT * (1 - DISPLACEMENT))
    # displaced offences lie outside the target within REACH of it, on a street of a neighbouring ward
    street_ward = force["streets"].attributes.set_index("street_id")["ward_id"]
    for oid in moved:
        point = kept[row[oid]]
        assert not target.covers(point) and target.distance(point) <= REACH
        assert street_ward[truth["moved_to_street"][oid]] in truth["neighbour_ward_ids"]
        assert sample_force.offence_streets(force).iloc[row[oid]] == truth["moved_to_street"][oid]
    # the links of the prevented offences are gone with them; every link still points at an offence
    links = force["offence_nominal_links"].attributes
    assert not set(links["offence_id"]) & removed and set(links["offence_id"]) <= set(after.index)
    assert force["operations"].attributes["ward_id"].tolist() == [truth["ward_id"]]
    assert force["operations"].geometries[0].equals(target)


# ------------------------------------------------------------ people & links ---
def test_nominal_fields(force):
    nominals = force["nominals"].attributes
    assert 120 <= len(nominals) <= 180
    assert nominals["nominal_id"].iloc[0] == "N0001" and nominals["nominal_id"].is_unique
    assert set(nominals["group_type"]) == {"OCG", "PI", "UCG", "PCG"}
    pi = nominals["group_type"] == "PI"
    assert nominals.loc[pi, "group_morile"].isna().all()
    assert nominals.loc[pi, "group_id"].isna().all()
    grouped = nominals[~pi]
    assert grouped["group_morile"].between(0, 100).all()
    assert grouped["group_id"].str.fullmatch(r"G\d{2}").all()
    assert 10 <= grouped["group_id"].nunique() <= 14
    assert (grouped.groupby("group_id")["group_type"].nunique() == 1).all()
    assert (grouped.groupby("group_id")["group_morile"].nunique() == 1).all()
    assert nominals["full_name"].is_unique
    assert nominals["address"].map(lambda a: re.match(r"^\d+ \S", a) is not None).all()
    dob = pd.to_datetime(nominals["date_of_birth"], format="%Y-%m-%d")
    assert dob.between(pd.Timestamp("1960-01-01"), pd.Timestamp("2011-01-01")).all()


def test_links_reference_existing_ids(force):
    links = force["offence_nominal_links"].attributes
    assert set(links["offence_id"]) <= set(force["offences"].attributes["offence_id"])
    assert set(links["nominal_id"]) <= set(force["nominals"].attributes["nominal_id"])
    assert not links.duplicated().any()


def test_about_eight_percent_of_offences_linked_some_to_several(force):
    links = force["offence_nominal_links"].attributes
    per_offence = links.groupby("offence_id").size()
    assert 0.06 <= len(per_offence) / N_OFFENCES <= 0.10
    assert (per_offence >= 2).sum() > 0 and (per_offence >= 3).sum() > 0
    offences = force["offences"].attributes.set_index("offence_id")
    supply = offences["ho_code"] == "92A"
    linked = offences.index.isin(per_offence.index)
    assert linked[supply.to_numpy()].mean() > 3 * linked.mean()
    group_type = force["nominals"].attributes.set_index("nominal_id")["group_type"]
    kinds = links.assign(t=links["nominal_id"].map(group_type)).groupby("offence_id")["t"].nunique()
    assert (kinds >= 2).any()


def test_other_point_layers(force):
    assert 1000 <= len(force["complaints"]) <= 1400
    assert 30 <= len(force["drug_deaths"]) <= 50
    assert 20 <= len(force["firearms_discharges"]) <= 30
    assert 250 <= len(force["firearms_intel"]) <= 350
    assert 45 <= len(force["cannabis_farms"]) <= 75
    complaints = force["complaints"].attributes
    assert set(complaints["complaint_type"]) <= set(sample_force.COMPLAINT_TYPES)
    assert set(complaints["victim_vulnerable"]) <= {0, 1}
    assert set(force["drug_deaths"].attributes["substance"]) <= set(sample_force.DRUG_DEATH_SUBSTANCES)
    assert set(force["firearms_discharges"].attributes["soc_related"]) <= {0, 1}
    intel = force["firearms_intel"].attributes
    assert set(intel["source"]) <= set(sample_force.INTEL_SOURCES)
    assert intel["grading"].str.fullmatch(r"[A-E][1-5]").all()
    assert (force["cannabis_farms"].attributes["plants"] > 0).all()


def test_hotspot_layers_cluster_near_problem_areas(force):
    centres = np.array(force.truth["problem_areas"] + [force.truth["emerging_area"]])
    area = unary_union(force["sectors"].geometries)
    minx, miny, maxx, maxy = area.bounds
    rng = np.random.default_rng(0)
    uniform = np.column_stack([rng.uniform(minx, maxx, 2000), rng.uniform(miny, maxy, 2000)])

    def mean_distance(xy):
        return np.min(np.hypot(xy[:, None, 0] - centres[None, :, 0],
                               xy[:, None, 1] - centres[None, :, 1]), axis=1).mean()

    baseline = mean_distance(uniform)
    for name in ("drug_deaths", "firearms_discharges", "firearms_intel", "cannabis_farms", "nominals"):
        xy = np.array([(g.x, g.y) for g in force[name].geometries])
        assert mean_distance(xy) < 0.6 * baseline, name


# --------------------------------------------------------------- GeoPackage ---
def test_geopackage_reopens_with_layers_counts_types_and_crs(tmp_path):
    from osgeo import ogr

    from tools.sample.write import write_gpkg

    small = sample_force.generate_force(n_offences=3000)
    path = write_gpkg(small, tmp_path / "sample.gpkg")
    ds = ogr.Open(str(path))
    assert ds is not None
    names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
    assert names == set(EXPECTED_LAYERS)
    ogr_types = {"str": ogr.OFTString, "int": ogr.OFTInteger64, "float": ogr.OFTReal,
                 "date": ogr.OFTDate}
    for name, (gtype, types) in EXPECTED_LAYERS.items():
        layer = ds.GetLayerByName(name)
        assert layer.GetFeatureCount() == len(small[name]), name
        defn = layer.GetLayerDefn()
        fields = {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetType()
                  for i in range(defn.GetFieldCount())}
        assert fields == {f: ogr_types[t] for f, t in types.items()}, name
        if gtype is None:
            assert layer.GetGeomType() == ogr.wkbNone
        else:
            srs = layer.GetSpatialRef()
            srs.AutoIdentifyEPSG()
            assert srs.GetAuthorityCode(None) == "27700", name
    offences = ds.GetLayerByName("offences")
    offences.SetAttributeFilter(None)
    nulls = 0
    first = None
    for feature in offences:
        if first is None:
            first = (feature.GetField("offence_id"), feature.GetFieldAsString("offence_date"))
        if feature.GetGeometryRef() is None:
            nulls += 1
    assert nulls == sum(g is None for g in small["offences"].geometries) > 0
    row = small["offences"].attributes.iloc[0]
    assert first == (row["offence_id"], row["offence_date"].replace("-", "/"))
    pis = ds.GetLayerByName("nominals")
    pis.SetAttributeFilter("group_type = 'PI'")
    feature = pis.GetNextFeature()
    assert feature.IsFieldNull("group_morile") and feature.IsFieldNull("group_id")
    ds = None


def test_command_line_writes_a_geopackage(tmp_path, capsys):
    from tools.sample.write import main

    out = tmp_path / "cli.gpkg"
    assert main(["--out", str(out), "--seed", "3", "--offences", "500"]) == 0
    assert out.is_file() and out.stat().st_size > 0
    assert "offences" in capsys.readouterr().out


# ------------------------------------------------------------ referral cohort ---
def test_referred_nominals_have_a_date_that_leaves_six_months_of_data_each_side(force):
    nominals = force["nominals"].attributes
    referred = nominals["referral_date"].notna()
    assert 0.25 <= referred.mean() <= 0.5  # more young group members than OCG members
    shares = referred.groupby(nominals["group_type"]).mean()
    assert shares["PCG"] > shares["OCG"] and shares["UCG"] > shares["OCG"]
    dates = pd.to_datetime(nominals.loc[referred, "referral_date"], format="%Y-%m-%d")
    assert dates.min() >= pd.Timestamp("2023-07-01") and dates.max() <= pd.Timestamp("2024-06-30")
    assert force.truth["referrals"]["referred"] == int(referred.sum())


def test_half_the_links_of_a_referred_nominal_after_its_referral_month_are_removed(force):
    nominals = force["nominals"].attributes.set_index("nominal_id")
    removed = force.truth["referrals"]["removed"]
    links = force["offence_nominal_links"].attributes
    offence_date = force["offences"].attributes.set_index("offence_id")["offence_date"]

    def after_referral(frame):
        referral = pd.to_datetime(frame["nominal_id"].map(nominals["referral_date"]), format="%Y-%m-%d")
        day = pd.to_datetime(frame["offence_id"].map(offence_date), format="%Y-%m-%d")
        return (day.dt.to_period("M") > referral.dt.to_period("M")).fillna(False).to_numpy()

    assert after_referral(removed).all()  # only links after the month of referral go
    assert not set(zip(removed["offence_id"], removed["nominal_id"])) & set(zip(links["offence_id"],
                                                                                links["nominal_id"]))
    kept_after = int(after_referral(links).sum())
    share = len(removed) / (len(removed) + kept_after)
    assert abs(share - 0.5) < 4 * math.sqrt(0.25 / (len(removed) + kept_after))  # binomial, p = 0.5
