"""A copy's file name keeps whole words of its reason: cut mid-word it read «…-anual-paim»."""

from __future__ import annotations

import pytest

from ism_desktop.store.backup_catalogue import reason_slug


@pytest.mark.parametrize(
    ("reason", "slug"),
    [
        ("antes de importar el Programa Anual PAIMEF", "antes-de-importar-el-programa-anual"),
        ("antes de importar un paquete", "antes-de-importar-un-paquete"),
        # Exactly the length kept: nothing is cut.
        ("a" * 35 + " bcde", "a" * 35 + "-bcde"),
        # One word longer than the length kept has no boundary to cut at: cut where it must.
        ("x" * 50, "x" * 40),
        ("", "copia"),
    ],
)
def test_a_long_reason_is_cut_between_words(reason: str, slug: str) -> None:
    assert reason_slug(reason) == slug
