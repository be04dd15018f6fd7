"""Run the database path of socharm:scoreharm: three queries, counts back.

No qgis import: the caller (``layers.py`` for the algorithms) says which
tables, columns, areas and filter; this runs the SQL of ``harm_sql`` on one
session and turns the counts into the desktop path's result with
``domain/harm/grouped``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from ...domain.harm.grouped import GroupedHarm, ScopePlan, finish_scores, plan_scope
from ...domain.harm.harm_table import HarmTable
from ...domain.harm.scoring import Period
from . import harm_sql
from .harm_sql import AreasSpec, EventsSpec


@dataclass
class DatabaseRun:
    """What the run did, for the log and provenance."""

    result: GroupedHarm
    plan: ScopePlan
    queries: List[str] = field(default_factory=list)  # each statement as sent (parameters bound)
    seconds: Dict[str, float] = field(default_factory=dict)
    overlapping_areas: int = 0
    multi_cut: int = 0
    harm_table_as: str = ""  # TEMPORARY_TABLE or VALUES_LIST ("" when no record was placed)


def area_slots(ids: Sequence) -> Dict[object, int]:
    """Position of each area id in the areas' order (the ids are unique)."""
    return {value: k for k, value in enumerate(ids)}


def count_values(session, events: EventsSpec, feedback=None):
    """The first pass over the events: (value groups, multipoints of several points)."""
    statement, params = harm_sql.distinct_values(events)
    return harm_sql.value_groups(session.rows(statement, params, feedback))


def score_in_database(session, events: EventsSpec, areas: AreasSpec, table: HarmTable, *, area_ids: Sequence,
                      area_m2: np.ndarray, population: Optional[np.ndarray] = None, missing_policy: str,
                      default_weight: float = 0.0, period: Optional[Period] = None, month_only_field: bool = False,
                      feedback=None, keep_queries: bool = False, counted=None) -> Optional[DatabaseRun]:
    """Records and harm per area, counted in the database (None when cancelled).

    ``area_ids`` are the ids QGIS read, in its order; the outputs follow it.
    ``counted``: what :func:`count_values` gave, when it ran already.
    Raises MissingWeightError (policy 'fail') before the areas are counted,
    and the errors of ``session`` (PgError and its kinds)."""
    import time

    queries: List[str] = []
    seconds: Dict[str, float] = {}

    def run(name: str, statement, params):
        if keep_queries:
            queries.append(session.as_text(statement, params))
        started = time.perf_counter()
        rows = session.rows(statement, params, feedback)
        seconds[name] = round(time.perf_counter() - started, 3)
        return rows

    if counted is None:
        statement, params = harm_sql.distinct_values(events)
        counted = harm_sql.value_groups(run("distinct_values", statement, params))
    groups, multi_cut = counted
    if _cancelled(feedback):
        return None
    plan = plan_scope(groups, table, missing_policy=missing_policy, default_weight=default_weight, period=period,
                      month_only_field=month_only_field, dated=bool(events.date), multi_cut=multi_cut)
    placed = _placed(session, events, areas, plan, run, feedback, by_value=False)
    if placed is None:
        return None
    rows, overlapping, harm_table_as = placed
    slots = area_slots(area_ids)
    harm_n = np.zeros(len(area_ids), dtype=np.int64)
    harm = np.zeros(len(area_ids), dtype=float)
    shared = 0
    for area_id, n, total, on_boundary in rows:
        k = slots[area_id]
        harm_n[k] = int(n)
        harm[k] = float(total or 0)
        shared += int(on_boundary or 0)
    result = finish_scores(plan, harm_n, harm, shared_boundary_points=shared, area_m2=area_m2, population=population)
    return DatabaseRun(result, plan, queries, seconds, overlapping, multi_cut, harm_table_as)


def _placed(session, events: EventsSpec, areas: AreasSpec, plan: ScopePlan, run, feedback, by_value: bool):
    """The rows of harm_sql.area_totals for the records in scope (none when none is
    located), the number of overlapping areas and how the harm table went; None when
    cancelled."""
    if not plan.located:
        return [], 0, ""
    statement, params = harm_sql.overlapping_areas(areas)
    overlapping = sorted({value for pair in run("overlapping_areas", statement, params) for value in pair},
                         key=lambda v: (str(type(v)), v))
    if _cancelled(feedback):
        return None
    weights, weights_params, harm_table_as = upload_weights(session, plan.codes, plan.weights_text, feedback)
    statement, params = harm_sql.area_totals(events, areas, weights=weights, weights_params=weights_params,
                                             fill_text=plan.fill_text, dates_in_scope=plan.dates_in_scope,
                                             overlapping=overlapping, by_value=by_value)
    return run("area_totals", statement, params), len(overlapping), harm_table_as


@dataclass
class DatedRun:
    """What :func:`dated_in_database` counted: the groups of every record, the plan
    that weighed them, and the located ones placed in areas by code and date."""

    groups: list
    plan: ScopePlan
    placed: Dict[tuple, List[tuple]]  # (code, date) -> [(area index, records)]
    shared_boundary_points: int
    harm_table_as: str


