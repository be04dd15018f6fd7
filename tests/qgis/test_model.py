"""The committed Processing model chains assignment and scoring under qgis_process."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsVectorLayer

from soc_harm_plugin.qgis_io.outputs import provenance_of
from soc_harm_plugin.sample.force import generate_force
from soc_harm_plugin.sample.write import write_gpkg
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
