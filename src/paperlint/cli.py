"""The `paperlint` command line: parses options into typed records and hands them to
paperlint.app, which runs the command and returns the exit code (documented there).

Every expected failure is one line on stderr and exit 2, never a traceback.
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import sys

import click

from paperlint import __version__
from paperlint.errors import PaperlintError, ctrl_c_pressed, fail

EXIT_ERROR = 2
SEVERITIES = ("error", "warning", "info")


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="paperlint")
def cli() -> None:
    """Lint and fact-check Model United Nations position papers."""


def _output_formats() -> list[str]:
    from paperlint.reporters import formats

    return sorted(formats())


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--select", multiple=True, help="Only these rules: codes, prefixes (UN, ST0), names or categories.")
@click.option("--extend-select", multiple=True, help="Rules to add to the default or selected set.")
@click.option("--ignore", multiple=True, help="Rules to leave out, by the same selectors.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), help="Exit 1 on findings at or above this severity [default: warning].")
@click.option("--min-severity", type=click.Choice(SEVERITIES), help="Do not report findings below this severity.")
@click.option(
    "--output-format", "output_format", type=str, help="full, concise, json, sarif, github, junit, markdown, html or csv."
)
@click.option("-o", "--output-file", type=click.Path(dir_okay=False), help="Write the report here instead of stdout.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Use this config file instead of looking for one.")
@click.option(
    "--date", "paper_date", help="The papers' date (YYYY-MM-DD), over any date a paper gives; config `date` is the fallback."
)
@click.option("--stdin-filename", help="Name (and so format) for a paper read from stdin (`-`).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Papers checked at once [default: one per CPU].")
@click.option("--no-cache", is_flag=True, help="Check every paper again instead of reusing results of unchanged papers.")
@click.option(
    "--timings", "timings_file", type=click.Path(dir_okay=False), help="Write seconds per stage as JSON here (for benchmarks)."
)
@click.option("--fix", is_flag=True, help="Apply the safe fixes to .txt and .md papers, then report what is left.")
@click.option(
    "--diff", "show_diff", is_flag=True, help="Print the safe fixes as a unified diff; write nothing (exit 1 if there is one)."
)
@click.option(
    "--fix-output",
    type=click.Path(dir_okay=False),
    help="Write a new .docx of the paper with the safe fixes as tracked changes and the other findings as comments.",
)
@click.option(
    "--summary",
    is_flag=True,
    help="Chair triage: one row per paper (country, committee, words, grade, errors, warnings, needs-attention score, "
    "status), totals per rule and copies across papers.",
)
@click.option(
    "--annotate",
    "annotate_path",
    type=click.Path(dir_okay=False),
    help="Write a copy of the paper as .docx with each finding as a Word comment.",
)
@click.option("--online", is_flag=True, help="Fact checks may ask Wikipedia and Wikidata (answers are cached).")
@click.option(
    "--cache-dir", type=click.Path(file_okay=False), help="Cache for results and online answers [default: the user cache folder]."
)
@click.option("--profile", help="Conference profile for the structure checks: generic, nmun or one from config.")
@click.option(
    "--grammar",
    type=click.Choice(["auto", "languagetool", "harper", "both", "off"]),
    help="Grammar and spelling engine [default: auto: LanguageTool when installed, else Harper].",
)
@click.option("--languagetool-url", help="Use the LanguageTool server at this URL [env: PAPERLINT_LANGUAGETOOL_URL].")
@click.option("--shard", metavar="K/N",
              help="Check only shard K of N (a stable share by path), for CI runners; join the reports with `paperlint merge`.")
@click.option("--watch", is_flag=True,
              help="Keep going: re-check each paper when it is saved, with the engines kept warm, until Ctrl-C.")
@click.option("--no-daemon", is_flag=True,
              help="Check in this process, not in the per-user daemon that keeps the engines warm [env: PAPERLINT_DAEMON=0].")
def check(paths, select, extend_select, ignore, fail_on, min_severity, output_format, output_file,
          config_file, paper_date, stdin_filename, jobs, no_cache, timings_file, fix, show_diff, fix_output, summary,
          annotate_path, online, cache_dir, profile, grammar, languagetool_url, shard, watch, no_daemon) -> None:
    """Check papers (.txt, .md, .docx, .pdf), directories of papers, or `-` for stdin."""
    from paperlint.app import ReportOptions, run_check
    from paperlint.checker import RunOptions
    from paperlint.shard import parse_shard

    options = RunOptions(
        select=_split(select), extend_select=_split(extend_select), ignore=_split(ignore),
        fail_on=fail_on, min_severity=min_severity, paper_date=paper_date, profile=profile, online=online,
        cache_dir=cache_dir, grammar=grammar, languagetool_url=languagetool_url, config_file=config_file,
        stdin_filename=stdin_filename, jobs=jobs, use_cache=not no_cache,
        shard=parse_shard(shard) if shard else None, use_daemon=not no_daemon,
    )
    report = ReportOptions(output_format, output_file, timings_file, fix, show_diff, annotate_path,
                           fix_output=fix_output, summary=summary)
    if watch:
        from paperlint.watch import run_watch

        sys.exit(run_watch(list(paths), options, report))
    sys.exit(run_check(list(paths), options, report))


@cli.command("facts")
@click.argument("path", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--online", is_flag=True, help="Ask Wikipedia and Wikidata about what the shipped tables cannot settle.")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Cache for online answers [default: the user cache folder].")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Use this config file instead of looking for one.")
@click.option("--date", "paper_date", help="The paper's date (YYYY-MM-DD), over any date the paper gives.")
def facts(path, fmt, online, cache_dir, config_file, paper_date) -> None:
    """List every claim of fact in a paper with its verdict, as a checklist (exit 1 if one is contradicted)."""
    from paperlint.app import run_facts
    from paperlint.checker import RunOptions

    options = RunOptions(paper_date=paper_date, online=online, cache_dir=cache_dir, config_file=config_file)
    sys.exit(run_facts(path, options, fmt))


@cli.command("stats")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--profile", help="Conference profile for the structure checklist: generic, nmun or one from config.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Use this config file instead of looking for one.")
def stats(paths, fmt, profile, config_file) -> None:
    """Readability scores, sentence lengths and the structure checklist of papers (a table for several)."""
    from paperlint.app import run_stats
    from paperlint.checker import RunOptions

    sys.exit(run_stats(list(paths), RunOptions(profile=profile, config_file=config_file), fmt))


@cli.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Include the packs this config adds.")
def list_rules(fmt: str, config_file: str | None) -> None:
    """List every rule: code, name, category, severity and summary."""
    from paperlint.docs import rule_dict, rules_markdown

    rules = _all_rules(config_file)
    if fmt == "json":
        click.echo(json.dumps([rule_dict(r) for r in rules], ensure_ascii=False, indent=2))
    elif fmt == "markdown":
        click.echo(rules_markdown(rules), nl=False)
    else:
        for rule in rules:
            state = "" if rule.enabled else " (off by default)"
            click.echo(f"{rule.code}  {rule.name:<34} {rule.category:<12} {str(rule.severity):<8} {rule.docs.summary}{state}")


@cli.command("rule")
@click.argument("code")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Include the packs this config adds.")
def explain_rule(code: str, fmt: str, config_file: str | None) -> None:
    """Explain one rule (by code, alias or name), with its examples."""
    from paperlint.docs import rule_dict, rule_text

    rules = _all_rules(config_file)
    wanted = code.strip()
    rule = next((r for r in rules if wanted.upper() in (r.code, *r.aliases) or wanted.lower() == r.name), None)
    if rule is None:
        raise PaperlintError(f"no rule {code!r} (see `paperlint rules`)")
    click.echo(json.dumps(rule_dict(rule), ensure_ascii=False, indent=2) if fmt == "json" else rule_text(rule), nl=fmt == "json")


def _all_rules(config_file: str | None):
    from pathlib import Path

    from paperlint.config import find_config_file, load_config
    from paperlint.engine.registry import load_rules

    path = Path(config_file) if config_file else find_config_file(Path.cwd())
    return load_rules(tuple(load_config(path).packs))


@cli.group()
def setup() -> None:
    """Install optional components (LanguageTool) once, for `paperlint check` to find."""


@setup.command("languagetool")
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False),
    help="Install here [default: the user data folder; env: PAPERLINT_LANGUAGETOOL_DIR].",
)
@click.option("--repository", default=None, help="Maven repository to download from [default: Maven Central].")
def setup_languagetool(directory: str | None, repository: str | None) -> None:
    """Install LanguageTool (server and English) from Maven Central, verified, and test it."""
    from paperlint.grammar.install import MAVEN_CENTRAL, install

    home = install(directory, repository or MAVEN_CENTRAL, progress=lambda line: click.echo(line, err=True))
    click.echo(str(home))


@cli.group("daemon")
def daemon() -> None:
    """The per-user daemon that keeps the engines warm between runs (docs/daemon.md)."""


@daemon.command("status")
def daemon_status() -> None:
    """Say whether the daemon runs, and what it holds."""
    import time

    from paperlint.daemon import state_folder, status

    found = status()
    if found is None:
        click.echo(f"no daemon is running (state folder {state_folder()})")
        return
    minutes = (time.time() - found["started"]) / 60
    click.echo(f"daemon running: pid {found['pid']}, paperlint {found['version']}, Python in {found['python']}")
    click.echo(f"up {minutes:.1f} min, {found['checks']} checks served, {found['running']} running now, "
               f"stops after {found['idle_minutes']:g} min idle")
    click.echo(f"LanguageTool: {', '.join(found['languagetool']) or 'none started'}")
    click.echo(f"state folder: {found['folder']}")


@daemon.command("stop")
def daemon_stop() -> None:
    """Stop the daemon (the checks it runs finish first)."""
    from paperlint.daemon import state_folder, stop

    pid = stop()
    click.echo(f"stopped the daemon (pid {pid})" if pid else f"no daemon is running (state folder {state_folder()})")


@cli.command("serve")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0: every interface, for a conference host).",
)
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True, help="Port to listen on.")
@click.option("--no-browser", is_flag=True, help="Do not open the page in a browser.")
@click.option("--max-upload-mb", type=click.FloatRange(min=0.1), default=10.0, show_default=True, help="Largest paper accepted.")
@click.option("--max-papers", type=click.IntRange(min=1), default=20, show_default=True, help="Papers one browser may keep open.")
@click.option("--max-sessions", type=click.IntRange(min=1), default=1000, show_default=True, help="Browsers served at once.")
@click.option(
    "--keep-minutes",
    type=click.FloatRange(min=1),
    default=120.0,
    show_default=True,
    help="Delete a browser's papers after this long unused.",
)
@click.option("--max-folder-mb", type=click.FloatRange(min=0.1), default=100.0, show_default=True,
              help="Largest .zip folder of papers accepted (chair triage).")
@click.option("--max-folder-papers", type=click.IntRange(min=1), default=300, show_default=True,
              help="Most papers in one .zip folder.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Use this config file instead of looking for one.")
@click.option("--profile", help="Conference profile for the structure checks: generic, nmun or one from config.")
@click.option(
    "--grammar",
    type=click.Choice(["auto", "languagetool", "harper", "both", "off"]),
    help="Grammar and spelling engine [default: auto].",
)
@click.option("--languagetool-url", help="Use the LanguageTool server at this URL [env: PAPERLINT_LANGUAGETOOL_URL].")
def serve(host, port, no_browser, max_upload_mb, max_papers, max_sessions, keep_minutes, max_folder_mb, max_folder_papers,
          config_file, profile, grammar, languagetool_url) -> None:
    """A local web app: upload a paper, see its findings, fix it, download it (needs paperlint[serve])."""
    from paperlint.checker import RunOptions
    from paperlint.serve import run
    from paperlint.serve.store import Limits

    options = RunOptions(config_file=config_file, profile=profile, grammar=grammar, languagetool_url=languagetool_url)
    limits = Limits(max_upload_mb, max_papers, max_sessions, keep_minutes, max_folder_mb, max_folder_papers)
    run(host, port, not no_browser, options, limits)


def _interrupted() -> None:
    """Exit 130 after Ctrl-C. Shutting down (stopping LanguageTool, the exit handlers) is not
    interrupted again, and the exit status is 130 whatever the interpreter's own shutdown meets:
    under load, a Ctrl-C could still end Python by the signal after this line was printed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    click.echo("paperlint: interrupted", err=True)
    try:
        atexit._run_exitfuncs()  # what a normal exit runs: LanguageTool is stopped
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(130)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn every expected failure into one line and exit 2."""
    try:
        cli.main(args=argv, prog_name="paperlint", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        _interrupted()
    except Exception as error:
        if ctrl_c_pressed.is_set():  # a worker pool or a finalizer broken by Ctrl-C
            _interrupted()
        sys.exit(_exit_status(error))


def _exit_status(error: Exception) -> int:
    """The exit status an exception ends the run with, after its one line on stderr."""
    if isinstance(error, click.exceptions.Exit):
        return error.exit_code
    if isinstance(error, BrokenPipeError):
        sys.stderr.close()
    elif isinstance(error, click.ClickException):
        fail(error.format_message())
    elif isinstance(error, PaperlintError):
        fail(str(error))
    elif os.environ.get("PAPERLINT_DEBUG"):
        raise error
    else:  # a bug: still one line, with a way to see the traceback
        fail(f"internal error: {type(error).__name__}: {error} (set PAPERLINT_DEBUG=1 for the traceback)")
    return EXIT_ERROR


@cli.command("merge")
@click.argument("reports", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output-file", type=click.Path(dir_okay=False), help="Write the merged report here instead of stdout.")
def merge(reports: tuple[str, ...], output_file: str | None) -> None:
    """Join the reports of `check --shard K/N` runs (all json, sarif or junit) into one of the same format."""
    from pathlib import Path

    from paperlint.merge import merge_reports
    from paperlint.output import write_atomically

    texts = []
    for report in reports:
        try:
            texts.append(Path(report).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise PaperlintError(f"{report}: cannot read ({getattr(error, 'strerror', None) or error})") from None
    try:
        merged = merge_reports(texts)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise PaperlintError(f"not paperlint reports of one format ({type(error).__name__}: {error})") from None
    if output_file:
        write_atomically(output_file, merged.encode("utf-8"))
    else:
        click.echo(merged, nl=False)
