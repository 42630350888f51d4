"""The year the database works on, newer than the profile's: what the window offers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ism_desktop.domain.quarter import Quarter
from ism_desktop.exchange.intake.packages import receive_packages
from ism_desktop.store.store import Store
from ism_desktop.workspace.newer_year import newer_year
from ism_desktop.workspace.year_programme import approve_year
from tests.next_year import NEXT_YEAR, next_year_base, prepare_next_year
from tests.workspace.conftest import COORDINATOR, unit


def test_a_base_received_by_the_command_line_is_the_newer_year_of_the_units_profile(
    db_path: Path, seed_path: Path, tmp_path: Path
) -> None:
    base = next_year_base(seed_path, tmp_path)
    with Store.open(db_path) as store:
        assert newer_year(store, unit("004"), offered=None) is None
        [outcome] = receive_packages(store, [base])
        assert outcome.applied

        found = newer_year(store, unit("004"), offered=None)
        declined = newer_year(store, unit("004"), offered=NEXT_YEAR)

    assert found is not None
    assert (found.year, found.quarter, found.worked_on) == (NEXT_YEAR, Quarter.FIRST, 2024)
    assert found.to_ask
    assert found.question().startswith("Llegó el programa 2025 de la unidad 004.")
    assert declined is not None
    assert not declined.to_ask


def test_the_coordinators_approval_makes_the_newer_year(db_path: Path) -> None:
    with Store.open(db_path) as store:
        prepare_next_year(store)
        assert newer_year(store, COORDINATOR, offered=None) is None  # not approved: not moved
        approve_year(store, NEXT_YEAR, "Unidad coordinadora")

        found = newer_year(store, COORDINATOR, offered=None)

    assert found is not None
    assert found.question().startswith("El programa 2025 está aprobado.")


def test_the_window_takes_the_next_years_base_and_a_command_asked_for_a_year_does_not(
    db_path: Path, seed_path: Path, tmp_path: Path
) -> None:
    # The window refused it («se trabaja el 2024»): the year's programme could only come in
    # by switching first to a year with no metas, or by the command line.
    from ism_desktop.exchange.intake.receiver import IntakeOptions

    base = next_year_base(seed_path, tmp_path)
    with Store.open(db_path) as store:
        [asked_for_2024] = receive_packages(store, [base], IntakeOptions(year=2024), dry_run=True)
        [from_2026] = receive_packages(
            store, [base], IntakeOptions.for_profile(replace(unit("004"), year=2026)), dry_run=True
        )
        [window] = receive_packages(store, [base], IntakeOptions.for_profile(unit("004")))

    assert asked_for_2024.error is not None
    assert "se trabaja el 2024" in str(asked_for_2024.error)
    assert from_2026.error is not None  # an earlier year's base is still refused
    assert window.applied