def dated_in_database(session, events: EventsSpec, areas: AreasSpec, table: HarmTable, *, area_ids: Sequence,
                      missing_policy: str, default_weight: float = 0.0, counted, feedback=None
                      ) -> Optional[DatedRun]:
    """The records of harmchange and harmtrend counted in the database: every
    record's code and date, the areas of the located ones (by the boundary rule),
    per (area, code, date); None when cancelled. Raises MissingWeightError
    (policy 'fail') before the areas are counted."""
    groups, multi_cut = counted
    plan = plan_scope(groups, table, missing_policy=missing_policy, default_weight=default_weight, period=None,
                      month_only_field=False, dated=bool(events.date), multi_cut=multi_cut)

    def run(name, statement, params):
        return session.rows(statement, params, feedback)

    placed = _placed(session, events, areas, plan, run, feedback, by_value=True)
    if placed is None:
        return None
    rows, _, harm_table_as = placed
    slots = area_slots(area_ids)
    by_value: Dict[tuple, List[tuple]] = {}
    shared = 0
    for area_id, code, date, n, _harm, on_boundary in rows:
        by_value.setdefault((code, date), []).append((slots[area_id], int(n)))
        shared += int(on_boundary or 0)
    return DatedRun(groups, plan, by_value, shared, harm_table_as)


TEMPORARY_TABLE, VALUES_LIST = "temporary_table", "values_list"


def upload_weights(session, codes: Sequence[str], weights_text: Sequence[str], feedback=None):
    """The harm table (each distinct code of the records, normalised and weighed
    here) sent as data: a temporary table, or, where the user may not create one
    (no TEMPORARY right, a read-only server), a VALUES list of bound parameters.
    (relation, its parameters, TEMPORARY_TABLE or VALUES_LIST)."""
    from .session import PgCancelled, PgConnectionError, PgError

    try:
        with session.savepoint("soc_harm_weights"):
            session.execute(harm_sql.create_weights_table(), None, feedback)
            statement, params = harm_sql.fill_weights_table(list(codes), list(weights_text))
            session.execute(statement, params, feedback)
    except (PgConnectionError, PgCancelled):
        raise
    except PgError:
        relation, params = harm_sql.weights_values(list(codes), list(weights_text))
        return relation, params, VALUES_LIST
    return harm_sql.weights_table(), {}, TEMPORARY_TABLE


def _cancelled(feedback) -> bool:
    return feedback is not None and feedback.isCanceled()


def write_records_table(session, plan: ScopePlan, events: EventsSpec, areas: Optional[AreasSpec], schema: str,
                        table: str, *, layer_name: str, period: Optional[Period], feedback=None, placed=None) -> int:
    """The RECORDS output as a table of the database (every record once, as the desktop
    writes it), made by the server from the events without any record leaving it;
    committed. Returns the records written. ``placed``: see harm_sql.records_table
    (harmgrid's cells instead of ``areas``)."""
    from psycopg2 import sql

    target = sql.Identifier(schema, table)
    codes, code_params = harm_sql.codes_values(plan.codes, plan.weights_text,
                                               [plan.table_codes.get(c) for c in plan.codes])
    bounded = bool(period is not None and period.bounded and events.date)
    dates, date_params = None, {}
    if events.date and plan.day_of:
        in_scope = set(plan.dates_in_scope or [])
        values = list(plan.day_of)
        days = [None if np.isnat(plan.day_of[v]) else np.datetime64(plan.day_of[v], "D").item() for v in values]
        statuses = ["" if not bounded or v in in_scope else ("invalid" if days[k] is None else "out_of_period")
                    for k, v in enumerate(values)]
        dates, date_params = harm_sql.dates_values(events, values, days, statuses)
    statement, params = harm_sql.records_table(events, areas, target, codes=codes, dates=dates,
                                               fill_text=plan.fill_text, period_bounded=bounded,
                                               layer_name=layer_name, srid=events.target_srid, placed=placed)
    params.update(code_params)
    params.update(date_params)
    return make_records_table(session, target, statement, params, feedback)


def make_records_table(session, target, statement, params, feedback=None) -> int:
    """Run ``statement`` (CREATE TABLE ``target`` AS ... with an ``id``, ``area_id`` and ``geom``) in place
    of any table of that name, key and index it, commit; the records written."""
    from psycopg2 import sql

    session.execute(sql.SQL("DROP TABLE IF EXISTS {0}").format(target), None, feedback)
    session.execute(statement, params, feedback)
    session.execute(sql.SQL("ALTER TABLE {0} ADD PRIMARY KEY (id)").format(target), None, feedback)
    session.execute(sql.SQL("CREATE INDEX ON {0} USING gist (geom)").format(target), None, feedback)
    session.execute(sql.SQL("CREATE INDEX ON {0} (area_id)").format(target), None, feedback)
    written = session.one(sql.SQL("SELECT count(*) FROM {0}").format(target), None, feedback)[0]
    session.commit()
    return int(written)
