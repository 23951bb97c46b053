"""A pack is a folder: pack.yml beside the Python checks its records name, found through the
`paperlint.packs` entry points (built-in and third-party alike), or a pack file from config."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest

from paperlint.engine import registry
from paperlint.engine.registry import builtin_pack_files, load_pack
from paperlint.engine.runner import run_rules
from paperlint.errors import ConfigError
from tests.conftest import document_from

CHECKS = '''from paperlint.engine.kinds import Hit


def {name}(document, rule, ctx):
    start = document.text.find("{word}")
    if start >= 0:
        yield Hit(start, start + len("{word}"))
'''


def pack_yml(prefix: str, check: str) -> str:
    return (
        f"pack: {prefix.lower()}\nprefix: {prefix}\ncategory: style\nrules:\n"
        f"  - {{code: {prefix}001, name: {prefix.lower()}-word, kind: python, check: '{check}', message: m,"
        " docs: {summary: s, why: w, bad: '[[x]]', good: g}}\n"
    )


@pytest.fixture
def plugin(tmp_path, monkeypatch):
    """An installed plugin `confpacks` with a pack folder `water`, a sibling pack `land` naming
    water's check, and a pack file at the top in the older layout."""
    root = tmp_path / "confpacks"
    for folder in (root, root / "water", root / "land"):
        folder.mkdir()
        (folder / "__init__.py").write_text("")
    (root / "water" / "pack.yml").write_text(pack_yml("WA", "wells.dry_well"))
    (root / "water" / "wells.py").write_text(CHECKS.format(name="dry_well", word="well"))
    (root / "land" / "pack.yml").write_text(pack_yml("LA", ".water.wells.dry_well"))
    (root / "legacy.yml").write_text(pack_yml("LG", "confpacks.legacy:old_check"))
    (root / "legacy.py").write_text(CHECKS.format(name="old_check", word="old"))
    for name in [name for name in sys.modules if name.partition(".")[0] == "confpacks"]:
        monkeypatch.delitem(sys.modules, name)  # another test's plugin, from another folder
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(registry, "entry_points", lambda group: [SimpleNamespace(name="conf", value="confpacks")])
    return root


def test_plugin_packs_are_folders_or_top_level_files(plugin):
    assert [(label, package) for label, _, package in builtin_pack_files()] == [
        ("confpacks/land/pack.yml", "confpacks.land"),
        ("confpacks/legacy.yml", "confpacks"),
        ("confpacks/water/pack.yml", "confpacks.water"),
    ]


def test_checks_are_named_in_the_pack_a_sibling_pack_or_absolutely(plugin):
    document = document_from("The old well is dry.")
    for label, item, package in builtin_pack_files():
        (rule,) = load_pack(item, label, package).rules
        assert [document.text[f.start:f.end] for f in run_rules(document, [rule])] == (
            ["old"] if rule.code == "LG001" else ["well"]
        ), rule.code
        assert rule.params.check == (
            "confpacks.legacy:old_check" if rule.code == "LG001" else "confpacks.water.wells:dry_well"
        )


def test_a_pack_file_names_its_checks_absolutely(tmp_path, monkeypatch):
    (tmp_path / "house_checks.py").write_text(CHECKS.format(name="banned", word="hereby"))
    monkeypatch.syspath_prepend(str(tmp_path))
    path = tmp_path / "house.yml"
    path.write_text(pack_yml("HS", "house_checks:banned"))
    (rule,) = load_pack(path).rules
    assert [f.code for f in run_rules(document_from("Norland hereby agrees."), [rule])] == ["HS001"]


def test_a_relative_check_in_a_pack_file_is_a_one_line_error(tmp_path):
    path = tmp_path / "house.yml"
    path.write_text(pack_yml("HS", "wells.dry_well"))
    with pytest.raises(ConfigError) as error:
        load_pack(path)
    message = "names a module of its pack, but this pack is a file: write 'package.module:function'"
    assert str(path) in str(error.value) and message in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize("check", ["dry_well", ".dry_well", "....too.far.up", "wells."])
def test_a_malformed_check_name_is_a_one_line_error(tmp_path, check):
    path = tmp_path / "pack.yml"
    path.write_text(pack_yml("HS", check))
    with pytest.raises(ConfigError, match="must be 'module.function' in the pack's package"):
        load_pack(path, package="confpacks.water")


def test_a_check_that_does_not_exist_is_a_one_line_error_when_used(plugin):
    (plugin / "water" / "pack.yml").write_text(pack_yml("WA", "wells.no_such_check"))
    label, item, package = next(entry for entry in builtin_pack_files() if entry[0].startswith("confpacks/water"))
    (rule,) = load_pack(item, label, package).rules
    with pytest.raises(ConfigError, match="cannot load check 'confpacks.water.wells:no_such_check'"):
        rule.params.function  # noqa: B018 - resolving the check is the test
