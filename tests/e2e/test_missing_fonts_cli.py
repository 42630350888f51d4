"""A copy of the program without its fonts says so when asked for a PDF, not «error inesperado»."""

from __future__ import annotations

from pathlib import Path

import pytest

from ism_desktop.platform import RESOURCES_ENV
from tests.e2e.cli_runner import run_cli

pytestmark = pytest.mark.e2e


def _without_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "recursos"
    (empty / "fonts").mkdir(parents=True)
    monkeypatch.setenv(RESOURCES_ENV, str(empty))


def _said_missing(stderr: str) -> None:
    assert "No se encontró la fuente" in stderr
    assert "DejaVuSans.ttf" in stderr
    assert "inesperado" not in stderr
    assert "Traceback" not in stderr


def test_the_etca_report(tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "informe.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", db, data_dir=tmp_path).returncode == 0
    _without_fonts(tmp_path, monkeypatch)

    result = run_cli(
        "report", "--db", db, "--trimestre", "1", "--pdf", tmp_path / "x.pdf", data_dir=tmp_path
    )

    assert result.returncode != 0
    _said_missing(result.stderr)
    assert not (tmp_path / "x.pdf").exists()


def test_the_paimef_informe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sample = (
        Path(__file__).resolve().parents[2] / "resources/paimef/ejemplo_programa_anual_2026.json"
    )
    db = tmp_path / "paimef.sqlite3"
    imported = run_cli("paimef", "import-programa", sample, "--db", db, data_dir=tmp_path)
    assert imported.returncode == 0, imported.stderr
    _without_fonts(tmp_path, monkeypatch)

    result = run_cli(
        "paimef", "informe", "--db", db, "--pdf", tmp_path / "p.pdf", "--hoy", "2026-08-01",
        data_dir=tmp_path,
    )  # fmt: skip

    assert result.returncode != 0
    _said_missing(result.stderr)
    assert not (tmp_path / "p.pdf").exists()
