"""`paperlint serve` as a server: Starlette's TestClient for the API, and a real uvicorn on
127.0.0.1 for what only a socket shows (headers on the wire, limits, isolated sessions).
The browser side is in tests/test_serve_browser.py."""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

starlette = pytest.importorskip("starlette", reason="paperlint[serve] is not installed")
import httpx  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from paperlint.checker import RunOptions  # noqa: E402
from paperlint.serve import server_config  # noqa: E402
from paperlint.serve.app import CONTENT_SECURITY_POLICY, create_app  # noqa: E402
from paperlint.serve.edits import Changes  # noqa: E402
from paperlint.serve.store import Limits, Store, safe_name  # noqa: E402
from tests.conftest import EXAMPLES  # noqa: E402
from tests.test_reporters_html import HOSTILE  # noqa: E402

WRITE = {"X-Paperlint": "1"}
# Grammar engines off: these tests are about the server, not the checks (the browser test
# and bench/serve.py use the real engines).
OPTIONS = RunOptions(grammar="off")
PAPER = (EXAMPLES / "belgium.txt").read_bytes()


def make_client(limits: Limits | None = None) -> TestClient:
    return TestClient(create_app(OPTIONS, limits, warm_up=False))


@pytest.fixture(scope="module")
def app():
    return create_app(OPTIONS, Limits(max_upload_mb=0.5, max_papers=3), warm_up=False)


@pytest.fixture
def client(app):
    with TestClient(app) as client:
        yield client


def upload(client, data: bytes = PAPER, name: str = "belgium.txt"):
    return client.post("/api/papers", params={"name": name}, content=data, headers=WRITE)


def test_page_and_api_carry_a_strict_content_security_policy(client):
    page = client.get("/")
    assert page.status_code == 200
    for response in (page, client.get("/static/app.js"), client.get("/api/papers"), client.get("/nowhere")):
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in CONTENT_SECURITY_POLICY and "unsafe" not in CONTENT_SECURITY_POLICY
    # no inline script or style for the policy to allow: both are files of this server
    assert re.findall(r"<script[^>]*>", page.text) == ['<script src="/report-sort.js" defer>', '<script src="/static/app.js" defer>']
    assert "<style" not in page.text and " style=" not in page.text and " on" not in page.text.replace("\n", " ").split("<body")[1].split(">")[0]
    assert client.get("/report.css").headers["content-type"].startswith("text/css")
    assert client.get("/report-sort.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/api/papers").headers["cache-control"] == "no-store"


def test_an_oversize_upload_gets_413(client):
    response = upload(client, b"x" * (600 * 1024))
    assert response.status_code == 413 and "limit" in response.json()["error"]

    def chunks():  # no Content-Length: the body is counted as it arrives
        for _ in range(20):
            yield b"y" * (64 * 1024)

    streamed = client.post("/api/papers", params={"name": "big.txt"}, content=chunks(), headers=WRITE)
    assert streamed.status_code == 413
    assert client.get("/api/papers").json()["papers"] == []


