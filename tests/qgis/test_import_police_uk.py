"""socharm:importpoliceuk through processing.run (and once through qgis_process).

Small files are written in each test; the real City of London files in
../shared/data are read where present (else a "needs ../shared:" skip).
Expected counts are computed here independently: rows counted with the csv
module, points projected one by one with QgsCoordinateTransform and tested
with GEOS.
"""
from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDatumTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QVariant

from soc_harm_plugin.domain.harm.harm_table import load_builtin_table, normalise_code
from soc_harm_plugin.qgis_io.outputs import provenance_of
from tests.helpers import shared_data_dir
from soc_harm_plugin.compat import field_type, FieldType

ALG = "socharm:importpoliceuk"
HEADER = ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location",
          "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context"]
FORCE = "City of London Police"
CITY_LAD = "E09000001"  # City of London's local authority code


def street_row(crime_id="", month="2019-02", lon="-0.090000", lat="51.515000", category="Burglary",
               location="On or near Wood Street", lsoa="E01000001", lsoa_name="City of London 001A"):
    return [crime_id, month, FORCE, FORCE, lon, lat, location, lsoa, lsoa_name, category, "Under investigation", ""]


def write_csv(path: Path, rows, header=HEADER, encoding="utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def to_bng(lon: float, lat: float) -> QgsPointXY:
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(
        "EPSG:27700"),
                                       QgsCoordinateTransformContext())
    return transform.transform(QgsPointXY(lon, lat))


def plain(value):
    """NULL -> None; other values as they are."""
    return None if value is None or (isinstance(value, QVariant) and value.isNull()) else value


def features(layer):
    return list(layer.getFeatures())


def values(layer, field):
    return [plain(f[field]) for f in layer.getFeatures()]


