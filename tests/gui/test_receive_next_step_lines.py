"""The review shows the step after a package with errors whole, on lines of its own.

On one line with the counts, it ran past the review's width at 1366×768 and was cut at
«pida a la unidad un paquete corregido…».
"""

from __future__ import annotations

import pytest

from ism_desktop.gui.receive_dialog import _in_lines
from tests.exchange.test_received_errors_next_step import NEXT

pytestmark = pytest.mark.gui

SUMMARY = (
    "Por recibir (nada guardado aún) «ETCA-III-04_2024_T1_unidad_004.ismpaq»: paquete de "
    "informe de la unidad 004, ejercicio 2024, trimestre 1, envío número 1; 1 meta cambia; 2 "
    f"errores de la revisión en 1 meta; 7 avisos, 7 sin justificar.{NEXT}"
)


def test_the_next_step_is_wrapped_below_the_counts() -> None:
    lines = _in_lines(SUMMARY).splitlines()

    assert lines[2] == (
        "1 meta cambia; 2 errores de la revisión en 1 meta; 7 avisos, 7 sin justificar."
    )
    assert lines[3].startswith("Al recibirlo, el trimestre 1 de la unidad 004"), lines
    assert all(len(line) <= 100 for line in lines), lines
    assert " ".join(lines[3:]) == NEXT.strip()


def test_a_summary_without_a_step_keeps_its_three_lines() -> None:
    clean = SUMMARY.removesuffix(NEXT)

    assert len(_in_lines(clean).splitlines()) == 3
