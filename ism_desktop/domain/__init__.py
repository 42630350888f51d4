"""Pure domain: metas, quarters, figures, the official arithmetic and validation (stdlib only)."""
