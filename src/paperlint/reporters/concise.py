"""concise: one line per finding, `path:line:col: CODE [severity] message`."""

from paperlint.reporters import where


def render(results) -> str:
    lines = []
    for result in results:
        for f in result.findings:
            lines.append(f"{where(f)}: {f.code} [{f.severity}] {f.message}")
    return "\n".join(lines) + ("\n" if lines else "")
