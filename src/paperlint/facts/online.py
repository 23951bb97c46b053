"""Online look-ups, only with --online: Wikipedia (search and page summaries) and Wikidata
(memberships, P463 with start P580 and end P582).

Every request has a descriptive User-Agent and a timeout; 429 and 5xx answers are retried
with exponential backoff that honours Retry-After. Successful answers are cached on disk,
one JSON file per request, written atomically, so a second run makes no request. A timeout,
an error status or malformed JSON leaves the claim unverifiable: the network never makes
the run fail. The first failure to connect at all (no network, a refused or unresolvable
host) turns online checks off for the rest of the run, with one note saying so, and no
more requests are sent. Base URLs come from the environment so tests can use a local server.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import requests

from paperlint import __version__
from paperlint.analysis.countries import normalise
from paperlint.config import cache_dir_for
from paperlint.errors import PaperlintError
from paperlint.facts.knowledge import ORGANISATIONS, KnowledgeBase
from paperlint.facts.verdicts import (
    CONTRADICTED,
    SUPPORTED,
    UNVERIFIABLE,
    Checked,
    Verdict,
)
from paperlint.output import write_atomically

USER_AGENT = (
    f"paperlint/{__version__} (fact-check assistant for Model United Nations position papers; "
    f"https://pypi.org/project/paperlint/) requests/{requests.__version__}"
)
ENVIRONMENT = {
    "wikipedia_api": "PAPERLINT_WIKIPEDIA_API",
    "wikipedia_rest": "PAPERLINT_WIKIPEDIA_REST",
    "wikidata_api": "PAPERLINT_WIKIDATA_API",
}
MEMBER_OF, START, END = "P463", "P580", "P582"
WIKIDATA = "Wikidata"
WIKIPEDIA = "Wikipedia"


@dataclass(frozen=True)
class Endpoints:
    wikipedia_api: str = "https://en.wikipedia.org/w/api.php"
    wikipedia_rest: str = "https://en.wikipedia.org/api/rest_v1"
    wikidata_api: str = "https://www.wikidata.org/w/api.php"

    @classmethod
    def from_environment(cls) -> Endpoints:
        """The public endpoints, each overridable by its PAPERLINT_* environment variable."""
        overrides = {name: os.environ[variable].rstrip("/") for name, variable in ENVIRONMENT.items()
                     if os.environ.get(variable)}
        return cls(**overrides)


class OnlineClient:
    """GETs JSON with retries and an on-disk cache; returns None (and notes why) on failure."""

    def __init__(self, cache_dir: Path, endpoints: Endpoints | None = None, timeout: float = 10.0,
                 retries: int = 3, backoff: float = 1.0, max_wait: float = 60.0,
                 sleep: Callable[[float], None] | None = None):
        self.cache_dir = Path(cache_dir) / "http"
        self.endpoints = endpoints or Endpoints.from_environment()
        self.timeout, self.retries, self.backoff, self.max_wait = timeout, retries, backoff, max_wait
        self.sleep = sleep or time.sleep
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})
        self.requests_sent = 0
        self.last_error: str | None = None
        # Why online checks are off for this run (the first connection failure), or None.
        self.unreachable: str | None = None
        self.notes: list[str] = []

    def get_json(self, url: str, params: dict[str, str] | None = None, parse: Callable[[Any], Any] = lambda d: d) -> Any:
        """`parse(answer)` from the cache or the network; None when the request fails or the
        answer is not JSON of the shape `parse` expects. Only well-formed answers are cached."""
        params = dict(sorted((params or {}).items()))
        cache_file = self._cache_file(url, params)
        try:
            return parse(json.loads(cache_file.read_text(encoding="utf-8"))["json"])
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            pass
        if self.unreachable:
            self.last_error = self.unreachable
            return None
        for attempt in range(self.retries + 1):
            wait = self.backoff * 2**attempt
            try:
                self.requests_sent += 1
                response = self.session.get(url, params=params, timeout=self.timeout)
            except requests.ConnectionError as error:  # also a connect timeout: the host is not reachable
                self._go_offline(url, error)
                return None
            except requests.Timeout:
                self.last_error = "the request timed out"
            except requests.RequestException as error:
                self.last_error = f"the request failed ({type(error).__name__})"
            else:
                if response.status_code == 200:
                    return self._decoded(response, cache_file, url, params, parse)
                self.last_error = f"HTTP {response.status_code}"
                if response.status_code != 429 and response.status_code < 500:
                    return None
                wait = _retry_after(response.headers.get("Retry-After")) or wait
                if wait > self.max_wait:
                    self.last_error += f" (Retry-After {wait:.0f} s is longer than {self.max_wait:.0f} s)"
                    return None
            if attempt < self.retries:
                self.sleep(wait)
        return None

    def _go_offline(self, url: str, error: Exception) -> None:
        self.unreachable = self.last_error = f"cannot connect to {urlsplit(url).netloc} ({type(error).__name__})"
        self.notes.append(f"online: {self.unreachable}: online checks are off for this run")

    def _decoded(self, response: requests.Response, cache_file: Path, url: str, params: dict, parse) -> Any:
        try:
            data = response.json()
        except ValueError:
            self.last_error = "the answer was not valid JSON"
            return None
        try:
            parsed = parse(data)
        except (KeyError, TypeError, IndexError, AttributeError, ValueError):
            self.last_error = "the answer did not have the expected shape"
            return None
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            record = {"url": url, "params": params, "json": data}
            write_atomically(str(cache_file), json.dumps(record, ensure_ascii=False).encode("utf-8"))
        except (OSError, PaperlintError):
            pass  # an unwritable cache only costs a request next time
        return parsed

    def _cache_file(self, url: str, params: dict) -> Path:
        key = hashlib.sha256(json.dumps([url, params], sort_keys=True).encode("utf-8")).hexdigest()
        return self.cache_dir / key[:2] / f"{key}.json"

    # --- the public APIs ---------------------------------------------------------------------

    def wikipedia_search(self, query: str) -> list[str] | None:
        return self.get_json(self.endpoints.wikipedia_api, {
            "action": "query", "list": "search", "srsearch": query, "srlimit": "3", "format": "json",
        }, lambda data: [str(hit["title"]) for hit in data["query"]["search"]])

    def wikipedia_summary(self, title: str) -> dict | None:
        url = f"{self.endpoints.wikipedia_rest}/page/summary/{quote(title.replace(' ', '_'), safe='')}"
        return self.get_json(url, None, lambda data: {
            "title": str(data["title"]),
            "text": " ".join(str(data.get(k) or "") for k in ("title", "description", "extract")),
            "extract": str(data.get("extract") or ""),
            "url": str(((data.get("content_urls") or {}).get("desktop") or {}).get("page") or ""),
        })

    def wikidata_entity(self, name: str) -> str | None:
        found = self.get_json(self.endpoints.wikidata_api, {
            "action": "wbsearchentities", "search": name, "language": "en", "type": "item",
            "limit": "1", "format": "json",
        }, lambda data: [str(hit["id"]) for hit in data["search"]])
        return found[0] if found else None

    def wikidata_memberships(self, entity: str) -> list[tuple[str, int | None, int | None]] | None:
        """(organisation id, start year, end year) for each P463 "member of" statement."""

        def parse(data):
            statements = data["entities"][entity].get("claims", {}).get(MEMBER_OF, [])
            return [
                (str(s["mainsnak"]["datavalue"]["value"]["id"]),
                 _qualifier_year(s, START), _qualifier_year(s, END))
                for s in statements if s["mainsnak"].get("snaktype", "value") == "value"
            ]

        return self.get_json(self.endpoints.wikidata_api, {
            "action": "wbgetentities", "ids": entity, "props": "claims", "format": "json",
        }, parse)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _qualifier_year(statement: dict, prop: str) -> int | None:
    for qualifier in statement.get("qualifiers", {}).get(prop, []):
        match = re.match(r"[+-]?(\d{4})", str(qualifier["datavalue"]["value"]["time"]))
        if match:
            return int(match.group(1))
    return None


_clients: dict[tuple[Path, Endpoints], OnlineClient] = {}


def client_for(config) -> OnlineClient:
    """This process's client for the config's cache folder, shared by every paper of the run,
    so one connection failure turns online checks off for all of them."""
    key = (Path(cache_dir_for(config)), Endpoints.from_environment())
    if key not in _clients:
        _clients[key] = OnlineClient(*key)
    return _clients[key]


def take_notes() -> list[str]:
    """This process's online notes so far (at most one per client), cleared: a worker sends them back."""
    notes = [note for client in _clients.values() for note in client.notes]
    for client in _clients.values():
        client.notes.clear()
    return notes


