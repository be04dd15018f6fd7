"""The briefing pack's tables as published text: ranks, change arrows, suppressed counts."""
from __future__ import annotations

from soc_harm_plugin.domain.sharing.briefing import (
    AreaFigures,
    change_table,
    detail_table,
    drivers_from_provenance,
    format_change,
    hotspot_counts,
    hotspot_table,
    ranked_table,
    reconciliation_table,
)

UP, DOWN = "\u25b2", "\u25bc"


def areas():
    return [
        AreaFigures("S02", "Caldervine", harm=1064865.35, rank=1, share=28.87, n=6772, rank_before=3,
                    harm_before=771640.0, change_pct=38.0, change_class="increase"),
        AreaFigures("S05", "Hollinrake", harm=974154.26, rank=2, share=26.41, n=4, rank_before=1,
                    harm_before=1000000.0, change_pct=-2.58, change_class="no_change"),
        AreaFigures("S03", "Elmstow Vale", harm=935739.32, rank=3, share=25.37, n=0, rank_before=2,
                    harm_before=990000.0, change_pct=-5.48, change_class="decrease"),
        AreaFigures("S06", "Marrowby", harm=85719.31, rank=4, share=2.32, n=1529, rank_before=None,
                    harm_before=0.0, change_pct=None, change_class="too_few"),
    ]


def test_ranked_table_has_arrows_suppressed_counts_and_the_top_n_only():
    table = ranked_table(areas(), top_n=3, suppress_below=5, area_heading="Sector", harm_heading="Harm (CSS)")
    assert table.headers == ["Rank", "Move", "Sector", "Records", "Harm (CSS)", "Share", "Change"]
    assert table.texts() == [
        ["1", UP + " 2", "Caldervine", "6,772", "1,064,865", "28.9 %", "+38 %"],
        ["2", DOWN + " 1", "Hollinrake", "<5", "974,154", "26.4 %", "\u22122.6 %"],
        ["3", DOWN + " 1", "Elmstow Vale", "0", "935,739", "25.4 %", "\u22125.5 %"],
    ]
    emphasis = [[c.emphasis for c in row][-1] for row in table.rows]
    assert emphasis == ["increase", "muted", "decrease"]
    assert table.align_right == [True, False, False, True, True, True, True]


def test_ranked_table_without_change_has_no_move_or_change_columns():
    plain = [AreaFigures("W1", "North", harm=12.4, rank=2, share=40.0, n=7),
             AreaFigures("W2", "South", harm=18.6, rank=1, share=60.0, n=12)]
    table = ranked_table(plain, top_n=10, suppress_below=10)
    assert table.headers == ["Rank", "Area", "Records", "Harm", "Share"]
    assert table.texts() == [["1", "South", "12", "19", "60.0 %"], ["2", "North", "<10", "12", "40.0 %"]]


def test_a_new_area_and_extra_published_columns():
    rows = areas()
    rows[3].extra = {"full_name": "Sam Ingleden"}
    table = ranked_table(rows, top_n=4, suppress_below=5)
    assert table.headers[-1] == "full_name"
    assert table.texts()[3] == ["4", "new", "Marrowby", "1,529", "85,719", "2.3 %", "too few", "Sam Ingleden"]
    assert table.texts()[0][-1] == ""


def test_change_table_puts_significant_changes_first_and_suppresses_both_periods():
    rows = areas()
    rows[0].n_before = 3
    rows[2].n_before = 7
    table = change_table(rows, suppress_below=5)
    assert [r[0] for r in table.texts()] == ["Caldervine", "Elmstow Vale", "Hollinrake", "Marrowby"]
    assert table.texts()[0] == ["Caldervine", "6,772", "<5", "1,064,865", "771,640", "+38 %", "Significant rise"]
    assert table.texts()[1][1:3] == ["0", "7"]  # zero is shown: it points at no one
    assert table.texts()[3][-2:] == ["too few", "Too few to tell"]


