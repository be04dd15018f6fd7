"""socharm:scorescheme on PostGIS: the cases the database path handles its own way.

Nominal ids held in a field of the record (not a link table), a measure layer
with no geometry at all (a table), and a nominals layer that the links read:
counted in the database like every measure layer, its ids and group types
alone read by QGIS, never its locations. Each run goes through both engines
(tests/qgis/test_postgis_dated.both: every output row, the numbers and the
warnings compared), with counts worked out by hand.
"""
from __future__ import annotations

import json

import pytest
from qgis.core import QgsVectorLayer, QgsVectorLayerExporter

from soc_harm_plugin.processing_provider.inputs import scheme as scheme_inputs
from soc_harm_plugin.qgis_io.outputs import provenance_of
from tests.qgis.test_postgis_dated import both
from tests.qgis.test_postgis_scoreharm import features

ALG = "socharm:scorescheme"
TABLE_CSV = "code,weight,label\nA,10,Assault\nB,4,Burglary\n"


def write_scheme(tmp_path) -> str:
    (tmp_path / "tiny.csv").write_text(TABLE_CSV, encoding="utf-8")
    link = {"nominals": "nominals", "nominal_id": "nominal_id", "group_type_field": "group_type",
            "group_types": ["OCG"], "nominal_id_field": "nominal_ids", "separator": ";"}
    measures = [
        {"key": "ocg_crime", "label": "OCG crime", "layer": "offences", "method": "table", "code_field": "code",
         "harm_table": "tiny.csv", "dimension": "crime", "link": link},
        {"key": "ocg_people", "label": "OCG members", "layer": "nominals", "method": "fixed", "weight": 10,
         "filter": "\"group_type\" = 'OCG'", "threat_field": "threat", "threat_reference": 50,
         "dimension": "people", "rationale": "a member living in the area"},
        {"key": "tips", "label": "Tips", "layer": "tips", "method": "fixed", "weight": 1, "dimension": "intel",
         "rationale": "a tip with no place"},
    ]
    path = tmp_path / "scheme.json"
    path.write_text(json.dumps({"version": 1, "name": "Edges", "measures": measures}), encoding="utf-8")
    return str(path)


def table_in_postgis(pg_layers, layer, table: str):
    """A layer with no geometry copied into PostGIS and opened as a table."""
    error, message = QgsVectorLayerExporter.exportLayer(
        layer, pg_layers.uri(table, key="fid", geometry_column=None), "postgres", layer.crs(), False,
        {"overwrite": True})
    assert int(getattr(error, "value", error)) == 0, message
    return pg_layers.open(table, layer.name(), key="fid", geometry_column=None)


@pytest.fixture
def inputs(layers, pg_layers, tmp_path):
    square = layers.square
    areas = pg_layers.copy(layers.areas([("W", square(0, 0)), ("E", square(1000, 0))]))
    offences = pg_layers.copy(layers.memory("Point", ["code:string", "nominal_ids:string"], [
        ("POINT(500 500)", "A", "N1;N2"),  # W: linked to N1 (OCG)
        ("POINT(500 600)", "B", "N2"),  # W: N2 is UCG, not linked
        ("POINT(1000 500)", "A", " N3 ; N9"),  # on the shared edge: E, whose id sorts first; N9 is unknown
        ("POINT(1500 500)", "B", "N1"),  # E
        ("POINT(1500 600)", "B", "N1"),  # E
        ("POINT(9000 9000)", "A", "N1"),  # outside
        (None, "A", "N3"),  # no geometry
        ("POINT(1500 700)", "A", None),  # no link
    ], name="offences"))
    nominals = pg_layers.copy(layers.memory("Point", ["nominal_id:string", "group_type:string", "threat:double"], [
        ("POINT(100 100)", "N1", "OCG", 75.0),  # W: 10 x 75/50 = 15
        ("POINT(1100 100)", "N2", "UCG", 50.0),  # filtered
        ("POINT(1200 100)", "N3", "ocg", None),  # E: the filter is exact ('ocg' is not 'OCG'), the link is not
    ], name="nominals"))
    tips = table_in_postgis(pg_layers, layers.memory("None", ["note:string"], [(None, "a"), (None, "b")],
                                                     name="tips"), "tips")
    return {"AREAS": areas, "AREA_ID": "area_id", "SCHEME": write_scheme(tmp_path),
            "LAYERS": [offences, nominals, tips], "OUTPUT": "TEMPORARY_OUTPUT"}


