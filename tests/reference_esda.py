"""Reference computations with esda/libpysal, run ONLY inside .venv-reference.

    .venv-reference/bin/python tests/reference_esda.py <task> <in.npz> <out.npz>

Imports nothing from this repository (its environment has numpy 2, pandas 3
and shapely 2). Tasks:

- ``gi_star``: esda.G_Local(star=True) with the given neighbours; inputs y,
  indptr, indices, transform ('B'/'R'), permutations, seed. Out: Zs, p_sim, p_norm.
- ``moran_local``: esda.Moran_Local; out: Is, q, EIc, VIc, p_sim, z_sim.
- ``contiguity``: libpysal Queen/Rook.from_iterable on WKT; out: indptr, indices.
- ``distance``: libpysal DistanceBand (binary) or KNN from points; out: indptr, indices.
- ``bench``: time a fresh libpysal Queen + G_Local(star=True, 999 permutations)
  on a GeoPackage layer; out: seconds.
"""
from __future__ import annotations

import os
import sys
import time
import warnings

import numpy as np


def _w_from_csr(indptr, indices):
    from libpysal.weights import W

    n = len(indptr) - 1
    neighbours = {i: indices[indptr[i]:indptr[i + 1]].tolist() for i in range(n)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return W(neighbours, id_order=list(range(n)), silence_warnings=True)


def _csr_from_w(w):
    n = w.n
    rows = [sorted(w.neighbors[i]) for i in range(n)]
    indptr = np.zeros(n + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.array([j for r in rows for j in r], dtype=np.int64)
    return indptr, indices


def gi_star(data):
    from esda.getisord import G_Local

    w = _w_from_csr(data["indptr"], data["indices"])
    transform = str(data["transform"])
    permutations = int(data["permutations"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        g = G_Local(data["y"], w, transform=transform, star=True, permutations=permutations,
                    seed=int(data["seed"]), n_jobs=1, keep_simulations=False)
    out = {"Zs": np.asarray(g.Zs, float), "p_norm": np.asarray(g.p_norm, float)}
    if permutations:
        out["p_sim"] = np.asarray(g.p_sim, float)
    return out


def moran_local(data):
    from esda.moran import Moran_Local

    w = _w_from_csr(data["indptr"], data["indices"])
    permutations = int(data["permutations"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = Moran_Local(data["y"], w, transformation=str(data["transform"]), permutations=permutations,
                        seed=int(data["seed"]), n_jobs=1)
    out = {"Is": m.Is, "q": np.asarray(m.q, np.int64), "EIc": m.EIc, "VIc": m.VIc}
    if permutations:
        out["p_sim"] = np.asarray(m.p_sim, float)
        out["z_sim"] = np.asarray(m.z_sim, float)
    return out


def contiguity(data):
    from libpysal.weights import Queen, Rook
    from shapely import wkt

    geoms = [wkt.loads(str(t)) for t in data["wkt"]]
    cls = Queen if str(data["method"]) == "queen" else Rook
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = cls.from_iterable(geoms, ids=list(range(len(geoms))))
    indptr, indices = _csr_from_w(w)
    return {"indptr": indptr, "indices": indices}


def distance(data):
    from libpysal.weights import KNN, DistanceBand

    points = data["points"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if str(data["method"]) == "knn":
            w = KNN.from_array(points, k=int(data["k"]))
        else:
            w = DistanceBand.from_array(points, threshold=float(data["threshold"]), binary=True)
    indptr, indices = _csr_from_w(w)
    return {"indptr": indptr, "indices": indices}


def bench(data):
    """A fresh process's first call: read the layer, build queen neighbours,
    G_Local star with 999 permutations (the timing starts after the imports)."""
    import geopandas
    from esda.getisord import G_Local
    from libpysal.weights import Queen

    start = time.perf_counter()
    frame = geopandas.read_file(str(data["path"]), layer=str(data["layer"]))
    read = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = Queen.from_dataframe(frame, use_index=False)
        built = time.perf_counter()
        g = G_Local(frame[str(data["field"])].to_numpy(dtype=float), w, transform="B", star=True,
                    permutations=999, seed=int(data["seed"]))
    done = time.perf_counter()
    return {"seconds": np.array(done - start), "read": np.array(read - start),
            "neighbours": np.array(built - read), "statistic": np.array(done - built),
            "hot": np.array(int(((g.Zs > 0) & (g.p_sim < 0.05)).sum()))}


TASKS = {"gi_star": gi_star, "moran_local": moran_local, "contiguity": contiguity, "distance": distance,
         "bench": bench}


def main(argv) -> int:
    task, source, target = argv[1:4]
    if os.environ.get("SOCHARM_REFERENCE_NUMBA") == "0":
        sys.modules["numba"] = None  # esda then takes its plain numpy path: no seconds of compiling per process
    with np.load(source, allow_pickle=False) as npz:
        data = {k: npz[k] for k in npz.files}
    np.savez(target, **TASKS[task](data))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
