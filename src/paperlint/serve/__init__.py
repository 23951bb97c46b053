"""`paperlint serve`: a local web app for delegates (see docs/serve.md).

Needs the optional extra: pip install 'paperlint[serve]' (Starlette and uvicorn).
"""

from __future__ import annotations

import threading
import time
import webbrowser

from paperlint.errors import PaperlintError

INSTALL_HINT = "paperlint serve needs its web server: pip install 'paperlint[serve]'"


def server_config(app, host: str, port: int):
    """uvicorn's settings for the app: quiet, no Server header, the app's startup and shutdown run."""
    import uvicorn

    return uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False, lifespan="on")


def run(host: str, port: int, open_browser: bool, options, limits) -> None:
    """Serve until interrupted, opening the page in the user's browser once it answers."""
    try:
        import uvicorn

        from paperlint.serve.app import create_app
    except ImportError:
        raise PaperlintError(INSTALL_HINT) from None
    server = uvicorn.Server(server_config(create_app(options, limits), host, port))
    shown = host if ":" not in host else f"[{host}]"
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"

    def announce() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.05)
        if server.started:
            print(f"paperlint serve: open {url} (Ctrl+C stops it)", flush=True)
            if open_browser:
                webbrowser.open(url)

    threading.Thread(target=announce, daemon=True).start()
    server.run()
    if not server.started:
        raise PaperlintError(f"could not serve on {host}:{port} (is the port in use? try --port)")