# --- verdicts from online sources -----------------------------------------------------------

# Claims a Wikipedia article can settle, and the search for each.
WIKIPEDIA_QUERIES = {
    "event": lambda fields: fields["label"],
    "sc-resolution": lambda fields: f"United Nations Security Council Resolution {fields['number']}",
    "ga-resolution": lambda fields: f"United Nations General Assembly Resolution {fields['session']}/{fields['number']}",
}


def verify_online(checked: Checked, client: OnlineClient, kb: KnowledgeBase) -> Checked:
    """Try to settle an unverifiable claim online; offline verdicts always stand."""
    claim, verdict = checked.claim, checked.verdict
    if verdict.status != UNVERIFIABLE:
        return checked
    client.last_error = None
    if claim.kind == "membership" and claim.country and not claim.fields["founding"]:
        found = _membership_online(checked, client, kb)
    elif claim.kind in WIKIPEDIA_QUERIES:
        found = _wikipedia_online(checked, client)
    else:
        return checked
    if found is None and client.unreachable:
        return checked  # said once, in the run's notes, not on every claim
    if found is None:
        reason = client.last_error or "no answer"
        found = replace(verdict, fact=f"{verdict.fact} Online lookup failed: {reason}.")
    return Checked(claim, found)


def _membership_online(checked: Checked, client: OnlineClient, kb: KnowledgeBase) -> Verdict | None:
    claim, verdict = checked.claim, checked.verdict
    assert claim.country is not None  # verify_online asks only about claims that name a country
    country = kb.country_names[claim.country]
    body = claim.fields.get("body") or _full_name(claim.fields["org"])
    country_id = client.wikidata_entity(country)
    body_id = client.wikidata_entity(body) if country_id else None
    memberships = client.wikidata_memberships(country_id) if country_id and body_id else None
    if memberships is None:
        return None
    source = f"https://www.wikidata.org/wiki/{country_id}#{MEMBER_OF}"
    for organisation, start, end in memberships:
        if organisation != body_id:
            continue
        year = claim.fields.get("year")
        if end is not None:
            return Verdict(CONTRADICTED, f"Wikidata: {country}'s membership of {body} ended in {end}.", source, via=WIKIDATA)
        if year is not None and start is not None and year != start:
            return Verdict(CONTRADICTED, f"Wikidata: {country} is a member of {body} since {start}, not {year}.",
                           source, via=WIKIDATA)
        if year is not None and start is None:
            return replace(verdict, fact=f"{verdict.fact} Wikidata confirms the membership but gives no start date.",
                           source=source, via=WIKIDATA)
        since = f" since {start}" if start else ""
        return Verdict(SUPPORTED, f"Wikidata: {country} is a member of {body}{since}.", source, via=WIKIDATA)
    return replace(verdict, fact=f"{verdict.fact} Wikidata lists no membership of {body} ({body_id}) for {country}.",
                   source=source, via=WIKIDATA)


