"""Packages that leave the PC, per kind: a unit's report, a programme base, observations."""
