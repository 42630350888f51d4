"""The board as text: the ``status`` command's aligned table and the lines after it.

Apart from the board itself (``status_board``), which the window shows in a table of its own.
"""

from __future__ import annotations

import textwrap
from datetime import date

from ism_desktop.domain.deadline import countdown_text
from ism_desktop.domain.dependency_words import NO_DEPENDENCY, of_dependency
from ism_desktop.domain.local_time import local_date_text, local_time_text
from ism_desktop.domain.quarter import Quarter
from ism_desktop.domain.traffic_light import TrafficLight
from ism_desktop.domain.unit_summary import AVERAGE_RULE_ES
from ism_desktop.domain.wording import count, shortened
from ism_desktop.exchange.reported_open import closed_text, open_reported_note
from ism_desktop.exchange.status_board import (
    StatusBoard,
    UnitState,
    UnitStatus,
    units_named,
)

_HEADERS = (
    "Unidad",
    "Nombre",
    "Estado",
    "Cerrado",
    "Recibido",
    "Envío",
    "Errores",
    "Avisos s/j",
    "Metas",
    "Verde",
    "Ámbar",
    "Rojo",
    "Gris",
    "% unidad",
)
# From «Envío» on, the columns are counts: right-aligned.
_FIRST_COUNT = _HEADERS.index("Envío")
# A column of its own after «Unidad» only when the board has several dependencies: the codes
# repeat across them, as the window's board says in its own «Dependencia» column.
_DEPENDENCY = "Dependencia"
# Names are never cut shorter than this, however narrow the terminal.
_NAME_WIDTH = 34
# The columns a terminal is assumed to have when none is said.
NARROW_COLUMNS = 80


def state_text(status: UnitStatus) -> str:
    """«falta (atrasada)», «recibido (tarde)» when its first package came after the date."""
    if status.late:
        return f"{status.state.value} (atrasada)"
    if status.received_late:
        return f"{status.state.value} (tarde)"
    return status.state.value


def _cell(value: object) -> str:
    return "—" if value is None else str(value)


def _fit_names(table: list[list[str]], columns: int | None) -> None:
    """Cut the names so each line fits ``columns`` (never below 34); ``None`` keeps them whole.

    A file or a pipe has no width: what is printed or read there is read whole.
    """
    if columns is None:
        return
    name = table[0].index("Nombre")
    others = sum(
        max(len(line[index]) for line in table) + 2
        for index in range(len(table[0]))
        if index != name
    )
    room = max(_NAME_WIDTH, columns - others)
    for line in table[1:]:
        line[name] = shortened(line[name], room)


