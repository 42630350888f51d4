"""Several packages at once: a strange file name or a failing one never hides the others."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.exchange.package_builders import export_unit, seed_store

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory, seed_text: str) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("paquetes")
    with seed_store(seed_text) as store:
        return {unit: export_unit(store, folder / unit, unit) for unit in ("004", "009")}


@pytest.fixture
def coordinator(tmp_path: Path, seed_path: Path) -> Path:
    database = tmp_path / "coordinadora.sqlite3"
    assert run_cli("import-etca", seed_path, "--db", database).returncode == 0
    return database


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are always Unicode")
def test_a_file_name_that_is_not_utf8_is_received_and_reported(
    packages: dict[str, Path], coordinator: Path, tmp_path: Path
) -> None:
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/paquete_\xff\xfe_009.ismpaq"))
    shutil.copyfile(packages["009"], odd)

    result = run_cli("import-package", "--db", coordinator, packages["004"], odd)

    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Recibido «ETCA-III-04_2024_T1_unidad_004.ismpaq»")
    assert lines[1].startswith("Recibido «paquete_\ufffd\ufffd_009.ismpaq»")


def test_a_batch_reports_what_was_committed_before_a_failure(
    packages: dict[str, Path], coordinator: Path, tmp_path: Path
) -> None:
    from ism_desktop.exchange.intake.packages import receive_packages
    from ism_desktop.store.store import Store

    with Store.open(coordinator) as store:
        original = store.intake.apply_report
        calls = []

        def fail_second(intake: object) -> None:
            calls.append(intake)
            if len(calls) == 2:
                raise RuntimeError("falla simulada")
            original(intake)  # type: ignore[arg-type]

        store.intake.apply_report = fail_second  # type: ignore[method-assign]
        outcomes = receive_packages(store, [packages["004"], packages["009"]])

    assert [o.applied for o in outcomes] == [True, False]
    assert outcomes[1].error is not None
    assert "falla simulada" in outcomes[1].summary()
