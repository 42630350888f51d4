"""Ids bound to ``IN (…)`` in padded chunks: every id asked for, the same rows found."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import Justification, JustificationKey
from ism_desktop.store.id_lists import IDS_PER_QUERY, id_chunks
from ism_desktop.store.store import Store

AT = "2024-04-10T09:30:00-07:00"


def ids(count: int) -> list[str]:
    return [f"{number:016x}" for number in range(count)]


@pytest.mark.parametrize("count", [0, 1, 7, 8, 9, 17, 511, 512, 513, 900, 901, 1800, 2000])
def test_the_chunks_ask_for_every_id_and_only_those(count: int) -> None:
    chunks = list(id_chunks(ids(count)))

    asked = [meta_id for _marks, chunk in chunks for meta_id in chunk]
    assert set(asked) == set(ids(count))
    for marks, chunk in chunks:
        assert len(chunk) <= IDS_PER_QUERY
        assert marks == ", ".join("?" for _ in chunk)
    # Chunks keep the order given; only the end of each repeats its last id.
    distinct = [meta_id for _marks, chunk in chunks for meta_id in dict.fromkeys(chunk)]
    assert distinct == ids(count)


def test_lists_of_many_lengths_share_a_few_statements() -> None:
    shapes = {marks for count in range(1, IDS_PER_QUERY + 1) for marks, _ in id_chunks(ids(count))}

    assert len(shapes) <= 10


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.in_memory() as fresh:
        yield fresh


@pytest.mark.parametrize("asked", [1, 3, 9, 20])
def test_justifications_for_padded_lists_are_each_found_once(store: Store, asked: int) -> None:
    saved = [
        Justification.justified(
            JustificationKey(2024, meta_id, Quarter.FIRST, "META_MODIFICADA"),
            "Por oficio.",
            "a",
            AT,
        )
        for meta_id in ids(12)
    ]
    store.justifications.save_all(saved)

    found = store.justifications.for_metas(2024, Quarter.FIRST, ids(asked))

    assert found == [item for item in saved if item.key.meta_id in ids(asked)]
