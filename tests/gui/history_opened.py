"""*Meta → Historial de cambios…* opened as the menu opens it, on screen but not run modal."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ism_desktop.gui import window_dialogs
from ism_desktop.gui.audit_dialog import AuditDialog
from ism_desktop.gui.main_window import MainWindow


def opened_history(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> AuditDialog:
    """The dialog the window opens for its selected meta (a modal run would wait forever)."""
    shown: list[AuditDialog] = []

    def opened(dialog: AuditDialog) -> int:
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        shown.append(dialog)
        return 0

    monkeypatch.setattr(AuditDialog, "exec", opened)
    window_dialogs.show_history(window)
    (dialog,) = shown
    return dialog
