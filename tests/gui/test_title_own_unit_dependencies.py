"""The coordinator's window title names its own 002 where several dependencies hold one.

The coordinator's own is the Institute's (dependency 30) where it holds the unit (own_unit.py);
the title took the name of the first dependency the database lists, whose 002 is another unit.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ism_desktop.exchange.etca.report_import import import_etca_file
from ism_desktop.store.store import Store
from tests.gui.conftest import WindowFactory
from tests.gui.two_dependencies_window import SECOND
from tests.two_dependencies import AWAITED, DELIVERED, state_report

pytestmark = pytest.mark.gui
INSTITUTE = "30"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Dependencies 51 (first in the report) and 30, the Institute's: dependency 84 renamed."""
    source = state_report(tmp_path)
    text = source.read_text(encoding="utf-8")
    renamed = re.sub(rf"(DEPENDENCIA / ENTIDAD\s+){AWAITED} ", rf"\g<1>{INSTITUTE} ", text)
    assert renamed != text
    source.write_text(renamed, encoding="utf-8")
    path = tmp_path / "coordinadora.sqlite3"
    with Store.open(path) as store:
        import_etca_file(source, store.reports)
        units = set(store.reports.year_units(2024))
        assert {(DELIVERED, "002"), (INSTITUTE, "002")} <= units
        assert AWAITED not in {entity for entity, _code in units}
    return path


def test_the_title_names_the_institute_s_002(open_window: WindowFactory) -> None:
    window = open_window(SECOND)

    # The generated names: 51's 002 is «CEDS DIRECCIÓN DE EVALUACIÓN …», 30's (84's before)
    # «ISV DIRECCIÓN JURÍDICA».
    title = window.windowTitle()
    assert "— Unidad coordinadora (002) ISV DIRECCIÓN JURÍDICA —" in title, title
