"""Provenance shared by the algorithms that weigh records with a harm table. (The keys every
algorithm starts its provenance with come from SocHarmAlgorithm.provenance_header.)"""
from __future__ import annotations

from ...domain.codes import TOO_FEW


def harm_provenance(alg, parameters, context, inputs, result) -> dict:
    """The provenance keys every harm-weighting algorithm writes (as scoreharm does)."""
    period = inputs.period
    return {
        **alg.provenance_header(parameters, context),
        "harm_table": inputs.table.provenance(),
        "period": {
            "start": period.start.isoformat() if period.start else None,
            "end": period.end.isoformat() if period.end else None,
            "month_only": result.month_only,
        },
        "filter": inputs.filter_expression or None,
        "reconciliation": result.reconciliation,
        "events_layer": inputs.layer_name,
        "code_field": inputs.code_field,
        "date_field": inputs.date_field or None,
        "missing_weight": {"policy": inputs.missing_policy, "codes": result.missing_codes},
    }


TEST_DESCRIPTION = {
    "count": "exact conditional binomial test of two Poisson rates (two-sided, scipy.stats.binomtest rule)",
    "harm": "relabelling test of weighted counts: exact, normal approximation (compound-Poisson variance) or Monte "
            "Carlo (seeded), per harm_test",
    TOO_FEW: "not significant, and even the most extreme outcome in the direction seen could not reach ALPHA with "
             "these records",
}
