"""Where a new card lands, as the facilitator sees it on the canvas: next to its author's
previous card, rows of four going right then down, in a role's zone from its top-left
corner, never closer than half a gap (10) to another card; and where a card revealed
after a silent round goes when it lies far from its author's face-up cards."""

from __future__ import annotations

import pytest

from app.model import Card, Zone
from app.placement import FAR, GAP, beside_author, free_spot

W, H = 100.0, 60.0
STEP_X, STEP_Y = W + GAP, H + GAP  # 120, 80


def card(x, y, w=W, h=H, id="c", who="ana", canvas="map", hidden=0, created="2026-01-01T10:00:00+00:00"):
    return Card(id=id, canvas_id=canvas, participant_id=who, x=x, y=y, width=w, height=h, hidden=hidden,
                created_at=created)


def test_an_empty_canvas_starts_at_the_origin_and_fills_rows_of_four():
    assert free_spot([], W, H) == (0.0, 0.0)
    row = [card(i * STEP_X, 0) for i in range(4)]
    assert free_spot(row[:3], W, H) == (3 * STEP_X, 0.0)
    assert free_spot(row, W, H) == (0.0, STEP_Y)  # the fifth card starts the next row
    assert free_spot(row, W, H, per_row=5) == (4 * STEP_X, 0.0)


def test_a_gap_left_by_a_deleted_card_is_filled_first():
    cards = [card(0, 0), card(2 * STEP_X, 0), card(0, STEP_Y)]
    assert free_spot(cards, W, H) == (STEP_X, 0.0)


def test_a_new_card_goes_right_of_its_authors_previous_card_then_below_it():
    previous = card(500, 300)
    assert free_spot([previous], W, H, anchor=previous) == (500 + STEP_X, 300.0)
    row = [previous] + [card(500 + i * STEP_X, 300) for i in (1, 2, 3)]
    assert free_spot(row, W, H, anchor=previous) == (500.0, 300 + STEP_Y)
    # the slot right of the previous card, even when that card is not among the ones in the way
    assert free_spot([], W, H, anchor=previous) == (500 + STEP_X, 300.0)


@pytest.mark.parametrize("width, per_row", [(380, 2), (400, 3), (200, 1), (30, 1)])
def test_in_a_zone_cards_start_inside_its_corner_and_rows_hold_what_fits(width, per_row):
    zone = Zone(id="z", canvas_id="map", x=100, y=200, width=width, height=600)
    corner = (100 + 2 * GAP, 200 + 2.5 * GAP)
    assert free_spot([], W, H, zone=zone) == corner
    first_row = [card(corner[0] + i * STEP_X, corner[1]) for i in range(per_row)]
    assert free_spot(first_row, W, H, zone=zone) == (corner[0], corner[1] + STEP_Y)
    if per_row > 1:
        assert free_spot(first_row[:-1], W, H, zone=zone) == (corner[0] + (per_row - 1) * STEP_X, corner[1])


# A card next to the first slot (0, 0), ``d`` away from it on one side.
SIDES = {
    "right": lambda d: card(W + d, 0),
    "left": lambda d: card(-W - d, 0),
    "below": lambda d: card(0, H + d),
    "above": lambda d: card(0, -H - d),
}


@pytest.mark.parametrize("side", SIDES)
def test_half_a_gap_away_from_a_card_is_free(side):
    assert free_spot([SIDES[side](GAP / 2)], W, H) == (0.0, 0.0)


@pytest.mark.parametrize("side", SIDES)
def test_closer_than_half_a_gap_to_a_card_is_taken(side):
    assert free_spot([SIDES[side](GAP / 2 - 1)], W, H) != (0.0, 0.0)


def test_a_card_overlapping_the_slot_on_a_diagonal_takes_it_but_one_clear_on_one_axis_does_not():
    assert free_spot([card(50, 30)], W, H) == (STEP_X * 2, 0.0)
    assert free_spot([card(50, H + GAP / 2)], W, H) == (0.0, 0.0)  # overlaps in x, clear in y
    assert free_spot([card(W + GAP / 2, 30)], W, H) == (0.0, 0.0)  # overlaps in y, clear in x


