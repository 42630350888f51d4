"""A unit's package replaces the justifications of its metas: one written here is said first.

The package carries the unit's answers to its warnings, and they are the ones kept. A
justification the coordinating unit wrote on one of the unit's metas, while the unit's quarter
was open, was deleted when the unit's next package came, and the review only listed it as a
change like the unit's own: the coordinator learned it was gone afterwards, if ever.
"""

from __future__ import annotations

from pathlib import Path

from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.validation.justification import JustificationKey
from ism_desktop.exchange.intake.diff import diff_text
from ism_desktop.exchange.intake.packages import apply_package, check_package, receive_packages
from ism_desktop.workspace.quarter_closing import reopen_quarter
from ism_desktop.workspace.transfers import export_unit_package
from tests.workspace.two_pcs import next_second, seed_workspace

UNIT, T1 = UnitCode("004"), Quarter.FIRST
# Unit 004's metas with warnings in the seed: the target changed (270 → 900), and an
# achievement out of range that the evaluation does not explain.
CAPTURE, EVENTS = "f20501255102642a", "324d66f81b69ca65"
CHANGED_TARGET = JustificationKey(2024, CAPTURE, T1, "META_MODIFICADA")
OUT_OF_RANGE = JustificationKey(2024, EVENTS, T1, "AVANCE_FUERA_DE_RANGO")
HERE = "OFICIO DE LA COORDINADORA 12/2024: LA META SE AJUSTÓ POR LA DEMANDA."


def _replaced_here(review: str) -> list[str]:
    return [line for line in review.splitlines() if "escrita aquí" in line]


def test_a_justification_written_here_before_the_package_is_said_replaced(
    tmp_path: Path, seed_path: Path
) -> None:
    at_unit = seed_workspace(tmp_path / "unidad.sqlite3", seed_path, at_unit=True)
    coordinator = seed_workspace(tmp_path / "coordinadora.sqlite3", seed_path, at_unit=False)
    coordinator.justify(CHANGED_TARGET, HERE)
    package = export_unit_package(at_unit.store, UNIT, T1, tmp_path / "p1", year=2024).path

    (checked,) = receive_packages(coordinator.store, [package], dry_run=True)
    assert checked.incoming is not None
    diff = checked.incoming.diff

    (note,) = [note for note in diff.warnings if "escrita aquí" in note]
    assert note == (
        "el paquete reemplaza la justificación escrita aquí del aviso T1 «La meta modificada "
        "difiere de la original (anual o del trimestre) sin motivo» de la meta «CAPTURA DE "
        "EXPEDIENTE DE ATENCIÓN A MUJERES VÍCTIMAS DE…»: «OFICIO DE LA COORDINADORA "
        "12/2024: LA META SE AJUSTÓ POR LA DEMANDA.» → (vacío); la unidad no la tiene: si debe "
        "quedar, pídale que la escriba y le envíe otro paquete"
    )
    # The command line's review (``import-package --dry-run``) says it as a warning.
    assert _replaced_here(diff_text(diff)) == [f"  Aviso: {note}"]
    # Nothing is written by the review: the justification is still there.
    assert coordinator.store.justifications.get(CHANGED_TARGET) is not None


def test_only_what_was_written_here_is_said_not_the_units_own_earlier_answer(
    tmp_path: Path, seed_path: Path
) -> None:
    at_unit = seed_workspace(tmp_path / "unidad.sqlite3", seed_path, at_unit=True)
    coordinator = seed_workspace(tmp_path / "coordinadora.sqlite3", seed_path, at_unit=False)
    at_unit.justify(CHANGED_TARGET, "LA UNIDAD: SE AMPLIÓ LA COBERTURA.")
    first = export_unit_package(at_unit.store, UNIT, T1, tmp_path / "p1", year=2024)
    apply_package(coordinator.store, check_package(coordinator.store, first.path))
    next_second()
    reopen_quarter(at_unit.store, 2024, UNIT, T1, "Corrección", at_unit.author)
    reopen_quarter(coordinator.store, 2024, UNIT, T1, "Corrección", coordinator.author)
    next_second()
    # The unit takes its own answer back; the coordinator answers another warning here.
    at_unit.remove_justification(CHANGED_TARGET)
    coordinator.reload()
    coordinator.justify(OUT_OF_RANGE, HERE)
    second = export_unit_package(at_unit.store, UNIT, T1, tmp_path / "p2", year=2024)

    review = diff_text(check_package(coordinator.store, second.path).diff)

    # The unit's own answer going is its change, listed under its meta as before.
    assert "«LA UNIDAD: SE AMPLIÓ LA COBERTURA.» → (vacío)" in review
    (said,) = _replaced_here(review)
    assert "del aviso T1 «El % de avance oficial sale del rango esperado" in said
    assert f"«{HERE}» → (vacío)" in said
