"""The undo menu names a justification as the history does: numeral and field in words.

It said «justificación del aviso anexo5»: the rule's internal code, which no office reads.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.findings import PaimefFinding, Severity
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_history import paimef_history
from ism_desktop.workspace.paimef_undo import PaimefEditing
from tests.paimef_builders import programme

AUTHOR = Author("Enlace PAIMEF", "mlopez")


def test_a_justification_step_is_named_with_the_numeral_and_the_field(tmp_path: Path) -> None:
    capture = PaimefFinding(
        "anexo5", Severity.WARNING, "", "indicador.2.2026-T1", "Falta capturar el indicador 2."
    )
    with Store.open(tmp_path / "datos.sqlite3") as store:
        store.paimef.replace(programme(), AUTHOR, "prueba", [])
        editing = PaimefEditing(store, AUTHOR, date(2026, 4, 20))

        editing.justify(2026, capture, "Se captura en julio.")

        step = editing.history.to_undo()
        assert step is not None
        assert step.description == (
            "justificación del aviso del numeral 3.6.2 c) / Anexo 5 "
            "(indicador 2, primer trimestre de 2026)"
        )
        # The very words the history tab shows for the same write.
        assert paimef_history(store, 2026)[0].what == step.description