def test_a_path_traversal_name_is_neutralised_and_nothing_is_written(client, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("../../../../etc/passwd.txt", "..\\..\\Windows\\win.ini.txt", "/etc/cron.d/evil.md"):
        response = upload(client, PAPER, name)
        assert response.status_code == 201, response.text
        assert "/" not in response.json()["name"] and "\\" not in response.json()["name"] and ".." not in response.json()["name"]
    assert [p["name"] for p in client.get("/api/papers").json()["papers"]] == ["passwd.txt", "win.ini.txt", "evil.md"]
    for name in ("../../etc/passwd", "paper.exe", "", "paper.docx/.."):
        assert upload(client, PAPER, name).status_code == 415
    assert list(tmp_path.iterdir()) == []


def test_safe_name_keeps_only_a_clean_title_and_the_format():
    assert safe_name("C:\\Users\\me\\Côte d'Ivoire <b>.DOCX") == ("Côte d-Ivoire -b", "docx")
    assert safe_name("....md") == ("paper", "md")


def test_a_script_in_a_paper_is_inert(client):
    response = upload(client, HOSTILE.encode(), "hostile.txt")
    assert response.status_code == 201
    body = response.content
    assert b"<script" not in body and b"<img" not in body  # not even inside JSON strings
    view = response.json()
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in view["html"]
    assert "<img" not in view["html"] and "<script" not in view["html"]
    report = client.get(f"/api/papers/{view['id']}/download/html")
    assert report.headers["content-disposition"].startswith("attachment;")
    assert "<script>window.__pwned" not in report.text and "&lt;script&gt;window.__pwned" in report.text


def test_two_sessions_do_not_see_each_others_papers(app):
    with TestClient(app) as alice, TestClient(app) as bob:
        paper = upload(alice, name="alice.txt").json()
        assert upload(bob, name="bob.txt").status_code == 201
        assert alice.cookies["paperlint_session"] != bob.cookies["paperlint_session"]
        assert [p["name"] for p in bob.get("/api/papers").json()["papers"]] == ["bob.txt"]
        url = f"/api/papers/{paper['id']}"
        assert bob.get(url).status_code == 404
        assert bob.get(url + "/download/text").status_code == 404
        assert bob.post(url + "/dismiss", json={"version": 0, "finding": 0}, headers=WRITE).status_code == 404
        assert bob.delete(url, headers=WRITE).status_code == 404
        assert alice.get(url).status_code == 200


def test_a_write_needs_the_paperlint_header_and_a_known_session(client):
    assert client.post("/api/papers", params={"name": "a.txt"}, content=PAPER).status_code == 403
    assert client.get("/api/papers/whatever").status_code == 404


def test_accept_dismiss_ignore_and_download(client):
    view = upload(client).json()
    debris = next(f for f in view["findings"] if f["text"] == "top of page")
    url = f"/api/papers/{view['id']}"
    accepted = client.post(url + "/accept", json={"version": view["version"], "finding": debris["index"]}, headers=WRITE).json()
    assert accepted["changes"] == 1 and all(f["text"] != "top of page" for f in accepted["findings"])
    stale = client.post(url + "/dismiss", json={"version": view["version"], "finding": 0}, headers=WRITE)
    assert stale.status_code == 409
    first = accepted["findings"][0]
    dismissed = client.post(url + "/dismiss", json={"version": accepted["version"], "finding": 0}, headers=WRITE).json()
    assert dismissed["dismissed"] == 1 and first not in dismissed["findings"]
    code = dismissed["findings"][0]["code"]
    ignored = client.post(url + "/ignore", json={"version": dismissed["version"], "code": code}, headers=WRITE).json()
    assert ignored["ignored"] == [code] and all(f["code"] != code for f in ignored["findings"])
    assert all(f["code"] in ignored["rules"] for f in ignored["findings"])
    text = client.get(url + "/download/text")
    assert text.headers["content-disposition"].startswith('attachment; filename="belgium-paperlint.txt"')
    assert text.content == PAPER.replace(b"top of page", b"", 1)
    word = client.get(url + "/download/docx")
    assert word.content[:2] == b"PK" and word.headers["content-type"].endswith("wordprocessingml.document")


def test_an_edit_in_the_page_is_checked_again_and_kept_after_dismissals(client):
    view = upload(client, b"Committee: GA\n\nThe delegation supports the plan.\n", "short.txt").json()
    url = f"/api/papers/{view['id']}"
    edited = client.post(url + "/text", json={"version": view["version"], "text": "Committee: GA\n\nThe delegation supports the the plan.\n"},
                         headers=WRITE).json()
    assert edited["changes"] == 1 and any(f["text"].lower() == "the the" for f in edited["findings"])
    assert client.get(url + "/download/text").content == b"Committee: GA\n\nThe delegation supports the the plan.\n"


def test_the_rule_explanations_are_the_rule_pages(client):
    from paperlint.docs import rule_text
    from paperlint.reporters import rules_by_code

    view = upload(client).json()
    code = view["findings"][0]["code"]
    assert view["rules"][code]["text"] == rule_text(rules_by_code()[code])


def test_unused_sessions_are_forgotten_after_the_set_time():
    now = [0.0]
    store = Store(Limits(keep_minutes=10, max_sessions=2), clock=lambda: now[0])
    first = store.session(None)
    assert store.session(first.id) is first
    now[0] += 9 * 60
    second = store.session(None)
    now[0] += 2 * 60
    assert store.session(first.id, create=False) is None and store.session(second.id, create=False) is second
    assert len(store) == 1


def test_paper_count_per_session_is_limited(app):
    with TestClient(app) as client:
        for _ in range(3):
            assert upload(client).status_code == 201
        assert upload(client).status_code == 429


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8), st.sampled_from(["", "x", "new words", "\n"])), max_size=6))
def test_changes_keep_the_text_and_map_untouched_offsets_both_ways(steps):
    original = "The delegation of Belgium supports the plan.\n\nIt urges action."
    changes, expected = Changes(original), original
    for start, length, replacement in steps:
        start = min(start, len(expected))
        end = min(start + length, len(expected))
        changes.record(start, end, replacement)
        expected = expected[:start] + replacement + expected[end:]
        assert changes.text == expected
    assert all(a.end <= b.start for a, b in zip(changes.items, changes.items[1:]))
    for offset in range(len(original) + 1):
        if not any(c.start <= offset <= c.end for c in changes.items):
            assert changes.to_original(changes.to_current(offset)) == offset


