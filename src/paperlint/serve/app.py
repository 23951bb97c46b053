"""The routes of `paperlint serve` (Starlette): one page, its static files, and a small JSON
API on the papers of the caller's session.

Every response carries a strict Content-Security-Policy (only this server's own script and
style files), and every piece of a paper reaches the page escaped: the paper's text as
escaped HTML from the HTML report's `highlighted_text`, everything else as JSON strings
the page puts in with `textContent`, and JSON with <, > and & escaped as well. A request
that changes something must carry the `X-Paperlint` header, which a page of another site
cannot send without the browser asking first; the session cookie is HttpOnly and SameSite.
"""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from paperlint.analysis.stats import reading_grade
from paperlint.checker import RunOptions, check_document
from paperlint.docs import rule_text
from paperlint.errors import InputError
from paperlint.findings import severity_counts
from paperlint.grammar import GrammarService
from paperlint.readers import read_bytes
from paperlint.reporters import csv as csv_report
from paperlint.reporters import describe_suggestion, source_place
from paperlint.reporters import html as html_report
from paperlint.results import FileResult
from paperlint.serve.downloads import clean_text, word_copy
from paperlint.serve.edits import Changes
from paperlint.serve.folders import papers_in_zip
from paperlint.serve.store import Folder, Full, Limits, Paper, Session, Store, clean_title, new_paper_id, safe_name
from paperlint.settings import Settings
from paperlint.triage import triage

STATIC = Path(__file__).parent / "static"
COOKIE = "paperlint_session"
WRITE_HEADER = "x-paperlint"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
WARM_UP_TEXT = "Position Paper\n\nThe delegation believe that the General Assembly must act on the climate.\n"


class SecurityHeaders:
    """ASGI middleware: the security headers on every response, `no-store` on the API's."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
                if scope["path"].startswith("/api/"):
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)


class SafeJSON(JSONResponse):
    """JSON with <, > and & escaped too, so no paper text is markup in any context."""

    def render(self, content) -> bytes:
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode("utf-8")


class Problem(Exception):
    """A request the API refuses: an HTTP status and one line for the delegate."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class Checker:
    """The server's one pipeline: the settings, and a grammar service kept warm for the
    server's life. Everything that reads or changes papers runs in `run`, on one thread that
    lives as long as the server, so papers change one at a time."""

    def __init__(self, options: RunOptions, grammar: GrammarService) -> None:
        self.settings: Settings = options.settings_for(str(Path.cwd() / "paper.txt"))
        self.grammar = grammar
        self._thread: ThreadPoolExecutor | None = None

    def submit(self, function, *args):
        if self._thread is None:
            self._thread = ThreadPoolExecutor(1, thread_name_prefix="paperlint-check")
        return self._thread.submit(function, *args)

    async def run(self, function, *args):
        return await asyncio.wrap_future(self.submit(function, *args))

    def check(self, paper: Paper) -> None:
        paper.result = check_document(paper.changes.edited(paper.document), self.settings, self.grammar)

    def check_folder(self, papers: list[tuple[str, str, bytes]]) -> list[FileResult]:
        """Each paper of a folder, read and checked; one that cannot be read is a result
        with its one-line error (it shows as "not read")."""
        results = []
        for label, fmt, data in papers:
            try:
                document = read_bytes(data, label, fmt)
            except InputError as error:
                results.append(FileResult(label, error=str(error), fail_on=self.settings.fail_on))
                continue
            results.append(check_document(document, self.settings, self.grammar))
        return results

    def warm_up(self) -> None:
        """Start the engines now (LanguageTool takes seconds), before the first delegate waits."""
        self.submit(check_document, read_bytes(WARM_UP_TEXT.encode("utf-8"), "warm-up.txt", "txt"),
                    self.settings, self.grammar)

    def close(self) -> None:
        """Stop the thread and the engines (LanguageTool's server) from that thread."""
        if self._thread is not None:
            self._thread.submit(self.grammar.close).result()
            self._thread.shutdown()
            self._thread = None

    def describe(self) -> list[str]:
        """The engines in use, and what went wrong with them (a LanguageTool that failed)."""
        return self.grammar.describe() + self.grammar.notes()

    @cached_property
    def rule_pages(self) -> dict[str, dict]:
        """Each rule's summary and `paperlint rule CODE` page, by code."""
        return {rule.code: {"summary": rule.docs.summary, "text": rule_text(rule)} for rule in self.settings.rules}


