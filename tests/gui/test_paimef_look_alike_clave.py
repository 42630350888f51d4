"""A clave typed in the PAIMEF window that reads as another is refused; one at full width is read.

«А.1» (a Cyrillic А) beside A.1 was a second acción that reads A.1. The look-alikes come from
``look_alike_keys``; the store's history stays as it was. A fullwidth «Ａ.３» is saved as A.3.
"""

from __future__ import annotations

import pytest

from ism_desktop.gui.paimef.paimef_window import PaimefWindow
from ism_desktop.store.store import Store
from tests.gui.paimef_window_driver import _discard_when_asked
from tests.gui.paimef_window_driver import store as store  # the fixture
from tests.gui.paimef_window_driver import window as window  # the fixture
from tests.hostile.generators import fullwidth, look_alike_keys

pytestmark = pytest.mark.gui

# One of each kind is enough here: the rule itself meets them all in the import's tests.
LOOK_ALIKES = dict(list(look_alike_keys("A.1"))[::3])


def _type_new(window: PaimefWindow, key: str) -> None:
    window.new_action()
    window.form.key.setText(key)
    window.form.name.setText("Foro estatal")
    window.form.justification.setPlainText("Coordinar a las instancias")
    window.form.programmed.setText("1,000.00")


@pytest.mark.parametrize("case", LOOK_ALIKES)
def test_a_look_alike_clave_is_refused_and_nothing_written(
    window: PaimefWindow, store: Store, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    key = LOOK_ALIKES[case]
    wrong = next(c for c in key if not c.isascii())
    history = store.paimef.history(2026)
    _type_new(window, key)

    window.form.save_button.click()

    message = window.message.text()
    assert message.startswith("No se guardó. Clave: tiene «"), message
    assert f"U+{ord(wrong):04X}" in message
    assert store.paimef.history(2026) == history
    _discard_when_asked(monkeypatch)  # the refused acción is still typed when the window closes


def test_a_fullwidth_clave_is_saved_as_its_letters(window: PaimefWindow, store: Store) -> None:
    _type_new(window, fullwidth("A.3"))

    window.form.save_button.click()

    stored = store.paimef.load(2026)
    assert stored is not None
    assert [a.key for a in stored.actions] == ["A.1", "A.2", "A.3", "B.1", "C.1"]
    assert window.form.key.text() == "A.3"