def test_hotspot_table_and_counts():
    rows = [AreaFigures(str(i), "W{0}".format(i), hotspot_bin=b, hotspot_z=z)
            for i, (b, z) in enumerate([(3, 3.2), (0, 0.1), (-2, -2.1), (3, 4.5), (1, 1.7), (-3, -2.9)])]
    table = hotspot_table(rows)
    assert table.texts() == [
        ["W3", "Hot spot, 99 % confidence", "4.50"], ["W0", "Hot spot, 99 % confidence", "3.20"],
        ["W4", "Hot spot, 90 % confidence", "1.70"], ["W5", "Cold spot, 99 % confidence", "-2.90"],
        ["W2", "Cold spot, 95 % confidence", "-2.10"],
    ]
    assert hotspot_counts(rows) == {3: 2, 2: 0, 1: 1, 0: 1, -1: 0, -2: 1, -3: 1}


def test_detail_table_shares_are_of_the_sector():
    wards = [AreaFigures("W1", "North", harm=30.0, rank=7, n=2), AreaFigures("W2", "South", harm=90.0, rank=3, n=40)]
    assert detail_table(wards, suppress_below=5).texts() == [
        ["3", "South", "40", "90", "75.0 %"], ["7", "North", "<5", "30", "25.0 %"]]


def test_detail_table_adds_the_hot_spot_bin_when_the_areas_have_one():
    wards = [AreaFigures("W1", "North", harm=30.0, rank=7, n=2, hotspot_bin=-1),
             AreaFigures("W2", "South", harm=90.0, rank=3, n=40, hotspot_bin=3),
             AreaFigures("W3", "East", harm=0.0, rank=9, n=0, hotspot_bin=0)]
    table = detail_table(wards, suppress_below=5)
    assert table.headers[-1] == "Hot spot"
    assert [row[-1] for row in table.texts()] == ["hot 99 %", "cold 90 %", "\u2013"]


def test_reconciliation_table_words_and_suppression():
    table = reconciliation_table({"records_in": 100, "by_status": {"assigned": 97, "no_geometry": 3}}, 5)
    assert table.texts() == [["Records read", "100"], ["Counted in an area", "97"], ["No location", "<5"]]


def test_change_format():
    assert [format_change(v) for v in (38.0, -2.58, 0.04, -0.0, 1234.5, None)] == [
        "+38 %", "\u22122.6 %", "0 %", "0 %", "+1,234 %", ""]


# ------------------------------------------------------------------ did it work? (intervention impact)

from soc_harm_plugin.domain.sharing.briefing import (  # noqa: E402
    cohort_table,
    format_interval,
    format_ratio,
    impact_measure_table,
    impact_zone_table,
)

MINUS = "\u2212"
RESULTS = {
    "ODDS_RATIO": 1.6408, "ODDS_RATIO_LOW": 1.5399, "ODDS_RATIO_HIGH": 1.7483,
    "HARM_EFFECT": 1.4601, "HARM_EFFECT_LOW": 1.2267, "HARM_EFFECT_HIGH": 1.7485,
    "BUFFER_ODDS_RATIO": 0.8682, "BUFFER_ODDS_RATIO_LOW": 0.8166, "BUFFER_ODDS_RATIO_HIGH": 0.9231,
    "WDQ_COUNT": -0.2679, "WDQ_COUNT_LOW": -0.4021, "WDQ_COUNT_HIGH": -0.1420,
    "WDQ_HARM": -0.2028, "WDQ_HARM_LOW": -0.7156, "WDQ_HARM_HIGH": 0.1264,
    "TNE_COUNT": 670.85, "TNE_HARM": -95010.9,
    "TARGET_CLASS": "reduction", "BUFFER_CLASS": "displacement", "TARGET_HARM_CLASS": "reduction",
    "BUFFER_HARM_CLASS": "neither", "confidence": 0.95,
}


def test_ratios_and_intervals_as_published_text():
    assert format_ratio(1.6408) == "1.64"
    assert format_ratio(-0.2679) == MINUS + "0.27"
    assert format_ratio(-0.001) == "0.00"  # no minus on a printed zero
    assert format_ratio(None) == ""
    assert format_ratio(float("inf")) == "\u221e"
    assert format_interval(-0.4021, -0.142) == MINUS + "0.40 \u2013 " + MINUS + "0.14"
    assert format_interval(None, 2.0) == ""


