"""The sample force's referral cohort: nominals referred to a diversionary
scheme, whose linked offending falls after referral by a planted share.

``socharm:referralimpact`` must find what is planted here. Some nominals are
referred (more often the young peer and urban group members diversionary
schemes target: :data:`REFERRAL_SHARE` per group type), on a day drawn
uniformly in the months that leave :data:`WINDOW_MONTHS` whole months of data
before and after the month of referral. Then each of their links to an
offence dated after the month of referral is removed with probability
:data:`REDUCTION` (the offence stays: someone else committed it, or no one was
linked to it). Nominals not referred keep every link, so the planted effect on
a referred nominal's linked harm in the ``WINDOW_MONTHS`` after referral is
exactly the harm of its removed links in those months, which the truth
(:func:`plant_referral_cohort`'s ``removed`` table) lists link by link.

The choice of who is referred and when depends only on the nominals (its own
random stream), not on the offences; which links go depends on the links.
"""
from __future__ import annotations

from typing import Dict, Tuple

import numpy as np
import pandas as pd

REFERRAL_SHARE = {"PCG": 0.5, "UCG": 0.45, "OCG": 0.2, "PI": 0.3}
REDUCTION = 0.5  # share of a referred nominal's linked offences removed after the month of referral
WINDOW_MONTHS = 6  # whole months of data kept before and after every referral month
REFERRAL_STREAM = 15  # this part's random stream (see force._stream)


def plant_referral_cohort(rng_select: np.random.Generator, rng_links: np.random.Generator,
                          nominals: pd.DataFrame, links: pd.DataFrame, offence_dates: pd.Series,
                          starts: np.ndarray) -> Tuple[np.ndarray, pd.DataFrame, Dict[str, object]]:
    """(referral date per nominal, the links kept, truth).

    ``offence_dates``: ISO dates indexed by offence id; ``starts``: the first
    day of each month of the data (datetime64[D]). With fewer than
    2 × WINDOW_MONTHS + 1 months no one is referred.
    """
    n = len(nominals)
    months = len(starts)
    referral = np.full(n, None, dtype=object)
    if months < 2 * WINDOW_MONTHS + 1 or n == 0:
        return referral, links, {"referred": 0, "removed": links.iloc[0:0].assign(offence_date=[])}
    share = nominals["group_type"].map(REFERRAL_SHARE).fillna(0.0).to_numpy(dtype=float)
    referred = rng_select.random(n) < share
    month = rng_select.integers(WINDOW_MONTHS, months - WINDOW_MONTHS, size=n)  # index of the referral month
    next_start = np.append(starts[1:], starts[-1] + np.timedelta64(31, "D"))
    length = (next_start - starts).astype(np.int64)
    day = np.floor(rng_select.random(n) * length[month]).astype(np.int64)
    referral_day = starts[month] + day.astype("timedelta64[D]")
    referral[referred] = np.datetime_as_string(referral_day[referred], unit="D").astype(object)

    row = pd.Series(np.arange(n), index=nominals["nominal_id"].to_numpy())
    nominal_row = row.reindex(links["nominal_id"].to_numpy()).to_numpy()
    known = ~np.isnan(nominal_row)
    nominal_row = np.where(known, nominal_row, 0).astype(np.int64)
    link_month = pd.to_datetime(offence_dates.reindex(links["offence_id"].to_numpy()).to_numpy()).to_numpy(
        dtype="datetime64[M]")
    first = starts[0].astype("datetime64[M]")
    link_month = (link_month - first).astype(np.int64)
    after = known & referred[nominal_row] & (link_month > month[nominal_row])
    removed = after & (rng_links.random(len(links)) < REDUCTION)
    kept = links.loc[~removed].reset_index(drop=True)
    gone = links.loc[removed].reset_index(drop=True)
    gone = gone.assign(offence_date=offence_dates.reindex(gone["offence_id"].to_numpy()).to_numpy())
    truth = {
        "referred": int(referred.sum()),
        "reduction": REDUCTION,
        "window_months": WINDOW_MONTHS,
        "removed": gone,  # offence_id, nominal_id, offence_date of every link removed
    }
    return referral, kept, truth
