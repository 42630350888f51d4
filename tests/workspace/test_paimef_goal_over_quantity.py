"""The warning of a meta achieved beyond its quantity is justified and kept as the others."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.programme import Goal
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_justifications import justifications, justify
from ism_desktop.workspace.paimef_review import review
from tests.paimef_builders import action, programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")
TODAY = date(2026, 3, 20)


def test_the_warning_is_justified_and_stays_justified_in_the_next_review(tmp_path: Path) -> None:
    actions = list(programme().actions)
    actions[0] = action("A.1", "A", "A-I", "30000.00", goals=(Goal("Personas", "PERSONA", 40, 52),))
    value = programme(*actions)
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(value, AUTHOR, "prueba", [])
        [warning] = [f for f in review(store, value, TODAY) if f.rule == "metas-alcanzado"]
        justify(store, 2026, warning, "Asistieron más personas de las convocadas.", AUTHOR)
        again = [f for f in review(store, value, TODAY) if f.rule == "metas-alcanzado"]
        kept = justifications(store, 2026)

    assert [f.key for f in again] == [("metas-alcanzado", "A.1", "metas.Personas")]
    assert kept[again[0].key].text == "Asistieron más personas de las convocadas."


def test_a_justification_stays_with_its_meta_when_the_metas_are_reordered(
    tmp_path: Path,
) -> None:
    # Keyed by the meta's row number, the reason written for «Folletos» (row 2) answered
    # «Sesiones» once the rows were swapped, and «Folletos» asked again.
    sessions, leaflets = Goal("Sesiones", "SESIÓN", 10, 12), Goal("Folletos", "PIEZA", 50, 80)
    actions = list(programme().actions)
    actions[0] = action("A.1", "A", "A-I", "30000.00", goals=(sessions, leaflets))
    first = programme(*actions)
    actions[0] = action("A.1", "A", "A-I", "30000.00", goals=(leaflets, sessions))
    swapped = programme(*actions)
    reason = "Se imprimieron más folletos con el sobrante de papel."
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(first, AUTHOR, "prueba", [])
        warnings = [f for f in review(store, first, TODAY) if f.rule == "metas-alcanzado"]
        [on_leaflets] = [f for f in warnings if "«Folletos»" in f.message]
        justify(store, 2026, on_leaflets, reason, AUTHOR)
        store.paimef.replace(swapped, AUTHOR, "prueba", [])
        again = [f for f in review(store, swapped, TODAY) if f.rule == "metas-alcanzado"]
        kept = justifications(store, 2026)

    answered = {f.message.split("«")[1].split("»")[0]: kept.get(f.key) for f in again}
    assert answered["Sesiones"] is None
    leaflets_answer = answered["Folletos"]
    assert leaflets_answer is not None
    assert leaflets_answer.text == reason
