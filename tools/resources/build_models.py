"""Build the Processing models in processing/models/ from code (run by hand
when a model changes; the .model3 files are committed).

    QT_QPA_PLATFORM=offscreen python -m tools.resources.build_models
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from soc_harm_plugin.compat import FileBehavior, SourceType

REPO = Path(__file__).resolve().parents[2]
MODELS = REPO / "processing" / "models"


def assign_and_score_model():
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSink,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
    )
    from qgis.PyQt.QtCore import QPointF

    model = QgsProcessingModelAlgorithm("Assign records and score harm by ward", "SOC Harm models", "socharm_models")
    model.setHelpContent({
        "ALG_DESC": "Assigns offences to sectors and wards (socharm:assignareas), then scores wards by harm "
                    "(socharm:scoreharm) from the assigned records, with the ONS Crime Severity Score by Home "
                    "Office code.",
    })
    inputs = [
        (QgsProcessingParameterFeatureSource("offences", "Offences", [SourceType.VectorPoint]), 100),
        (QgsProcessingParameterField("code_field", "Offence code field", parentLayerParameterName="offences"), 160),
        (QgsProcessingParameterFeatureSource("sectors", "Sectors", [SourceType.VectorPolygon]), 220),
        (QgsProcessingParameterField("sector_id", "Sector id field", parentLayerParameterName="sectors"), 280),
        (QgsProcessingParameterFeatureSource("wards", "Wards", [SourceType.VectorPolygon]), 340),
        (QgsProcessingParameterField("ward_id", "Ward id field", parentLayerParameterName="wards"), 400),
    ]
    for definition, y in inputs:
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120, y))
        model.addModelParameter(definition, component)

    def from_input(name):
        return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]

    assign = QgsProcessingModelChildAlgorithm("socharm:assignareas")
    assign.setChildId("assign")
    assign.setDescription("Assign records to areas")
    assign.setPosition(QPointF(420, 180))
    assign.addParameterSources("INPUT", from_input("offences"))
    assign.addParameterSources("SECTORS", from_input("sectors"))
    assign.addParameterSources("SECTOR_ID", from_input("sector_id"))
    assign.addParameterSources("WARDS", from_input("wards"))
    assign.addParameterSources("WARD_ID", from_input("ward_id"))
    assigned_out = QgsProcessingModelOutput("assigned", "Offences with sector and ward")
    assigned_out.setChildOutputName("OUTPUT")
    assigned_out.setChildId("assign")
    assign.setModelOutputs({"assigned": assigned_out})
    model.addChildAlgorithm(assign)

    score = QgsProcessingModelChildAlgorithm("socharm:scoreharm")
    score.setChildId("score")
    score.setDescription("Score harm by ward")
    score.setPosition(QPointF(720, 300))
    score.addParameterSources("AREAS", from_input("wards"))
    score.addParameterSources("AREA_ID", from_input("ward_id"))
    score.addParameterSources("EVENTS", [QgsProcessingModelChildParameterSource.fromChildOutput("assign", "OUTPUT")])
    score.addParameterSources("CODE_FIELD", from_input("code_field"))
    score.addParameterSources("HARM_TABLE", [QgsProcessingModelChildParameterSource.fromStaticValue(0)])
    score.addParameterSources("MISSING_WEIGHT", [QgsProcessingModelChildParameterSource.fromStaticValue(1)])
    score.addParameterSources("TOLERANCE", [QgsProcessingModelChildParameterSource.fromStaticValue(50.0)])
    score.addParameterSources("DEFAULT_WEIGHT", [QgsProcessingModelChildParameterSource.fromStaticValue(0.0)])
    score.addParameterSources("GEOGRAPHY", [QgsProcessingModelChildParameterSource.fromStaticValue(2)])
    scored_out = QgsProcessingModelOutput("wards_scored", "Wards scored by harm")
    scored_out.setChildOutputName("OUTPUT")
    scored_out.setChildId("score")
    score.setModelOutputs({"wards_scored": scored_out})
    score.setDependencies([])
    model.addChildAlgorithm(score)
    model.updateDestinationParameters()
    del QgsProcessingParameterFeatureSink
    return model


def import_and_score_model():
    """data.police.uk files -> socharm:importpoliceuk -> socharm:scorescheme (neighbourhood scheme)."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterFile,
    )
    from qgis.PyQt.QtCore import QPointF

    model = QgsProcessingModelAlgorithm("Import data.police.uk crimes and score neighbourhoods", "SOC Harm models",
                                        "socharm_models")
    model.setHelpContent({
        "ALG_DESC": "Imports data.police.uk street-crime CSVs (a file or a folder, socharm:importpoliceuk), then "
                    "scores "
                    "the areas with a harm scheme (socharm:scorescheme), by default the shipped neighbourhood scheme.",
    })
    inputs = [
        (QgsProcessingParameterFile("crimes", "Street crime CSV file or folder", behavior=FileBehavior.File,
                                    fileFilter="CSV files (*.csv *.CSV);;All files (*)"), 100),
        (QgsProcessingParameterFeatureSource("areas", "Areas (e.g. LSOAs)", [SourceType.VectorPolygon]), 180),
        (QgsProcessingParameterField("area_id", "Area id field", parentLayerParameterName="areas"), 260),
        (QgsProcessingParameterFile("scheme", "Harm scheme (JSON), e.g. the plugin's "
                                              "resources/schemes/neighbourhood_policeuk.json",
                                    extension="json"), 340),
    ]
    for definition, y in inputs:
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120, y))
        model.addModelParameter(definition, component)

    def from_input(name):
        return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]

    imported = QgsProcessingModelChildAlgorithm("socharm:importpoliceuk")
    imported.setChildId("import")
    imported.setDescription("Import data.police.uk crimes")
    imported.setPosition(QPointF(420, 140))
    imported.addParameterSources("INPUT", from_input("crimes"))
    crimes_out = QgsProcessingModelOutput("crimes", "Crimes")
    crimes_out.setChildOutputName("OUTPUT")
    crimes_out.setChildId("import")
    imported.setModelOutputs({"crimes": crimes_out})
    model.addChildAlgorithm(imported)

    score = QgsProcessingModelChildAlgorithm("socharm:scorescheme")
    score.setChildId("score")
    score.setDescription("Score areas with a harm scheme")
    score.setPosition(QPointF(720, 260))
    score.addParameterSources("AREAS", from_input("areas"))
    score.addParameterSources("AREA_ID", from_input("area_id"))
    score.addParameterSources("SCHEME", from_input("scheme"))
    score.addParameterSources("LAYERS", [QgsProcessingModelChildParameterSource.fromChildOutput("import", "OUTPUT")])
    score.addParameterSources("TOLERANCE", [QgsProcessingModelChildParameterSource.fromStaticValue(50.0)])
    score.addParameterSources("GEOGRAPHY", [QgsProcessingModelChildParameterSource.fromStaticValue(0)])
    scored_out = QgsProcessingModelOutput("scored", "Areas scored by the scheme")
    scored_out.setChildOutputName("OUTPUT")
    scored_out.setChildId("score")
    score.setModelOutputs({"scored": scored_out})
    model.addChildAlgorithm(score)
    model.updateDestinationParameters()
    return model


def write_models(folder: Path = MODELS) -> list:
    """Write the models into ``folder``; the plugin's provider must be registered."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in (("assign_and_score", assign_and_score_model()),
                        ("import_and_score_neighbourhood", import_and_score_model())):
        path = folder / (name + ".model3")
        if not model.toFile(str(path)):
            raise SystemExit("could not write {0}".format(path))
        written.append(path)
    return written


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    sys.path.insert(0, str(REPO))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import soc_harm_plugin

    plugin = soc_harm_plugin.classFactory(None)
    plugin.initProcessing()
    for path in write_models():
        print("wrote {0}".format(path.relative_to(REPO)))
    plugin.unload()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
