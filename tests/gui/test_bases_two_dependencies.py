"""Coordinación → Enviar programa base a las unidades, on a report of dependencies 51 and 84.

Each dependency's unit gets its own base; the coordinator's own 002 (51's) none. The warning
asked before writing checked every unit's open quarters under the first dependency alone: 84's
001, closed here, was said open (no 001 of 51 is closed), while 84's 003, open, went unsaid
when 51's 003 was closed; and it named the units by code alone («003, 004, 001, 002…»).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.store.closure_repository import CLOSE, ClosureEvent
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.test_bases_open_quarter_warning import send_answering
from tests.gui.two_dependencies_window import SECOND
from tests.gui.two_dependencies_window import db_path as db_path  # the fixture
from tests.two_dependencies import AWAITED, DELIVERED, SHARED, printed_descriptions

pytestmark = pytest.mark.gui
OWN = (DELIVERED, "002")  # the coordinator's own 002: 51's, the first listed (own_unit.py)


def _data(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as package:
        data: dict[str, Any] = json.loads(package.read("datos.json"))
    return data


def _close_first_quarter(db_path: Path, *open_left: tuple[str, str]) -> None:
    """Close the official report's first quarter of every unit but ``open_left``."""
    author = Author("Unidad 002", "prueba")
    with Store.open(db_path) as store:
        for entity, unit in printed_descriptions():
            if (entity, unit) not in open_left:
                event = ClosureEvent(
                    2024, entity, UnitCode(unit), Quarter.FIRST, CLOSE, "", author, ""
                )
                store.closures.set_state(event)


def _warned(
    open_window: WindowFactory,
    db_path: Path,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    *open_left: tuple[str, str],
) -> str:
    """The warning asked before writing, ``open_left`` open (answered «Cancelar»)."""
    _close_first_quarter(db_path, *open_left)
    window = open_window(SECOND)
    boxes = send_answering(window, out, monkeypatch, "Cancelar")
    [(warned, _buttons, _default, files)] = boxes.shown
    assert files == []
    return warned


def test_each_dependency_s_unit_gets_its_own_base_and_the_own_002_none(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _close_first_quarter(db_path)  # nothing open: nothing to warn of
    window = open_window(SECOND)
    out = tmp_path / "bases"

    boxes = send_answering(window, out, monkeypatch, "Cerrar")

    printed = printed_descriptions()
    bases = {}
    for path in out.iterdir():
        data = _data(path)
        key = (data["entidad"]["clave"], data["unidad"]["clave"])
        assert path.name == (
            f"ETCA-III-04_2024_programa_base_dependencia_{key[0]}_unidad_{key[1]}.ismpaq"
        )
        assert {(m["dependencia"], m["unidad"]) for m in data["metas"]} == {key}
        bases[key] = [" ".join(m["descripcion"].split()) for m in data["metas"]]
    assert OWN in printed
    assert bases == {key: said for key, said in printed.items() if key != OWN}
    [(said, _buttons, _default, _files)] = boxes.shown  # no warning first
    assert said.startswith(f"Se guardaron {len(printed) - 1} programas base del ejercicio 2024 ")


def test_the_warning_names_the_open_unit_of_its_dependency(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 51's 003 closed, 84's open: its base would go out without what it delivered.
    left = (AWAITED, SHARED.value)

    warned = _warned(open_window, db_path, tmp_path / "bases", monkeypatch, left)

    assert warned.startswith(
        "Aviso: el trimestre 1 de la unidad 003 de la dependencia 84 está abierto aquí: su "
        "programa base no lleva lo que la unidad entregó en el informe oficial"
    ), warned


def test_units_of_both_dependencies_open_are_named_by_dependency(
    open_window: WindowFactory, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    left = ((DELIVERED, "003"), (DELIVERED, "004"), (AWAITED, "002"), (AWAITED, "003"))

    warned = _warned(open_window, db_path, tmp_path / "bases", monkeypatch, *left)

    assert warned.startswith(
        "Aviso: el trimestre 1 de las unidades 003 y 004 de la dependencia 51; 002 y 003 de la "
        "dependencia 84 está abierto aquí: sus programas base no llevan"
    ), warned