def paper_view(paper: Paper, checker: Checker) -> dict:
    """Everything the page shows of a paper; text only as escaped HTML or plain JSON strings."""
    result = paper.result
    assert result is not None and result.document is not None  # a stored paper has been checked
    findings = paper.shown()
    pages = checker.rule_pages
    return {
        "id": paper.id,
        "name": paper.file_name,
        "format": paper.document.format,
        "version": paper.version,
        "html": html_report.highlighted_text(result.document.text, findings, 1),
        "findings": [_finding_view(f, number) for number, f in enumerate(findings)],
        "rules": {f.code: pages[f.code] for f in findings if f.code in pages},
        "counts": severity_counts(findings),
        "words": result.document.word_count,
        "grade": reading_grade(result.stats),
        "ignored": sorted(paper.ignored),
        "dismissed": len(paper.dismissed),
        "changes": len(paper.changes.items),
        "error": result.error,
    }


def _finding_view(f, number: int) -> dict:
    return {
        "index": number,
        "id": html_report.finding_id(1, number + 1),
        "code": f.code, "name": f.name, "category": f.category, "severity": str(f.severity),
        "message": f.message, "text": f.text, "line": f.line, "place": source_place(f) or f"line {f.line}",
        "suggestions": [describe_suggestion(f, s) for s in f.suggestions],
        "details": list(f.details),
    }


def folder_view(folder: Folder) -> dict:
    """The triage of a folder: the table, the findings per rule and the copies as escaped HTML
    (sortable by /report-sort.js), with the counts and the files that are not papers."""
    report = triage(folder.results)
    return {
        "id": folder.id,
        "name": folder.title,
        "html": html_report.triage_sections(folder.results, report, link_papers=False),
        "papers": len(folder.results),
        "statuses": {status: sum(r.status == status for r in folder.results) for status in ("fails", "passes", "not read")},
        "copies": len(report.copies.pairs),
        "skipped": [f"{label}: {reason}" for label, reason in folder.skipped],
    }


@dataclass
class Server:
    """The app's state: the store of sessions and papers, and the checker."""

    store: Store
    checker: Checker

    def session(self, request: Request, create: bool = False) -> Session:
        try:
            session = self.store.session(request.cookies.get(COOKIE), create)
        except Full as error:
            raise Problem(503, str(error)) from None
        if session is None:
            raise Problem(404, "no such paper (papers are deleted after a while: upload it again)")
        return session

    def paper(self, request: Request) -> Paper:
        paper = self.session(request).papers.get(request.path_params["paper"])
        if paper is None:
            raise Problem(404, "no such paper (papers are deleted after a while: upload it again)")
        return paper

    def reply(self, request: Request, session: Session, content, status: int = 200) -> Response:
        response = SafeJSON(content, status)
        if request.cookies.get(COOKIE) != session.id:
            response.set_cookie(COOKIE, session.id, httponly=True, samesite="strict",
                                secure=request.url.scheme == "https", path="/")
        return response


def _api(handler):
    """A JSON endpoint: refuses writes without the X-Paperlint header, turns Problems into
    {"error": ...} with their status."""

    async def endpoint(request: Request) -> Response:
        server: Server = request.app.state.server
        try:
            if request.method != "GET" and request.headers.get(WRITE_HEADER) != "1":
                raise Problem(403, "missing the X-Paperlint header")
            return await handler(request, server)
        except Problem as problem:
            return SafeJSON({"error": str(problem)}, problem.status)

    return endpoint


async def _json_body(request: Request, limit: int = 2 * 1024 * 1024) -> dict:
    body = await _read_limited(request, limit)
    try:
        value = json.loads(body or b"{}")
    except ValueError:
        raise Problem(400, "the request is not JSON") from None
    if not isinstance(value, dict):
        raise Problem(400, "the request is not a JSON object")
    return value