class Log(QgsProcessingFeedback):
    """The warnings an algorithm gave (for module-scoped runs, outside the run fixture)."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 (QGIS's name)
        self.warnings.append(text)
        super().pushWarning(text)


def import_(run, input_path, **extra):
    parameters = {"INPUT": str(input_path), "OUTPUT": "TEMPORARY_OUTPUT", "REJECTED": "TEMPORARY_OUTPUT"}
    parameters.update(extra)
    return run(ALG, parameters)


# --------------------------------------------------------------------------- small files


def test_crimes_come_as_points_in_british_national_grid_with_the_public_fields(run, tmp_path):
    path = write_csv(tmp_path / "2019-02-x-street.csv", [
        street_row("id1", lon="-0.091234", lat="51.512345", category="Robbery"),
        street_row("", category="Anti-social behaviour", location="On or near A, B")])

    result, feedback = import_(run, path)

    out = result["OUTPUT"]
    assert out.crs().authid() == "EPSG:27700"
    assert out.fields().names()[:7] == ["crime_id", "month", "category", "lsoa_code", "lsoa_name", "location", "force"]
    assert field_type(out.fields().field("month")) == FieldType.Date
    first, second = features(out)
    assert first["crime_id"] == "id1" and first["category"] == "Robbery" and first["force"] == FORCE
    assert first["month"] == QDate(2019, 2, 1)
    assert first["source_file"] == "2019-02-x-street.csv" and first["source_line"] == 2
    expected = to_bng(-0.091234, 51.512345)
    assert first.geometry().asPoint().x() == pytest.approx(expected.x(), abs=1e-6)
    assert first.geometry().asPoint().y() == pytest.approx(expected.y(), abs=1e-6)
    assert second["location"] == "On or near A, B"
    assert plain(second["crime_id"]) is None
    assert (result["ROWS_IN"], result["IMPORTED"], result["REJECTED_ROWS"], result["FILES"]) == (2, 2, 0, 1)


def test_rejected_rows_keep_every_column_as_written_their_file_line_and_a_point_when_located(run, tmp_path):
    path = write_csv(tmp_path / "2019-03-x-street.csv", [
        street_row("id1"),
        street_row("id2", lon="", lat="", location="No Location", lsoa="", lsoa_name=""),
        street_row("id1", lon="-0.1"),
        street_row("id3", month="March"),
        street_row("id4", lon="east"),
    ])

    result, _ = import_(run, path)

    rejected = {f["source_line"]: f for f in features(result["REJECTED"])}
    assert {line: f["reason"] for line, f in rejected.items()} == {
        3: "no_coordinates", 4: "duplicate_crime_id", 5: "unreadable_row", 6: "unreadable_row"}
    assert rejected[5]["detail"] == "Month 'March' is not a month (YYYY-MM)"
    assert rejected[6]["detail"] == "Longitude 'east' is not a number"
    assert [rejected[4][name] for name in HEADER] == street_row("id1", lon="-0.1")
    assert rejected[3]["Location"] == "No Location" and rejected[3]["source_file"] == "2019-03-x-street.csv"
    assert rejected[3].geometry().isNull() and rejected[6].geometry().isNull()
    dup = rejected[4].geometry().asPoint()
    assert dup.x() == pytest.approx(to_bng(-0.1, 51.515).x(), abs=1e-6)
    assert not rejected[5].geometry().isNull()  # a bad month, but a good location: shown on the map
    assert values(result["OUTPUT"], "crime_id") == ["id1"]
    assert result["ROWS_IN"] == 5 == result["IMPORTED"] + result["REJECTED_ROWS"]
    assert isinstance(result["REJECTED"].renderer(), QgsCategorizedSymbolRenderer)
    assert result["REJECTED"].renderer().classAttribute() == "reason"


def test_the_log_counts_each_file_names_its_encoding_and_warns_of_unknown_categories_and_empty_files(run, tmp_path):
    write_csv(tmp_path / "2019-01-x-street.csv", [street_row("a", month="2019-01", location="On or near Caf\u00e9"),
                                                  street_row("b", month="2019-01", lon="", lat="")], encoding="cp1252")
    write_csv(tmp_path / "2019-02-x-street.csv", [street_row("c", category="Fraud")])
    write_csv(tmp_path / "2019-03-x-street.csv", [])
    (tmp_path / "2019-04-x-street.csv").write_bytes(b"")

    result, feedback = import_(run, tmp_path)

    assert ("2019-01-x-street.csv (cp1252): 2 rows read from 3 lines (1 header, 0 blank), 1 imported, 1 rejected "
            "(1 no_coordinates)") in feedback.infos
    assert feedback.warnings_with("2019-01-x-street.csv", "cp1252")
    assert ("2019-02-x-street.csv (utf-8): 1 rows read from 2 lines (1 header, 0 blank), 1 imported, 0 rejected"
            in feedback.infos)
    assert feedback.warnings_with("2019-03-x-street.csv", "no rows")
    assert feedback.warnings_with("2019-04-x-street.csv", "empty file")
    assert feedback.warnings_with("1 crimes have a category", "'Fraud' (1)")
    assert "Rows in: 3 = 2 imported + 1 rejected (1 no_coordinates)" in feedback.infos
    assert values(result["OUTPUT"], "location")[0] == "On or near Caf\u00e9"
    provenance = provenance_of(result["OUTPUT"])
    assert [f["encoding"] for f in provenance["files"]] == ["cp1252", "utf-8", "utf-8", "utf-8"]
    assert [f["status"] for f in provenance["files"]] == ["read", "read", "no_rows", "empty"]
    assert provenance["unmatched_categories"] == {"Fraud": 1}


def test_the_helmert_fallback_is_warned_when_the_ostn15_grid_is_missing(run, tmp_path):
    path = write_csv(tmp_path / "a-street.csv", [street_row("a")])
    operations = QgsDatumTransform.operations(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(
        "EPSG:27700"))
    grid_installed = any(op.grids and all(g.isAvailable for g in op.grids) for op in operations)

    _, feedback = import_(run, path)

    warned = feedback.warnings_with("OSTN15", "Helmert")
    assert bool(warned) != grid_installed


def test_a_wrong_header_stops_the_import_naming_the_file_and_the_missing_columns(run, tmp_path):
    write_csv(tmp_path / "2019-01-x-street.csv", [street_row("a", month="2019-01")])
    write_csv(tmp_path / "2019-02-x-street.csv", [["b", "2019-02", "-0.1", "51.5", "Burglary"]],
              header=["Crime ID", "Month", "X", "Y", "Crime type"])

    with pytest.raises(QgsProcessingException) as error:
        import_(run, tmp_path)

    message = str(error.value)
    assert "2019-02-x-street.csv" in message and "'Longitude', 'Latitude'" in message
    assert "Nothing was imported" in message


def test_a_folder_without_street_files_is_an_error_counting_what_it_skipped(run, tmp_path):
    write_csv(tmp_path / "2019-01-x-outcomes.csv", [["a", "2019-01"]], header=["Crime ID", "Month"])

    with pytest.raises(QgsProcessingException, match=r"holds no data.police.uk street crime files.*1 outcomes"):
        import_(run, tmp_path)


def test_crimes_outside_the_force_area_are_rejected_and_on_its_boundary_kept(run, tmp_path, layers):
    inside, outside = to_bng(-0.09, 51.515), to_bng(-0.2, 51.515)
    x0, y0 = round(inside.x()) - 100, round(inside.y()) - 100
    area = layers.areas([("F", layers.square(x0, y0, 200))])
    path = write_csv(tmp_path / "a-street.csv", [
        street_row("in", lon="-0.09", lat="51.515"), street_row("out", lon="-0.2", lat="51.515"),
        street_row("out", lon="-0.09", lat="51.515"), street_row("none", lon="", lat="")])
    assert QgsGeometry.fromWkt(layers.square(x0, y0, 200)).contains(QgsGeometry.fromPointXY(inside))
    assert not QgsGeometry.fromWkt(layers.square(x0, y0, 200)).intersects(QgsGeometry.fromPointXY(outside))

    result, _ = import_(run, path, FORCE_AREA=area)

    assert values(result["OUTPUT"], "crime_id") == ["in", "out"]  # the second 'out' copy, inside, is imported
    assert [(f["Crime ID"], f["reason"]) for f in features(result["REJECTED"])] == [
        ("out", "outside_force_area"), ("none", "no_coordinates")]
    assert provenance_of(result["OUTPUT"])["reconciliation"]["rejected"]["outside_force_area"] == 1


def test_a_point_exactly_on_the_force_area_boundary_is_kept(run, tmp_path, layers):
    point = to_bng(-0.09, 51.515)
    area = layers.memory("Polygon", ["id:string"], [
        ("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(point.x(), point.y() - 50, point.x() + 50,
                                                                     point.y() + 50), "F")])
    path = write_csv(tmp_path / "a-street.csv", [street_row("edge", lon="-0.09", lat="51.515")])

    result, _ = import_(run, path, FORCE_AREA=area)

    assert values(result["OUTPUT"], "crime_id") == ["edge"]


def test_the_output_month_is_a_date_recorded_as_month_only_in_the_provenance(run, tmp_path):
    write_csv(tmp_path / "2019-11-x-street.csv", [street_row("a", month="2019-11")])
    write_csv(tmp_path / "2020-02-x-street.csv", [street_row("b", month="2020-02")])

    result, _ = import_(run, tmp_path, OUTPUT=str(tmp_path / "crimes.gpkg"))

    out = QgsVectorLayer(result["OUTPUT"], "crimes", "ogr")
    assert field_type(out.fields().field("month")) == FieldType.Date
    assert values(out, "month") == [QDate(2019, 11, 1), QDate(2020, 2, 1)]
    provenance = provenance_of(out)
    assert provenance["month"]["month_only"] is True and provenance["month"]["field"] == "month"
    assert (provenance["month"]["first"], provenance["month"]["last"]) == ("2019-11", "2020-02")
    assert provenance["period"] == {"start": "2019-11-01", "end": "2020-02-29", "month_only": True}
    assert "month only" in out.metadata().abstract()


@pytest.fixture
def bulk_archive(tmp_path):
    """The bulk download's layout: monthly folders of street and outcomes files."""
    root = tmp_path / "archive"
    write_csv(root / "2019-01" / "2019-01-city-of-london-street.csv",
              [street_row("a1", month="2019-01"), street_row("", month="2019-01", category="Anti-social behaviour"),
               street_row("a2", month="2019-01", lon="", lat="")])
    write_csv(root / "2019-02" / "2019-02-city-of-london-street.csv",
              [street_row("a1"), street_row("b1"), street_row("", category="Anti-social behaviour")])
    write_csv(root / "2019-02" / "2019-02-city-of-london-outcomes.csv", [["a1", "2019-02", "Under investigation"]],
              header=["Crime ID", "Month", "Outcome type"])
    return root


