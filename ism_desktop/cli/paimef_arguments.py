"""Argument types of the ``paimef`` commands: years and dates refused in Spanish."""

from __future__ import annotations

import argparse
from datetime import date

from ism_desktop.cli.period_arguments import year_argument as year_argument
from ism_desktop.domain.paimef.input_parsing import InputError, parse_iso_date


def iso_date_argument(text: str) -> date:
    """``AAAA-MM-DD`` that exists; argparse reports the reason and exits 2."""
    try:
        return parse_iso_date(text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
