"""Install LanguageTool from Maven Central: `paperlint setup languagetool`.

languagetool.org's own download is not needed: the server and its English module are Maven
artifacts. The exact set of jars (with SHA-1 and size) is pinned in `languagetool-<version>.lock`,
so setup downloads a known closure, verifies every jar, and writes a `languagetool-server.jar`
whose manifest `Class-Path` lists them (the layout language-tool-python's `LTP_JAR_DIR_PATH`
expects). Nothing here runs during `paperlint check`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from paperlint.errors import PaperlintError
from paperlint.grammar.languagetool import MAIN_CLASS, SERVER_JAR, verify

VERSION = "6.6"
MAVEN_CENTRAL = "https://repo1.maven.org/maven2"
MARKER = "installed.json"
MINIMUM_JAVA = 17
DIR_VARIABLE = "PAPERLINT_LANGUAGETOOL_DIR"


@dataclass(frozen=True)
class Artifact:
    group: str
    name: str
    version: str
    sha1: str
    size: int

    @property
    def file_name(self) -> str:
        return f"{self.name}-{self.version}.jar"

    def url(self, repository: str) -> str:
        return f"{repository.rstrip('/')}/{self.group.replace('.', '/')}/{self.name}/{self.version}/{self.file_name}"


def locked_artifacts(version: str = VERSION) -> list[Artifact]:
    """The pinned jars of LanguageTool `version` (server, English and what they need)."""
    lock = resources.files("paperlint.grammar") / f"languagetool-{version}.lock"
    if not lock.is_file():
        raise PaperlintError(f"no lock file for LanguageTool {version} (this paperlint pins {VERSION})")
    artifacts = []
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            coordinates, sha1, size = line.split()
            group, name, artifact_version = coordinates.split(":")
            artifacts.append(Artifact(group, name, artifact_version, sha1, int(size)))
    return artifacts


def default_root() -> Path:
    """Where LanguageTool installs unless configured: $PAPERLINT_LANGUAGETOOL_DIR, else the
    per-user data folder."""
    if os.environ.get(DIR_VARIABLE):
        return Path(os.environ[DIR_VARIABLE]).expanduser()
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "paperlint" / "languagetool"


def installed_home(root: Path | str | None = None, version: str = VERSION) -> Path | None:
    """The folder of a complete installation (its marker is written last), or None."""
    home = Path(root or default_root()) / version
    return home if (home / MARKER).is_file() and (home / SERVER_JAR).is_file() else None


def java_version(java: str = "java") -> int | None:
    """The major version of `java`, or None when there is no Java."""
    try:
        output = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30).stderr
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', output)
    if match is None:
        return None
    major = int(match[1])
    return int(match[2] or 0) if major == 1 else major


def _sha1(path: Path) -> str:
    digest = hashlib.sha1()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _download(session, artifact: Artifact, repository: str, target: Path) -> None:
    """Download one jar into `target`, verified against its pinned SHA-1 and size."""
    if target.is_file() and target.stat().st_size == artifact.size and _sha1(target) == artifact.sha1:
        return
    partial = target.with_suffix(".part")
    url = artifact.url(repository)
    try:
        with session.get(url, stream=True, timeout=60) as response:
            response.raise_for_status()
            with open(partial, "wb") as handle:
                for block in response.iter_content(1 << 16):
                    handle.write(block)
    except Exception as error:  # requests' errors and OSError alike: one line for the user
        partial.unlink(missing_ok=True)
        raise PaperlintError(f"cannot download {url}: {error}") from None
    if partial.stat().st_size != artifact.size or _sha1(partial) != artifact.sha1:
        partial.unlink()
        raise PaperlintError(f"{url}: checksum mismatch (expected SHA-1 {artifact.sha1}); not installed")
    partial.replace(target)


def write_server_jar(home: Path, jars: list[str]) -> Path:
    """A jar with only a manifest: `Main-Class` is the HTTP server, `Class-Path` lists `lib/`."""
    class_path = " ".join(f"lib/{name}" for name in jars)
    lines = ["Manifest-Version: 1.0", f"Main-Class: {MAIN_CLASS}", f"Class-Path: {class_path}"]
    manifest = "".join(_wrap_manifest_line(line) for line in lines) + "\r\n"
    path = home / SERVER_JAR
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as jar:
        jar.writestr("META-INF/MANIFEST.MF", manifest)
    return path


def _wrap_manifest_line(line: str) -> str:
    """Manifest lines hold at most 72 bytes; longer ones continue after a newline and a space."""
    data = line.encode("utf-8")
    parts = [data[:72]] + [data[i : i + 71] for i in range(72, len(data), 71)]
    return "\r\n ".join(p.decode("utf-8") for p in parts) + "\r\n"


def install(
    root: Path | str | None = None,
    repository: str = MAVEN_CENTRAL,
    progress: Callable[[str], None] = lambda message: None,
    workers: int = 4,
) -> Path:
    """Download, verify and lay out LanguageTool under `root`; returns the installation folder.

    Re-running it reuses the jars already there once they verify. The server is then started
    once to prove the installation checks English."""
    import requests

    major = java_version()
    if major is None:
        raise PaperlintError("LanguageTool needs Java (17 or newer), and `java` was not found on PATH")
    if major < MINIMUM_JAVA:
        raise PaperlintError(f"LanguageTool {VERSION} needs Java {MINIMUM_JAVA} or newer; `java` is Java {major}")
    artifacts = locked_artifacts()
    home = Path(root or default_root()) / VERSION
    (home / MARKER).unlink(missing_ok=True)
    library = home / "lib"
    library.mkdir(parents=True, exist_ok=True)
    total = sum(a.size for a in artifacts)
    progress(f"Installing LanguageTool {VERSION} into {home}: {len(artifacts)} jars, {total / 1e6:.0f} MB from {repository}")
    done = 0
    with requests.Session() as session, ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(_download, session, a, repository, library / a.file_name): a for a in artifacts}
        for index, future in enumerate(futures, 1):
            future.result()
            done += futures[future].size
            progress(
                f"[{index:>3}/{len(artifacts)}] {done / 1e6:5.1f}/{total / 1e6:.0f} MB  "
                f"{futures[future].file_name} (SHA-1 verified)"
            )
    wanted = {a.file_name for a in artifacts}
    for stale in library.iterdir():
        if stale.name not in wanted:
            stale.unlink() if stale.is_file() else shutil.rmtree(stale)
    write_server_jar(home, sorted(wanted))
    progress("Starting the server once to verify it…")
    verify(home)
    (home / MARKER).write_text(
        json.dumps({"version": VERSION, "repository": repository, "jars": len(artifacts)}, indent=2) + "\n",
        encoding="utf-8",
    )
    progress(f"LanguageTool {VERSION} is installed and answers; `paperlint check` will use it.")
    return home
