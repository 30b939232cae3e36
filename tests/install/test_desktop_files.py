"""The Linux desktop files: launcher entry, AppStream metainfo, icons and the user installer."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from companion import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = DESKTOP_ID  # the window tells the desktop this id, so the files must carry it
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
INSTALLER = PACKAGING / "install_desktop.py"
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "prep-companion.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(
            f"{name} is not installed (Debian/Ubuntu: apt-get install "
            f"{'desktop-file-utils' if name.startswith('desktop') else 'appstream'})"
        )
    return path


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


def _desktop_entry(path: Path) -> dict[str, str]:
    """The key=value pairs of a .desktop file's [Desktop Entry] group."""
    entry: dict[str, str] = {}
    group = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line.strip()
        elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            entry[key.strip()] = value.strip()
    return entry


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG file's IHDR header."""
    header = path.read_bytes()[:24]
    assert header[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    assert header[12:16] == b"IHDR", f"{path} has no IHDR chunk first"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_desktop_file_validates() -> None:
    result = _run([_tool("desktop-file-validate"), str(DESKTOP)])
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, output
    assert output == "", f"desktop-file-validate reported:\n{output}"


def test_metainfo_validates() -> None:
    result = _run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)])
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    problems = [line for line in output.splitlines() if line.startswith(("E:", "W:"))]
    assert problems == [], f"appstreamcli validate reported:\n{output}"


def test_ids_match_the_desktop_file() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP.name.removesuffix(".desktop") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert METAINFO.name == f"{root.findtext('id')}.metainfo.xml"


def test_desktop_entry_is_neutral_and_points_at_the_icon() -> None:
    entry = _desktop_entry(DESKTOP)
    assert entry["Name"] == "Prep Companion"
    assert entry["Exec"] == "prep-companion"
    assert entry["Icon"] == "prep-companion"
    visible = " ".join(
        entry.get(key, "") for key in ("Name", "GenericName", "Comment", "Keywords")
    ).lower()
    for word in ("detox", "opioid", "drug", "withdrawal", "addiction"):
        assert word not in visible


def test_every_png_icon_has_its_size() -> None:
    for size in SIZES:
        path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "prep-companion.png"
        assert path.is_file(), f"{path} is missing: run .venv/bin/python scripts/make_icons.py"
        assert _png_size(path) == (size, size), path


def test_svg_icon_parses_and_is_self_contained() -> None:
    for path in (SVG, ICONS / "hicolor" / "scalable" / "apps" / "prep-companion.svg"):
        root = ET.parse(path).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg", path
        assert root.get("viewBox") == "0 0 512 512", path
        text = path.read_text(encoding="utf-8")
        assert "<text" not in text, f"{path} has text in it"
        assert "href" not in text, f"{path} refers to another file"
    scalable = ICONS / "hicolor" / "scalable" / "apps" / "prep-companion.svg"
    assert scalable.read_bytes() == SVG.read_bytes(), "run .venv/bin/python scripts/make_icons.py"


def _installer(*args: str) -> subprocess.CompletedProcess[str]:
    result = _run([sys.executable, str(INSTALLER), *args])
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_install_and_uninstall_under_a_prefix(tmp_path: Path) -> None:
    expected = [
        tmp_path / "applications" / DESKTOP.name,
        tmp_path / "metainfo" / METAINFO.name,
        tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "prep-companion.svg",
        *(
            tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "prep-companion.png"
            for size in SIZES
        ),
    ]

    installed = _installer("--prefix", str(tmp_path))
    for path in expected:
        assert path.is_file(), path
        assert str(path) in installed.stdout
    assert len(installed.stdout.splitlines()) == len(expected)
    exec_line = _desktop_entry(expected[0])["Exec"]
    assert exec_line.strip('"').endswith("prep-companion"), exec_line
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        result = _run([validator, str(expected[0])])
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    assert expected[1].read_bytes() == METAINFO.read_bytes()

    removed = _installer("--prefix", str(tmp_path), "--uninstall")
    assert len(removed.stdout.splitlines()) == len(expected)
    for path in expected:
        assert not path.exists(), path
    # Only the desktop's own caches may be left behind.
    leftovers = [p.name for p in tmp_path.rglob("*") if p.is_file()]
    assert set(leftovers) <= {"mimeinfo.cache", "icon-theme.cache"}, leftovers
