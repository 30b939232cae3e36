"""Bring a translation file up to date with the code, and fill in translations.

    python scripts/translate.py es                 # lupdate: new strings appear, unfinished
    python scripts/translate.py es FILE.json       # ...then fill them from FILE.json
    python scripts/translate.py es --unfinished    # list what still needs words
    python scripts/translate.py en FILE.json       # English plural forms (see below)

FILE.json is a list of {"context": ..., "source": ..., "translation": "..."} or, for a
string with %n, {"context": ..., "source": ..., "plural": ["singular", "plural"]}; add
"comment": ... for a string given one in the code (tr("Low", "energy")).
lupdate runs again at the end, so the file keeps the layout lupdate gives it.

English is the language of the code, so its file (companion_en.ts) holds only the
strings with a count (%n), to say "1 day" and "2 days" for "%n day(s)". Every run
brings it up to date too, and fills a new count whose source marks the plural with
"(s)" or "(es)" by itself; other wordings ("%n person(s) were...") are listed, to be
given with `translate.py en FILE.json`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCE_LANGUAGE = "en"
PLURAL_MARK = re.compile(r"\((e?s)\)")


def lupdate(code: str) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(path) for path in (ROOT / "companion").rglob("*.py"))
    only_plurals = ["-pluralonly", "-locations", "relative"] if code == SOURCE_LANGUAGE else []
    subprocess.run(
        [
            str(tool), *sources, "-ts", str(I18N / f"companion_{code}.ts"), "-no-obsolete",
            "-silent", "-source-language", SOURCE_LANGUAGE, "-target-language", code,
            *only_plurals,
        ],
        cwd=ROOT,
        check=True,
    )  # fmt: skip


def _messages(tree: ET.ElementTree) -> dict[tuple[str, str, str], ET.Element]:
    """Each message by (context, source, comment): the comment tells apart two uses of
    the same English words ("Low" mood, "Low" energy)."""
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def fill(code: str, entries: list[dict[str, object]]) -> list[str]:
    path = I18N / f"companion_{code}.ts"
    tree = ET.parse(path)
    messages = _messages(tree)
    missing = []
    for entry in entries:
        key = (str(entry["context"]), str(entry["source"]), str(entry.get("comment", "")))
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
        f"{context}: {source!r}" + (f" ({comment})" if comment else "")
        for (context, source, comment), message in _messages(tree).items()
        if (message.find("translation") is None)
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]


def english_plurals() -> list[dict[str, object]]:
    """Singular and plural for each unfinished English count whose source marks the
    plural with "(s)" or "(es)": "%n day(s) left" gives "%n day left" and "%n days left"."""
    tree = ET.parse(I18N / f"companion_{SOURCE_LANGUAGE}.ts")
    found: list[dict[str, object]] = []
    for (context, source, comment), message in _messages(tree).items():
        translation = message.find("translation")
        finished = translation is not None and translation.get("type") != "unfinished"
        if finished or not PLURAL_MARK.search(source):
            continue
        plural = [PLURAL_MARK.sub("", source), PLURAL_MARK.sub(r"\1", source)]
        found.append({"context": context, "source": source, "comment": comment, "plural": plural})
    return found


def update_english() -> list[str]:
    """Bring the English plural forms up to date; what still needs words by hand."""
    lupdate(SOURCE_LANGUAGE)
    filled = english_plurals()
    if filled:
        fill(SOURCE_LANGUAGE, filled)
        lupdate(SOURCE_LANGUAGE)
        for entry in filled:
            print(f"English plural from the source: {entry['context']}: {entry['plural']}")
    return unfinished(SOURCE_LANGUAGE)


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
    if code != SOURCE_LANGUAGE:
        left = unfinished(code)
        print(f"{len(left)} string(s) still need a translation.")
    english = update_english()
    for line in english:
        print("English needs singular and plural (translate.py en FILE.json):", line)
    if code == SOURCE_LANGUAGE:
        print(f"{len(english)} English plural(s) still need words.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
