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

    assert [f.key for f in again] == [("metas-alcanzado", "A.1", "metas.1")]
    assert kept[again[0].key].text == "Asistieron más personas de las convocadas."
