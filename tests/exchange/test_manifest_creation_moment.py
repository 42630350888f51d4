"""A package's «creado» is a moment as our exports write it, or the package is refused.

Only its length and characters were checked: «NaN», «10/04/2024 09:30» or a moment without
seconds was received and stored as the package's time, became the moment of a target-change
request the package asked without its own date, and travelled back in the coordinator's
decisions, where the unit's programme base was then refused for it. A moment of another UTC
offset is a moment: received, and compared as the instant it is; one without its offset (every
export writes it) is not a known instant.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.exchange.package.manifest import PackageDamagedError
from ism_desktop.exchange.package.reader import read_package
from ism_desktop.store.store import Store
from tests.exchange.package_builders import damaged, repack

GOOD = "2024-04-11T10:44:00-07:00"
SHAPE = "AAAA-MM-DDTHH:MM:SS±HH:MM, como la escribe ISM Avance"


def _hostile() -> list[tuple[object, str]]:
    """Each «creado» refused, with the reason said after «no válida: »; made from ``GOOD``."""
    date, time = GOOD[:10], GOOD[11:19]
    day_first = f"{date[8:]}/{date[5:7]}/{date[:4]} {time}"
    shaped = [
        "NaN",
        "",
        date,  # no time
        GOOD.replace(":00-", "-"),  # no seconds
        GOOD.replace("T", " "),  # a space for the «T»
        GOOD.replace("-07:00", "Z"),  # UTC written as «Z»
        GOOD.replace(":00-07", ":00.123456-07"),  # fractions of a second
        GOOD.replace("-07:00", "-0700"),  # an offset without its colon
        day_first,
        GOOD.translate(str.maketrans("0123456789", "０１２３４５６７８９")),  # fullwidth digits
        GOOD + "x",
    ]
    cases: list[tuple[object, str]] = [
        (text, f"«{text}» no es una fecha y hora ({SHAPE})") for text in shaped
    ]
    cases += [
        (GOOD.replace("04-11", "02-30"), f"«{GOOD.replace('04-11', '02-30')}» no existe en el "
         "calendario"),
        (GOOD.replace("2024", "9999"), f"«{GOOD.replace('2024', '9999')}» está fuera de los "
         "años 2000–2100"),
        (GOOD.replace("-07:00", "+15:00"), f"«{GOOD.replace('-07:00', '+15:00')}» tiene una "
         "diferencia horaria que ningún lugar tiene"),
    ]  # fmt: skip
    # Every export writes the PC's offset: without it, the instant is not known.
    cases += [(GOOD[:19], f"«{GOOD[:19]}» no dice su diferencia horaria ({SHAPE})")]
    # Blank: shown as nothing, not as a space between the quotes.
    cases += [(" ", f"«» no es una fecha y hora ({SHAPE})")]
    # Not text at all: read as the text JSON gives them.
    cases += [
        (20240411, f"«20240411» no es una fecha y hora ({SHAPE})"),
        (None, f"«None» no es una fecha y hora ({SHAPE})"),
    ]
    return cases


HOSTILE = _hostile()


def _with_creation(unit_package: Path, target: Path, value: object) -> Path:
    def edit(manifest: dict[str, Any]) -> None:
        manifest["creado"] = value

    return repack(unit_package, target, manifest=edit)


@pytest.mark.parametrize(("value", "said"), HOSTILE, ids=[repr(v) for v, _ in HOSTILE])
def test_a_creation_moment_not_as_we_write_it_is_refused(
    unit_package: Path, tmp_path: Path, value: object, said: str
) -> None:
    path = _with_creation(unit_package, tmp_path / "p.ismpaq", value)

    with pytest.raises(PackageDamagedError) as refused:
        read_package(path)

    assert refused.value.detail == (
        f"la fecha de creación del manifiesto («creado») no es válida: {said}"
    )
    assert refused.value.reason == damaged(refused.value.detail)


@pytest.mark.parametrize(
    "value",
    [GOOD, "2024-04-11T17:44:00+00:00", "2024-04-11T23:14:00+05:30"],
    ids=["sonora", "utc", "india"],
)
def test_a_moment_of_any_offset_is_read(unit_package: Path, tmp_path: Path, value: str) -> None:
    path = _with_creation(unit_package, tmp_path / "p.ismpaq", value)

    assert read_package(path).manifest.created_at == value


def test_the_coordinator_refuses_it_and_stores_nothing(
    unit_package: Path, tmp_path: Path, coordinator: Store
) -> None:
    path = _with_creation(unit_package, tmp_path / "p.ismpaq", "10/04/2024 09:30")

    [outcome] = receive_packages(coordinator, [path])

    assert outcome.failed
    assert outcome.error is not None
    assert "la fecha de creación del manifiesto («creado») no es válida" in outcome.error
    assert coordinator.received.history() == []
    assert coordinator.closures.states(2024) == {}
