"""Where the data lives, and that its folder and files are private."""

import stat
from pathlib import Path

from companion.core import paths


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_flag_wins_over_environment(tmp_path):
    env = {paths.DATA_DIR_ENV: str(tmp_path / "from-env")}
    assert paths.resolve_data_dir(tmp_path / "from-flag", env) == tmp_path / "from-flag"


def test_environment_wins_over_default(tmp_path):
    env = {paths.DATA_DIR_ENV: str(tmp_path / "from-env")}
    assert paths.resolve_data_dir(None, env) == tmp_path / "from-env"


def test_empty_flag_and_environment_fall_back_to_default():
    assert paths.resolve_data_dir("", {paths.DATA_DIR_ENV: ""}) == paths.default_data_dir()


def test_relative_flag_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert paths.resolve_data_dir("data", {}) == tmp_path / "data"


def test_real_environment_is_read_when_none_given(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert paths.resolve_data_dir() == tmp_path / "env"


def test_default_is_in_the_platform_data_folder_with_a_neutral_name(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    default = paths.resolve_data_dir(None, {})
    assert default == tmp_path / "xdg" / "prep-companion"
    assert "prep-companion" in default.name
    for word in ("detox", "opioid", "heroin", "drug", "addict", "rehab"):
        assert word not in str(default).lower()


def test_ensure_private_dir_creates_with_owner_only_mode(tmp_path):
    made = paths.ensure_private_dir(tmp_path / "a" / "b")
    assert made.is_dir()
    assert _mode(made) == 0o700


def test_ensure_private_dir_tightens_an_existing_open_folder(tmp_path):
    folder = tmp_path / "open"
    folder.mkdir()
    folder.chmod(0o755)
    (folder / "kept.txt").write_text("still here")
    paths.ensure_private_dir(folder)
    assert _mode(folder) == 0o700
    assert (folder / "kept.txt").read_text() == "still here"


def test_ensure_private_file_creates_empty_owner_only_file(tmp_path):
    made = paths.ensure_private_file(tmp_path / "f")
    assert made.read_bytes() == b""
    assert _mode(made) == 0o600


def test_ensure_private_file_tightens_without_changing_contents(tmp_path):
    target = tmp_path / "f"
    target.write_bytes(b"keep me")
    target.chmod(0o644)
    paths.ensure_private_file(target)
    assert _mode(target) == 0o600
    assert target.read_bytes() == b"keep me"


def test_resources_dir_holds_the_shipped_content():
    resources = paths.resources_dir()
    assert (resources / "helplines.toml").is_file()
    assert (resources / "content" / "overdose-response.toml").is_file()


def test_data_folder_layout(tmp_path):
    assert paths.database_path(tmp_path) == tmp_path / "companion.sqlite3"
    assert paths.backups_dir(tmp_path) == tmp_path / "backups"
    assert paths.damaged_dir(tmp_path) == tmp_path / "damaged"