@pytest.mark.parametrize("bottom, expected_y", [
    (2499 * STEP_Y + 30, 2499 * STEP_Y + 30 + GAP),  # the 10,000 slots (2,500 rows) are all taken
    (2499 * STEP_Y - GAP / 2, 2499 * STEP_Y),  # the last of the 10,000 slots is free: it is used
])
def test_when_ten_thousand_slots_are_taken_the_card_goes_below_the_lowest_card(bottom, expected_y):
    wall = card(0, -40, w=4 * STEP_X, h=bottom + 40)  # across the four columns, down to ``bottom``
    shorter = card(1000, 10, h=bottom - 50)
    assert free_spot([shorter, wall], W, H) == (0.0, expected_y)


# -- revealed silent cards -------------------------------------------------------------

def face_up(id, x, y, who="ana", created="2026-01-01T10:00:00+00:00", canvas="map"):
    return card(x, y, id=id, who=who, created=created, canvas=canvas)


def silent(id, x, y, who="ana", canvas="map"):
    return card(x, y, id=id, who=who, hidden=1, created="2026-01-01T11:00:00+00:00", canvas=canvas)


def test_a_revealed_card_far_from_its_authors_cards_goes_beside_their_latest():
    older = face_up("older", 0, 0, created="2026-01-01T09:00:00+00:00")
    latest = face_up("latest", 0, 400, created="2026-01-01T10:00:00+00:00")
    first = face_up("first", 200, 200, created="2026-01-01T08:00:00+00:00")
    far = silent("far", 2000, 2000)
    assert beside_author([far], [first, latest, older, far]) == {"far": (STEP_X, 400.0)}


def test_a_revealed_card_near_one_of_its_authors_cards_stays():
    mine = face_up("mine", 1000, 1000)
    assert beside_author([silent("near", 1300, 1200)], [mine]) == {}  # 300 + 200 away
    assert beside_author([silent("edge", 1000 + FAR, 1000)], [mine]) == {}  # exactly 600 away
    assert beside_author([silent("diag", 1400, 1300)], [mine]) == {"diag": (1000 + STEP_X, 1000.0)}  # 700


def test_only_the_authors_own_face_up_cards_on_that_canvas_count():
    mine = face_up("mine", 0, 0)
    others = face_up("bens", 2000, 2000, who="ben")
    my_other_map = face_up("elsewhere", 2000, 2000, canvas="other map")
    my_silent = silent("also silent", 2000, 2100)
    far = silent("far", 2000, 2000)
    assert beside_author([far], [mine, others, my_other_map, my_silent, far]) == {"far": (STEP_X, 0.0)}


def test_a_card_whose_author_has_no_face_up_card_there_or_no_author_stays():
    far = silent("far", 2000, 2000)
    nobody = card(0, 0, id="nobody's", who=None)
    assert beside_author([card(3000, 3000, id="anon", who=None, hidden=1)], [nobody]) == {}
    assert beside_author([far], [far, face_up("bens", 0, 0, who="ben")]) == {}


def test_the_cards_after_one_that_stays_are_still_placed():
    mine, bens = face_up("mine", 0, 0), face_up("bens", 0, 1000, who="ben")
    anon = card(3000, 3000, id="anon", who=None, hidden=1)
    near = silent("near", 100, 100)
    far = silent("far", 2000, 2000, who="ben")
    assert beside_author([anon, near, far], [mine, bens, anon, near, far]) == {"far": (STEP_X, 1000.0)}


def test_revealed_cards_go_beside_each_other_not_on_each_other_or_on_other_cards():
    mine = face_up("mine", 0, 0)
    in_the_way = face_up("bens", STEP_X, 0, who="ben")
    one, two = silent("one", 2000, 2000), silent("two", 3000, 3000)
    moves = beside_author([one, two], [mine, in_the_way, one, two])
    assert moves == {"one": (2 * STEP_X, 0.0), "two": (3 * STEP_X, 0.0)}
