"""Dated records counted in PostGIS: the database path of read_dated_records.

When AREAS and EVENTS are PostGIS layers of one database (``engine.choose_engine``),
harmchange and harmtrend count the records there: one pass groups every
record by code, date, filter result and geometry state; a second places the
located ones in areas (the boundary rule of socharm:scoreharm's database
path) per area, code and date. Only those counts come back, and
``domain/analyses/dated_groups`` turns them into the rows the desktop path
reads, so the analyses run unchanged.
"""
from __future__ import annotations

from ...domain.codes import LOCATED
from ...domain.harm.scoring import MissingWeightError
from . import engine as engines
from . import harm as harm_inputs


def count_dated_in_database(alg, engine, parameters, context, feedback, area, crs):
    """(HarmInputs, DatedGroups, what the weights report reads, extent of the located records
    or None) for the records of this run, counted in the database; None when cancelled.
    Closes the engine's session."""
    from ...domain.analyses.dated_groups import dated_from_groups
    from ...qgis_io.postgis.layers import areas_spec
    from ...qgis_io.postgis.score import dated_in_database

    inputs = engines.read_database_inputs(alg, engine, parameters, context, feedback, crs)
    if inputs is None or feedback.isCanceled():
        engine.close()
        return None
    try:
        spec = engine.areas_spec or areas_spec(engine.session, engine.areas, id_field=area.id_field, rows=area.rows,
                                               ids=area.areas.ids, restrict=engines._areas_restricted(engine))
        run = dated_in_database(engine.session, inputs.extra["spec"], spec, inputs.table, area_ids=area.areas.ids,
                                missing_policy=inputs.missing_policy, default_weight=inputs.default_weight,
                                counted=inputs.extra["counted"], feedback=feedback)
        extent = None
        if run is not None and not run.placed and run.plan.located:
            extent = _extent(engines._located_extent(engine, inputs))
    except MissingWeightError as error:
        engine.close()
        raise harm_inputs.missing_weight_error(alg, inputs, error)
    except Exception as error:
        engine.close()
        raise engines._database_error(alg, engine.events, error)
    engine.close()
    if run is None:
        return None
    return inputs, dated_from_groups(run.groups, run.placed, run.plan), _Weighed(run), extent


class _Weighed:
    """What the weights report reads of a result."""

    def __init__(self, run):
        self.missing_codes = run.plan.missing
        self.flagged = run.plan.flagged
        self.shared_boundary_points = run.shared_boundary_points


def _extent(events):
    """(xmin, ymin, xmax, ymax) of the located records, or None."""
    if events is None or not len(events.x):
        return None
    from ...domain.geometry.grid import points_extent

    located = events.geometry_status == LOCATED
    return points_extent(events.x[located], events.y[located])
