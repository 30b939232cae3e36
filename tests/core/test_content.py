"""The shipped content: helplines for every region, and the overdose response steps."""

import re
from datetime import date

import pytest

from companion.core import content
from companion.core.content import ContentError, load_regions, load_response_steps, region_help
from companion.core.settings import REGIONS


@pytest.fixture
def clear_content_cache():
    load_regions.cache_clear()
    load_response_steps.cache_clear()
    yield
    load_regions.cache_clear()
    load_response_steps.cache_clear()


def test_every_region_setting_has_help():
    regions = load_regions()
    assert set(REGIONS) <= set(regions)
    for code in REGIONS:
        help_ = region_help(code)
        assert help_.code == code
        assert help_.name.strip()
        assert help_.emergency_number.strip()
        if code != "OTHER":  # OTHER asks the person to add their own local number
            assert any(ch.isdigit() for ch in help_.emergency_number), code


@pytest.mark.parametrize("code", REGIONS)
def test_every_helpline_is_complete_and_dated(code):
    for line in region_help(code).helplines:
        assert line.name.strip()
        assert re.search(r"\d", line.number), line
        assert line.source.strip(), line
        assert date.fromisoformat(line.last_checked) <= date(2100, 1, 1), line


def test_known_regions_have_at_least_one_helpline():
    for code in REGIONS:
        if code != "OTHER":
            assert region_help(code).helplines, code


def test_unknown_region_falls_back_to_other():
    assert region_help("nonsense") == region_help("OTHER")
    assert region_help("").code == "OTHER"


def test_response_steps_cover_the_essentials():
    steps = load_response_steps()
    assert len(steps.steps) >= 5
    assert len(steps.signs) >= 3
    text = " ".join(steps.steps).lower()
    assert "emergency number" in text
    assert "naloxone" in text
    assert steps.title.strip() and steps.note.strip()
    assert steps.sources and all(source.strip() for source in steps.sources)


def test_malformed_helplines_file_is_a_content_error(tmp_path, monkeypatch, clear_content_cache):
    (tmp_path / "helplines.toml").write_text("[regions.US\nname = ", encoding="utf-8")
    monkeypatch.setattr(content, "resources_dir", lambda: tmp_path)
    with pytest.raises(ContentError, match=r"helplines\.toml"):
        load_regions()


def test_helpline_missing_a_field_is_a_content_error(tmp_path, monkeypatch, clear_content_cache):
    (tmp_path / "helplines.toml").write_text(
        '[regions.US]\nname = "United States"\nemergency_number = "911"\n'
        '[[regions.US.helplines]]\nname = "No number"\nsource = "x"\nlast_checked = "2026-01-01"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(content, "resources_dir", lambda: tmp_path)
    with pytest.raises(ContentError, match="missing a field"):
        load_regions()


def test_missing_content_file_is_a_content_error(tmp_path, monkeypatch, clear_content_cache):
    monkeypatch.setattr(content, "resources_dir", lambda: tmp_path)
    with pytest.raises(ContentError, match=r"overdose-response\.toml"):
        load_response_steps()
