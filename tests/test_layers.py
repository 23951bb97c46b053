"""The import layers of docs/architecture.md: no module imports a layer above its own."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "paperlint"
# Lowest first; a module belongs to the first layer one of whose prefixes it starts with.
LAYERS = (
    ("model", ("document", "findings", "errors", "metadata", "wordlists", "output", "yamlfile", "__init__")),
    ("readers", ("readers",)),
    ("analysis", ("analysis", "profiles", "copies")),
    ("rules", ("engine", "context", "config", "checks", "grammar", "facts", "rules", "docs", "testing")),
    ("results", ("results",)),
    ("reporters", ("reporters", "triage", "merge")),
    ("app", ("checker", "app", "fix", "annotate", "cache", "budget", "progress", "serve", "shard", "daemon")),
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


def test_no_module_imports_a_layer_above_its_own():
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        own = layer_of(module)
        for imported in imports(path):
            if layer_of(imported) > own:
                upward.append(f"{module} ({LAYERS[own][0]}) imports {imported} ({LAYERS[layer_of(imported)][0]})")
    assert upward == []
