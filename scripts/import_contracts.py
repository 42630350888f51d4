"""An import-linter contract type: the modules named may import only the standard library.

import-linter's own ``forbidden`` contract needs every forbidden package listed, so a new
dependency would slip through; this one allows only what ``sys.stdlib_module_names`` lists (and
the project's own modules, which the layer contracts govern). grimp reads every import statement,
inside functions and under ``TYPE_CHECKING`` too, so a lazy third-party import is caught as well.
"""

from __future__ import annotations

import sys
from typing import Any

from importlinter import Contract, ContractCheck, fields, output

_ALWAYS_ALLOWED = frozenset({"__future__"})


class StandardLibraryOnlyContract(Contract):
    """Every module under ``source_modules`` imports nothing outside the stdlib and the project."""

    type_name = "standard_library_only"

    source_modules = fields.ListField(subfield=fields.ModuleField())

    def check(self, graph: Any, verbose: bool) -> ContractCheck:
        """Look at each direct import of each source module (and its descendants)."""
        root = self.session_options["root_packages"]
        own = tuple(root) if isinstance(root, list | tuple) else (root,)
        offenders: list[dict[str, object]] = []
        for source in self.source_modules:  # type: ignore[attr-defined]
            importers = {source.name} | set(graph.find_descendants(source.name))
            for importer in sorted(importers):
                for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                    top = imported.split(".")[0]
                    if top in own or top in sys.stdlib_module_names or top in _ALWAYS_ALLOWED:
                        continue
                    details = graph.get_import_details(importer=importer, imported=imported)
                    lines = [str(item["line_number"]) for item in details]
                    offenders.append(
                        {"importer": importer, "imported": imported, "lines": ", ".join(lines)}
                    )
                    output.verbose_print(verbose, f"{importer} imports {imported}")
        return ContractCheck(kept=not offenders, metadata={"offenders": offenders})

    def render_broken_contract(self, check: ContractCheck) -> None:
        """Name each import of a module outside the standard library, with its line."""
        for item in check.metadata["offenders"]:
            output.print_error(
                f"{item['importer']} imports {item['imported']} (l. {item['lines']}), "
                "which is not in the standard library.",
                bold=False,
            )
            output.new_line()
