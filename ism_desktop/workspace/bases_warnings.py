"""What the programme bases about to be sent would lack or leave behind: said before writing.

Said after the bases were written, the warnings came when nothing could be done about them
any more; in the window, they named a command of the command line.
"""

from __future__ import annotations

from collections.abc import Iterable

from ism_desktop.exchange.export.base import BaseUnit, bases_addressed
from ism_desktop.exchange.export.base_open_quarters import bases_open_warning
from ism_desktop.workspace.decisions_behind import left_behind_said
from ism_desktop.workspace.opening import Store


def bases_warnings(
    store: Store,
    year: int | None = None,
    units: Iterable[BaseUnit] | None = None,
    *,
    window: bool,
) -> list[str]:
    """Each warning about the bases ``export_bases`` would write, starting lower case.

    Empty when there is none, or when the export would refuse (it says why then). ``window``:
    the window's menu paths, else the commands.
    """
    addressed = bases_addressed(store, year, units)
    if addressed is None:
        return []
    report, wanted = addressed
    lacking = bases_open_warning(store, report, wanted, in_window=window)
    behind = left_behind_said(store, report.year, command_line=not window)
    return [*([] if lacking is None else [lacking]), *behind]
