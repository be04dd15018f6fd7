"""Write a :class:`~tools.sample.force.SampleForce` into one GeoPackage.

Uses GDAL's ``osgeo.ogr`` (imported here only, so the generator itself stays
free of GDAL). Every layer gets typed fields and EPSG:27700; a layer with
``geometry_type`` None becomes an attribute-only table; a row whose geometry is
None gets a NULL geometry. Each layer is written in one transaction.

Command line::

    python -m tools.sample.write --out sample_force.gpkg [--seed N] [--offences N]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import List, Optional, Sequence, Union

from osgeo import ogr, osr

from tools.sample.force import SampleForce, generate_force

_GEOM_TYPES = {
    "Polygon": ogr.wkbPolygon,
    "LineString": ogr.wkbLineString,
    "Point": ogr.wkbPoint,
    None: ogr.wkbNone,
}
_FIELD_TYPES = {
    "str": ogr.OFTString,
    "int": ogr.OFTInteger64,
    "float": ogr.OFTReal,
    "date": ogr.OFTDate,
}


def _iso_date(value) -> str:
    if isinstance(value, str):
        return value[:10]
    return f"{int(value.year):04d}-{int(value.month):02d}-{int(value.day):02d}"


def _to_wkb(geoms: list) -> list:
    """WKB bytes per geometry (None stays None); vectorised on shapely 2."""
    try:
        from shapely import to_wkb  # type: ignore[attr-defined]  # shapely >= 2.0
    except ImportError:
        try:  # shapely 1.8: one writer for all geometries
            from shapely.geos import WKBWriter, lgeos

            write = WKBWriter(lgeos).write
        except ImportError:  # pragma: no cover
            return [None if g is None else g.wkb for g in geoms]
        return [None if g is None else write(g) for g in geoms]
    import numpy as np

    arr = np.empty(len(geoms), dtype=object)
    arr[:] = geoms
    return list(to_wkb(arr))


def write_gpkg(force: SampleForce, path: Union[str, Path]) -> Path:
    """Write every layer of ``force`` into the GeoPackage at ``path`` (replaced if it exists)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    driver = ogr.GetDriverByName("GPKG")
    if driver is None:  # pragma: no cover
        raise RuntimeError("GDAL has no GPKG driver")
    ds = driver.CreateDataSource(str(path))
    if ds is None:
        raise OSError(f"could not create GeoPackage {path}")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(27700)
    if hasattr(srs, "SetAxisMappingStrategy"):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    try:
        for name, layer in force.layers.items():
            _write_layer(ds, name, layer, srs)
    finally:
        ds = None  # closes and flushes the file
    return path


def _write_layer(ds, name: str, layer, srs) -> None:
    gtype = _GEOM_TYPES[layer.geometry_type]
    options = ["SPATIAL_INDEX=YES"] if gtype != ogr.wkbNone else []
    out = ds.CreateLayer(name, srs if gtype != ogr.wkbNone else None, gtype, options=options)
    if out is None:
        raise OSError(f"could not create layer {name}")
    names: List[str] = list(layer.field_types)
    kinds: List[str] = [layer.field_types[f] for f in names]
    for fname, kind in zip(names, kinds):
        fdef = ogr.FieldDefn(fname, _FIELD_TYPES[kind])
        if kind == "str":
            fdef.SetWidth(0)
        if out.CreateField(fdef) != 0:
            raise OSError(f"could not create field {name}.{fname}")
    defn = out.GetLayerDefn()
    frame = layer.attributes
    n = len(frame)
    nulls: List[list] = [frame[f].isna().to_numpy().tolist() for f in names]
    columns: List[list] = []
    setters = []
    for fname, kind, null in zip(names, kinds, nulls):
        values = frame[fname].tolist()
        if kind == "int":
            columns.append([None if z else int(v) for v, z in zip(values, null)])
            setters.append(ogr.Feature.SetFieldInteger64)
        elif kind == "float":
            columns.append([None if z else float(v) for v, z in zip(values, null)])
            setters.append(ogr.Feature.SetField)
        elif kind == "date":  # OGR parses ISO YYYY-MM-DD into the date field
            columns.append([None if z else _iso_date(v) for v, z in zip(values, null)])
            setters.append(ogr.Feature.SetFieldString)
        else:
            columns.append([None if z else str(v) for v, z in zip(values, null)])
            setters.append(ogr.Feature.SetFieldString)
    geoms = layer.geometries if gtype != ogr.wkbNone else None
    if geoms is not None and len(geoms) != n:
        raise ValueError(f"layer {name}: {len(geoms)} geometries for {n} rows")
    wkbs = _to_wkb(geoms) if geoms is not None else None
    fields = list(zip(range(len(names)), columns, nulls, setters))
    if ds.StartTransaction() != 0:  # pragma: no cover
        raise OSError("could not start a transaction")
    try:
        for row in range(n):
            feat = ogr.Feature(defn)
            for idx, col, null, setter in fields:
                if null[row]:
                    feat.SetFieldNull(idx)
                else:
                    setter(feat, idx, col[row])
            if wkbs is not None and wkbs[row] is not None:
                feat.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkbs[row]))
            if out.CreateFeature(feat) != 0:
                raise OSError(f"could not write feature {row} of {name}")
    except BaseException:
        ds.RollbackTransaction()
        raise
    if ds.CommitTransaction() != 0:  # pragma: no cover
        raise OSError(f"could not commit layer {name}")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.sample.write",
        description="Write the synthetic sample force (fictional; seeded) to a GeoPackage.",
    )
    parser.add_argument("--out", required=True, help="GeoPackage to write (replaced if it exists)")
    parser.add_argument("--seed", type=int, default=20240101, help="random seed (default 20240101)")
    parser.add_argument("--offences", type=int, default=60000, help="number of offences (default 60000)")
    parser.add_argument("--months", type=int, default=24, help="months covered (default 24)")
    parser.add_argument("--start-month", default="2023-01", help="first month, YYYY-MM (default 2023-01)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    force = generate_force(seed=args.seed, n_offences=args.offences, months=args.months,
                           start_month=args.start_month)
    t1 = time.perf_counter()
    path = write_gpkg(force, args.out)
    t2 = time.perf_counter()
    for name, layer in force.layers.items():
        print(f"{name:24s} {len(layer):>9d}")
    print(f"generated in {t1 - t0:.2f} s, written in {t2 - t1:.2f} s: {path}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
