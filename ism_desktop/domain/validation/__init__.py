"""Validation of a quarter's report: errors that block an export, warnings that ask a reason.

Rules are small named objects (``rule.Rule``) listed in ``catalogue.RULES``; ``engine`` runs
them on one meta (``validate_meta``, on every edit) or on a whole report (``validate_report``).
"""
