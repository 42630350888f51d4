"""Justifications and acknowledgements of warnings: stored per year, meta, quarter and rule."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.store.database import open_memory_database
from ism_desktop.store.justification_repository import JustificationRepository
from ism_desktop.store.schema import applied_migrations
from ism_desktop.store.store import Store

META_A, META_B = "81c66974b9c27b3a", "869e9e38e8f221fa"
AT = "2024-04-10T09:30:00-07:00"


def key(
    meta: str = META_A, quarter: int = 1, rule: str = "META_MODIFICADA", year: int = 2024
) -> JustificationKey:
    return JustificationKey(year, meta, Quarter(quarter), rule)


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.in_memory() as fresh:
        yield fresh


def test_a_written_justification_round_trips(store: Store) -> None:
    saved = Justification.justified(key(), "Se reprogramó por oficio SH-123.", "ana (004)", AT)

    store.justifications.save(saved)

    assert store.justifications.get(key()) == saved


def test_an_acknowledgement_round_trips(store: Store) -> None:
    saved = Justification.acknowledged(key(rule="NARRATIVA_DEDAZO"), "ana", AT)

    store.justifications.save(saved)

    loaded = store.justifications.get(key(rule="NARRATIVA_DEDAZO"))
    assert loaded == saved
    assert loaded is not None
    assert loaded.is_acknowledgement


def test_saving_again_replaces(store: Store) -> None:
    store.justifications.save(Justification.acknowledged(key(), "ana", AT))
    later = Justification.justified(
        key(), "Motivo escrito después.", "luis", "2024-04-11T10:00:00-07:00"
    )

    store.justifications.save(later)

    assert store.justifications.for_year(2024) == [later]


def test_nothing_stored_is_none(store: Store) -> None:
    assert store.justifications.get(key()) is None
    assert store.justifications.for_year(2024) == []


def test_remove(store: Store) -> None:
    store.justifications.save(Justification.acknowledged(key(), "ana", AT))

    assert store.justifications.remove(key()) is True
    assert store.justifications.remove(key()) is False
    assert store.justifications.get(key()) is None


def test_queries_filter_by_year_quarter_and_meta(store: Store) -> None:
    stored = [
        Justification.acknowledged(key(META_B, 1, "NARRATIVA_DEDAZO"), "ana", AT),
        Justification.acknowledged(key(META_A, 2, "META_MODIFICADA"), "ana", AT),
        Justification.acknowledged(key(META_A, 1, "NARRATIVA_COPIA"), "ana", AT),
        Justification.acknowledged(key(META_A, 1, "META_MODIFICADA"), "ana", AT),
        Justification.acknowledged(key(META_A, 1, "META_MODIFICADA", year=2023), "ana", AT),
    ]
    store.justifications.save_all(stored)

    assert [j.key for j in store.justifications.for_year(2024)] == [
        key(META_A, 1, "META_MODIFICADA"),
        key(META_A, 1, "NARRATIVA_COPIA"),
        key(META_A, 2, "META_MODIFICADA"),
        key(META_B, 1, "NARRATIVA_DEDAZO"),
    ]
    assert [j.key for j in store.justifications.for_quarter(2024, Quarter.SECOND)] == [
        key(META_A, 2, "META_MODIFICADA")
    ]
    assert [j.key for j in store.justifications.for_meta(2024, META_B)] == [
        key(META_B, 1, "NARRATIVA_DEDAZO")
    ]


def test_the_table_refuses_a_reason_that_is_neither_text_nor_acknowledgement() -> None:
    db = open_memory_database()
    insert = (
        "INSERT INTO justifications (year, meta_stable_id, quarter, rule_code, text, "
        "acknowledged, author, at) VALUES (2024, 'x', 1, 'META_MODIFICADA', ?, ?, 'ana', ?)"
    )

    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        db.execute(insert, ["  ", 0, AT])  # a blank written justification
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        db.execute(insert, ["texto", 1, AT])  # an acknowledgement that carries text


def test_justifications_survive_closing_the_file(tmp_path: Path) -> None:
    saved = Justification.justified(key(), "Se reprogramó.", "ana", AT)
    with Store.open(tmp_path / "avance.sqlite3") as first:
        first.justifications.save(saved)

    with Store.open(tmp_path / "avance.sqlite3") as second:
        assert second.justifications.for_year(2024) == [saved]


def test_the_migration_is_named_and_applied() -> None:
    db = open_memory_database()

    assert "0002_justifications" in applied_migrations(db)
    assert JustificationRepository(db).for_year(2024) == []


def test_for_metas_reads_one_quarter_of_the_metas_named_however_many(store: Store) -> None:
    metas = [f"{index:016x}" for index in range(2000)]  # more than one query's parameters
    store.justifications.save_all(
        Justification.acknowledged(key(meta, quarter), "ana (004)", AT)
        for meta in metas
        for quarter in (1, 2)
    )
    wanted = {*metas[:1500:3], META_B}

    found = store.justifications.for_metas(2024, Quarter.FIRST, wanted)

    assert sorted(item.key for item in found) == sorted(key(meta) for meta in metas[:1500:3])


def test_saving_the_same_answer_again_writes_nothing_but_a_new_warning_answered_does(
    tmp_path: Path,
) -> None:
    first = Justification.justified(key(), "Oficio 12.", "ana", AT, ("Avance de 50 %.",))
    again = Justification.justified(
        key(), "Oficio 12.", "pepe", "2024-04-11T09:30:00-07:00", ("Avance de 50 %.",)
    )
    confirmed = Justification.justified(
        key(), "Oficio 12.", "pepe", "2024-04-12T09:30:00-07:00", ("Avance de 40 %.",)
    )
    with Store.open(tmp_path / "avance.sqlite3") as store:
        store.justifications.save(first)
        # The same text (whoever writes it) answering the same warning: kept as it was.
        store.justifications.save(again)
        kept = store.justifications.get(key())
        # The same text now answering another warning: the person confirmed it, a change.
        store.justifications.save(confirmed)
        replaced = store.justifications.get(key())

    assert kept == first
    assert replaced == confirmed
