"""``paimef justificar --quitar``: a PAIMEF warning's justification taken back, as ``justify
--quitar`` takes a meta's; it could only be rewritten."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.e2e.paimef_programme_db import loaded_db as loaded_db  # the fixture

pytestmark = pytest.mark.e2e
DAY = ("--hoy", "2026-07-15")  # the first quarter's captures are missing: anexo5 warnings
WARNING = ("--regla", "anexo5", "--campo", "indicador.2.2026-T1")


def _stored(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as raw:
        return list(raw.execute("SELECT field, text FROM paimef_justifications"))


def _removal(db: Path) -> dict[str, str]:
    """The history's line of the removal.

    Not «the first line»: written in the same second as the justification, the two read as one
    save, listed in the order written (it failed one run in four).
    """
    history = json.loads(run_cli("paimef", "historial", "--db", db, "--json").stdout)
    (line,) = [c for c in history["cambios"] if c["detalle"].startswith("Se quitó")]
    return dict(line)


def test_a_justification_is_taken_back(loaded_db: Path) -> None:
    saved = run_cli(
        "paimef", "justificar", *WARNING, "--texto", "Por error.", "--db", loaded_db, *DAY
    )
    assert saved.returncode == 0, saved.stderr
    assert _stored(loaded_db) == [("indicador.2.2026-T1", "Por error.")]

    removed = run_cli("paimef", "justificar", *WARNING, "--quitar", "--db", loaded_db, *DAY)

    assert removed.returncode == 0, removed.stderr
    assert removed.stdout == "Justificación borrada: regla anexo5, indicador.2.2026-T1.\n"
    assert _stored(loaded_db) == []
    latest = _removal(loaded_db)
    assert latest["que"] == (
        "justificación del aviso del numeral 3.6.2 c) / Anexo 5 "
        "(indicador 2, primer trimestre de 2026)"
    )
    assert latest["detalle"] == "Se quitó la justificación: «Por error.»."
    assert latest["perfil"] == "Línea de comandos"


def test_nothing_stored_is_said_and_nothing_written(loaded_db: Path) -> None:
    before = json.loads(run_cli("paimef", "historial", "--db", loaded_db, "--json").stdout)

    result = run_cli("paimef", "justify", *WARNING, "--quitar", "--db", loaded_db, *DAY)

    assert result.returncode == 0, result.stderr
    assert result.stdout == "No había justificación guardada para ese aviso.\n"
    after = json.loads(run_cli("paimef", "historial", "--db", loaded_db, "--json").stdout)
    assert after == before


def test_a_text_and_quitar_together_are_refused(loaded_db: Path) -> None:
    result = run_cli(
        "paimef", "justificar", *WARNING, "--texto", "x", "--quitar", "--db", loaded_db, *DAY
    )

    assert result.returncode == 2
    assert "--quitar" in result.stderr
    assert "Traceback" not in result.stderr
    assert _stored(loaded_db) == []


def test_one_of_a_warning_no_longer_shown_is_taken_back(loaded_db: Path) -> None:
    # Justified by mistake, then the warning went (on the 15th of January the first quarter's
    # captures are not due yet): «justify --quitar» takes a meta's back all the same; this one
    # answered «no hay ninguna observación» and the reason stayed, to come back with it.
    saved = run_cli(
        "paimef", "justificar", *WARNING, "--texto", "Por error.", "--db", loaded_db, *DAY
    )
    assert saved.returncode == 0, saved.stderr

    removed = run_cli(
        "paimef", "justificar", *WARNING, "--quitar", "--db", loaded_db, "--hoy", "2026-01-15"
    )

    assert removed.returncode == 0, removed.stderr
    assert removed.stdout == (
        "Justificación borrada: regla anexo5, indicador.2.2026-T1 (el aviso ya no aparece en "
        "la revisión).\n"
    )
    assert _stored(loaded_db) == []
    assert _removal(loaded_db)["detalle"] == "Se quitó la justificación: «Por error.»."
    # Nothing stored and no warning: said as before.
    again = run_cli(
        "paimef", "justificar", *WARNING, "--quitar", "--db", loaded_db, "--hoy", "2026-01-15"
    )
    assert again.returncode != 0
    assert again.stderr == "Error: no hay ninguna observación de la regla anexo5 que coincida.\n"