# --- a real server on a socket ------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def running_server(options: RunOptions = OPTIONS, limits: Limits | None = None, warm_up: bool = False):
    """uvicorn serving the app on 127.0.0.1 in a thread; yields its base URL, stops it after."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(server_config(create_app(options, limits, warm_up=warm_up), "127.0.0.1", port))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        assert not thread.is_alive()


def test_a_real_server_on_loopback_enforces_limits_headers_and_sessions():
    with running_server(limits=Limits(max_upload_mb=0.25)) as base:
        with httpx.Client(base_url=base) as alice, httpx.Client(base_url=base) as bob:
            page = alice.get("/")
            assert page.status_code == 200 and page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
            assert "server" not in page.headers
            too_big = alice.post("/api/papers", params={"name": "big.txt"}, content=b"z" * (400 * 1024), headers=WRITE)
            assert too_big.status_code == 413
            paper = alice.post("/api/papers", params={"name": "../a.txt"}, content=HOSTILE.encode(), headers=WRITE)
            assert paper.status_code == 201 and b"<script" not in paper.content
            assert "HttpOnly" in paper.headers["set-cookie"] and "SameSite=strict" in paper.headers["set-cookie"]
            assert bob.get(f"/api/papers/{paper.json()['id']}").status_code == 404
            assert bob.get("/api/papers").json()["papers"] == []


def test_serve_without_the_extra_says_how_to_install_it(run_cli, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "uvicorn", None)
    code, out, err = run_cli("serve", "--no-browser")
    assert code == 2 and err.strip() == "paperlint: error: paperlint serve needs its web server: pip install 'paperlint[serve]'"


def zipped(members: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def upload_folder(client, data: bytes, name: str = "committee.zip"):
    return client.post("/api/folders", params={"name": name}, content=data, headers=WRITE)


def test_a_chairs_zip_folder_gets_the_triage_with_copies_and_every_file_accounted_for(client, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    control = (EXAMPLES / "control.txt").read_text(encoding="utf-8")
    copy = control.replace("Japan", "Ghana")
    folder = zipped({
        "GA1/belgium.txt": PAPER,
        "GA1/japan.txt": control.encode(),
        "GA1/ghana.txt": copy.encode(),
        "../../escape/hostile.md": HOSTILE.encode(),
        "GA1/map.png": b"\x89PNG not a paper",
        "GA1/broken.docx": b"PK\x03\x04 not a real archive",
        "__MACOSX/GA1/._kenya.txt": b"resource fork",
        "GA1/markup.txt": b"Committee: <b onmouseover=alert(1)>GA</b>\nCountry: Chile\n\nChile supports the treaty.\n",
    })
    response = upload_folder(client, folder)
    assert response.status_code == 201, response.text
    view = response.json()
    assert view["papers"] == 6
    assert view["statuses"]["not read"] == 1  # the broken .docx, named in the table
    assert view["copies"] >= 1
    assert view["skipped"] == ["GA1/map.png: not a paper format paperlint reads"]
    html = view["html"]
    for label in ("GA1/belgium.txt", "GA1/japan.txt", "GA1/ghana.txt", "escape/hostile.md", "GA1/broken.docx"):
        assert label in html
    assert "<script" not in html and "<b " not in html and "&lt;b onmouseover=alert(1)&gt;GA&lt;/b&gt;" in html
    assert list(tmp_path.iterdir()) == []  # nothing unpacked, nothing written
    base = f"/api/folders/{view['id']}/download/"
    csv_text = client.get(base + "csv").text
    assert csv_text.splitlines()[0].startswith("file,country,committee,words")
    assert "GA1/ghana.txt" in csv_text and "GA1/japan.txt" in csv_text
    report = client.get(base + "html")
    assert report.headers["content-disposition"].startswith('attachment; filename="committee-paperlint.html"')
    assert '<section class="copies"' in report.text
    assert client.get(base + "exe").status_code == 404


def test_a_folder_is_a_readable_zip_within_the_limits_and_belongs_to_its_session(app):
    with TestClient(create_app(OPTIONS, Limits(max_upload_mb=0.01, max_folder_mb=0.05, max_folder_papers=2),
                               warm_up=False)) as client:
        assert upload_folder(client, PAPER, "papers.txt").status_code == 415
        assert upload_folder(client, b"not a zip").status_code == 422
        assert upload_folder(client, b"x" * 60_000).status_code == 413
        assert "no paper" in upload_folder(client, zipped({"notes.csv": b"a,b"})).json()["error"]
        three = zipped({f"p{n}.txt": b"Kenya supports the treaty." for n in range(3)})
        assert "more than 2 papers" in upload_folder(client, three).json()["error"]
        bomb = zipped({"big.txt": b"a" * 200_000, "small.txt": b"Kenya supports the treaty."})
        view = upload_folder(client, bomb).json()
        assert view["papers"] == 1 and view["skipped"] == ["big.txt: over the 0.01 MB limit for one paper"]
    with TestClient(app) as owner, TestClient(app) as stranger:
        folder = upload_folder(owner, zipped({"a.txt": PAPER})).json()
        assert stranger.get(f"/api/folders/{folder['id']}/download/csv").status_code == 404