async def _read_limited(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is over `limit` bytes."""
    too_big = Problem(413, f"the file is over the {limit / 1048576:g} MB limit")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_big
    return bytes(body)


async def upload(request: Request, server: Server) -> Response:
    try:
        title, fmt = safe_name(request.query_params.get("name", ""))
    except InputError as error:
        raise Problem(415, str(error)) from None
    data = await _read_limited(request, server.store.limits.max_upload_bytes)
    session = server.session(request, create=True)
    if len(session.papers) >= server.store.limits.max_papers:
        raise Problem(429, f"at most {server.store.limits.max_papers} papers at a time: close one first")
    try:
        document = await run_in_threadpool(read_bytes, data, f"{title}.{fmt}", fmt)
    except InputError as error:
        raise Problem(422, f"{title}.{fmt}: {error}") from None
    paper = Paper(new_paper_id(), title, data, document, Changes(document.text))
    await server.checker.run(server.checker.check, paper)
    try:
        server.store.add(session, paper)
    except Full as error:
        raise Problem(429, str(error)) from None
    return server.reply(request, session, paper_view(paper, server.checker), 201)


async def upload_folder(request: Request, server: Server) -> Response:
    """A chair's folder of papers as a .zip: every paper checked, then the triage."""
    name = PurePosixPath(request.query_params.get("name", "").replace("\\", "/")).name
    if not name.lower().endswith(".zip"):
        raise Problem(415, "a folder of papers comes as a .zip archive")
    data = await _read_limited(request, server.store.limits.max_folder_bytes)
    session = server.session(request, create=True)
    try:
        papers, skipped = await run_in_threadpool(papers_in_zip, data, server.store.limits)
    except InputError as error:
        raise Problem(422, f"{name}: {error}") from None
    results = await server.checker.run(server.checker.check_folder, papers)
    folder = Folder(new_paper_id(), clean_title(name[: -len(".zip")]), results, skipped)
    server.store.add_folder(session, folder)
    return server.reply(request, session, folder_view(folder), 201)


async def download_folder(request: Request, server: Server) -> Response:
    folder = server.session(request).folders.get(request.path_params["folder"])
    if folder is None:
        raise Problem(404, "no such folder (folders are deleted after a while: upload it again)")
    renderers = {"html": (html_report.render, "text/html"), "csv": (csv_report.render, "text/csv")}
    kind = request.path_params["kind"]
    if kind not in renderers:
        raise Problem(404, "no such download")
    render, media_type = renderers[kind]
    data = (await server.checker.run(render, folder.results)).encode("utf-8")
    return Response(data, media_type=media_type, headers=_attachment(f"{folder.title}-paperlint.{kind}"))


def _attachment(name: str) -> dict[str, str]:
    fallback = name.encode("ascii", "replace").decode("ascii").replace("?", "_")
    return {"Content-Disposition": f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name)}"}


async def list_papers(request: Request, server: Server) -> Response:
    session = server.store.session(request.cookies.get(COOKIE), create=False)
    papers = session.papers.values() if session else []
    return SafeJSON({"papers": [{"id": p.id, "name": p.file_name} for p in papers],
                     "engines": server.checker.describe()})


async def show(request: Request, server: Server) -> Response:
    return SafeJSON(paper_view(server.paper(request), server.checker))


async def remove(request: Request, server: Server) -> Response:
    session = server.session(request)
    if session.papers.pop(request.path_params["paper"], None) is None:
        raise Problem(404, "no such paper")
    return SafeJSON({"removed": True})


def _change(action, recheck: bool = True):
    """An endpoint that changes a paper at the version the page saw (`action` says whether
    anything changed), then re-checks it when the text changed."""

    async def handler(request: Request, server: Server) -> Response:
        paper = server.paper(request)
        body = await _json_body(request)

        def change() -> None:
            if body.get("version") != paper.version:
                raise Problem(409, "the paper changed meanwhile: showing the latest")
            if action(paper, body):
                paper.version += 1
                if recheck:
                    server.checker.check(paper)

        await server.checker.run(change)
        return SafeJSON(paper_view(paper, server.checker))

    return handler


def _finding(paper: Paper, body: dict):
    shown = paper.shown()
    index = body.get("finding")
    if not isinstance(index, int) or not 0 <= index < len(shown):
        raise Problem(400, "no such finding")
    return shown[index]


def _accept(paper: Paper, body: dict) -> bool:
    finding = _finding(paper, body)
    choice = body.get("suggestion", 0)
    if not isinstance(choice, int) or not 0 <= choice < len(finding.suggestions):
        raise Problem(400, "no such suggestion")
    paper.changes.record(finding.start, finding.end, finding.suggestions[choice], (finding,))
    return True