def test_a_bulk_archive_folder_imports_its_monthly_street_files_and_skips_and_reports_outcomes(run, bulk_archive):
    result, feedback = import_(run, bulk_archive)

    assert values(result["OUTPUT"], "crime_id") == ["a1", None, "b1", None]
    assert [f["source_file"] for f in features(result["OUTPUT"])] == [
        "2019-01/2019-01-city-of-london-street.csv"] * 2 + ["2019-02/2019-02-city-of-london-street.csv"] * 2
    assert sorted((f["Crime ID"], f["reason"]) for f in features(result["REJECTED"])) == [
        ("a1", "duplicate_crime_id"), ("a2", "no_coordinates")]
    assert feedback.infos.count("Skipped 1 outcomes files: 2019-02/2019-02-city-of-london-outcomes.csv") == 1
    provenance = provenance_of(result["OUTPUT"])
    assert provenance["skipped_files"] == {"outcomes": ["2019-02/2019-02-city-of-london-outcomes.csv"]}
    assert provenance["reconciliation"] == {"rows_in": 6, "imported": 4, "rejected_total": 2, "rejected": {
        "no_coordinates": 1, "outside_force_area": 0, "duplicate_crime_id": 1, "unreadable_row": 0,
                "unclosed_quote": 0}}


def test_qgis_process_accepts_a_folder_and_its_output_reopens_with_provenance_and_style(run, bulk_archive, tmp_path):
    from tools.qgis_cli import QgisProcess

    qgis_process = QgisProcess(tmp_path / "qgis_process")
    output, rejected = tmp_path / "crimes.gpkg", tmp_path / "rejected.gpkg"

    cli = qgis_process.run(ALG, {"INPUT": str(bulk_archive), "OUTPUT": str(output), "REJECTED": str(rejected)})
    in_process, _ = import_(run, bulk_archive)

    assert cli["_returncode"] == 0, cli["_stderr"]
    assert cli["results"]["ROWS_IN"] == 6 and cli["results"]["IMPORTED"] == 4
    fresh = QgsVectorLayer(str(output), "fresh", "ogr")
    provenance = provenance_of(fresh)
    assert provenance["algorithm"] == ALG
    assert provenance["input"] == str(bulk_archive)
    assert provenance["reconciliation"] == provenance_of(in_process["OUTPUT"])["reconciliation"]
    assert isinstance(fresh.renderer(), QgsCategorizedSymbolRenderer)
    assert fresh.renderer().classAttribute() == "category"
    assert {c.value() for c in fresh.renderer().categories()} >= {"Burglary", "Anti-social behaviour"}
    assert values(fresh, "crime_id") == values(in_process["OUTPUT"], "crime_id")
    fresh_rejected = QgsVectorLayer(str(rejected), "rejected", "ogr")
    assert provenance_of(fresh_rejected)["algorithm"] == ALG
    assert fresh_rejected.renderer().classAttribute() == "reason"