def status_text(board: StatusBoard, columns: int | None = NARROW_COLUMNS) -> str:
    """The board as an aligned Spanish table with a closing summary line.

    ``columns`` is the terminal's width the table's lines should fit, cutting the units' names
    (never below 34 characters); ``None`` (a file, a pipe) keeps the names whole.
    """
    several = board.several_dependencies  # the codes repeat: each says its dependency
    # A terminal has no colours: the units not named are found by their state column.
    headline = board_headline(board, shown=f"estado «{UnitState.MISSING.value}» en la tabla")
    table = [[_HEADERS[0], _DEPENDENCY, *_HEADERS[1:]] if several else list(_HEADERS)]
    for row in board.rows:
        table.append(
            [
                row.unit.value,
                *((row.entity or NO_DEPENDENCY,) if several else ()),
                row.unit_name,
                state_text(row),
                closed_text(row),
                _cell(row.received_at and local_time_text(row.received_at)),
                row.sending,
                _cell(row.errors),
                _cell(row.unresolved_warnings),
                str(row.summary.metas),
                *(str(row.summary.count(light)) for light in TrafficLight),
                _cell(row.summary.average_progress),
            ]
        )
    _fit_names(table, columns)
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    counts = len(table[0]) - (len(_HEADERS) - _FIRST_COUNT)  # the first count's column
    lines = [
        f"Paquetes de las unidades: ejercicio {board.year}, trimestre {int(board.quarter)} "
        f"({board.quarter.spanish_name.lower()})",
        _due_line(board),
        # As the window's board leads with it; on a terminal, wrapped at its width.
        *(textwrap.wrap(headline, columns) if columns else [headline]),
        "",
    ]
    for line in table:
        cells = [
            cell.rjust(width) if index >= counts else cell.ljust(width)
            for index, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    received = sum(1 for row in board.rows if row.state is UnitState.RECEIVED)
    expected = sum(1 for row in board.rows if row.state is not UnitState.OWN)
    in_report = sum(1 for row in board.rows if row.state is UnitState.IN_OFFICIAL_REPORT)
    imported = f"; {UnitState.IN_OFFICIAL_REPORT.value}: {in_report}" if in_report else ""
    missing = units_named(board.missing_rows, several) or "ninguna"
    lines += [
        "",
        f"Recibidos: {received} de {expected}{imported}. Faltan: {missing}.",
        AVERAGE_RULE_ES,
    ]
    late = [row for row in board.rows if row.late]
    if late:
        lines.append(f"Atrasadas: {units_named(late, several)}.")
    after = [row for row in board.rows if row.received_late]
    if after:
        lines.append(f"Recibidos después de la fecha de entrega: {units_named(after, several)}.")
    asked = requests_waiting(board)
    if asked is not None:
        lines.append(f"{asked}; verlas y decidirlas: ism-desktop solicitudes.")
    if (note := open_reported_note(board.rows, command=True)) is not None:
        lines.append(note)
    return "\n".join(lines) + "\n"


def board_headline(
    board: StatusBoard,
    named: int = 30,
    shown: str = "en rojo en la tabla",
    room: int | None = None,
) -> str:
    """Who is missing, the first ``named`` by code and the rest counted; or that none is.

    ``shown``: where the rest are found (the window's table paints them red); ``room``: each
    dependency's code cut to that many characters (a window's: a file's is whole).

    A unit whose figures came in the official report imported sent no package, and its
    quarter stays open here until the coordinator closes it: said, not «entregaron».
    """
    missing = board.missing_rows
    if missing:
        listed = units_named(missing[:named], board.several_dependencies, room=room)
        rest = len(missing) - named
        more = f" y {rest} más ({shown})" if rest > 0 else ""
        verb = "Falta" if len(missing) == 1 else "Faltan"
        return f"{verb} {count(len(missing), 'unidad', 'unidades')}: {listed}{more}."
    in_report = [row for row in board.rows if row.state is UnitState.IN_OFFICIAL_REPORT]
    if not in_report:
        return "Todas las unidades entregaron su paquete."
    received = sum(1 for row in board.rows if row.state is UnitState.RECEIVED)
    sent = f"{count(received, 'paquete recibido', 'paquetes recibidos')}; " if received else ""
    still_open = sum(1 for row in in_report if not row.closed)
    opened = ""
    if still_open == len(in_report):
        opened = " y el trimestre abierto aquí"
    elif still_open:
        opened = f" ({still_open} con el trimestre abierto aquí)"
    return (
        f"Todas las unidades están al día: {sent}{count(len(in_report), 'unidad', 'unidades')} sin "
        f"paquete, con sus cifras {UnitState.IN_OFFICIAL_REPORT.value}{opened}."
    )


def requests_waiting(board: StatusBoard) -> str | None:
    """«Solicitudes de cambio de meta por decidir: 004 (1 meta), 007 (3 metas)»; None: none.

    On a board of several dependencies, «004 de la dependencia 51 (1 meta)»: codes repeat.
    """
    several = board.several_dependencies
    asked = [
        f"{of_dependency(row.unit.value, row.entity, several)} "
        f"({count(row.requested_metas, 'meta', 'metas')})"
        for row in board.rows
        if row.requested_metas
    ]
    return f"Solicitudes de cambio de meta por decidir: {', '.join(asked)}" if asked else None


def closed_everywhere_text(quarter: Quarter) -> str:
    """Said of a quarter every unit has closed: nothing more is awaited, date or not."""
    return f"Trimestre {int(quarter)} cerrado en todas las unidades: no falta ninguna entrega"


def _due_line(board: StatusBoard) -> str:
    if board.due_date is None:
        # As the window's status bar says it: «sin fijar» alone read as still awaited.
        done = bool(board.rows) and all(row.closed for row in board.rows) and not board.missing
        ending = f" {closed_everywhere_text(board.quarter)}." if done else ""
        return f"Fecha de entrega: sin fijar.{ending}"
    today = board.today or date.today()
    left = countdown_text(date.fromisoformat(board.due_date), today)
    return f"Fecha de entrega: {local_date_text(board.due_date)} ({left})."
