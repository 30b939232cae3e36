"""Bring a translation file up to date with the code, and fill in translations.

    python scripts/translate.py es                 # lupdate: new strings appear, unfinished
    python scripts/translate.py es FILE.json       # ...then fill them from FILE.json
    python scripts/translate.py es --unfinished    # list what still needs words

FILE.json is a list of {"context": ..., "source": ..., "translation": "..."} or, for a
string with %n, {"context": ..., "source": ..., "plural": ["singular", "plural"]}.
lupdate runs again at the end, so the file keeps the layout lupdate gives it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def lupdate(code: str) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = subprocess.run(
        ["git", "ls-files", "companion/*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    subprocess.run(
        [str(tool), *sources, "-ts", str(I18N / f"companion_{code}.ts"), "-no-obsolete", "-silent"],
        cwd=ROOT,
        check=True,
    )


def _messages(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def fill(code: str, entries: list[dict[str, object]]) -> list[str]:
    path = I18N / f"companion_{code}.ts"
    tree = ET.parse(path)
    messages = _messages(tree)
    missing = []
    for entry in entries:
        key = (str(entry["context"]), str(entry["source"]))
        message = messages.get(key)
        if message is None:
            missing.append(f"{key[0]}: {key[1]!r}")
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if "plural" in entry:
            translation.text = None
            for form in entry["plural"]:  # type: ignore[union-attr]
                ET.SubElement(translation, "numerusform").text = str(form)
        else:
            translation.text = str(entry["translation"])
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def unfinished(code: str) -> list[str]:
    tree = ET.parse(I18N / f"companion_{code}.ts")
    return [
        f"{context}: {source!r}"
        for (context, source), message in _messages(tree).items()
        if (message.find("translation") is None)
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    code = argv[0]
    if argv[1:] == ["--unfinished"]:
        print("\n".join(unfinished(code)) or "Every string has a translation.")
        return 0
    lupdate(code)
    if len(argv) > 1:
        missing = fill(code, json.loads(Path(argv[1]).read_text(encoding="utf-8")))
        lupdate(code)
        for line in missing:
            print("not in the code:", line)
    left = unfinished(code)
    print(f"{len(left)} string(s) still need a translation.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