def test_the_output_scores_with_scoreharm_by_category_and_month(run, tmp_path, layers):
    table = load_builtin_table("ons_css_policeuk_category")
    a, b = to_bng(-0.09, 51.515), to_bng(-0.08, 51.515)
    areas = layers.areas([("A", layers.square(a.x() - 100, a.y() - 100, 200)), ("B", layers.square(b.x() - 100,
            b.y() - 100, 200))])
    path = write_csv(tmp_path / "a-street.csv", [
        street_row("1", month="2019-01", lon="-0.09", category="Burglary"),
        street_row("2", month="2019-02", lon="-0.09", category="Robbery"),
        street_row("3", month="2019-03", lon="-0.08", category="Drugs"),
        street_row("", month="2019-02", lon="-0.08", category="Anti-social behaviour"),
        street_row("4", month="2019-04", lon="-0.08", category="Robbery"),  # after the period
    ])
    imported, _ = import_(run, path)

    scored, _ = run("socharm:scoreharm", {
        "AREAS": areas, "AREA_ID": "area_id", "EVENTS": imported["OUTPUT"], "CODE_FIELD": "category", "HARM_TABLE": 1,
        "MISSING_WEIGHT": 0, "DATE_FIELD": "month", "START": "2019-01-01", "END": "2019-03-31",
                                          "OUTPUT": "TEMPORARY_OUTPUT"})

    by_area = {f["area_id"]: f for f in scored["OUTPUT"].getFeatures()}
    w = {k: table.weights[normalise_code(k)] for k in ("Burglary", "Robbery", "Drugs")}
    assert (by_area["A"]["harm_n"], by_area["B"]["harm_n"]) == (2, 2)
    assert by_area["A"]["harm_score"] == pytest.approx(w["Burglary"] + w["Robbery"])
    assert by_area["B"]["harm_score"] == pytest.approx(w["Drugs"] + 0.0)
    assert scored["RECORDS_IN"] == 5


