"""Walk the running app through the Linux accessibility bus (AT-SPI), as Orca reads it.

Run by tests/ui/test_atspi.py with a Python that has pyatspi (Debian: python3-pyatspi),
inside the same session bus as the app. Finds the app by name, then for each section of
the sidebar: opens it as a keyboard user does (Ctrl and its number, typed by xdotool),
waits, and lists every showing, focusable object that has no name. Prints one JSON object:
{"sections": [...], "nameless": ["section: role path", ...]}.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]

APP = sys.argv[1] if len(sys.argv) > 1 else "Prep Companion"


def _find_app(wait: float = 30.0):
    end = time.monotonic() + wait
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for n in range(desktop.childCount):
            app = desktop.getChildAtIndex(n)
            name = (app.name or "").lower().replace("-", " ") if app is not None else ""
            if APP.lower().replace("-", " ") in name:
                return app
        time.sleep(0.5)
    names = [desktop.getChildAtIndex(n).name for n in range(desktop.childCount)]
    print(json.dumps({"error": f"the app is not on the bus; there: {names}"}))
    raise SystemExit(1)


def _walk(node, path: str, found: list[str], depth: int = 0) -> None:
    if node is None or depth > 40:
        return
    states = node.getState()
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    role = node.getRoleName()
    here = f"{path}/{role}"
    if states.contains(pyatspi.STATE_FOCUSABLE) and not (node.name or "").strip():
        found.append(here)
    if role in ("table cell", "list item", "tree item"):
        return
    for n in range(min(node.childCount, 400)):
        _walk(node.getChildAtIndex(n), here, found, depth + 1)


def _sidebar(app):
    """The sidebar's list of sections: the first list whose items include "Today"."""
    todo = [app]
    while todo:
        node = todo.pop(0)
        if node is None:
            continue
        if node.getRoleName() == "list":
            items = [node.getChildAtIndex(n) for n in range(node.childCount)]
            if len(items) >= 5:
                return node, items
        todo.extend(node.getChildAtIndex(n) for n in range(min(node.childCount, 200)))
    print(json.dumps({"error": "no sidebar list found"}))
    raise SystemExit(1)


def _heading(app) -> str:
    """The name of the page on show: the first showing page in the window's stack."""
    todo = [app]
    while todo:
        node = todo.pop(0)
        if node is None or not node.getState().contains(pyatspi.STATE_SHOWING):
            continue
        if node.getRoleName() in ("filler", "panel", "scroll pane") and node.name:
            return node.name
        todo.extend(node.getChildAtIndex(n) for n in range(min(node.childCount, 200)))
    return ""


def _choose(n: int) -> None:
    """Open the nth section as a keyboard user does: Ctrl and its number (xdotool types
    it into the app's window; nothing in the accessibility interface moves a list's
    current row)."""
    subprocess.run(
        ["xdotool", "search", "--sync", "--name", "Prep Companion", "windowfocus", "--sync"],
        capture_output=True,
        check=False,
        timeout=20,
    )
    subprocess.run(["xdotool", "key", f"ctrl+{n + 1}"], check=True, timeout=20)


def main() -> None:
    app = _find_app()
    _sidebar_list, items = _sidebar(app)
    report: dict[str, list[str]] = {"sections": [], "nameless": [], "shown": []}
    for n, item in enumerate(items):
        _choose(n)
        time.sleep(1.5)
        section = item.name or str(n)
        report["sections"].append(section)
        found: list[str] = []
        for w in range(app.childCount):
            _walk(app.getChildAtIndex(w), "", found)
        report["nameless"] += [f"{section}: {path}" for path in found]
        report["shown"].append(_heading(app))
    print(json.dumps(report))


if __name__ == "__main__":
    main()
