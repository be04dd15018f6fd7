"""Text that fits its box in a briefing pack, column widths that never narrow a number,
and which areas a map labels with their rank.

Widths are measured here by a stand-in for the font: one unit per character, so
every expected line can be counted by hand."""
from __future__ import annotations

from soc_harm_plugin.domain.sharing.briefing import (
    ELLIPSIS,
    AreaFigures,
    column_widths,
    elide,
    rank_label_keys,
    shorten_long_words,
    wrap,
)


def chars(text: str) -> float:
    return float(len(text))


# --------------------------------------------------------------------------- one line


def test_text_that_fits_is_left_as_it_is():
    assert elide("Caldervine", 10, chars) == "Caldervine"


def test_text_too_wide_keeps_the_longest_start_that_fits_with_an_ellipsis():
    # 10 wide: 9 letters and the ellipsis
    assert elide("Abcdefghij" * 40, 10, chars) == "Abcdefghi" + ELLIPSIS


def test_an_ellipsis_never_follows_a_space():
    assert elide("North Ward East", 7, chars) == "North" + ELLIPSIS  # 6 letters fit: "North " less its space


def test_an_emoji_sequence_is_never_cut_in_half():
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"  # man ZWJ woman ZWJ girl: 5 code points, one picture
    thumbs = "\U0001F44D\U0001F3FD"  # thumbs up with a skin tone: 2 code points
    assert elide("ab" + family + "cd", 5, chars) == "ab" + ELLIPSIS  # not "ab" + man + ZWJ + ...
    assert elide("a" + thumbs + "bcdef", 3, chars) == "a" + ELLIPSIS  # the skin tone stays with its thumb


# --------------------------------------------------------------------------- wrapping


def test_a_long_name_wraps_at_spaces_onto_two_lines_then_ends_with_an_ellipsis():
    name = "Longname0 Longname1 Longname2 Longname3 Longname4"  # three lines of 20
    assert wrap(name, 20, chars, max_lines=2) == ["Longname0 Longname1", "Longname2 Longname3" + ELLIPSIS]


def test_a_word_wider_than_the_column_is_shortened_not_left_to_overflow():
    assert wrap("A" * 400, 12, chars, max_lines=2) == ["A" * 11 + ELLIPSIS]
    assert wrap("Ward " + "B" * 30 + " East", 12, chars, max_lines=3) == ["Ward", "B" * 11 + ELLIPSIS, "East"]


def test_a_name_that_fits_is_one_line_as_it_is():
    assert wrap("North Ward", 20, chars, max_lines=2) == ["North Ward"]


def test_long_words_are_shortened_and_the_rest_of_a_paragraph_kept():
    text = "\u2022 " + "Z" * 50 + " has the most harm.\n\u2022 The top 3 hold 40 %."
    assert shorten_long_words(text, 10, chars) == \
        "\u2022 " + "Z" * 9 + ELLIPSIS + " has the most harm.\n\u2022 The top 3 hold 40 %."


# --------------------------------------------------------------------------- table columns


def test_numbers_keep_their_width_however_wide_a_name_is():
    # rank 3, name 400, records 5, harm 6, share 6; room 50
    widths, fits = column_widths([3, 400, 5, 6, 6], [3, 12, 5, 6, 6], [True, False, True, True, True], 50)
    assert fits
    assert widths == [3, 30, 5, 6, 6]  # the name gets what the numbers leave: 50 - 20


def test_text_columns_share_what_is_left_narrow_ones_keep_their_width():
    # room 60, numbers 10: a move column of 6 keeps it; two names of 40 and 30 share 44 equally
    widths, fits = column_widths([10, 6, 40, 30], [10, 6, 12, 12], [True, False, False, False], 60)
    assert fits
    assert [round(w, 6) for w in widths] == [10, 6, 22, 22]


def test_every_column_at_its_natural_width_when_all_fit():
    widths, fits = column_widths([4, 20, 8], [4, 12, 8], [True, False, True], 100)
    assert fits and widths == [4, 20, 8]


def test_when_even_the_smallest_text_does_not_fit_the_numbers_still_keep_their_width():
    widths, fits = column_widths([20, 40, 20], [20, 12, 20], [True, False, True], 46)
    assert not fits
    assert widths[0] == 20 and widths[2] == 20 and widths[1] == 6  # only the text column is squeezed


# --------------------------------------------------------------------------- rank labels


def test_rank_labels_go_on_the_top_n_and_never_on_tied_zeros():
    areas = [AreaFigures("A{0}".format(k), "Area {0}".format(k), harm=float(100 - 10 * k), rank=k + 1)
             for k in range(6)]  # harm 100, 90, ... 50
    areas += [AreaFigures("Z{0}".format(k), "Zero {0}".format(k), harm=0.0, rank=7) for k in range(200)]
    assert rank_label_keys(areas, 3) == {"A0", "A1", "A2"}
    assert rank_label_keys(areas, 10) == {"A0", "A1", "A2", "A3", "A4", "A5"}  # the zeros tied at #7: none


def test_an_area_without_a_rank_or_harm_gets_no_rank_label():
    areas = [AreaFigures("A", "A", harm=5.0, rank=None), AreaFigures("B", "B", harm=float("nan"), rank=1)]
    assert rank_label_keys(areas, 10) == set()