# --------------------------------------------------------------------------- a stray quote


def stray_quote_file(path: Path, n_rows: int = 301, stray_at: int = 51, next_quote_at: int = 151) -> Path:
    """A street file of 1 + n_rows lines. Line ``stray_at`` opens a quote in
    Location that never closes; line ``next_quote_at`` holds the next quote in
    the file, a legitimately quoted comma. Written by hand: csv.writer would
    quote the stray quote."""
    lines = [",".join(HEADER)]
    for line in range(2, n_rows + 2):
        location = "On or near Wood Street"
        if line == stray_at:
            location = '"On or near Smith\'s Lane, Foo'
        elif line == next_quote_at:
            location = '"On or near Smith\'s Lane, Foo"'
        lines.append(",".join(street_row("id{0}".format(line), location=location)))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_stray_quote_rejects_its_own_line_only_and_every_other_line_is_imported(run, tmp_path):
    path = stray_quote_file(tmp_path / "2019-02-x-street.csv")

    result, feedback = import_(run, path)

    assert (result["ROWS_IN"], result["IMPORTED"], result["REJECTED_ROWS"]) == (301, 300, 1)
    (rejected,) = features(result["REJECTED"])
    assert (rejected["reason"], rejected["source_file"], rejected["source_line"]) == ("unclosed_quote",
            "2019-02-x-street.csv", 51)
    assert rejected["detail"] == "the quote that opens cell 7 (Location) is not closed on this line"
    assert rejected["Crime ID"] == "id51"
    imported_ids = values(result["OUTPUT"], "crime_id")
    assert imported_ids == ["id{0}".format(line) for line in range(2, 303) if line != 51]
    # line 151, quoted comma kept
    assert values(result["OUTPUT"], "location")[149 - 1] == "On or near Smith's Lane, Foo"
    assert ("2019-02-x-street.csv (utf-8): 301 rows read from 302 lines (1 header, 0 blank), 300 imported, 1 rejected "
            "(1 unclosed_quote)") in feedback.infos
    assert feedback.warnings_with("1 line(s) have a quote that is not closed", "2019-02-x-street.csv line 51")


def test_qgis_process_imports_a_file_with_a_stray_quote_and_reports_the_rejected_line(tmp_path):
    from tools.qgis_cli import QgisProcess

    path = stray_quote_file(tmp_path / "data" / "2019-02-x-street.csv")
    rejected = tmp_path / "rejected.gpkg"

    cli = QgisProcess(tmp_path / "qgis_process").run(ALG, {
        "INPUT": str(path), "OUTPUT": str(tmp_path / "crimes.gpkg"), "REJECTED": str(rejected)})

    assert cli["_returncode"] == 0, cli["_stderr"]
    assert (cli["results"]["ROWS_IN"], cli["results"]["IMPORTED"], cli["results"]["REJECTED_ROWS"]) == (301, 300, 1)
    assert ("2019-02-x-street.csv (utf-8): 301 rows read from 302 lines (1 header, 0 blank), 300 imported, 1 rejected "
            "(1 unclosed_quote)") in cli["log"]["info"]
    assert [w for w in cli["log"]["warning"] if "line 51: the quote that opens cell 7 (Location)" in w]
    layer = QgsVectorLayer(str(rejected), "rejected", "ogr")
    assert [(f["reason"], f["source_line"], f["Crime ID"]) for f in layer.getFeatures()] == [("unclosed_quote", 51,
            "id51")]


# --------------------------------------------------------------------------- the real City of London files


