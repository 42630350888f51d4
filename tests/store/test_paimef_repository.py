"""The PAIMEF tables: a programme and captures round-trip, writes are audited."""

from __future__ import annotations

from decimal import Decimal

from ism_desktop.domain.audit import Author
from ism_desktop.store.store import Store
from tests.paimef_builders import programme

AUTHOR = Author("Unidad 001", "ana")


def test_programme_round_trip_and_audit() -> None:
    with Store.in_memory() as store:
        assert store.paimef.load(2026) is None
        original = programme()
        store.paimef.replace(original, AUTHOR, "importación", ["Programa Anual 2026 nuevo."])
        assert store.paimef.load(2026) == original
        assert store.paimef.years() == [2026]
        [entry] = store.paimef.history(2026)
        assert (entry.what, entry.detail, entry.author) == (
            "importación",
            "Programa Anual 2026 nuevo.",
            AUTHOR,
        )


def test_replace_leaves_no_trace_of_the_old_actions() -> None:
    with Store.in_memory() as store:
        store.paimef.replace(programme(), AUTHOR, "primera", [])
        smaller = programme(*programme().actions[:2])
        store.paimef.replace(smaller, AUTHOR, "segunda", [])
        assert store.paimef.load(2026) == smaller


def test_captures_round_trip_and_delete() -> None:
    with Store.in_memory() as store:
        values = (Decimal("130"), Decimal("100.5"))
        store.paimef.save_capture(2026, 2, "2026-T1", values, AUTHOR)
        assert store.paimef.captures() == {(2, "2026-T1"): values}
        store.paimef.save_capture(2026, 2, "2026-T1", None, AUTHOR)
        assert store.paimef.captures() == {}
        assert [e.detail for e in store.paimef.history(2026)] == ["130, 100.5", "borrada"]
