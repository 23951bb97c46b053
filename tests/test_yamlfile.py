"""The fast YAML loader reads every shipped pack and table exactly as PyYAML's safe loader does."""

from __future__ import annotations

import pytest
import yaml

from paperlint import yamlfile
from tests.conftest import ROOT

SHIPPED = sorted([*(ROOT / "rules").glob("*/pack.yml"), *(ROOT / "src" / "paperlint" / "data").glob("*.yml")])


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_same_data_as_the_safe_loader(path):
    text = path.read_text(encoding="utf-8")
    assert yamlfile.safe_load(text) == yaml.safe_load(text)


def test_unsafe_tags_and_bad_yaml_are_refused():
    with pytest.raises(yaml.YAMLError):
        yamlfile.safe_load("!!python/object/apply:os.system ['true']")
    with pytest.raises(yaml.YAMLError) as error:
        yamlfile.safe_load("rules:\n  - code: [unclosed\n")
    assert error.value.problem_mark is not None