@pytest.fixture(scope="module")
def city():
    """The real files, their rows counted here with the csv module, and the City's LSOAs."""
    data = shared_data_dir() / "policeuk" / "city-of-london"
    files = sorted((data / "crimes").glob("*.csv"))
    rows = []  # (file name, line, row)
    for path in files:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            assert header == HEADER
            for record in reader:
                if any(cell.strip() for cell in record):
                    rows.append((path.name, reader.line_num, record))
    lsoas = QgsVectorLayer(str(data / "boundaries" / "london-2011-lsoa-gen20.shp"), "lsoa", "ogr")
    assert lsoas.isValid()
    city_lsoas = [f for f in lsoas.getFeatures() if f["LAD11CD"] == CITY_LAD]
    return data / "crimes", files, rows, city_lsoas


@pytest.fixture(scope="module")
def city_import(city, tmp_path_factory, soc_harm):
    import processing

    folder = tmp_path_factory.mktemp("city")
    feedback = Log()
    result = processing.run(ALG, {"INPUT": str(city[0]), "OUTPUT": str(folder / "crimes.gpkg"),
                                  "REJECTED": str(folder / "rejected.gpkg")}, feedback=feedback)
    out = QgsVectorLayer(result["OUTPUT"], "crimes", "ogr")
    rejected = QgsVectorLayer(result["REJECTED"], "rejected", "ogr")
    yield result, out, rejected, feedback
    project = QgsProject.instance()  # delete the file layers now, not in the garbage collector at exit
    for layer in (out, rejected):
        if project.addMapLayer(layer, False):
            project.removeMapLayer(layer.id())


def test_real_files_all_59_are_read_and_every_row_is_imported_or_rejected(city, city_import):
    _, files, rows, _ = city
    result, out, rejected, _ = city_import

    assert len(files) == 59 and result["FILES"] == 59
    assert len(rows) == 37802
    assert result["ROWS_IN"] == 37802
    assert out.featureCount() + rejected.featureCount() == 37802
    assert result["IMPORTED"] == out.featureCount() and result["REJECTED_ROWS"] == rejected.featureCount()


def test_real_files_rows_per_month_reconcile_with_the_csvs(city, city_import):
    _, files, rows, _ = city
    _, out, rejected, _ = city_import
    in_csv = Counter(name for name, _, _ in rows)
    out_by_file = Counter(values(out, "source_file"))
    rejected_by_file = Counter(values(rejected, "source_file"))
    month_of_output = Counter(f["month"].toString("yyyy-MM") for f in out.getFeatures())
    provenance = {f["file"]: f for f in provenance_of(out)["files"]}

    for path in files:
        name = path.name
        assert out_by_file[name] + rejected_by_file[name] == in_csv[name], name
        assert provenance[name]["rows"] == in_csv[name]
        assert provenance[name]["imported"] == out_by_file[name]
        assert month_of_output[name[:7]] == out_by_file[name]  # each file holds one month


def test_real_files_no_coordinates_are_the_rows_with_an_empty_longitude(city, city_import):
    _, _, rows, _ = city
    _, _, rejected, _ = city_import
    empty_longitude = sum(1 for _, _, r in rows if not r[4].strip())

    reasons = Counter(values(rejected, "reason"))

    assert empty_longitude == 2666  # the ~7% PROVENANCE.md describes
    assert reasons["no_coordinates"] == empty_longitude
    assert reasons["unreadable_row"] == 0


def test_real_files_duplicate_crime_ids_are_later_copies_of_an_imported_crime(city, city_import):
    _, _, rows, _ = city
    _, out, rejected, _ = city_import
    seen, expected = set(), 0
    for _, _, r in rows:  # independent rule: among located rows, in file then line order
        if r[4].strip() and r[0]:
            expected += r[0] in seen
            seen.add(r[0])
    imported_ids = [i for i in values(out, "crime_id") if isinstance(i, str)]

    assert Counter(values(rejected, "reason"))["duplicate_crime_id"] == expected
    assert len(imported_ids) == len(set(imported_ids)) == len(seen)
    asb_rows = sum(1 for _, _, r in rows if not r[0] and r[4].strip())
    assert out.featureCount() == len(seen) + asb_rows  # empty ids all kept


def test_real_files_categories_all_resolve_against_the_harm_table(city_import):
    result, out, _, feedback = city_import

    assert provenance_of(out)["unmatched_categories"] == {}
    assert not [w for w in feedback.warnings if "category that the harm table" in w]


