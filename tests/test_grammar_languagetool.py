"""A real LanguageTool server (installed by `paperlint setup languagetool`, as .ci/run does):
exact spans, UTF-16 offsets, chunks, one server per run, no network, and no orphan Java.

Locally these tests skip when LanguageTool is not installed; under CI=true they fail."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

import paperlint.grammar as grammar
from paperlint.config import Config
from paperlint.context import standalone_context
from paperlint.engine.registry import load_rules
from paperlint.engine.runner import run_rules
from paperlint.grammar import languagetool
from paperlint.grammar.install import installed_home
from tests.conftest import ROOT, document_from
from tests.test_grammar import BELGIUM, UN_WORDS, network_guard, run_blocked

LANGUAGETOOL = Config(grammar="languagetool")


@pytest.fixture(scope="module")
def no_network(tmp_path_factory) -> Path:
    return network_guard(tmp_path_factory.mktemp("no_network"))


@pytest.fixture(scope="module", autouse=True)
def languagetool_home():
    home = installed_home()
    if home is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LanguageTool is not installed: .ci/run must run `paperlint setup languagetool`")
        pytest.skip("LanguageTool is not installed (run `paperlint setup languagetool`)")
    yield home
    grammar.shared_service().close()


def findings(text: str, prefix=("SP", "GR1")):
    rules = [r for r in load_rules() if r.code.startswith(prefix)]
    return [(f.code, f.start, f.end, f.engine_rule) for f in run_rules(document_from(text), rules, standalone_context(LANGUAGETOOL))]


def test_a_error_is_flagged_at_the_article():
    assert findings("This is a error.") == [("GR102", 8, 9, "languagetool:EN_A_VS_AN")]


def test_subject_verb_agreement_is_flagged_at_the_verb():
    text = "The delegates was late for the vote."
    found = findings(text)
    assert [(code, text[a:b]) for code, a, b, _ in found] == [("GR101", "was")]
    assert found[0][3].startswith("languagetool:")


@pytest.mark.parametrize(
    "text",
    [
        "Donors should fund seed banks so smallholders can replant after a drought.",
        "The ministry trains midwives and the clinics stay open at night.",
        "Currently Ghana hosts about 15,000 refugees from the region.",
    ],
)
def test_optional_commas_between_clauses_are_not_demanded(text):
    assert findings(text) == []


def test_offsets_stay_exact_after_emoji_and_flags():
    text = "Peace 😀🇧🇪 matters. This is a error in the goverment 😀 plan."
    found = findings(text)
    article = text.index(" a error") + 1
    word = text.index("goverment")
    assert ("GR102", article, article + 1, "languagetool:EN_A_VS_AN") in found
    assert ("SP001", word, word + len("goverment"), "languagetool:MORFOLOGIK_RULE_EN_GB") in found


def test_chunked_check_gives_the_same_spans_as_one_request(monkeypatch):
    paragraphs = [
        f"Paragraph {i} 😀: this is a error, and the delegates was late to the goverment meeting."
        for i in range(12)
    ]
    text = "\n\n".join(paragraphs)
    client = grammar.shared_service().session(LANGUAGETOOL).languagetool()
    whole = [(m.rule_id, m.start, m.end) for m in client.check(text)]
    monkeypatch.setattr(languagetool, "CHUNK_LIMIT", 200)
    assert len(languagetool.chunks(text, 200)) > 5
    chunked = [(m.rule_id, m.start, m.end) for m in client.check(text)]
    assert chunked == whole
    assert len(whole) >= 2 * len(paragraphs) and all(text[a:b] for _, a, b in whole)


def test_one_server_serves_every_document_of_a_run():
    first = document_from("This is a error.")
    second = document_from("He go home.")
    grammar.shared_service().matches(first, LANGUAGETOOL)
    server = grammar.shared_service().local_server(installed_home())
    pid = server.process.pid
    grammar.shared_service().matches(second, LANGUAGETOOL)
    grammar.shared_service().matches(document_from("This is a error."), Config(grammar="both"))
    assert grammar.shared_service().local_server(installed_home()).process.pid == pid
    assert len(java_servers()) >= 1 and pid in java_servers()


def test_belgium_paper_has_no_spelling_finding_on_un_words():
    text = BELGIUM.read_text(encoding="utf-8")
    client = grammar.shared_service().session(LANGUAGETOOL).languagetool()
    raw = {text[m.start : m.end] for m in client.check(text)}
    assert "CoE" in raw  # LanguageTool alone flags it
    flagged = {text[a:b] for _, a, b, _ in findings(text, ("SP",))}
    assert flagged.isdisjoint(UN_WORDS)


def test_a_server_given_by_url_is_used(tmp_path, run_cli):
    client = grammar.shared_service().session(LANGUAGETOOL).languagetool()
    paper = tmp_path / "paper.txt"
    paper.write_text("This is a error.\n", encoding="utf-8")
    code, out, err = run_cli("check", paper, "--languagetool-url", client.url, "--select", "GR102", "--output-format", "json")
    assert code == 1 and '"engine_rule": "languagetool:EN_A_VS_AN"' in out


# Processes: no network, no orphan Java


def java_servers() -> dict[int, int]:
    """pid -> parent pid of every running LanguageTool HTTP server."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if b"org.languagetool.server.HTTPServer" in command:
            found[int(entry.name)] = parent
    return found


