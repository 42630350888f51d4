"""A sitting's autosaves of one field travel as one change: first before, last after."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ism_desktop.domain.audit import AuditEntry, Author, FieldChange
from ism_desktop.domain.history_runs import SITTING_GAP, sitting_runs

ANA = Author("Unidad 009", "ana")
LUIS = Author("Unidad 009", "luis")
START = datetime(2024, 4, 3, 9, 0, tzinfo=datetime.now().astimezone().tzinfo)
EVALUATION = "evaluacion.t1"


def _entry(
    minute: float, old: str, new: str, field: str = EVALUATION, author: Author = ANA
) -> AuditEntry:
    at = (START + timedelta(minutes=minute)).isoformat(timespec="seconds")
    return AuditEntry(at, author, FieldChange(field, field, old, new))


def _typed(pieces: list[str], every: float = 0.5) -> list[AuditEntry]:
    """An evaluation growing one piece at each pause, ``every`` minutes apart."""
    entries, text = [], ""
    for number, piece in enumerate(pieces):
        entries.append(_entry(number * every, text, text + piece))
        text += piece
    return entries


def test_one_sittings_saves_are_one_change_from_the_first_before_to_the_last_after() -> None:
    pieces = [f"Frase {n}. " for n in range(300)]
    entries = _typed(pieces)

    (run,) = sitting_runs(entries)

    assert run.entry.change.old == ""
    assert run.entry.change.new == "".join(pieces)
    assert run.saves == 300
    assert run.since == entries[0].at
    assert run.entry.at == entries[-1].at


@pytest.mark.parametrize("every", [0.1, 1.0, 9.9])
def test_pauses_shorter_than_a_sitting_gap_join(every: float) -> None:
    assert len(sitting_runs(_typed(["a", "b", "c"], every))) == 1


@pytest.mark.parametrize("minutes", [10.5, 60, 24 * 60])
def test_a_longer_pause_starts_another_sitting(minutes: float) -> None:
    entries = [_entry(0, "", "a"), _entry(0.2, "a", "ab"), _entry(0.2 + minutes, "ab", "abc")]
    assert minutes > SITTING_GAP.total_seconds() / 60

    runs = sitting_runs(entries)

    assert [(r.entry.change.old, r.entry.change.new, r.saves) for r in runs] == [
        ("", "ab", 2),
        ("ab", "abc", 1),
    ]


def test_another_field_between_keeps_the_order_of_what_was_done() -> None:
    entries = [
        _entry(0, "", "a"),
        _entry(0.1, "761.00", "780", field="realizado.t1.num"),
        _entry(0.2, "a", "ab"),
    ]

    runs = sitting_runs(entries)

    assert [r.entry.change.field for r in runs] == [EVALUATION, "realizado.t1.num", EVALUATION]
    assert all(r.saves == 1 for r in runs)


def test_another_person_or_a_broken_chain_is_not_joined() -> None:
    other_person = [_entry(0, "", "a"), _entry(0.1, "a", "ab", author=LUIS)]
    # A save that does not start from the last one's text (an undo, an import between).
    broken = [_entry(0, "", "a"), _entry(0.1, "x", "xy")]

    assert len(sitting_runs(other_person)) == 2
    assert len(sitting_runs(broken)) == 2


@pytest.mark.parametrize("at", ["", "ayer", "2024-04-03T09:00:30"])
def test_a_time_that_cannot_be_compared_is_never_joined(at: str) -> None:
    first = _entry(0, "", "a")
    second = AuditEntry(at, ANA, FieldChange(EVALUATION, EVALUATION, "a", "ab"))

    assert len(sitting_runs([first, second])) == 2


def test_a_single_save_and_no_history_are_as_they_were() -> None:
    entry = _entry(0, "", "a")

    assert sitting_runs([]) == []
    (run,) = sitting_runs([entry])
    assert (run.entry, run.saves, run.since) == (entry, 1, entry.at)


def test_a_figures_saves_are_each_said() -> None:
    # A modified target typed, then corrected: each save may matter on its own.
    field = "modificado.t2.num"
    entries = [_entry(0, "100", "120", field=field), _entry(0.5, "120", "125", field=field)]

    assert [(r.entry.change.old, r.entry.change.new) for r in sitting_runs(entries)] == [
        ("100", "120"),
        ("120", "125"),
    ]


def test_a_text_written_and_undone_is_not_joined_into_a_change_of_nothing() -> None:
    entries = [_entry(0, "a", "ab"), _entry(0.2, "ab", "abc"), _entry(0.4, "abc", "a")]

    runs = sitting_runs(entries)

    assert [(r.entry.change.old, r.entry.change.new, r.saves) for r in runs] == [
        ("a", "ab", 1),
        ("ab", "abc", 1),
        ("abc", "a", 1),
    ]
