"""A quarter closed by a package received by an older version is said in today's words.

Older versions signed «Paquete unidad 004 #1»; the closing dialog read «Cerrado el … (Paquete
unidad 004 #1).» beside «Paquete de la unidad 005, envío número 1» for a package received since.
The stored row stays as it was written: the words change where they are shown.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from ism_desktop.domain.audit import Author
from ism_desktop.domain.codes import UnitCode
from ism_desktop.domain.quarter import Quarter
from ism_desktop.workspace.quarter_closing import close_quarter, quarter_state
from tests.workspace.conftest import WorkspaceFactory, unit

OLD = Author("Paquete unidad 004 #3", "ana")


@pytest.mark.usefixtures("hermosillo")
def test_a_closing_signed_the_old_way_is_said_in_words(open_workspace: WorkspaceFactory) -> None:
    store = open_workspace(unit("004")).store
    close_quarter(
        store, 2024, UnitCode("004"), Quarter.FIRST, OLD, now=datetime(2024, 4, 11, 10, 44)
    )

    assert quarter_state(store, 2024, UnitCode("004"), Quarter.FIRST) == (
        True,
        "Cerrado el 11/04/2024 a las 10:44 (paquete de la unidad 004, envío número 3).",
    )
    (event,) = store.closures.log(2024, UnitCode("004"))
    assert event.author == OLD  # the row itself is not rewritten


@pytest.mark.parametrize(
    ("profile", "said"),
    [
        ("Paquete exportado, envío número 2", "(paquete exportado, envío número 2)."),
        (
            "Programa base #3 de la unidad coordinadora",
            "(programa base #3 de la unidad coordinadora).",
        ),
        ("Unidad 004", "(Unidad 004)."),  # a person's profile is a name: as written
    ],
)
@pytest.mark.usefixtures("hermosillo")
def test_a_package_that_closed_it_is_named_in_lower_case_mid_sentence(
    open_workspace: WorkspaceFactory, profile: str, said: str
) -> None:
    # «Cerrado el 11/04/2024 a las 10:44 (Paquete exportado, envío número 2).»
    store = open_workspace(unit("004")).store
    author = Author(profile, "ana")
    close_quarter(
        store, 2024, UnitCode("004"), Quarter.FIRST, author, now=datetime(2024, 4, 11, 10, 44)
    )

    assert quarter_state(store, 2024, UnitCode("004"), Quarter.FIRST) == (
        True,
        f"Cerrado el 11/04/2024 a las 10:44 {said}",
    )
