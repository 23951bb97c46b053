"""The `paperlint` command line.

Exit codes: 0 no finding at or above --fail-on; 1 such findings; 2 a usage, config or input
error (one line on stderr, never a traceback).
With --diff: 0 nothing to fix, 1 the diff is not empty, 2 an error. With --fix the exit code
is that of the findings left after fixing.
"""

from __future__ import annotations

import json
import os
import sys
import time

import click

from paperlint import __version__
from paperlint.errors import PaperlintError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITIES = ("error", "warning", "info")


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def fail(message: str) -> None:
    click.echo(f"paperlint: error: {message}", err=True)


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
@click.option("--output-format", "output_format", type=str, help="full, concise, json, sarif, github, junit, markdown or html.")
@click.option("-o", "--output-file", type=click.Path(dir_okay=False), help="Write the report here instead of stdout.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Use this config file instead of looking for one.")
@click.option("--date", "paper_date", help="The papers' date (YYYY-MM-DD), over any date a paper gives; config `date` is the fallback.")
@click.option("--stdin-filename", help="Name (and so format) for a paper read from stdin (`-`).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Papers checked at once [default: one per CPU].")
@click.option("--no-cache", is_flag=True, help="Check every paper again instead of reusing results of unchanged papers.")
@click.option("--timings", "timings_file", type=click.Path(dir_okay=False), help="Write seconds per stage as JSON here (for benchmarks).")
@click.option("--fix", is_flag=True, help="Apply the safe fixes to .txt and .md papers, then report what is left.")
@click.option("--diff", "show_diff", is_flag=True, help="Print the safe fixes as a unified diff; write nothing (exit 1 if there is one).")
@click.option("--annotate", "annotate_path", type=click.Path(dir_okay=False), help="Write a copy of the paper as .docx with each finding as a Word comment.")
@click.option("--online", is_flag=True, help="Fact checks may ask Wikipedia and Wikidata (answers are cached).")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Cache for results and online answers [default: the user cache folder].")
@click.option("--profile", help="Conference profile for the structure checks: generic, nmun or one from config.")
@click.option("--grammar", type=click.Choice(["auto", "languagetool", "harper", "both", "off"]), help="Grammar and spelling engine [default: auto: LanguageTool when installed, else Harper].")
@click.option("--languagetool-url", help="Use the LanguageTool server at this URL [env: PAPERLINT_LANGUAGETOOL_URL].")
def check(paths, select, extend_select, ignore, fail_on, min_severity, output_format, output_file,
          config_file, paper_date, stdin_filename, jobs, no_cache, timings_file, fix, show_diff, annotate_path,
          online, cache_dir, profile, grammar, languagetool_url) -> None:
    """Check papers (.txt, .md, .docx, .pdf), directories of papers, or `-` for stdin."""
    from paperlint.checker import check_path, check_paths, discover, settings_for
    from paperlint.fix import fix_paper
    from paperlint.progress import print_summary, track
    from paperlint.reporters import formats

    overrides = {
        "select": tuple(_split(select)),
        "extend_select": tuple(_split(extend_select)),
        "ignore": tuple(_split(ignore)),
        "fail_on": fail_on,
        "min_severity": min_severity,
        "override_date": paper_date,
        "profile": profile,
        **_online_overrides(online, cache_dir),
        "grammar": grammar,
        "languagetool_url": languagetool_url,
    }
    overrides = {k: (list(v) if isinstance(v, tuple) else v) for k, v in overrides.items() if v}
    overrides = _hashable(overrides)
    papers = list(discover(list(paths or (".",))))
    settings = settings_for(papers[0], config_file, overrides) if papers else None
    if settings is None:
        raise PaperlintError("no papers to check")
    use_cache = settings.config.cache and not no_cache and not fix
    workers = jobs or settings.config.jobs or os.cpu_count() or 1
    results, fixes = [], []
    checked = check_paths(papers, config_file, overrides, workers, use_cache, stdin_filename)
    for result in track(checked, len(papers)):
        path = result.path
        settings = settings_for(path, config_file, overrides)
        if result.error:
            fail(f"{result.path}: {result.error}")
        if fix or show_diff:
            fixes.append(outcome := fix_paper(result, write=fix and not show_diff))
            if outcome.note:
                click.echo(f"paperlint: note: {outcome.note}", err=True)
            if outcome.applied and fix and not show_diff:
                result = check_path(path, settings, stdin_filename)
        results.append(result)
    if show_diff:
        click.echo("".join(f.diff for f in fixes), nl=False, color=False)
        sys.exit(EXIT_ERROR if any(r.error for r in results) else EXIT_FINDINGS if any(f.diff for f in fixes) else EXIT_CLEAN)
    if fix:
        applied, skipped = sum(f.applied for f in fixes), sum(f.skipped for f in fixes)
        left = f" ({skipped} overlapping or changed: run --fix again)" if skipped else ""
        click.echo(f"Fixed {applied} finding{'s' if applied != 1 else ''}{left}.", err=True)
    if annotate_path:
        from paperlint.annotate import annotate_results

        comments = annotate_results(results, annotate_path)
        click.echo(f"Wrote {annotate_path} with {comments} comment{'s' if comments != 1 else ''}.", err=True)
    chosen = output_format or settings.config.output_format or "full"
    renderers = formats()
    if chosen not in renderers:
        raise click.BadParameter(f"{chosen!r} is not one of {', '.join(sorted(renderers))}", param_hint="--output-format")
    started = time.perf_counter()
    report = renderers[chosen](results)
    if timings_file:
        _write_timings(timings_file, results, time.perf_counter() - started)
    if output_file:
        from paperlint.output import write_atomically

        write_atomically(output_file, report.encode("utf-8"))
    else:
        click.echo(report, nl=False, color=None if chosen == "full" else False)
    print_summary(results, chosen)
    _grammar_notes(chosen, results)
    if any(r.error for r in results):
        sys.exit(EXIT_ERROR)
    if any(f.severity >= settings.fail_on for r in results for f in r.findings):
        sys.exit(EXIT_FINDINGS)


