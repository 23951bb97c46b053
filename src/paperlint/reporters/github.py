"""github: GitHub Actions workflow commands, one annotation per finding on the pull request.

`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`; info findings are
notices. Values are escaped as the Actions runner expects (`%`, CR and LF everywhere; `:` and
`,` too inside properties).
"""

from __future__ import annotations

from paperlint.reporters import describe_suggestion, source_place

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def render(results) -> str:
    lines = []
    for result in results:
        if result.error:
            lines.append(command("error", result.error, file=result.path, title="paperlint"))
        for f in result.findings:
            body = [f.message]
            place = source_place(f)
            if place:
                body.append(f"({place})")
            text = " ".join(body)
            for suggestion in f.suggestions:
                text += f"\nsuggestion: {describe_suggestion(f, suggestion)}"
            lines.append(command(
                _COMMAND[str(f.severity)], text,
                file=f.path, line=f.line, col=f.column, endLine=f.end_line, endColumn=f.end_column,
                title=f"{f.code} {f.name}",
            ))
    return "\n".join(lines) + ("\n" if lines else "")