def _dismiss(paper: Paper, body: dict) -> bool:
    paper.dismissed.add(paper.dismiss_key(_finding(paper, body)))
    return True


def _ignore(paper: Paper, body: dict) -> bool:
    code = body.get("code")
    if not isinstance(code, str) or code not in {f.code for f in paper.shown()}:
        raise Problem(400, "no such rule among the findings")
    paper.ignored.add(code)
    return True


def _retype(paper: Paper, body: dict) -> bool:
    text = body.get("text")
    if not isinstance(text, str):
        raise Problem(400, "no text")
    if len(text.encode("utf-8")) > 4 * len(paper.source) + 1_000_000:
        raise Problem(413, "the text is far longer than the paper uploaded")
    return paper.changes.retype(text.replace("\r\n", "\n"))


async def download(request: Request, server: Server) -> Response:
    paper = server.paper(request)
    kind = request.path_params["kind"]

    def make() -> tuple[bytes, str, str]:
        result = paper.result
        assert result is not None  # a stored paper has been checked
        if kind == "text":
            data, suffix = clean_text(paper.document, paper.source, paper.changes)
            return data, suffix, "text/markdown" if suffix == "md" else "text/plain"
        if kind == "html":
            shown = FileResult(paper.file_name, result.document, paper.shown(), stats=result.stats)
            return html_report.render([shown]).encode("utf-8"), "html", "text/html"
        if kind == "docx":
            remaining = [paper.changes.on_original(f, paper.document) for f in paper.shown()]
            source = paper.source if paper.document.format == "docx" else None
            return word_copy(paper.document, source, paper.changes.accepted(paper.document), remaining), "docx", DOCX_TYPE
        raise Problem(404, "no such download")

    data, suffix, media_type = await server.checker.run(make)
    return Response(data, media_type=media_type, headers=_attachment(f"{paper.title}-paperlint.{suffix}"))


async def index(request: Request) -> Response:
    return FileResponse(STATIC / "index.html", media_type="text/html")


async def report_css(request: Request) -> Response:
    """The HTML report's own style: the paper's highlights look the same in both."""
    return Response(html_report.STYLE, media_type="text/css")


async def report_sort_js(request: Request) -> Response:
    """The HTML report's table sorting, for the triage of a folder."""
    return Response(html_report.SORT_SCRIPT, media_type="text/javascript")


def create_app(options: RunOptions | None = None, limits: Limits | None = None,
               grammar: GrammarService | None = None, warm_up: bool = True) -> Starlette:
    """The app; `grammar` (default: a new service) is closed when the app shuts down."""
    from contextlib import asynccontextmanager

    import anyio

    service = grammar or GrammarService(long_running=True)
    server = Server(Store(limits or Limits()), Checker(options or RunOptions(), service))

    async def sweep_forever() -> None:
        while True:
            await anyio.sleep(60)
            server.store.sweep()

    @asynccontextmanager
    async def lifespan(app):
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(sweep_forever)
            if warm_up:
                server.checker.warm_up()
            try:
                yield
            finally:
                tasks.cancel_scope.cancel()
                server.checker.close()

    write = ["POST"]
    routes = [
        Route("/", index),
        Route("/report.css", report_css),
        Route("/report-sort.js", report_sort_js),
        Route("/api/folders", _api(upload_folder), methods=write),
        Route("/api/folders/{folder}/download/{kind}", _api(download_folder)),
        Route("/api/papers", _api(list_papers)),
        Route("/api/papers", _api(upload), methods=write),
        Route("/api/papers/{paper}", _api(show)),
        Route("/api/papers/{paper}", _api(remove), methods=["DELETE"]),
        Route("/api/papers/{paper}/text", _api(_change(_retype)), methods=write),
        Route("/api/papers/{paper}/accept", _api(_change(_accept)), methods=write),
        Route("/api/papers/{paper}/dismiss", _api(_change(_dismiss, recheck=False)), methods=write),
        Route("/api/papers/{paper}/ignore", _api(_change(_ignore, recheck=False)), methods=write),
        Route("/api/papers/{paper}/download/{kind}", _api(download)),
        Mount("/static", StaticFiles(directory=STATIC)),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.server = server
    app.add_middleware(SecurityHeaders)
    return app