def test_links_in_a_field_a_table_and_nominals_count_in_postgis_as_on_the_desktop(run, inputs, monkeypatch):
    read_with_places = []

    def spy(reader):
        def read(source, layer, *args, **kwargs):
            read_with_places.append(layer.name())
            return reader(source, layer, *args, **kwargs)
        return read

    monkeypatch.setattr(scheme_inputs, "read_points", spy(scheme_inputs.read_points))
    monkeypatch.setattr(scheme_inputs, "read_point_batches", spy(scheme_inputs.read_point_batches))

    results, feedback, _ = both(run, ALG, inputs, {"OUTPUT": lambda r: r["area_id"]})

    # the PostGIS run (first) read no layer's locations; the desktop run read every measure layer's
    assert sorted(read_with_places) == ["nominals", "offences", "tips"]
    rows = {k: r for k, (r, _) in features(results["OUTPUT"], "area_id").items()}
    # ocg_crime: W holds the A linked to N1; E the A on the edge (N3) and the two Bs linked to N1
    assert (rows["W"]["ocg_crime_n"], rows["E"]["ocg_crime_n"]) == (1, 3)
    assert (rows["W"]["ocg_crime_harm"], rows["E"]["ocg_crime_harm"]) == (10.0, 18.0)
    assert (rows["W"]["ocg_people_n"], rows["W"]["ocg_people_harm"], rows["E"]["ocg_people_n"]) == (1, 15.0, 0)
    assert rows["W"]["tips_n"] == rows["E"]["tips_n"] == 0
    measures = provenance_of(results["OUTPUT"])["reconciliation"]["measures"]
    assert measures["ocg_crime"]["by_status"] == {"assigned": 4, "outside": 1, "no_geometry": 1, "invalid": 0,
                                                  "filtered": 2, "out_of_period": 0}
    assert measures["ocg_crime"]["unlinked"] == {"link_to_unknown_nominal": 1}
    assert measures["ocg_people"]["by_status"]["filtered"] == 2
    assert measures["tips"]["by_status"]["no_geometry"] == 2
    assert any(i.startswith("Engine: PostGIS") for i in feedback.infos)
    assert feedback.warnings_with("ocg_crime", "lead nowhere") != []


SOC_LAYERS = ("offences", "nominals", "cannabis_farms", "firearms_discharges", "drug_deaths", "firearms_intel")
SCHEME_RECORD_COLUMNS = ("area_id", "weight", "table_code", "code", "measure", "date", "source_layer", "source_fid",
                         "status", "distance", "dimension")


def scheme_records(cluster, table: str):
    return cluster.psql("SELECT {0} FROM sample.{1} ORDER BY source_layer, measure NULLS LAST, source_fid".format(
        ", ".join(SCHEME_RECORD_COLUMNS), table)).splitlines()


def test_the_schemes_records_to_the_same_database_are_made_there_as_the_desktop_writes_them(run, pg_sample):
    from soc_harm_plugin.domain.harm.scheme import builtin_schemes

    cluster = pg_sample.cluster
    for table in ("scheme_records_db", "scheme_records_desktop"):
        cluster.psql("DROP TABLE IF EXISTS sample.{0}".format(table))
    parameters = {"AREAS": pg_sample.layer("wards"), "AREA_ID": "ward_id",
                  "SCHEME": str(builtin_schemes()["soc_place_harm"]), "START": "2024-01-01", "END": "2024-06-30",
                  "LAYERS": [pg_sample.layer(n) for n in SOC_LAYERS] + [
                      pg_sample.gpkg_layer("offence_nominal_links")], "OUTPUT": "TEMPORARY_OUTPUT"}

    database, feedback = run(ALG, dict(parameters, RECORDS="postgis:" + pg_sample.uri("scheme_records_db", key="")))
    desktop, _ = run(ALG, dict(parameters, ENGINE=1,
                               RECORDS="postgis:" + pg_sample.uri("scheme_records_desktop", key="")))

    provenance = provenance_of(database["OUTPUT"])
    assert provenance["engine"] == "postgis" and "engine_reason" not in provenance
    assert [i for i in feedback.infos if "scheme_records_db" in i and "none left it" in i]
    ours, theirs = scheme_records(cluster, "scheme_records_db"), scheme_records(cluster, "scheme_records_desktop")
    layers = provenance["reconciliation"]["layers"]
    assert len(ours) >= sum(info["records_in"] for info in layers.values())  # every record at least once
    assert {row.split("|")[8] for row in ours} >= {"assigned", "filtered", "out_of_period", "no_geometry"}
    assert ours == theirs
    assigned = [row for row in ours if row.split("|")[8] == "assigned"]
    assert len(assigned) == database["ASSIGNED"]
    records = QgsVectorLayer(database["RECORDS"][len("postgis:"):], "records", "postgres")
    assert records.isValid() and records.featureCount() == len(ours)
    assert "nominal_id" not in records.fields().names() and "full_name" not in records.fields().names()
    # the panel's drill-down on it: one ward's records of one measure, filtered by the server
    from soc_harm_plugin.gui import panel_logic
    from soc_harm_plugin.gui.records_model import RecordsModel

    ward = cluster.psql("SELECT area_id FROM sample.scheme_records_db WHERE measure = 'ocg_crime' AND area_id IS NOT "
                        "NULL GROUP BY area_id ORDER BY count(*) DESC, area_id LIMIT 1").strip()
    expected = int(cluster.psql("SELECT count(*) FROM sample.scheme_records_db WHERE area_id = '{0}' AND measure = "
                                "'ocg_crime'".format(ward)))
    model = RecordsModel()
    model.load(records, panel_logic.records_filter([ward], ["ocg_crime"]))
    assert 0 < model.rowCount() == expected
    assert set(model.column("measure")) == {"ocg_crime"} and set(model.column("area_id")) == {ward}
