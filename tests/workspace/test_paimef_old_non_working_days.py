"""A days file written before weekends and holidays were refused: its review warns, keeps it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.findings import Severity
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_review import review
from tests.paimef_builders import programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")
# As an older version wrote it: a Saturday and the 1 May among the days added.
OLD_FILE = (
    '{"dias_inhabiles": [{"fecha": "2026-03-07", "motivo": "Cierre anual"}, '
    '{"fecha": "2026-04-02", "motivo": "Jueves Santo"}, '
    '{"fecha": "2026-05-01", "motivo": "Día del Trabajo"}]}\n'
)


def test_the_review_warns_of_each_day_already_closed_and_leaves_the_file(tmp_path: Path) -> None:
    days_file = tmp_path / "dias_inhabiles.json"
    days_file.write_text(OLD_FILE, encoding="utf-8")
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        findings = review(store, programme(), date(2026, 3, 20))

    listed = [f for f in findings if f.rule == "dias_inhabiles"]
    assert [(f.severity, f.field) for f in listed] == [
        (Severity.WARNING, "inhabil.2026-03-07"),
        (Severity.WARNING, "inhabil.2026-05-01"),
    ]
    assert listed[0].message.startswith("El día inhábil 07/03/2026 («Cierre anual») ")
    assert "es sábado: ya era inhábil" in listed[0].message
    assert days_file.read_text(encoding="utf-8") == OLD_FILE
