"""Receiving packages, per kind: check, plan what would change, then apply."""
