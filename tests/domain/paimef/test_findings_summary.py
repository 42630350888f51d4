"""The count line above the PAIMEF findings says «sin …» rather than «0 …»."""

from __future__ import annotations

from ism_desktop.domain.paimef.findings import PaimefFinding, Severity, findings_summary

WARNING = PaimefFinding("R", Severity.WARNING, "A.1", "ejercido", "Revise el ejercido.")
ERROR = PaimefFinding("R", Severity.ERROR, "A.1", "ejercido", "Falta el ejercido.")


def test_no_findings_at_all() -> None:
    assert findings_summary([], 0) == "Sin errores ni avisos."


def test_warnings_without_errors() -> None:
    said = findings_summary([WARNING, WARNING], 1)
    assert said == "Sin errores y 2 avisos (1 sin justificar)."


def test_errors_without_warnings() -> None:
    assert findings_summary([ERROR, ERROR], 0) == (
        "2 errores (impiden entregar el informe); sin avisos."
    )


def test_both() -> None:
    assert findings_summary([ERROR, WARNING], 1) == (
        "1 error (impide entregar el informe) y 1 aviso (1 sin justificar)."
    )


def test_the_count_alone_as_the_command_line_says_it() -> None:
    from ism_desktop.domain.paimef.findings import findings_count

    assert findings_count([]) == "sin errores ni avisos"
    assert findings_count([WARNING, WARNING]) == "sin errores, 2 avisos"
    assert findings_count([ERROR]) == "1 error, sin avisos"
    assert findings_count([ERROR, WARNING]) == "1 error, 1 aviso"


def test_warnings_all_justified_are_said_so() -> None:
    # «(0 sin justificar)» counted what is not there, as «0 errores» did.
    assert findings_summary([WARNING, WARNING], 0) == "Sin errores y 2 avisos (todos justificados)."
    assert findings_summary([ERROR, WARNING], 0) == (
        "1 error (impide entregar el informe) y 1 aviso (justificado)."
    )
