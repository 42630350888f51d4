"""Fixtures for the hostile cases: those of the package tests (seed coordinator, unit package)."""

from __future__ import annotations

from tests.exchange.conftest import coordinator, unit_package

__all__ = ["coordinator", "unit_package"]
