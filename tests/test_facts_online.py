"""The fact-check assistant online, against a real HTTP server on 127.0.0.1 serving the JSON
shapes of the MediaWiki search API, the Wikipedia REST page summary and the Wikidata API.
No test touches the internet."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time

import pytest
from werkzeug.wrappers import Request, Response

from paperlint.config import Config
from paperlint.context import standalone_context
from paperlint.facts import CONTRADICTED, SUPPORTED, UNVERIFIABLE
from paperlint.facts.knowledge import knowledge_base
from paperlint.facts.online import Endpoints, OnlineClient, verify_online
from tests.conftest import document_from

EVENT_PAPER = "Belgium suffered the 2018 Liège attack."
COALITION_PAPER = "Belgium is a member of the Global Coalition to defeat ISIS."
COALITION = "Q18964398"
SUMMARY = {
    "type": "standard",
    "title": "2018 Liège attack",
    "description": "Terrorist attack in Belgium",
    "extract": "On 29 May 2018, a gunman attacked police officers in Liège, Belgium. Three people died.",
    "content_urls": {"desktop": {"page": "https://en.wikipedia.org/wiki/2018_Li%C3%A8ge_attack"}},
}
ENTITIES = {"Belgium": "Q31", "Global Coalition to defeat ISIS": COALITION, "NATO": "Q7184"}


def _json(data, status: int = 200, headers: dict | None = None) -> Response:
    return Response(json.dumps(data), status=status, headers=headers, content_type="application/json")


def mediawiki(request: Request) -> Response:
    query = request.args["srsearch"]
    hits = [{"ns": 0, "title": "2018 Liège attack", "snippet": "…"}] if "Li" in query else []
    return _json({"batchcomplete": "", "query": {"searchinfo": {"totalhits": len(hits)}, "search": hits}})


def wikidata(request: Request) -> Response:
    if request.args["action"] == "wbsearchentities":
        found = ENTITIES.get(request.args["search"])
        return _json({"search": [{"id": found, "label": request.args["search"]}] if found else [], "success": 1})
    entity = request.args["ids"]
    statement = {
        "mainsnak": {"snaktype": "value", "property": "P463",
                     "datavalue": {"value": {"entity-type": "item", "id": COALITION}, "type": "wikibase-entityid"}},
        "qualifiers": {"P580": [{"datavalue": {"value": {"time": "+2014-09-00T00:00:00Z"}, "type": "time"}}]},
    }
    return _json({"entities": {entity: {"id": entity, "claims": {"P463": [statement]}}}, "success": 1})


@pytest.fixture
def api(httpserver, monkeypatch, tmp_path):
    """The three APIs on the loopback server, wired in through the environment."""
    httpserver.expect_request("/w/api.php").respond_with_handler(mediawiki)
    httpserver.expect_request(re.compile(r"^/api/rest_v1/page/summary/.+")).respond_with_json(SUMMARY)
    httpserver.expect_request("/wikidata/api.php").respond_with_handler(wikidata)
    monkeypatch.setenv("PAPERLINT_WIKIPEDIA_API", httpserver.url_for("/w/api.php"))
    monkeypatch.setenv("PAPERLINT_WIKIPEDIA_REST", httpserver.url_for("/api/rest_v1"))
    monkeypatch.setenv("PAPERLINT_WIKIDATA_API", httpserver.url_for("/wikidata/api.php"))
    monkeypatch.setenv("PAPERLINT_CACHE_DIR", str(tmp_path / "cache"))
    return httpserver


def online_context():
    """A run with online lookups on (the cache folder comes from $PAPERLINT_CACHE_DIR)."""
    return standalone_context(Config(online=True))


def test_event_is_supported_by_wikipedia_and_cached(api):
    [item] = online_context().checked_claims(document_from(EVENT_PAPER))
    assert item.verdict.status == SUPPORTED
    assert item.verdict.via == "Wikipedia"
    assert item.verdict.source == SUMMARY["content_urls"]["desktop"]["page"]
    assert "29 May 2018" in item.verdict.fact
    sent = len(api.log)
    assert sent == 2
    assert api.log[0][0].headers["User-Agent"].startswith("paperlint/")
    again = online_context().checked_claims(document_from(EVENT_PAPER))
    assert again[0].verdict == item.verdict
    assert len(api.log) == sent, "the second run must make no request"


def test_membership_is_supported_by_wikidata(api):
    [item] = online_context().checked_claims(document_from(COALITION_PAPER))
    assert item.verdict.status == SUPPORTED
    assert item.verdict.fact == "Wikidata: Belgium is a member of Global Coalition to defeat ISIS since 2014."
    assert item.verdict.source == "https://www.wikidata.org/wiki/Q31#P463"


def test_wrong_accession_year_is_contradicted_by_wikidata(api):
    [item] = online_context().checked_claims(document_from("Belgium joined the Global Coalition to defeat ISIS in 2016."))
    assert item.claim.describe() == "joined the Global Coalition to defeat ISIS in 2016"
    assert item.verdict.status == CONTRADICTED
    assert item.verdict.fact == "Wikidata: Belgium is a member of Global Coalition to defeat ISIS since 2014, not 2016."


def test_offline_verdicts_are_not_asked_online(api):
    found = online_context().checked_claims(document_from("Belgium is a member of NATO."))
    assert found[0].verdict.status == SUPPORTED and found[0].verdict.via == "offline knowledge base"
    assert len(api.log) == 0


def test_without_online_nothing_is_requested(api, run_cli, tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text(EVENT_PAPER, encoding="utf-8")
    code, out, _ = run_cli("facts", paper)
    assert code == 0 and "[??]" in out
    assert len(api.log) == 0


def test_cli_online_uses_the_cache_dir_and_the_second_run_sends_nothing(api, run_cli, tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text(EVENT_PAPER + " " + COALITION_PAPER, encoding="utf-8")
    cache = tmp_path / "explicit-cache"
    code, first, err = run_cli("facts", paper, "--online", "--cache-dir", cache, "--format", "json")
    assert code == 0, err
    assert [c["status"] for c in json.loads(first)["claims"]] == [SUPPORTED, SUPPORTED]
    assert list(cache.rglob("*.json"))
    sent = len(api.log)
    code, second, _ = run_cli("facts", paper, "--online", "--cache-dir", cache, "--format", "json")
    assert second == first
    assert len(api.log) == sent


# --- failures leave the claim unverifiable ------------------------------------------------------

def client(httpserver, tmp_path, **options) -> tuple[OnlineClient, list[float]]:
    waits: list[float] = []
    endpoints = Endpoints(httpserver.url_for("/w/api.php"), httpserver.url_for("/api/rest_v1"),
                          httpserver.url_for("/wikidata/api.php"))
    settings = {"timeout": 2.0, "retries": 2, "backoff": 0.5, "max_wait": 10.0, **options}
    return OnlineClient(tmp_path / "cache", endpoints, sleep=waits.append, **settings), waits


def event_checked():
    [item] = standalone_context().checked_claims(document_from(EVENT_PAPER))
    assert item.verdict.status == UNVERIFIABLE
    return item


def test_timeout_leaves_the_claim_unverifiable(httpserver, tmp_path):
    release = threading.Event()
    httpserver.expect_request("/w/api.php").respond_with_handler(lambda request: release.wait(5) and _json({}))
    online, waits = client(httpserver, tmp_path, timeout=0.2, retries=1)
    result = verify_online(event_checked(), online, knowledge_base())
    assert result.verdict.status == UNVERIFIABLE
    assert "Online lookup failed: the request timed out." in result.verdict.fact
    assert waits == [0.5]
    release.set()  # let the server finish both stalled requests before the next test
    deadline = time.monotonic() + 5
    while len(httpserver.log) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)


def test_429_honours_retry_after_then_succeeds(httpserver, tmp_path):
    httpserver.expect_oneshot_request("/w/api.php").respond_with_response(
        _json({"error": "too many"}, status=429, headers={"Retry-After": "3"}))
    httpserver.expect_request("/w/api.php").respond_with_handler(mediawiki)
    httpserver.expect_request(re.compile(r"^/api/rest_v1/page/summary/.+")).respond_with_json(SUMMARY)
    online, waits = client(httpserver, tmp_path)
    result = verify_online(event_checked(), online, knowledge_base())
    assert waits == [3.0]
    assert result.verdict.status == SUPPORTED


def test_429_with_a_too_long_retry_after_gives_up_at_once(httpserver, tmp_path):
    httpserver.expect_request("/w/api.php").respond_with_response(
        _json({}, status=429, headers={"Retry-After": "3600"}))
    online, waits = client(httpserver, tmp_path)
    result = verify_online(event_checked(), online, knowledge_base())
    assert waits == [] and len(httpserver.log) == 1
    assert result.verdict.status == UNVERIFIABLE and "HTTP 429" in result.verdict.fact


def test_5xx_is_retried_with_backoff_then_left_unverifiable(httpserver, tmp_path):
    httpserver.expect_request("/w/api.php").respond_with_data("busy", status=503)
    online, waits = client(httpserver, tmp_path)
    result = verify_online(event_checked(), online, knowledge_base())
    assert waits == [0.5, 1.0]
    assert len(httpserver.log) == 3
    assert result.verdict.status == UNVERIFIABLE and "HTTP 503" in result.verdict.fact


@pytest.mark.parametrize("body, reason", [
    ("{not json", "the answer was not valid JSON"),
    ('{"query": {"pages": []}}', "the answer did not have the expected shape"),
])
def test_malformed_json_leaves_the_claim_unverifiable_and_is_not_cached(httpserver, tmp_path, body, reason):
    httpserver.expect_request("/w/api.php").respond_with_data(body, content_type="application/json")
    online, _ = client(httpserver, tmp_path)
    for attempt in (1, 2):
        result = verify_online(event_checked(), online, knowledge_base())
        assert result.verdict.status == UNVERIFIABLE and reason in result.verdict.fact
        assert len(httpserver.log) == attempt


def test_network_failure_never_fails_the_check_command(httpserver, monkeypatch, run_cli, tmp_path):
    httpserver.expect_request(re.compile(".*")).respond_with_data("down", status=500)
    monkeypatch.setenv("PAPERLINT_WIKIPEDIA_API", httpserver.url_for("/w/api.php"))
    monkeypatch.setenv("PAPERLINT_WIKIPEDIA_REST", httpserver.url_for("/api/rest_v1"))
    monkeypatch.setenv("PAPERLINT_WIKIDATA_API", httpserver.url_for("/wikidata/api.php"))
    waits: list[float] = []
    monkeypatch.setattr("paperlint.facts.online.time.sleep", waits.append)
    paper = tmp_path / "paper.txt"
    paper.write_text(EVENT_PAPER, encoding="utf-8")
    code, out, err = run_cli("check", paper, "--select", "FC", "--online", "--cache-dir", tmp_path / "c",
                             "--output-format", "concise")
    assert code == 0, err
    assert "FC002" in out and "HTTP 500" in out
    assert waits == [1.0, 2.0, 4.0], "default backoff: three retries, doubling from one second"


def test_online_and_cache_dir_from_the_config_file(api, run_cli, tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text(EVENT_PAPER, encoding="utf-8")
    (tmp_path / "paperlint.toml").write_text('online = true\ncache-dir = "cache-from-config"\n', encoding="utf-8")
    code, out, err = run_cli("check", paper, "--select", "FC", "--output-format", "concise")
    assert code == 0, err
    assert out == "" and len(api.log) == 2  # the event is now supported, so nothing is reported
    assert list((tmp_path / "cache-from-config").rglob("*.json")), "relative to the config file"


def test_known_organisation_without_an_accession_year_is_asked_by_its_full_name(api):
    ENTITIES["Financial Action Task Force"] = COALITION  # the fake's only membership statement
    try:
        [item] = online_context().checked_claims(document_from("Belgium joined FATF in 2014."))
    finally:
        del ENTITIES["Financial Action Task Force"]
    searched = [request.args.get("search") for request, _ in api.log if request.args.get("action") == "wbsearchentities"]
    assert searched == ["Belgium", "Financial Action Task Force"]
    assert item.verdict.status == SUPPORTED and item.verdict.via == "Wikidata"


# --- no network: one note, then offline -----------------------------------------------------

@pytest.fixture
def closed_port(monkeypatch, tmp_path):
    """The three APIs on a port of 127.0.0.1 nothing listens on; counts the requests tried."""
    import socket

    import requests

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    monkeypatch.setenv("PAPERLINT_WIKIPEDIA_API", f"{base}/w/api.php")
    monkeypatch.setenv("PAPERLINT_WIKIPEDIA_REST", f"{base}/api/rest_v1")
    monkeypatch.setenv("PAPERLINT_WIKIDATA_API", f"{base}/wikidata/api.php")
    monkeypatch.setenv("PAPERLINT_CACHE_DIR", str(tmp_path / "cache"))
    tried: list[str] = []
    send = requests.Session.get
    monkeypatch.setattr(requests.Session, "get", lambda self, url, **kw: tried.append(url) or send(self, url, **kw))
    waits: list[float] = []
    monkeypatch.setattr("paperlint.facts.online.time.sleep", waits.append)
    return port, tried, waits


def test_first_connection_failure_turns_online_checks_off_for_the_run(closed_port):
    from paperlint.facts.online import take_notes

    port, tried, waits = closed_port
    papers = [EVENT_PAPER, COALITION_PAPER, "Belgium joined the Global Coalition to defeat ISIS in 2016."]
    verdicts = [item.verdict for paper in papers for item in online_context().checked_claims(document_from(paper))]
    assert len(tried) == 1 and waits == [], "one attempt, no retries, then offline"
    assert all(v.status == UNVERIFIABLE and "Online lookup failed" not in v.fact for v in verdicts)
    assert take_notes() == [
        f"online: cannot connect to 127.0.0.1:{port} (ConnectionError): online checks are off for this run"
    ]
    assert take_notes() == []


def test_check_without_network_fails_fast_and_goes_on_offline(closed_port, run_cli, tmp_path):
    _, tried, waits = closed_port
    papers = []
    for number, text in enumerate([EVENT_PAPER, COALITION_PAPER, EVENT_PAPER + " " + COALITION_PAPER]):
        papers.append(tmp_path / f"paper{number}.txt")
        papers[-1].write_text(text, encoding="utf-8")
    code, out, err = run_cli("check", *papers, "--select", "FC", "--online", "--cache-dir", tmp_path / "c",
                             "-j", "1", "--output-format", "concise")
    assert code == 0, err
    assert len(tried) == 1 and waits == []
    assert "FC002" in out and "Online lookup failed" not in out
    assert [line for line in err.splitlines() if "online checks are off" in line] == [
        f"paperlint: note: online: cannot connect to {tried[0].split('/')[2]} (ConnectionError): "
        "online checks are off for this run"
    ]


def test_an_offline_run_imports_no_http_client(tmp_path):
    """A run without online lookups never imports `requests` (about 0.05 s of every run)."""
    paper = tmp_path / "paper.txt"
    paper.write_text("Norland funds water pumps in 2021, and it will fund more.\n", encoding="utf-8")
    script = (
        "import sys\n"
        "from paperlint.cli import main\n"
        "try:\n"
        f"    main(['check', {str(paper)!r}, '--grammar', 'off', '--no-cache', '--no-daemon'])\n"
        "except SystemExit as end:\n"
        "    assert end.code in (0, 1, None), end.code\n"
        "assert 'requests' not in sys.modules, 'requests imported'\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr
