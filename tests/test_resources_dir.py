"""The program finds its own resources (fonts, samples) in a checkout without being told."""

from __future__ import annotations

import pytest

from ism_desktop.platform import RESOURCES_ENV, resources_dir


def test_a_checkout_finds_its_fonts_and_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(RESOURCES_ENV, raising=False)

    folder = resources_dir()

    assert (folder / "fonts" / "DejaVuSans.ttf").is_file()
    assert (folder / "sample" / "etca_iii_04_2024_t1.txt").is_file()
