"""Where the program keeps its data on this PC."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "ISM_AVANCE_DATA_DIR"
DATABASE_FILE_NAME = "ism_avance.sqlite3"


def data_dir() -> Path:
    """The user's data folder for the program (``ISM_AVANCE_DATA_DIR`` overrides it)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("ISM Avance", "ISM", roaming=False))


def default_database_path() -> Path:
    """The embedded default database file."""
    return data_dir() / DATABASE_FILE_NAME
