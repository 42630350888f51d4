"""Fuzz of the look-alike rules: every character, and random claves, periods and descriptions.

Each input is either read (into the Spanish keyboard's characters alone) or refused with a
Spanish message that prints; no other exception escapes. Seeded: a failure repeats.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

import pytest

from ism_desktop.domain.look_alike import (
    SPANISH_LETTERS,
    description_problem,
    fold_widths,
    key_problem,
)
from ism_desktop.domain.paimef.frequency import period_from_code
from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.package.data_reader import DataReader, meta_from_json
from ism_desktop.exchange.package.manifest import PackageRefusedError
from ism_desktop.exchange.package.plain_meta import plain_meta
from ism_desktop.exchange.paimef.errors import PaimefFormatError
from ism_desktop.exchange.paimef.programme_json import programme_from_json, programme_to_json
from tests.exchange.package_builders import members, reidentify
from tests.hostile.generators import look_alike_characters
from tests.paimef_builders import programme

# Every assigned plane but the unassigned 3 to 13, and the tags (plane 14) that hide in text.
CODES = [*range(0x30000), *range(0xE0000, 0xE0080)]
T = TypeVar("T")
KEYBOARD = set(string.printable) - set("\t\n\r\x0b\x0c") | SPANISH_LETTERS
# Characters a hostile clave draws on: ASCII, the look-alikes of its letters, and any other.
POOL = [
    *"A.1-BC0O",
    *(c for a in "A1.-OCT" for _, c in look_alike_characters(a)),
    "\u200b", "\u0301", "\u00a0", "\ufeff", "\u212a", "\u017f", "\u0131",
]  # fmt: skip


def _attempt(read: Callable[[], T]) -> tuple[T | None, str]:
    """What ``read`` returns, or ``None`` and the Spanish refusal; any other exception escapes."""
    try:
        return read(), ""
    except (PaimefFormatError, ValueError, PackageRefusedError) as exc:
        return None, str(exc)


def _key_outcome(text: str) -> str | None:
    folded = fold_widths(text)
    problem = key_problem(folded)
    if problem is None:
        assert set(folded) <= KEYBOARD, ascii(folded)
    else:
        assert problem.isprintable(), ascii(problem)
    return problem


def test_every_character_in_a_clave_is_read_as_the_keyboard_or_refused() -> None:
    for code in CODES:
        _key_outcome(f"A{chr(code)}.1")


def test_every_character_in_a_description_is_accepted_or_named_printably() -> None:
    for code in CODES[::3]:  # a third of them: the rule is per character, and it is slow
        problem = description_problem(f"CAPACITACIÓN {chr(code)} MUJERES")
        assert problem is None or problem.isprintable(), hex(code)


@pytest.mark.parametrize("seed", range(4))
def test_random_claves_in_a_programme_are_read_or_refused(seed: int) -> None:
    chooser = random.Random(seed)
    document = json.loads(programme_to_json(programme()))
    for _ in range(150):
        key = "".join(chooser.choice(POOL) for _ in range(chooser.randint(1, 6)))
        document["acciones"][1]["clave"] = key
        read, refusal = _attempt(
            lambda: programme_from_json(json.dumps(document, ensure_ascii=False))
        )
        if read is None:
            assert refusal.startswith("programa.json"), refusal
            continue
        assert set(read.actions[1].key) <= KEYBOARD, ascii(key)
        assert _key_outcome(key.strip()) is None  # spaces around it are not the clave's


@pytest.mark.parametrize("seed", range(4))
def test_random_periods_are_read_as_ascii_or_refused_in_spanish(seed: int) -> None:
    chooser = random.Random(seed)
    pool = [*"2026-TS1234 ", *POOL, "\u0662", "\u00b2", "\u2474", "\x1b"]
    for _ in range(2000):
        text = "".join(chooser.choice(pool) for _ in range(chooser.randint(1, 9)))
        period, refusal = _attempt(partial(period_from_code, text))
        if period is None:
            assert refusal.endswith("no es un periodo (ejemplos: 2026, 2026-T1, 2026-S2)."), text
            assert refusal.isprintable()
            continue
        assert period.code.isascii(), ascii(text)
        assert period_from_code(period.code) == period


@pytest.mark.parametrize("seed", range(2))
def test_the_quick_and_the_full_reading_of_a_description_agree(
    unit_package: Path, seed: int
) -> None:
    # The quick reading (plain_meta) must take only what the full one takes, and the same.
    chooser = random.Random(seed)
    item = json.loads(members(unit_package)["datos.json"])["metas"][0]
    pool = [*"CAPACITACIÓN mujeres ñ", *POOL, "Ω", "ß", "µ", "º", "ő", "ł", "𝐀", "ᴀ"]
    for _ in range(300):
        meta = dict(item, descripcion="".join(chooser.choice(pool) for _ in range(12)))
        reidentify(meta)
        quick = plain_meta(meta, Quarter.FIRST)
        full, refusal = _attempt(
            partial(meta_from_json, DataReader("p.ismpaq"), meta, Quarter.FIRST)
        )
        if full is None:
            assert quick is None, ascii(meta["descripcion"])
            assert refusal.isprintable()
            continue
        assert quick in (None, full)
        assert description_problem(full.description) is None
