"""Exchange with the outside: the official report's text, packages, consolidation."""