def test_real_files_points_match_a_point_by_point_transform(city, city_import):
    _, _, rows, _ = city
    _, out, _, _ = city_import
    by_line = {(f["source_file"], f["source_line"]): f.geometry().asPoint() for f in out.getFeatures()}
    checked = 0
    for name, line, record in rows[::997]:  # these files have no multi-line record: csv's line_num is the row's line
        if (name, line) in by_line:
            expected = to_bng(float(record[4]), float(record[5]))
            got = by_line[(name, line)]
            assert (got.x(), got.y()) == pytest.approx((expected.x(), expected.y()), abs=1e-6)
            checked += 1
    assert checked >= 30


def test_real_files_with_the_city_as_force_area_reject_the_rest_as_outside(city, run, layers):
    _, _, rows, city_lsoas = city
    union = QgsGeometry.unaryUnion([f.geometry() for f in city_lsoas])
    force_area = layers.memory("MultiPolygon", ["name:string"], [(union.asWkt(), "City of London")])
    engine = QgsGeometry.createGeometryEngine(union.constGet())
    engine.prepareGeometry()
    expected_inside = _expected_inside(rows, engine)

    result, _ = run(ALG, {"INPUT": str(city[0]), "FORCE_AREA": force_area, "OUTPUT": "TEMPORARY_OUTPUT",
                          "REJECTED": "TEMPORARY_OUTPUT"})

    out, rejected = result["OUTPUT"], result["REJECTED"]
    reasons = Counter(values(rejected, "reason"))
    assert out.featureCount() == expected_inside
    assert all(engine.intersects(f.geometry().constGet()) for f in out.getFeatures())
    assert not any(engine.intersects(f.geometry().constGet()) for f in rejected.getFeatures() if f[
        "reason"] == "outside_force_area")
    assert reasons["outside_force_area"] > 0
    assert out.featureCount() + sum(reasons.values()) == 37802
    assert reasons["no_coordinates"] == 2666


def _expected_inside(rows, engine) -> int:
    """Imported crimes with the City as force area, by the rule in the help: rows
    located in the area, then later copies of an imported Crime ID dropped."""
    seen, count = set(), 0
    for _, _, r in rows:
        if not r[4].strip():
            continue
        point = QgsGeometry.fromPointXY(to_bng(float(r[4]), float(r[5])))
        if not engine.intersects(point.constGet()):
            continue
        if r[0]:
            if r[0] in seen:
                continue
            seen.add(r[0])
        count += 1
    return count


def test_real_files_score_into_city_lsoas_with_scoreharm(city, city_import, run, layers):
    _, _, _, city_lsoas = city
    _, out, _, _ = city_import
    table = load_builtin_table("ons_css_policeuk_category")
    lsoas = layers.memory("MultiPolygon", ["area_id:string"], [(f.geometry().asWkt(), f[
        "LSOA11CD"]) for f in city_lsoas])
    engines = []
    for f in sorted(city_lsoas, key=lambda f: f["LSOA11CD"]):
        engine = QgsGeometry.createGeometryEngine(f.geometry().constGet())
        engine.prepareGeometry()
        engines.append((f["LSOA11CD"], engine))
    expected_n, expected_harm = defaultdict(int), defaultdict(float)
    for f in out.getFeatures():
        if f["month"].year() != 2019:
            continue
        for lsoa, engine in engines:  # the first id that covers the point: the boundary rule
            if engine.intersects(f.geometry().constGet()):
                expected_n[lsoa] += 1
                expected_harm[lsoa] += table.weights[normalise_code(f["category"])]
                break

    scored, _ = run("socharm:scoreharm", {
        "AREAS": lsoas, "AREA_ID": "area_id", "EVENTS": out, "CODE_FIELD": "category", "HARM_TABLE": 1,
        "MISSING_WEIGHT": 0, "DATE_FIELD": "month", "START": "2019-01-01", "END": "2019-12-31",
                                          "OUTPUT": "TEMPORARY_OUTPUT"})

    got = {f["area_id"]: (f["harm_n"], f["harm_score"]) for f in scored["OUTPUT"].getFeatures()}
    assert len(got) == 6
    assert sum(n for n, _ in got.values()) > 5000
    for lsoa, (n, harm) in got.items():
        assert n == expected_n[lsoa], lsoa
        assert harm == pytest.approx(expected_harm[lsoa]), lsoa
