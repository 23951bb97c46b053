"""Writing files the user asked for: atomically, never over the paper being checked."""

from __future__ import annotations

import os
import tempfile

from paperlint.errors import PaperlintError


def write_atomically(path: str, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename, so a
    crash or a full disk leaves either the old file or the new one, never half of one."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".paperlint-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise PaperlintError(f"{path}: cannot write ({error.strerror})") from None
    try:
        os.chmod(temporary, _mode_for(path))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise PaperlintError(f"{path}: cannot write ({error.strerror})") from None


def _mode_for(path: str) -> int:
    """The existing file's permissions, or those a new file gets under the user's umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
