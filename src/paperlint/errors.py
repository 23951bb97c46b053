"""Errors that end in one clear line for the user, never a traceback."""


class PaperlintError(Exception):
    """Base class: the message is shown to the user as it is."""


class InputError(PaperlintError):
    """A paper cannot be read (missing, empty, binary, corrupt, too large…)."""


class ConfigError(PaperlintError):
    """A configuration file or rule pack is invalid; the message names the file and key."""