def _grammar_notes(output_format: str, results) -> None:
    """On stderr: which grammar engine ran (full format), any engine failure and any rule
    skipped, whether it happened here or in a worker process (always)."""
    grammar = sys.modules.get("paperlint.grammar")
    lines = (grammar.describe_sessions() if grammar and output_format == "full" else [])
    lines += grammar.run_notes() if grammar else []
    lines += [f"{r.path}: {note}" if not note.startswith("grammar:") else note for r in results for note in r.notes]
    for line in dict.fromkeys(lines):
        click.echo(f"paperlint: note: {line}", err=True)


def _write_timings(path: str, results, report_seconds: float) -> None:
    """Seconds per stage over the whole run: read, rules, grammar, readability, facts, report."""
    from paperlint.output import write_atomically

    stages: dict[str, float] = {}
    for result in results:
        for stage, seconds in result.timings.items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    stages["report"] = report_seconds
    payload = {"papers": len(results), "stages": {k: round(v, 4) for k, v in stages.items()}}
    write_atomically(path, (json.dumps(payload, indent=2) + "\n").encode("utf-8"))


def _hashable(overrides: dict) -> dict:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in overrides.items()}


def _online_overrides(online: bool, cache_dir: str | None) -> dict:
    """Config overrides for --online and --cache-dir (made absolute: it is relative to here)."""
    return {"online": online or None, "cache_dir": os.path.abspath(cache_dir) if cache_dir else None}


@cli.command("facts")
@click.argument("path", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--online", is_flag=True, help="Ask Wikipedia and Wikidata about what the shipped tables cannot settle.")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Cache for online answers [default: the user cache folder].")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Use this config file instead of looking for one.")
@click.option("--date", "paper_date", help="The paper's date (YYYY-MM-DD), over any date the paper gives.")
def facts(path, fmt, online, cache_dir, config_file, paper_date) -> None:
    """List every claim of fact in a paper with its verdict, as a checklist (exit 1 if one is contradicted)."""
    from paperlint.checker import settings_for
    from paperlint.facts.report import check_facts, checklist_json, checklist_text

    overrides = {k: v for k, v in {"override_date": paper_date, **_online_overrides(online, cache_dir)}.items() if v}
    settings = settings_for(path, config_file, _hashable(overrides))
    document, checked = check_facts(path, settings.config)
    click.echo(checklist_json(document, checked) if fmt == "json" else checklist_text(document, checked), nl=False)
    if any(item.verdict.status == "contradicted" for item in checked):
        sys.exit(EXIT_FINDINGS)


@cli.command("stats")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--profile", help="Conference profile for the structure checklist: generic, nmun or one from config.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Use this config file instead of looking for one.")
def stats(paths, fmt, profile, config_file) -> None:
    """Readability scores, sentence lengths and the structure checklist of papers (a table for several)."""
    from paperlint.checker import discover, settings_for
    from paperlint.profiles import profile_for
    from paperlint.readability import paper_stats, paper_tables, render_plain, render_rich, summary_table
    from paperlint.readers import read_path

    stats_by_path, failed = {}, False
    for path in discover(list(paths)):
        settings = settings_for(path, config_file, _hashable({"profile": profile} if profile else {}))
        try:
            document = read_path(path, settings.config.max_file_size_mb * 1024 * 1024)
        except PaperlintError as error:
            fail(f"{path}: {error}")
            failed = True
            continue
        stats_by_path[path] = paper_stats(document, profile_for(settings.config))
    if fmt == "json":
        click.echo(json.dumps(stats_by_path, ensure_ascii=False, indent=2))
    elif stats_by_path:
        tables = (
            [summary_table(stats_by_path)] if len(stats_by_path) > 1
            else paper_tables(*next(iter(stats_by_path.items())))
        )
        if sys.stdout.isatty():
            from rich.console import Console

            render_rich(tables, Console())
        else:
            click.echo(render_plain(tables), nl=False)
    if failed:
        sys.exit(EXIT_ERROR)


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
@click.option("--dir", "directory", type=click.Path(file_okay=False), help="Install here [default: the user data folder; env: PAPERLINT_LANGUAGETOOL_DIR].")
@click.option("--repository", default=None, help="Maven repository to download from [default: Maven Central].")
def setup_languagetool(directory: str | None, repository: str | None) -> None:
    """Install LanguageTool (server and English) from Maven Central, verified, and test it."""
    from paperlint.grammar.install import MAVEN_CENTRAL, install

    home = install(directory, repository or MAVEN_CENTRAL, progress=lambda line: click.echo(line, err=True))
    click.echo(str(home))


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn every expected failure into one line and exit 2."""
    try:
        cli.main(args=argv, prog_name="paperlint", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("paperlint: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as error:
        fail(error.format_message())
        sys.exit(EXIT_ERROR)
    except click.exceptions.Exit as exit_:
        sys.exit(exit_.exit_code)
    except PaperlintError as error:
        fail(str(error))
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        click.echo("paperlint: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(EXIT_ERROR)
    except Exception as error:  # a bug: still one line, with a way to see the traceback
        if os.environ.get("PAPERLINT_DEBUG"):
            raise
        fail(f"internal error: {type(error).__name__}: {error} (set PAPERLINT_DEBUG=1 for the traceback)")
        sys.exit(EXIT_ERROR)