def _full_name(org: str) -> str:
    """An organisation's full name ("European Union" for EU), the best Wikidata search."""
    return next((alias for alias in ORGANISATIONS[org] if " " in alias), org)


def _wikipedia_online(checked: Checked, client: OnlineClient) -> Verdict | None:
    claim, verdict = checked.claim, checked.verdict
    query = WIKIPEDIA_QUERIES[claim.kind](claim.fields)
    titles = client.wikipedia_search(query)
    if titles is None:
        return None
    if not titles:
        return replace(verdict, fact=f"{verdict.fact} Wikipedia finds no article for '{query}'.", via=WIKIPEDIA)
    summary = client.wikipedia_summary(titles[0])
    if summary is None:
        return None
    if _confirms(summary["text"], query, claim.fields.get("year")):
        first_sentence = re.split(r"(?<=\.)\s", summary["extract"], maxsplit=1)[0]
        return Verdict(SUPPORTED, f"Wikipedia, '{summary['title']}': {first_sentence}", summary["url"], via=WIKIPEDIA)
    return replace(verdict, fact=f"{verdict.fact} Wikipedia's closest article, '{summary['title']}', does not "
                   "confirm it.", source=summary["url"], via=WIKIPEDIA)


def _confirms(text: str, query: str, year: int | None) -> bool:
    """The article names the year (if any), every number of the query and most of its
    distinctive words (compared by their first six letters, so "shootings" finds "shooting")."""
    folded = normalise(text)
    numbers = re.findall(r"\d+(?:/\d+)?", query) + ([str(year)] if year is not None else [])
    if any(number not in folded for number in numbers):
        return False
    words = [normalise(w)[:6] for w in re.findall(r"[^\W\d_][\w'’-]{2,}", query)]
    words = [w for w in words if w not in {"the", "and", "for", "with", "from"}]
    return bool(words) and sum(w in folded for w in words) * 3 >= len(words) * 2