def test_the_zone_table_suppresses_small_counts_but_not_harm():
    rows = [{"zone": "control", "n_before": 21399, "n_after": 10289, "harm_before": 2424618.3, "harm_after": 1197623.6},
            {"zone": "target", "n_before": 4, "n_after": 0, "harm_before": 1200.0, "harm_after": 0.0},
            {"zone": "buffer", "n_before": 3364, "n_after": 1863, "harm_before": 374376.9, "harm_after": 209095.5}]
    table = impact_zone_table(rows, 5)
    assert table.headers == ["Zone", "Records before", "Records after", "Harm before", "Harm after"]
    assert table.texts() == [
        ["Target", "<5", "0", "1,200", "0"],
        ["Buffer", "3,364", "1,863", "374,377", "209,096"],
        ["Control", "21,399", "10,289", "2,424,618", "1,197,624"],
    ]


def test_the_measure_table_gives_each_measure_its_interval_and_reading():
    table = impact_measure_table(RESULTS)
    assert table.headers == ["Measure", "Value", "95 % interval", "Reading"]
    texts = table.texts()
    assert texts[0] == ["Relative effect, records (target against control)", "1.64", "1.54 \u2013 1.75", "Reduction"]
    assert texts[3] == ["Weighted displacement quotient, records", MINUS + "0.27",
                        MINUS + "0.40 \u2013 " + MINUS + "0.14", "Displacement"]
    assert texts[4][3] == "Neither"
    assert texts[5][:2] == ["Total net effect, records prevented", "+671"]
    assert texts[6][:2] == ["Total net effect, harm prevented", MINUS + "95,011"]
    assert table.rows[0][3].emphasis == "decrease" and table.rows[3][3].emphasis == "increase"
    undefined = impact_measure_table(dict(RESULTS, WDQ_COUNT=None, WDQ_COUNT_LOW=None, WDQ_COUNT_HIGH=None))
    assert undefined.texts()[3][1:3] == ["undefined", ""]


COHORTS = [  # the fields of socharm:referralimpact's COHORTS table
    {"cohort": "referred", "n_nominals": 42, "mean_harm_before": 812.46, "mean_harm_after": 301.2,
     "mean_change": -511.26, "ci_low": -690.1, "ci_high": -332.4, "method": "matched on harm before"},
    {"cohort": "comparison", "n_nominals": 3, "mean_harm_before": 700.0, "mean_harm_after": 650.0,
     "mean_change": -50.0, "ci_low": -120.0, "ci_high": 20.0, "method": "matched on harm before"},
]


def test_the_cohort_table_hides_small_cohorts_and_their_means():
    table = cohort_table(COHORTS, 5)
    assert table.headers == ["Cohort", "Nominals", "Mean harm before", "Mean harm after", "Mean change", "Interval",
                             "Method"]
    assert table.texts()[0] == ["Referred", "42", "812.5", "301.2", MINUS + "511.3",
                                MINUS + "690.1 \u2013 " + MINUS + "332.4", "matched on harm before"]
    assert table.texts()[1] == ["Comparison", "<5", "\u2013", "\u2013", "\u2013", "\u2013", "matched on harm before"]
    assert cohort_table(COHORTS, 0).texts()[1][1:5] == ["3", "700.0", "650.0", MINUS + "50.0"]


def test_the_difference_row_of_referral_impact_is_named_in_words():
    rows = [{"cohort": "difference", "n_nominals": 42, "mean_harm_before": None, "mean_harm_after": None,
             "mean_change": -461.3, "ci_low": -640.0, "ci_high": -282.6, "method": "paired"}]
    assert cohort_table(rows, 5).texts()[0][:2] == ["Difference (referred \u2212 comparison)", "42"]
    assert cohort_table(rows, 5).texts()[0][4] == MINUS + "461.3"


def test_drivers_from_a_change_layers_provenance_skip_what_is_not_a_share():
    provenance = {"drivers": {"force": [["Robbery", 61.2], ["Odd", "x"], ["Short"]],
                              "areas": {"W1": [["Theft", 90.0]], "W2": []}}}
    assert drivers_from_provenance(provenance, "force") == [("Robbery", 61.2)]
    assert drivers_from_provenance(provenance) == {"W1": [("Theft", 90.0)], "W2": []}
    assert drivers_from_provenance({}) == {} and drivers_from_provenance(None, "force") == []
