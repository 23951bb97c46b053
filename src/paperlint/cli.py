"""The `paperlint` command line.

Exit codes: 0 no finding at or above --fail-on; 1 such findings; 2 a usage, config or input
error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import json
import os
import sys

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
@click.option("--output-format", "output_format", type=str, help="full, concise, json (see `paperlint check --help`).")
@click.option("-o", "--output-file", type=click.Path(dir_okay=False), help="Write the report here instead of stdout.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Use this config file instead of looking for one.")
@click.option("--date", "paper_date", help="The paper's date (YYYY-MM-DD) when the paper does not say.")
@click.option("--stdin-filename", help="Name (and so format) for a paper read from stdin (`-`).")
def check(paths, select, extend_select, ignore, fail_on, min_severity, output_format, output_file,
          config_file, paper_date, stdin_filename) -> None:
    """Check papers (.txt, .md, .docx, .pdf), directories of papers, or `-` for stdin."""
    from paperlint.checker import check_path, discover, settings_for
    from paperlint.reporters import formats

    overrides = {
        "select": tuple(_split(select)),
        "extend_select": tuple(_split(extend_select)),
        "ignore": tuple(_split(ignore)),
        "fail_on": fail_on,
        "min_severity": min_severity,
        "date": paper_date,
    }
    overrides = {k: (list(v) if isinstance(v, tuple) else v) for k, v in overrides.items() if v}
    results, settings = [], None
    for path in discover(list(paths or (".",))):
        settings = settings_for(path, config_file, _hashable(overrides))
        if path != "-" and settings.excluded(path):
            continue
        result = check_path(path, settings, stdin_filename)
        if result.error:
            fail(f"{result.path}: {result.error}")
        results.append(result)
    if settings is None:
        raise PaperlintError("no papers to check")
    chosen = output_format or settings.config.output_format or "full"
    renderers = formats()
    if chosen not in renderers:
        raise click.BadParameter(f"{chosen!r} is not one of {', '.join(sorted(renderers))}", param_hint="--output-format")
    report = renderers[chosen](results)
    if output_file:
        from paperlint.output import write_atomically

        write_atomically(output_file, report.encode("utf-8"))
    else:
        click.echo(report, nl=False, color=None if chosen == "full" else False)
    if any(r.error for r in results):
        sys.exit(EXIT_ERROR)
    if any(f.severity >= settings.fail_on for r in results for f in r.findings):
        sys.exit(EXIT_FINDINGS)


def _hashable(overrides: dict) -> dict:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in overrides.items()}


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
