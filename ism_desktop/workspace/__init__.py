"""Use cases without Qt: the one door from the window and the command line to the data.

Each use case checks permission, backs up before a change where it applies, writes with its
audit trail in one transaction, re-validates, and returns a record of what changed.
"""