def environment_of(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return b""


def server_of(process: subprocess.Popen, timeout: float = 120) -> int:
    """The pid of the LanguageTool server `process` started, once it answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = [pid for pid, parent in java_servers().items() if parent == process.pid]
        if children:
            arguments = Path(f"/proc/{children[0]}/cmdline").read_bytes().split(b"\0")
            port = arguments[arguments.index(b"--port") + 1].decode()
            try:
                if requests.get(f"http://127.0.0.1:{port}/v2/languages", timeout=2).ok:
                    return children[0]
            except requests.RequestException:
                pass
        assert process.poll() is None, process.communicate()
        time.sleep(0.1)
    raise AssertionError("no LanguageTool server answered")


def gone(pid: int, timeout: float = 15) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pid not in java_servers():
            return True
        time.sleep(0.1)
    return False


def paperlint(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "paperlint", "check", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )


def papers(tmp_path, count: int) -> list[str]:
    text = BELGIUM.read_text(encoding="utf-8")
    paths = []
    for index in range(count):
        path = tmp_path / f"paper{index}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_check_with_languagetool_opens_no_network_connection(no_network, monkeypatch):
    marker = f"PAPERLINT_TEST_RUN={os.getpid()}-{time.time()}".encode()
    monkeypatch.setenv(*marker.decode().split("="))
    result = run_blocked(no_network, "check", str(BELGIUM), "--grammar", "languagetool")
    assert "network blocked" not in result.stderr
    assert "grammar and spelling: LanguageTool 6.6 (local server)" in result.stderr
    assert result.returncode == 1 and "GR107" in result.stdout, result.stderr
    assert not [pid for pid in java_servers() if marker in environment_of(pid)]


def test_killing_the_server_mid_run_reports_it_and_keeps_other_findings(tmp_path):
    paths = papers(tmp_path, 4)
    process = paperlint(*paths, "--grammar", "languagetool", "--output-format", "concise")
    server = server_of(process)
    os.kill(server, signal.SIGKILL)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 1, err
    assert "paperlint: note: grammar: the LanguageTool server " in err
    assert "Harper checked grammar and spelling from here on" in err
    assert all(f"{path}:15:127: UN001" in out for path in paths)
    assert "Traceback" not in err
    assert gone(server) and not [p for p, parent in java_servers().items() if parent == process.pid]


def test_ctrl_c_stops_the_server(tmp_path):
    # Enough papers, one at a time, that the run is still going when Ctrl-C comes.
    process = paperlint(*papers(tmp_path, 12), "--grammar", "languagetool", "-j", "1", "--no-cache")
    server = server_of(process)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130 and "interrupted" in err, err
    assert gone(server)


def test_a_killed_paperlint_leaves_no_java_behind(tmp_path):
    process = paperlint(*papers(tmp_path, 3), "--grammar", "languagetool")
    server = server_of(process)
    process.kill()
    process.communicate(timeout=60)
    assert gone(server)


def test_parallel_workers_share_one_server(tmp_path):
    paths = papers(tmp_path, 6)
    process = paperlint(*paths, "--grammar", "languagetool", "--jobs", "2", "--no-cache", "--output-format", "concise")
    seen: set[int] = set()
    while process.poll() is None:
        tree = {process.pid} | {int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _parent(p) == process.pid}
        seen |= {pid for pid, parent in java_servers().items() if parent in tree}
        time.sleep(0.05)
    out, err = process.communicate()
    assert process.returncode == 1, err
    assert len(seen) == 1, seen
    for path in paths:
        assert f"{path}:15:127: UN001" in out
        assert any(line.startswith(f"{path}:") and (" GR10" in line or " SP0" in line) for line in out.splitlines())
    assert gone(next(iter(seen)))


def _parent(entry: Path) -> int | None:
    try:
        return int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def test_prefixed_hyphenated_words_and_derived_words_pass_and_slips_beside_them_do_not():
    """Held-out round 22: a prefix joined by a hyphen, an -ionary adjective of a listed noun."""
    text = "Norland trains engineers in nano-satellite design during the devolutionary process. The goverment pays."
    assert [text[a:b] for code, a, b, _ in findings(text, ("SP",))] == ["goverment"]


def test_names_and_prefixed_words_split_by_the_suggestion_pass_and_run_together_words_do_not():
    """Held-out round: LanguageTool suggests "Rep pie" and "super volcanoes"; "all history" is a slip."""
    text = "A plant near Reppie burns waste. Three supervolcanoes erupted. It was the worst in allhistory."
    assert [text[a:b] for code, a, b, _ in findings(text, ("SP",))] == ["allhistory"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # held-out round 16: a time adjunct after a noun, and a compound adjective no noun follows
        ("Ministers must weigh the consequences before imposing any tariff.", []),
        ("The farmers fear the consequences to their harvest.", ["consequences to"]),
        ("Norland checks that the registers are up to date to catch new risks.", []),
        ("The ministry keeps an up to date register of wells.", ["up to date"]),
        # round 23: a two-word compound after a form of "be"
        ("The families of the crew are well informed about every launch.", []),
        ("Norland wants a well informed public.", ["well informed"]),
        # round 24: after a verb and the object the compound describes
        ("Its long record in orbit makes it well placed to lead the talks.", []),
        ("Norland has a well placed envoy in Geneva.", ["well placed"]),
    ],
)
def test_adjuncts_and_predicative_compounds_are_not_misread(text, flagged):
    assert [text[a:b] for _, a, b, _ in findings(text, ("GR1",))] == flagged


def test_a_quotation_closed_in_the_other_style_is_not_unpaired():
    """Held-out rounds 17 and 18: a quotation opened with a straight mark and closed with a curly
    one is a quotation; a mark with no partner is still reported."""
    text = (
        'The report says "water is a right” and the clinics agree.\n\n'
        "The minister said “we will act\" and left.\n\n"
        'The minister said "we will act and left.'
    )
    assert [text[a:b] for _, a, b, _ in findings(text, ("GR1",))] == ['"']


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # held-out round 18: "by" before the noun phrase it introduces is no "buy"
        ("Fast hosting abroad is regarded as a must by Norland.", []),
        ("The survey is a must by any measure.", []),
        ("Clean water is seen as a must by the ministry.", []),
        ("This field guide is a must by for every ranger.", ["by"]),
        ("Farmers should by the seed in spring.", ["by"]),
        ("Delegates should by local produce at the market.", ["by"]),
    ],
)
def test_by_before_the_noun_phrase_it_introduces_is_not_buy(text, flagged):
    assert [text[a:b] for _, a, b, _ in findings(text, ("GR1",))] == flagged


@pytest.mark.parametrize("text", [
    "The treaty entered into force in September of 2002.",
    "The program center reports that 40 per cent of the water is lost, and the labor ministry agrees.",
    "More ships must guard the convoys that carry our grain and materiel.",
    "The ministry uses all of the wells, and the colour of the water has just gotten better.",
    "The council must decide whether or not the mission stays in the valley.",
])
def test_pedantic_rules_of_the_held_out_rounds_are_off(text):
    """Held-out rounds 6, 8, 18, 19, 30, 29-34 and 42: never right, "per cent" is UN style,
    "materiel" an army's supplies, "all of the" standard English, "gotten" the other
    English's and "whether or not" plain English."""
    assert findings(text, ("GR1",)) == []


@pytest.mark.parametrize("text", [
    "The government is in turmoil. Many wish to see it take a new direction, but others do not.",
    "Without these funds there is little way that the ministry could repair the dams in time.",
    "The programme has reached our to seven districts in the north and the east.",
    "Examples of this would be use of clean stoves and control of charcoal sales.",
    "It is becoming easier for any state or sub-state actor to build such a weapon.",
])
def test_rules_that_read_another_part_of_speech_are_off(text):
    """Rounds 50-53: never right, and each made the sentence worse ("Many wishes", "a little way",
    "two seven districts", "would be used of", "substate")."""
    assert findings(text, ("GR1",)) == []


def test_a_word_of_the_other_english_is_no_error():
    """Held-out round 19: "space elevator" in a paper read as British is no slip for "lift"."""
    assert findings("The delegation would build a space elevator with its partners.", ("GR1",)) == []


def test_the_us_noun_license_is_no_error_in_a_paper_of_no_telling_spelling():
    """Round 48: a paper read as British by default (no telling spelling outside a quotation) wrote
    the noun "license" three times; "licence" is the British spelling of the same word, CN019's and
    UN005's business, not a grammar error."""
    text = "Norland grants each broadcaster a class license. The license is withdrawn when the code is broken."
    assert findings(text, ("GR1",)) == []


def test_a_name_hyphened_another_way_is_no_error():
    """Round 48: "Kim Jong-Un", a romanisation the press writes both ways, got "Kim Jong-un"."""
    assert findings("Norland urges the supreme leader, Kim Jong-Un, to return to the talks.", ("GR1",)) == []


def test_a_name_near_another_unlisted_name_is_a_name():
    """Held-out round 19: "Riddell", a helmet maker, is one letter from the surname "Liddell"."""
    assert findings("Helmet makers such as Riddell must test every model.", ("SP",)) == []
    text = "Norland funds clinics. Additionaly it trains nurses."
    assert [text[a:b] for _, a, b, _ in findings(text, ("SP",))] == ["Additionaly"]


def test_a_range_written_with_a_hyphen_is_typography_not_grammar():
    assert findings("Satellites should deorbit after 5-25 years in orbit.") == []


# Warm re-checks (serve, watch): the server's sentence cache, and a server outliving its thread


def edited(text: str) -> str:
    """`text` with a word added to its second paragraph and an error added to its last one."""
    paragraphs = text.split("\n\n")
    paragraphs[1] = paragraphs[1].replace(" the ", " the new ", 1)
    paragraphs[-1] = paragraphs[-1].rstrip() + " This are a error in the goverment plan.\n"
    return "\n\n".join(paragraphs)


def as_tuples(matches) -> list[tuple]:
    return [(m.rule_id, m.start, m.end, m.message, m.suggestions) for m in matches]


def test_a_warm_recheck_gives_the_matches_of_a_server_without_a_cache():
    from paperlint.readers import read_bytes

    warm = grammar.shared_service().session(LANGUAGETOOL).languagetool()
    fresh = languagetool.LocalServer(installed_home(), sentence_cache=0)
    fresh.start()
    try:
        uncached = languagetool.Client(fresh.url)
        for path in sorted((ROOT / "examples").glob("*.*")):
            if path.suffix not in (".txt", ".docx", ".pdf"):
                continue
            text = read_bytes(path.read_bytes(), path.name, path.suffix[1:]).text
            for variant in ("en-GB", "en-US"):
                warm.check(text, variant)  # the paper as first checked: its sentences are cached
                after_edit = edited(text)
                found = as_tuples(warm.check(after_edit, variant))
                assert found == as_tuples(uncached.check(after_edit, variant)), (path.name, variant)
                assert {"EN_A_VS_AN", "MORFOLOGIK_RULE_" + variant.replace("-", "_").upper()} <= {m[0] for m in found}
    finally:
        fresh.stop()


def test_a_server_started_by_a_thread_that_ends_outlives_the_thread():
    import threading

    service = grammar.GrammarService()
    started: dict = {}

    def start() -> None:
        started["client"] = service.connection(None, installed_home())
        started["thread"] = threading.get_native_id()

    thread = threading.Thread(target=start)
    thread.start()
    thread.join()
    try:
        task = Path(f"/proc/self/task/{started['thread']}")
        while task.exists():  # the kernel has ended the thread, and sent any death signal, after this
            time.sleep(0.05)
        server = service.local_server(installed_home())
        for _ in range(3):
            assert [m.rule_id for m in started["client"].check("This is a error.")] == ["EN_A_VS_AN"]
        assert server.process.poll() is None
    finally:
        service.close()


def test_ctrl_c_ends_a_watch_and_its_server(tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text("This is a error.\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "paperlint", "check", "--watch", str(paper), "--grammar", "languagetool", "--no-cache"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        server = server_of(process)
        for line in process.stderr:  # the first report is out: the watch has begun
            if "watching" in line:
                break
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=120)
    finally:
        process.kill()  # a watch that missed its Ctrl-C is not left running
    assert process.returncode == 0, err
    assert "GR102" in out and "Traceback" not in err
    assert gone(server)


def test_one_slip_made_in_other_words_around_it_is_one_habit():
    """Round 24: "by Gambia", "in Gambia", "between Gambia", "As Gambia" (for "the Gambia") were
    eight findings; the same change to the same word is one habit, reported once with its places."""
    text = ("Trade has not been helped by Gambia alone. The schools in Gambia are few. Talks between Gambia "
            "and Senegal went well. As Gambia is small, it needs partners.")
    found = [f for f in run_rules(document_from(text), [r for r in load_rules() if r.code.startswith("GR1")],
                                  standalone_context(LANGUAGETOOL)) if f.engine_rule.endswith("DETERMINER_GEOGRAPHICAL_WORD")]
    assert len(found) == 1 and "runs through the paper" in found[0].message


def test_an_adjective_a_determiner_opens_is_still_checked():
    """Round 6's right finding kept by round 24's reading of "a confidant of the King": "the
    worse" is an adjective too, so "worst" is still offered."""
    text = "In the rural provinces, food insecurity tends to be the worse."
    assert [text[a:b] for _, a, b, rule in findings(text, ("GR1",)) if rule.endswith("WORSE_WORST")] == ["worse"]


def test_round_49_misreadings_of_languagetool_are_not_reported():
    """Round 49 (both judges: wrong): "could be cause" joined into "could because", which leaves
    the modal without a verb; a compound after "is" and before "however" takes no hyphens."""
    assert findings("The stress of the housework could be cause harm to her health.", ("SP",)) == []
    assert findings("The plan is well thought out however it is hard to carry out.", ("GR1",)) == []


def test_round_49_a_two_word_name_and_anymore_are_not_reported():
    """Round 49 (both judges: wrong): a player's name LanguageTool spells as another's ("Luke
    Willson") is a name, SP001's to skip; "anymore" is the other English's spelling."""
    assert findings("Two players, Jon Ryan and Luke Willson, are Canadian.") == []
    assert findings("People must leave because the coast is not safe anymore.", ("GR1",)) == []


def test_round_49_open_compounds_in_use_are_not_reported():
    """Round 49 (both judges: pedantic): compounds written open or hyphened as well as closed, and
    a compound adjective after "most" with no noun after it."""
    text = ("Policy makers share the decision making with local councils, and policy-making is slow. "
            "Inhalers are the most cost effective, and they are easy to use.")
    assert findings(text, ("GR1",)) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a word of quantity and "of" before a plural noun, which the verb agrees with; a collective keeps the check
        ("A great deal of farmers are in debt, and a lot of fishermen are poor.", []),
        ("A fleet of ships are patrolling the strait.", ["are"]),
        # "the" of a longer name that opens with a city's name
        ("The ministry ratified the Hague Convention on adoption.", []),
        ("The court sits in the Hague.", ["the"]),
        # a quotation opened with one kind of mark and closed with another
        ("The elders declared that 'a farmer's land is his life’. Then they left.", []),
        ("The charter says “every child deserves a school’’ (2019).", []),
        ("The charter says “every child deserves a school (2019).", ["“"]),
        # "not" before an adjective it negates ("insufficient")
        ("There is not sufficient funding for the clinics.", []),
        ("There is not time to lose.", ["not time"]),
        # the adverb "to date" before a count
        ("The scheme is funded by members, and up to date twelve States have joined it.", []),
        ("The ministry keeps an up to date register.", ["up to date"]),
        # a preposition right after a noun, not a prefix
        ("The treaty puts a heavier load under developed economies.", []),
        ("Norland sends aid to the under developed regions.", ["under developed"]),
        # "a trouble" outside the idioms "in trouble" and "have trouble"
        ("A trouble that farmers face is drought.", []),
        ("Norland is in a trouble over its debts.", ["a trouble"]),
        # words in two columns of a header are no phrase
        ("Norland acts.\n\nRepresenting\t\t\t\t      Represented by the school.", []),
        ("The plan supports supported farmers.", ["supports supported"]),
    ],
)
def test_round_52_misreadings_of_languagetool_are_not_reported(text, flagged):
    """Round 52 (both judges: wrong, or one wrong and one pedantic), each beside a slip of the same
    shape that is still reported."""
    assert [text[a:b] for _, a, b, _ in findings(text, ("GR1",))] == flagged


def test_round_52_a_compound_noun_in_a_verbs_place_is_offered_its_phrasal_verb():
    """Round 52 (both judges: wrong): "can outbreak" was offered "out break"; the verb is "break out"."""
    text = "Norland acts before a new epidemic can outbreak in the camps."
    rules = [r for r in load_rules() if r.code.startswith("GR1")]
    found = run_rules(document_from(text), rules, standalone_context(LANGUAGETOOL))
    assert [(text[f.start : f.end], f.suggestions) for f in found] == [("outbreak", ("break out",))]
