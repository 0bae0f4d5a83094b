"""The agenda's rules as a facilitator meets them, without the window: which step is
current, how the countdown reads (and flashes once time is up), that only one step
runs, what start, pause, resume, extend, skip, finish and next store and call their
undo steps, when time's up is announced, the silent round's face-down counts and
when the room may see the dots. Time is a fake clock; nothing sleeps."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from PySide6.QtCore import QObject

from app.agenda import Agenda, Display, mm_ss, utc_now
from app.editor import Editor
from app.placement import GAP
from tests.test_agenda import FakeClock


@pytest.mark.parametrize("seconds, shown", [
    (600, "10:00"), (65, "01:05"), (4500, "75:00"), (59.5, "01:00"), (1, "00:01"), (1.001, "00:02"),
    (0.2, "00:01"), (0, "00:00"), (-0.0005, "00:00"), (-30, "00:00"),
])
def test_the_countdown_reads_minutes_and_seconds_rounding_up(seconds, shown):
    assert mm_ss(seconds) == shown


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def editor(qapp, session_doc):
    ed = Editor(session_doc)
    ed.add_participant("Ana")
    ed.add_participant("Ben")
    ed.stack.clear()
    return ed


@pytest.fixture
def agenda(editor, clock):
    ag = Agenda(editor, clock=clock)
    yield ag
    ag.detach()


def three_steps(agenda):
    return [agenda.add_step("Map", 600, prompt="What do you do?"), agenda.add_step("Pains", 300),
            agenda.add_step("Vote", 120, voting=1)]


def stored(agenda, step):
    return agenda.doc.db["agenda_steps"].get(step.id)


def status(agenda):
    return [(s.title, s.status) for s in agenda.steps()]


def test_added_steps_go_last_with_tidy_titles_and_whole_durations(agenda):
    a = agenda.add_step("  Map  ")  # ten minutes unless told
    b = agenda.add_step("   ", -30, prompt="Why?", status="done", colour="red")
    c = agenda.add_step("Vote", "90", voting=1, silent=0)
    assert agenda.editor.stack.undoText() == "Add agenda step “Vote”"
    assert [(s.title, s.position, s.duration_s, s.status) for s in agenda.steps()] == [
        ("Map", 0, 600, "pending"), ("Step", 1, 0, "pending"), ("Vote", 2, 90, "pending")]
    assert (stored(agenda, b)["prompt"], stored(agenda, b)["status"]) == ("Why?", "pending")
    assert stored(agenda, c)["voting"] == 1 and stored(agenda, a)["created_at"]
    agenda.editor.stack.undo()
    assert [s.title for s in agenda.steps()] == ["Map", "Step"]


def test_steps_keep_their_order_by_position_then_by_when_they_were_made(agenda):
    a, b, c = three_steps(agenda)
    agenda.editor.change_records("agenda_steps", {c.id: {"position": 0}}, "same place as Map")
    assert [s.title for s in agenda.steps()] == ["Map", "Vote", "Pains"]


def test_editing_a_step_keeps_to_its_fields_and_is_undoable(agenda):
    a, _, _ = three_steps(agenda)
    assert agenda.edit_step(a.id, title="Map the work", duration_s=-5, status="done")
    assert agenda.editor.stack.undoText() == "Edit agenda step “Map”"
    row = stored(agenda, a)
    assert (row["title"], row["duration_s"], row["status"]) == ("Map the work", 0, "pending")
    assert agenda.edit_step(a.id, duration_s="240")
    assert stored(agenda, a)["duration_s"] == 240
    assert agenda.edit_step(a.id, prompt="Walk us through a claim")
    assert stored(agenda, a)["duration_s"] == 240


def test_removing_and_reordering_steps(agenda):
    a, b, c = three_steps(agenda)
    assert agenda.move_step(c.id, 0)
    assert agenda.editor.stack.undoText() == "Reorder agenda"
    assert [s.title for s in agenda.steps()] == ["Vote", "Map", "Pains"]
    assert [stored(agenda, s)["position"] for s in (c, a, b)] == [0, 1, 2]
    assert agenda.move_step(c.id, 2)
    assert [s.title for s in agenda.steps()] == ["Map", "Pains", "Vote"]
    depth = agenda.editor.stack.count()
    assert not agenda.move_step(c.id, 3) and not agenda.move_step(c.id, -1)
    assert not agenda.move_step(a.id, 3)  # one past the end is no place
    assert not agenda.move_step("no such step", 0)
    assert agenda.editor.stack.count() == depth
    assert agenda.remove_step(b.id)
    assert agenda.editor.stack.undoText() == "Remove agenda step “Pains”"
    assert [s.title for s in agenda.steps()] == ["Map", "Vote"]


def test_the_current_step_is_the_running_one_else_a_paused_one_else_the_first_waiting(agenda, clock):
    assert agenda.current() is None and agenda.running() is None
    a, b, c = three_steps(agenda)
    assert agenda.current().id == a.id and agenda.running() is None
    agenda.start(b.id)
    assert agenda.current().id == b.id and agenda.running().id == b.id
    agenda.pause()
    agenda.skip()
    assert status(agenda) == [("Map", "pending"), ("Pains", "skipped"), ("Vote", "pending")]
    assert agenda.current().id == a.id
    agenda.start(c.id)
    agenda.pause()
    assert agenda.current().id == c.id  # paused beats waiting
    agenda.finish()
    agenda.finish()
    assert agenda.current() is None
    assert agenda.display() == Display(votes_shown=True)


def test_the_countdown_runs_only_while_the_step_runs(agenda, clock):
    a, b, _ = three_steps(agenda)
    assert agenda.remaining(a) == 600 and agenda.remaining(b) == 300
    agenda.start()
    clock.advance(90)
    assert agenda.elapsed(agenda.step(a.id)) == 90 and agenda.remaining(agenda.step(a.id)) == 510
    assert agenda.remaining(agenda.step(b.id)) == 300  # a waiting step's time does not run
    assert agenda.pause()
    assert agenda.editor.stack.undoText() == "Pause step “Map”"
    row = stored(agenda, a)
    assert (row["status"], row["elapsed_s"], row["started_at"]) == ("paused", 90, None)
    clock.advance(100)
    assert agenda.remaining(agenda.step(a.id)) == 510
    assert agenda.display().clock == "08:30" and agenda.display().note == "Paused"
    assert agenda.resume()
    assert agenda.editor.stack.undoText() == "Resume step “Map”"
    clock.advance(10.25)
    assert agenda.remaining(agenda.step(a.id)) == 499.75
    agenda.pause()
    assert stored(agenda, a)["elapsed_s"] == 100.25


def test_pausing_keeps_the_elapsed_time_to_the_millisecond(agenda, clock):
    a, *_ = three_steps(agenda)
    agenda.start()
    clock.advance(1.23456)
    agenda.pause()
    assert stored(agenda, a)["elapsed_s"] == 1.235


def test_only_one_step_runs(agenda, clock):
    a, b, _ = three_steps(agenda)
    started = []
    agenda.step_started.connect(started.append)
    assert agenda.start(a.id)
    assert agenda.editor.stack.undoText() == "Start step “Map”"
    clock.advance(30)
    assert not agenda.start(a.id)  # already running
    assert agenda.start(b.id)
    assert status(agenda) == [("Map", "paused"), ("Pains", "running"), ("Vote", "pending")]
    assert stored(agenda, a)["elapsed_s"] == 30
    assert [(s.title, s.status) for s in started] == [("Map", "running"), ("Pains", "running")]
    agenda.editor.stack.undo()  # one undo step: Map runs again, Pains waits
    assert status(agenda) == [("Map", "running"), ("Pains", "pending"), ("Vote", "pending")]


def test_a_finished_or_skipped_step_started_again_starts_afresh(agenda, clock):
    a, b, _ = three_steps(agenda)
    agenda.start(a.id)
    clock.advance(200)
    agenda.finish()
    assert agenda.start(a.id)
    assert agenda.remaining(agenda.step(a.id)) == 600
    agenda.start(b.id)
    clock.advance(50)
    agenda.skip()
    agenda.start(b.id)
    assert agenda.remaining(agenda.step(b.id)) == 300


def test_nothing_to_run_is_refused(agenda):
    assert not agenda.start() and not agenda.pause() and not agenda.resume() and not agenda.toggle()
    assert not agenda.extend(60) and not agenda.skip() and not agenda.finish() and not agenda.next()
    assert agenda.editor.stack.count() == 0
    agenda.add_step("Map", 600)
    assert not agenda.pause()  # nothing runs
    assert not agenda.resume()  # nothing paused
    assert not agenda.start("no such step")


def test_the_start_pause_button_toggles(agenda, clock):
    a, *_ = three_steps(agenda)
    assert agenda.toggle() and agenda.running().id == a.id
    assert agenda.toggle() and agenda.step(a.id).status == "paused"
    assert agenda.toggle() and agenda.running().id == a.id


def test_extend_adds_time_and_a_run_of_presses_is_one_undo_step(agenda, clock):
    a, *_ = three_steps(agenda)
    agenda.start()
    with warnings.catch_warnings(record=True) as caught:  # Qt is handed a proper merge id
        warnings.simplefilter("always")
        assert agenda.extend(60) and agenda.extend(60)
    assert [str(w.message) for w in caught] == []
    assert agenda.editor.stack.undoText() == "Extend step “Map”"
    assert stored(agenda, a)["duration_s"] == 720
    depth = agenda.editor.stack.count()
    agenda.editor.stack.undo()
    assert stored(agenda, a)["duration_s"] == 600
    agenda.editor.stack.redo()
    assert agenda.extend(-1000)
    assert stored(agenda, a)["duration_s"] == 0
    assert agenda.editor.stack.count() == depth
    agenda.edit_step(a.id, title="Map it")
    agenda.extend(30)
    assert agenda.editor.stack.count() == depth + 2  # an extend after another edit is its own step


def test_skip_and_finish_stop_the_clock_and_say_so(agenda, clock):
    a, b, _ = three_steps(agenda)
    agenda.start()
    clock.advance(42)
    assert agenda.skip()
    assert agenda.editor.stack.undoText() == "Skip step “Map”"
    row = stored(agenda, a)
    assert (row["status"], row["elapsed_s"], row["started_at"]) == ("skipped", 42, None)
    assert agenda.running() is None and agenda.current().id == b.id  # waits to be started
    agenda.start()
    clock.advance(7)
    assert agenda.finish()
    assert agenda.editor.stack.undoText() == "Finish step “Pains”"
    assert (stored(agenda, b)["status"], stored(agenda, b)["elapsed_s"]) == ("done", 7)


def test_next_finishes_the_step_and_starts_the_next_waiting_one_as_one_undo_step(agenda, clock):
    a, b, c = three_steps(agenda)
    agenda.start(b.id)
    agenda.skip()
    agenda.start(a.id)
    started = []
    agenda.step_started.connect(started.append)
    clock.advance(20)
    assert agenda.next()
    assert agenda.editor.stack.undoText() == "Next step “Vote”"
    assert status(agenda) == [("Map", "done"), ("Pains", "skipped"), ("Vote", "running")]
    assert stored(agenda, c)["started_at"] == clock().isoformat()
    assert [s.title for s in started] == ["Vote"]
    agenda.editor.stack.undo()
    assert status(agenda) == [("Map", "running"), ("Pains", "skipped"), ("Vote", "pending")]
    agenda.editor.stack.redo()
    assert agenda.next()  # the last step: finished, nothing after it
    assert agenda.editor.stack.undoText() == "Finish step “Vote”"
    assert status(agenda) == [("Map", "done"), ("Pains", "skipped"), ("Vote", "done")]
    assert [s.title for s in started] == ["Vote"]


def test_next_on_a_waiting_step_does_not_start_it_again(agenda):
    a, b, _ = three_steps(agenda)
    assert agenda.next()  # Map was only waiting: it is done, Pains runs
    assert status(agenda) == [("Map", "done"), ("Pains", "running"), ("Vote", "pending")]


def test_times_up_is_announced_once_per_run_out(agenda, clock):
    a, *_ = three_steps(agenda)
    said = []
    agenda.time_up.connect(said.append)
    agenda.tick()
    agenda.start()
    clock.advance(599)
    agenda.tick()
    assert said == []
    clock.advance(1)  # exactly no time left
    agenda.tick()
    agenda.tick()
    clock.advance(30)
    agenda.tick()
    assert said == [a.id]
    agenda.extend(60)  # 30 s more to go: once they have run out too, it is said again
    clock.advance(30)
    agenda.tick()
    assert said == [a.id, a.id]
    agenda.edit_step(a.id, duration_s=10_000)  # lengthened by editing: time left again
    agenda.tick()
    agenda.edit_step(a.id, duration_s=60)
    agenda.tick()
    assert said == [a.id, a.id, a.id]
    agenda.pause()
    agenda.tick()  # nothing runs: nothing to announce
    assert len(said) == 3


def test_over_time_shows_how_far_over_and_flashes_twice_a_second(agenda, clock):
    three_steps(agenda)
    agenda.start()
    clock.advance(599.5)
    assert agenda.display() == Display("Map", "What do you do?", "00:01", "", False, False, "running", "", False)
    assert not agenda.is_over()
    clock.advance(0.5)
    shown = agenda.display()
    assert (shown.clock, shown.note, shown.over, shown.flash) == ("00:00", "Time's up (+00:00)", True, True)
    assert agenda.is_over()
    clock.advance(70.25)
    shown = agenda.display()
    assert (shown.clock, shown.note, shown.flash) == ("00:00", "Time's up (+01:11)", True)
    clock.advance(0.5)
    assert agenda.display().flash is False
    clock.advance(0.5)
    assert agenda.display().flash is True
    agenda.pause()
    shown = agenda.display()
    assert (shown.note, shown.over, shown.status) == ("Time's up (+01:12)", True, "paused")
    assert agenda.is_over()


def test_a_step_is_over_only_while_running_or_paused(agenda, clock):
    a = agenda.add_step("Check-in", 0)
    assert not agenda.is_over() and not agenda.display().over  # waiting, even with no time
    assert agenda.display().note == ""
    agenda.start()
    assert agenda.is_over(agenda.step(a.id))
    agenda.finish()
    assert not agenda.is_over(agenda.step(a.id))


def test_a_silent_step_hides_new_cards_while_it_runs(agenda, editor, clock):
    talk = agenda.add_step("Talk", 300)
    silent = agenda.add_step("Silent ideas", 300, silent=1)
    assert not agenda.silent_running() and not editor.new_cards_hidden
    agenda.start(silent.id)
    assert agenda.silent_running() and editor.new_cards_hidden
    agenda.pause()
    assert not agenda.silent_running() and not editor.new_cards_hidden
    agenda.start(silent.id)
    agenda.start(talk.id)
    assert not agenda.silent_running() and not editor.new_cards_hidden


def test_a_voting_step_runs_and_the_room_sees_the_dots_once_it_has_started(agenda):
    assert agenda.votes_shown()  # no voting step: nothing hidden
    talk = agenda.add_step("Talk", 300)
    vote = agenda.add_step("Vote", 300, voting=1)
    assert not agenda.votes_shown() and not agenda.display().votes_shown
    agenda.start(talk.id)
    assert not agenda.voting_running() and not agenda.votes_shown()
    agenda.start(vote.id)
    assert agenda.voting_running() and agenda.votes_shown() and agenda.display().votes_shown
    agenda.pause()
    assert not agenda.voting_running() and agenda.votes_shown()
    agenda.finish()
    assert agenda.votes_shown()
    agenda.editor.stack.undo()
    agenda.remove_step(talk.id)
    agenda.skip()
    assert agenda.step(vote.id).status == "skipped"
    assert not agenda.votes_shown()  # skipped: the dots stay hidden


def test_the_silent_round_counts_face_down_cards_per_author_in_roster_order(agenda, editor):
    canvas = editor.doc.all("canvases")[0].id
    other = editor.add_canvas("Second").id
    ana, ben = (p.id for p in editor.doc.all("participants"))
    editor.new_cards_hidden = True
    for who, where in ((ben, canvas), (ana, canvas), (ben, canvas), (None, canvas), (ana, other)):
        editor.add_card(where, "idea", participant_id=who)
    editor.new_cards_hidden = False
    editor.add_card(canvas, "said aloud", participant_id=ana)
    assert agenda.face_down() == [("Ana", 2), ("Ben", 2), ("No author", 1)]
    assert agenda.face_down(canvas) == [("Ana", 1), ("Ben", 2), ("No author", 1)]
    assert agenda.face_down(other) == [("Ana", 1)]
    assert agenda.display(other).face_down == "Silent round: Ana 1 face-down"
    assert agenda.display(canvas).face_down == "Silent round: Ana 1 · Ben 2 · No author 1 face-down"
    assert agenda.display(canvas).title == ""  # no agenda: only the counts


def test_revealing_turns_every_card_up_in_one_undo_step(agenda, editor):
    canvas = editor.doc.all("canvases")[0].id
    ana = editor.doc.all("participants")[0].id
    mine = editor.add_card(canvas, "said aloud", participant_id=ana, pos=(0.0, 0.0))
    editor.new_cards_hidden = True
    near = editor.add_card(canvas, "near", participant_id=ana, pos=(0.0, 300.0))
    far = editor.add_card(canvas, "far", participant_id=ana, pos=(3000.0, 3000.0))
    editor.new_cards_hidden = False
    changes = []
    agenda.face_down_changed.connect(lambda: changes.append(1))
    assert agenda.reveal()
    assert editor.stack.undoText() == "Reveal 2 silent cards"
    assert agenda.face_down() == [] and changes
    got = {c.text: (c.x, c.y, c.hidden) for c in editor.doc.all("cards")}
    assert got["near"] == (0.0, 300.0, 0)
    assert got["far"] == (mine.x + mine.width + GAP, mine.y, 0)  # beside the author's latest face-up card
    assert not agenda.reveal()  # nothing face down any more
    editor.stack.undo()
    assert {c.id for c in editor.doc.all("cards") if c.hidden} == {near.id, far.id}


def test_the_agenda_says_when_steps_or_face_down_cards_change(agenda, editor):
    changed, face_down = [], []
    agenda.changed.connect(lambda: changed.append(1))
    agenda.face_down_changed.connect(lambda: face_down.append(1))
    canvas = editor.doc.all("canvases")[0].id
    card = editor.add_card(canvas, "aloud")
    editor.edit_card(card.id, text="said aloud")
    assert changed == [] and face_down == []
    step = agenda.add_step("Map", 60)
    assert len(changed) == 1
    editor.edit_card(card.id, hidden=1)
    assert len(face_down) == 1
    editor.edit_card(card.id, hidden=0)
    assert len(face_down) == 2
    editor.delete(card_ids=[card.id])  # a face-up card going: no change to the counts
    assert len(face_down) == 2
    agenda.remove_step(step.id)
    assert len(changed) == 2


def test_a_detached_agenda_no_longer_follows_the_session(editor, clock):
    agenda = Agenda(editor, clock=clock)
    agenda.start(agenda.add_step("Silent", 60, silent=1).id)
    assert editor.new_cards_hidden
    changed = []
    agenda.changed.connect(lambda: changed.append(1))
    agenda.detach()
    assert not editor.new_cards_hidden
    Agenda(editor, clock=clock).add_step("After", 60)
    assert changed == []


def test_a_new_agenda_on_a_session_with_a_silent_step_running_hides_new_cards(editor, clock):
    first = Agenda(editor, clock=clock)
    first.start(first.add_step("Silent", 60, silent=1).id)
    first.detach()
    again = Agenda(editor, clock=clock)
    assert editor.new_cards_hidden and again.silent_running()
    again.detach()


def test_a_paused_step_stands_still_even_with_a_start_time_on_record(agenda, editor, clock):
    a, *_ = three_steps(agenda)
    agenda.start()
    clock.advance(60)
    # paused by a plain status change (an import, another tool): its start time stays on record
    editor.change_records("agenda_steps", {a.id: {"status": "paused", "elapsed_s": 60.0}}, "Pause elsewhere")
    clock.advance(100)
    assert agenda.remaining(agenda.step(a.id)) == 540
    agenda.finish()
    assert stored(agenda, a)["elapsed_s"] == 60


def test_a_paused_step_that_ran_over_stays_over_while_another_runs(agenda, clock):
    a, b, _ = three_steps(agenda)
    agenda.start(b.id)
    clock.advance(400)
    agenda.start(a.id)
    assert agenda.is_over(agenda.step(b.id)) and not agenda.is_over(agenda.step(a.id))
    assert not agenda.is_over()  # the current step is Map, with time left


def test_an_agenda_with_no_steps_has_nothing_to_show(agenda):
    assert agenda.current() is None and not agenda.is_over()
    assert agenda.display() == Display(votes_shown=True)


def test_the_real_clock_counts_down_in_utc(editor):
    assert utc_now().utcoffset() == dt.timedelta(0)
    agenda = Agenda(editor)
    step = agenda.add_step("Map", 600)
    agenda.start()
    assert 590 < agenda.remaining(agenda.step(step.id)) <= 600
    agenda.detach()


def test_an_agenda_belongs_to_the_window_that_made_it(editor, clock):
    holder = QObject()
    agenda = Agenda(editor, clock=clock, parent=holder)
    assert agenda.parent() is holder
    agenda.detach()


def test_detaching_one_agenda_leaves_the_others_and_the_editor_listening(agenda, editor, clock):
    other = Agenda(editor, clock=clock)
    changed = []
    agenda.changed.connect(lambda: changed.append(1))
    other.detach()
    assert editor.new_cards_hidden is False
    agenda.add_step("Map", 60)
    assert changed == [1]
    editor.remove_participant(editor.current_participant_id)  # the editor still follows removals
    assert editor.current_participant().name == "Ben"
