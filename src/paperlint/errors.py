"""Errors that end in one clear line for the user, never a traceback."""

import threading

# Set when Ctrl-C is pressed during a run: whatever fails after it failed because of it.
ctrl_c_pressed = threading.Event()


class PaperlintError(Exception):
    """Base class: the message is shown to the user as it is."""


class InputError(PaperlintError):
    """A paper cannot be read (missing, empty, binary, corrupt, too large…)."""


class ConfigError(PaperlintError):
    """A configuration file or rule pack is invalid; the message names the file and key."""


class BudgetExceeded(Exception):
    """A paper took longer than its time budget (raised by `paperlint.budget`)."""


def fail(message: str) -> None:
    """The one-line error the user sees on stderr."""
    import click

    click.echo(f"paperlint: error: {message}", err=True)


def note(message: str) -> None:
    """A one-line note on stderr: something the user should know, not an error."""
    import click

    click.echo(f"paperlint: note: {message}", err=True)
