"""The benchmark runs end to end on a small corpus (its figures are read, not judged, here)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_benchmark_smoke(tmp_path):
    out = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--count", "50", "--engines", "off,harper", "--json", str(out)],
        capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(out.read_text())
    assert figures["count"] == 50
    assert [run["engine"] for run in figures["corpus"]] == ["off", "harper"]
    for run in figures["corpus"]:
        assert run["papers"] == 50 and run["findings"] > 50 and run["peak_memory_mb"] > 0
        assert {"read", "rules", "readability", "report"} <= set(run["stages"])
    assert "grammar" in figures["corpus"][1]["stages"]
    assert set(figures["cached_rerun"]["stages"]) == {"cache", "report"}
    assert figures["harper_alone"]["papers"] == 50
    assert "papers/s" in result.stdout
