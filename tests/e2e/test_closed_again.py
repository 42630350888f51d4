"""The coordinating unit closes again a quarter it had reopened, before the unit sent it again.

The unit's changes made while it was open are then held only by the unit, and its next package
carries them into a closed quarter. Each side is told so, and how to go on, in Spanish.
"""

from __future__ import annotations

import json
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ism_desktop.domain.quarter import Quarter
from tests.e2e.cli_runner import run_cli
from tests.e2e.test_coordination_cli import TYPED_009, _unit_pc
from tests.e2e.unit_typing import type_first_quarter, type_quarter
from tests.e2e.year_helpers import ok, unit_base

pytestmark = pytest.mark.e2e

TRANSPARENCIA = "d8b0c7a337b76ab1"


def _quarter(action: str, database: Path, *extra: str) -> None:
    # Closings and reopenings are kept to the second, and one in the same second as the last
    # one here counts as already answered: a person's next step is never that quick.
    time.sleep(1.01 - time.time() % 1)
    ok("trimestre", action, "--db", database, "--unidad", "009", "--trimestre", "1", *extra)


def _reopened_and_changed(
    tmp_path: Path, seed_path: Path, before_typing: Callable[[], object] = lambda: None
) -> tuple[Path, Path]:
    coordinator = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    unit, first = _unit_pc(tmp_path, coordinator, "009", TYPED_009)
    ok("import-package", "--db", coordinator, first)
    _quarter("reabrir", coordinator, "--motivo", "corrija la cifra")
    ok("import-package", "--db", unit, unit_base(coordinator, "009", tmp_path / "reabierto"))
    before_typing()
    type_first_quarter(unit, {TRANSPARENCIA: ((97, 100), "SE CUMPLIÓ CON EL 97 %.")}, "U")
    return coordinator, unit


@pytest.fixture
def reopened(tmp_path: Path, seed_path: Path) -> tuple[Path, Path]:
    """Coordinator and unit: the first quarter received, reopened, and changed at the unit."""
    return _reopened_and_changed(tmp_path, seed_path)


