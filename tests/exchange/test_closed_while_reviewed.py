"""A quarter closed between the review of a package and its saving: refused in plain words."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.editing import with_achieved
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import apply_package, check_package
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.workspace.quarter_closing import close_quarter
from tests.exchange.package_builders import export_unit, seed_store

AUTHOR = Author("Unidad coordinadora", "prueba")


def test_a_quarter_closed_after_the_review_is_named_not_called_a_database_failure(
    seed_text: str, tmp_path: Path
) -> None:
    with seed_store(seed_text) as unit:
        meta = next(m for m in unit.reports.load_year_metas(2024) if m.key.unit.value == "004")
        unit.edits.save(2024, meta, with_achieved(meta, Quarter.FIRST, Decimal(1)), AUTHOR)
        path = export_unit(unit, tmp_path / "paquete", "004")
    with seed_store(seed_text) as coordinator:
        incoming = check_package(coordinator, path)
        close_quarter(coordinator, 2024, UnitCode("004"), Quarter.FIRST, AUTHOR)

        with pytest.raises(PackageRefusedError) as refused:
            apply_package(coordinator, incoming, recheck=False)

    message = str(refused.value)
    assert "cerrado" in message
    assert "la base de datos falló" not in message
