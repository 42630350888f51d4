"""The store's one error type: a database that cannot be opened or used."""

from __future__ import annotations


class StoreError(Exception):
    """A database that cannot be opened or used; the message is for the user (Spanish)."""
