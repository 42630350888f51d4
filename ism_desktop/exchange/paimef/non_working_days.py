"""The user's extra non-working days (Holy Week, closures): one small JSON file beside the data.

``{"dias_inhabiles": [{"fecha": "2026-04-02", "motivo": "Jueves Santo"}, …]}``; a missing file
is an empty list, a damaged one is refused with the reason and never overwritten silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ism_desktop.domain.paimef.business_calendar import NonWorkingDay
from ism_desktop.domain.paimef.input_parsing import InputError, parse_iso_date
from ism_desktop.exchange.json_errors import json_problem
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.platform import describe_os_error, write_atomically

FILE_NAME = "dias_inhabiles.json"


def load_non_working_days(path: Path) -> list[NonWorkingDay]:
    """The days in the file, sorted; ``[]`` if it does not exist yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except UnicodeDecodeError:
        raise PaimefFormatError(
            f"{path.name}: no está escrito en UTF-8; guárdelo de nuevo como texto UTF-8."
        ) from None
    except OSError as exc:
        raise PaimefFormatError(
            f"{path.name}: no se pudo leer ({describe_os_error(exc)})."
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PaimefFormatError(
            f"{path.name}, línea {exc.lineno}: el archivo no es JSON válido ({json_problem(exc)})."
        ) from None
    entries = document.get("dias_inhabiles") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise PaimefFormatError(f"{path.name}: falta la lista «dias_inhabiles».")
    days = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("fecha"), str):
            raise PaimefFormatError(f"{path.name}, día {number}: falta la «fecha».")
        try:
            day = parse_iso_date(entry["fecha"])
        except InputError as exc:
            raise PaimefFormatError(f"{path.name}, día {number}: {exc}") from None
        days.append(NonWorkingDay(day, str(entry.get("motivo") or "Día inhábil").strip()))
    return sorted(days, key=lambda item: item.day)


def save_non_working_days(path: Path, days: Iterable[NonWorkingDay]) -> None:
    """Write the whole list (sorted, one per date) atomically."""
    unique = {item.day: item for item in days}
    document = {
        "dias_inhabiles": [
            {"fecha": day.isoformat(), "motivo": unique[day].reason} for day in sorted(unique)
        ]
    }
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text.encode("utf-8"), program_file=True)
