"""The committed Processing model chains assignment and scoring under qgis_process."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsVectorLayer

from soc_harm_plugin.qgis_io.outputs import provenance_of
from tools.sample.force import generate_force
from tools.sample.write import write_gpkg
from tools.qgis_cli import QgisProcess

MODEL = Path(__file__).resolve().parents[2] / "processing" / "models" / "assign_and_score.model3"


def test_assign_and_score_model_runs_under_qgis_process(tmp_path):
    gpkg = write_gpkg(generate_force(seed=7, n_offences=3000, months=6), tmp_path / "force.gpkg")
    assigned_path, wards_path = tmp_path / "assigned.gpkg", tmp_path / "wards.gpkg"
    result = QgisProcess(tmp_path / "qp").run(str(MODEL), {
        "offences": "{0}|layername=offences".format(gpkg), "code_field": "ho_code",
        "sectors": "{0}|layername=sectors".format(gpkg), "sector_id": "sector_id",
        "wards": "{0}|layername=wards".format(gpkg), "ward_id": "ward_id",
        "assign:assigned": str(assigned_path), "score:wards_scored": str(wards_path),
    })
    assert result["_returncode"] == 0

    assigned = QgsVectorLayer(str(assigned_path), "assigned", "ogr")
    wards = QgsVectorLayer(str(wards_path), "wards", "ogr")
    in_a_ward = sum(1 for f in assigned.getFeatures() if f["ward_status"] == "assigned")
    counted = sum(f["harm_n"] for f in wards.getFeatures())
    provenance = provenance_of(wards)

    assert assigned.featureCount() == 3000
    assert counted == in_a_ward
    assert provenance["algorithm"] == "socharm:scoreharm"
    assert provenance["reconciliation"]["records_in"] == 3000
    assert provenance["geography"] == "ward"


NEIGHBOURHOOD_MODEL = MODEL.parent / "import_and_score_neighbourhood.model3"


def test_import_and_score_model_feeds_imported_crimes_to_the_scheme_under_qgis_process(tmp_path, layers):
    import csv

    from soc_harm_plugin.domain.harm.scheme import builtin_schemes

    folder = tmp_path / "crimes"
    folder.mkdir()
    header = ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location",
              "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context"]
    rows = [("c1", "-0.0900", "51.5150", "Burglary"), ("c2", "-0.0900", "51.5151", "Drugs"),
            ("", "-0.0901", "51.5150", "Anti-social behaviour"), ("c3", "", "", "Robbery")]
    with open(folder / "2019-02-city-of-london-street.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for crime_id, lon, lat, category in rows:
            writer.writerow([crime_id, "2019-02", "City of London Police", "City of London Police", lon, lat,
                             "On or near X", "E01000001", "City of London 001A", category, "", ""])
    area = layers.gpkg(layers.areas([("E01000001", "POLYGON((532000 181000,534000 181000,534000 182500,532000 "
                                                   "182500,532000 181000))")],
                                    name="lsoas"))
    scored_path = tmp_path / "scored.gpkg"
    result = QgisProcess(tmp_path / "qp").run(str(NEIGHBOURHOOD_MODEL), {
        "crimes": str(folder), "areas": area.source(), "area_id": "area_id",
        "scheme": str(builtin_schemes()["neighbourhood_policeuk"]),
        "import:crimes": str(tmp_path / "crimes.gpkg"), "score:scored": str(scored_path),
    })
    assert result["_returncode"] == 0, result["_stderr"]
    scored = QgsVectorLayer(str(scored_path), "scored", "ogr")
    feature = next(scored.getFeatures())
    assert (feature["burglary_n"], feature["drugs_n"], feature["asb_n"], feature["violence_n"]) == (1, 1, 1, 0)
    assert provenance_of(scored)["scheme"]["key"] == "neighbourhood_policeuk"
    layers.made.append(scored)