@pytest.fixture
def time_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Set this process's (and its children's) time zone; the old one is back after."""

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def test_the_count_holds_after_the_pc_changed_its_time_zone(
    tmp_path: Path, seed_path: Path, time_zone: Callable[[str], None]
) -> None:
    # Sent at UTC−5, typed after at UTC−7: the later change reads two hours earlier as text.
    time_zone("Etc/GMT+5")
    coordinator, unit = _reopened_and_changed(tmp_path, seed_path, lambda: time_zone("Etc/GMT+7"))
    _quarter("cerrar", coordinator)

    review = ok(
        "import-package", "--dry-run", "--db", unit, unit_base(coordinator, "009", tmp_path)
    )

    assert "1 meta de esta computadora tiene cambios en ese trimestre" in review


def test_the_unit_is_told_its_unsent_changes_stay_out(
    reopened: tuple[Path, Path], tmp_path: Path
) -> None:
    coordinator, unit = reopened
    _quarter("cerrar", coordinator)

    review = ok(
        "import-package", "--dry-run", "--db", unit, unit_base(coordinator, "009", tmp_path / "b")
    )

    assert "la unidad coordinadora cerró el trimestre 1" in review
    assert (
        "1 meta de esta computadora tiene cambios en ese trimestre que no se han enviado" in review
    )


def test_a_closing_with_nothing_unsent_is_only_told(
    reopened: tuple[Path, Path], tmp_path: Path
) -> None:
    coordinator, unit = reopened
    # Sent again and received: nothing of the unit's is left out.
    ok(
        "import-package",
        "--db",
        coordinator,
        ok("export", "--db", unit, "--unidad", "009", "--trimestre", "1", "--out", tmp_path / "d")
        .strip(),
    )  # fmt: skip
    _quarter("reabrir", coordinator, "--motivo", "otra revisión")
    ok("import-package", "--db", unit, unit_base(coordinator, "009", tmp_path / "r2"))
    _quarter("cerrar", coordinator)

    review = ok(
        "import-package", "--dry-run", "--db", unit, unit_base(coordinator, "009", tmp_path / "b")
    )

    assert "la unidad coordinadora cerró el trimestre 1" in review
    assert "no se han enviado" not in review


def _export(unit: Path, quarter: int, out: Path) -> str:
    return ok(
        "export", "--db", unit, "--unidad", "009", "--trimestre", str(quarter), "--out", out
    ).strip()


def test_the_coordinator_is_told_how_to_receive_the_next_quarter(
    reopened: tuple[Path, Path], tmp_path: Path
) -> None:
    coordinator, unit = reopened
    _quarter("cerrar", coordinator)
    ok("import-package", "--db", unit, unit_base(coordinator, "009", tmp_path / "b"))
    type_quarter(unit, {TRANSPARENCIA: ((99, 100), "SE CUMPLIÓ CON EL 99 %.")}, "U", Quarter.SECOND)
    # The unit's PC holds the second quarter back until the first one goes out again.
    held = run_cli(
        "export", "--db", unit, "--unidad", "009", "--trimestre", "2", "--out", tmp_path
    )  # fmt: skip
    assert held.returncode != 0
    assert "el trimestre 1 cambió después de enviar su paquete" in held.stderr
    # Sent again, that package never reaches the coordinator: the second one carries it.
    _export(unit, 1, tmp_path / "t1b")
    second = ok("export", "--db", unit, "--unidad", "009", "--trimestre", "2", "--out", tmp_path)

    refused = run_cli("import-package", "--db", coordinator, second.strip())

    assert refused.returncode == 2
    assert "el trimestre 1 de la unidad 009 está cerrado" in refused.stderr
    assert (
        "para recibirlo, reabra el trimestre 1 de la unidad 009 con un motivo "
        "(Año → Cerrar o reabrir un trimestre…; en la línea de comandos: ism-desktop trimestre "
        'reabrir --ejercicio 2024 --unidad 009 --trimestre 1 --motivo "…")'
    ) in refused.stderr
    _quarter("reabrir", coordinator, "--motivo", "recibir lo corregido")
    ok("import-package", "--db", coordinator, second.strip())


def test_a_package_sent_again_lists_its_changes_after_the_pc_changed_its_time_zone(
    tmp_path: Path, seed_path: Path, time_zone: Callable[[str], None]
) -> None:
    # The reopening carries the coordinator's zone; the unit typed at another one.
    time_zone("Etc/GMT+5")
    _coordinator, unit = _reopened_and_changed(tmp_path, seed_path, lambda: time_zone("Etc/GMT+7"))

    package = ok(
        "export", "--db", unit, "--unidad", "009", "--trimestre", "1", "--out", tmp_path / "otra"
    )

    with zipfile.ZipFile(package.strip()) as archive:
        trail = json.loads(archive.read("datos.json"))["reaperturas"]
    assert [len(reopening["cambios"]) for reopening in trail] == [2]
    # Each names its field, so the review reads an evaluation «5» → «5.0» as text, not figures.
    fields = {change["campo"] for change in trail[0]["cambios"]}
    assert fields <= {"realizado.t1.num", "realizado.t1.den", "evaluacion.t1"}


def test_every_closed_quarter_the_package_changes_is_named_at_once(
    tmp_path: Path, seed_path: Path
) -> None:
    coordinator = tmp_path / "coordinadora.sqlite3"
    ok("import-etca", seed_path, "--db", coordinator)
    unit, first = _unit_pc(tmp_path, coordinator, "009", TYPED_009)
    ok("import-package", "--db", coordinator, first)
    type_quarter(unit, {TRANSPARENCIA: ((99, 100), "SE CUMPLIÓ CON EL 99 %.")}, "U", Quarter.SECOND)
    ok("import-package", "--db", coordinator, _export(unit, 2, tmp_path / "t2"))
    # The unit reopens both on its own and corrects them; the coordinator holds both closed.
    for quarter in ("1", "2"):
        ok(
            "trimestre", "reabrir", "--db", unit, "--unidad", "009", "--trimestre", quarter,
            "--motivo", "corrección",
        )  # fmt: skip
    type_first_quarter(unit, {TRANSPARENCIA: ((96, 100), "SE CUMPLIÓ CON EL 96 %.")}, "U")
    type_quarter(unit, {TRANSPARENCIA: ((95, 100), "SE CUMPLIÓ CON EL 95 %.")}, "U", Quarter.SECOND)
    type_quarter(unit, {TRANSPARENCIA: ((94, 100), "SE CUMPLIÓ CON EL 94 %.")}, "U", Quarter.THIRD)
    # Reopened, the two hold the third quarter's package back; sent again, but their packages
    # never reach the coordinator, their changes ride in it.
    for sent in (1, 2):
        _export(unit, sent, tmp_path / f"otra{sent}")

    refused = run_cli("import-package", "--db", coordinator, _export(unit, 3, tmp_path / "t3"))

    assert "para recibirlo, reabra los trimestres 1 y 2 de la unidad 009 con un motivo" in (
        refused.stderr
    )
    assert '--trimestre 1 --motivo "…", y lo mismo con --trimestre 2)' in refused.stderr
