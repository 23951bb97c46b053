"""The import layers of docs/architecture.md: no module imports a layer above its own, and only
the registry reaches the packs' checks (by the names their records give)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "paperlint"
# The built-in packs: rules/<pack>/ is shipped as paperlint.rules.<pack>.
PACKS = ROOT / "rules"
# Lowest first; a module belongs to the first layer one of whose prefixes it starts with.
LAYERS = (
    ("model", ("document", "findings", "errors", "metadata", "tables", "wordlists", "output", "yamlfile", "records", "patterns",
               "__init__")),
    ("readers", ("readers",)),
    ("analysis", ("analysis", "profiles", "copies")),
    ("rules", ("engine", "context", "config", "settings", "grammar", "facts", "rules", "docs", "testing")),
    ("results", ("results",)),
    ("reporters", ("reporters", "triage", "merge")),
    ("app", ("checker", "app", "fix", "annotate", "cache", "budget", "progress", "serve", "shard", "watch", "daemon")),
    ("cli", ("cli", "__main__", "precommit")),
)


def layer_of(module: str) -> int:
    """The layer index of `paperlint.<module>` (dotted, without the package name)."""
    first = module.split(".")[0] if module else "__init__"
    for index, (_, prefixes) in enumerate(LAYERS):
        if first in prefixes:
            return index
    raise AssertionError(f"paperlint.{module} belongs to no layer: add it to LAYERS and docs/architecture.md")


def imports(path: Path) -> list[str]:
    """Every paperlint module `path` imports, at the top or inside a function."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("paperlint"):
            base = node.module.removeprefix("paperlint").lstrip(".")
            found += [base] if base else [_module_or_package(alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [a.name.removeprefix("paperlint.") for a in node.names if a.name.startswith("paperlint.")]
    return found


def _module_or_package(name: str) -> str:
    """`from paperlint import name`: a submodule, or a name of the package itself."""
    return name if (PACKAGE / f"{name}.py").exists() or (PACKAGE / name).is_dir() else "__init__"


def modules() -> list[tuple[str, Path]]:
    """(module name without `paperlint.`, path) for every module of src/paperlint and rules/."""
    found = [(".".join(p.relative_to(PACKAGE).with_suffix("").parts), p) for p in sorted(PACKAGE.rglob("*.py"))]
    found += [(".".join(("rules", *p.relative_to(PACKS).with_suffix("").parts)), p) for p in sorted(PACKS.rglob("*.py"))]
    return found


def test_no_module_imports_a_layer_above_its_own():
    upward = []
    for module, path in modules():
        own = layer_of(module)
        for imported in imports(path):
            if layer_of(imported) > own:
                upward.append(f"{module} ({LAYERS[own][0]}) imports {imported} ({LAYERS[layer_of(imported)][0]})")
    assert upward == []


def test_no_module_outside_the_packs_imports_a_pack():
    """A pack's checks are found by the registry from its records; a pack may use another's."""
    reaching = [
        f"{module} imports {imported}"
        for module, path in modules() if not module.startswith("rules.")
        for imported in imports(path) if imported.startswith("rules.")
    ]
    assert reaching == []
