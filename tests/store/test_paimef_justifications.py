"""Justifying PAIMEF warnings: stored with author and time; errors and empty texts refused."""

from __future__ import annotations

from datetime import date

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.paimef.findings import PaimefFinding, Severity
from ism_desktop.store.store import Store
from ism_desktop.workspace.paimef_justifications import (
    JustificationRefusedError,
    finding_key,
    justifications,
    justify,
)
from ism_desktop.workspace.paimef_review import review
from tests.paimef_builders import action, programme

AUTHOR = Author("Unidad 001", "ana")
WARNING = PaimefFinding("4.3.4.1", Severity.WARNING, "A.1", "metas", "…")
ERROR = PaimefFinding("3.4a", Severity.ERROR, "", "vertiente.B", "…")


def test_a_warning_is_justified_and_survives_a_new_review() -> None:
    with Store.in_memory() as store:
        actions = list(programme().actions)
        actions[0] = action("A.1", "A", "A-I", "30000.00", goals=())
        value = programme(*actions)
        store.paimef.replace(value, AUTHOR, "prueba", [])
        [warning] = review(store, value, date(2026, 3, 20))
        stored = justify(
            store, 2026, warning, "  Las metas se definen en el ajuste total.  ", AUTHOR
        )
        assert stored.text == "Las metas se definen en el ajuste total."
        assert stored.author == "Unidad 001 (ana)"
        [again] = review(store, value, date(2026, 3, 21))
        assert justifications(store, 2026)[finding_key(again)].text == stored.text
        assert store.paimef.history(2026)[-1].what == "justificación 4.3.4.1 A.1 metas"


@pytest.mark.parametrize(
    ("finding", "text", "message"),
    [
        (ERROR, "motivo", "«3.4a» es un error: no se justifica, se corrige en el Programa Anual."),
        (WARNING, "   ", "la justificación está vacía; escriba el motivo."),
    ],
)
def test_refused(finding: PaimefFinding, text: str, message: str) -> None:
    with Store.in_memory() as store, pytest.raises(JustificationRefusedError) as refused:
        justify(store, 2026, finding, text, AUTHOR)
    assert str(refused.value) == message


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("x" * 20_001, "es demasiado larga: máx. 20\u00a0000 caracteres (tiene 20\u00a0001)"),
        ("Falta\x07el formato", "tiene un carácter que no es texto (U+0007, posición 6)"),
        ("\ud800", "tiene un carácter que no es texto (U+D800, posición 1)"),
    ],
)
def test_a_text_no_file_can_hold_is_refused_and_nothing_stored(text: str, said: str) -> None:
    with Store.in_memory() as store:
        with pytest.raises(JustificationRefusedError) as caught:
            justify(store, 2026, WARNING, text, AUTHOR)

        assert str(caught.value) == f"la justificación {said}."
        assert justifications(store, 2026) == {}
        assert store.paimef.history(2026) == []
