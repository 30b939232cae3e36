"""Learn: parsing sections, finding and searching them, reading progress, care questions."""

from __future__ import annotations

from datetime import date

import pytest

from companion.core import learn
from companion.core.content import ContentError
from companion.core.learn import (
    END_MARK,
    MAX_QUESTION,
    START_MARK,
    CareQuestion,
    Part,
    delete_question,
    find_section,
    list_questions,
    load_sections,
    mark_read,
    parse_section,
    read_keys,
    reading_progress,
    restore_question,
    save_question,
    search_sections,
    set_question_done,
)
from companion.core.validate import InvalidInputError

TODAY = date(2027, 1, 14)

SAMPLE = """# Getting ready

## In short

Plan **ahead**. See [Breathe](app:breathe) and [after detox](learn:aftercare).

## First part

Some words here.

- a bullet with [a link](learn:withdrawal)

## Second part

More words, across
two lines.

## Questions you could ask

- Who can help me?
* What should I pack?

## Sources

- Source one
- Source two
"""


@pytest.fixture
def clear_sections_cache():
    load_sections.cache_clear()
    yield
    load_sections.cache_clear()


# --- parsing -----------------------------------------------------------------------------------


def test_parse_section_reads_every_part():
    section = parse_section("getting-ready", 8, SAMPLE)
    assert section.key == "getting-ready"
    assert section.number == 8
    assert section.title == "Getting ready"
    assert section.in_short == (
        "Plan **ahead**. See [Breathe](app:breathe) and [after detox](learn:aftercare)."
    )
    assert section.parts == (
        Part("First part", "Some words here.\n\n- a bullet with [a link](learn:withdrawal)"),
        Part("Second part", "More words, across\ntwo lines."),
    )
    assert section.questions == ("Who can help me?", "What should I pack?")
    assert section.sources == ("Source one", "Source two")
    assert section.markdown == SAMPLE
    assert section.links() == ["app:breathe", "learn:aftercare", "learn:withdrawal"]


def test_parse_section_without_questions_has_none():
    text = "# T\n\n## In short\n\nHi.\n\n## Sources\n\n- S\n"
    section = parse_section("t", 1, text)
    assert section.questions == ()
    assert section.parts == ()
    assert section.sources == ("S",)
    assert section.links() == []


def test_plain_keeps_link_words_and_drops_marks():
    assert learn.plain("- **Go** to [Breathe](app:breathe) now") == "Go to Breathe now"
    assert learn.plain("  * indented item") == "indented item"
    assert learn.plain("*not* a list") == "*not* a list"


def test_plain_keeps_the_blank_line_before_a_list():
    # a paragraph and the list after it stay separate paragraphs for search
    assert learn.plain("Intro:\n\n- one\n- two\n\nAfter.") == "Intro:\n\none\ntwo\n\nAfter."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("## In short\n\nHi.\n\n## Sources\n\n- S\n", "no title"),
        ("#No space title\n\n## In short\n\nHi.\n\n## Sources\n\n- S\n", "no title"),
        ("# T\n\n## Intro\n\nA.\n\n## In short\n\nHi.\n\n## Sources\n\n- S\n", "In short"),
        ("# T\n\n## In short\n\nHi.\n\n## Questions you could ask\n\n- Q?\n", "Sources"),
        ("# T\n\nJust text, no parts at all.\n", "In short"),
    ],
)
def test_parse_section_refuses_incomplete_sections(text, message):
    with pytest.raises(ContentError, match=message) as caught:
        parse_section("broken", 3, text)
    assert "learn/broken" in str(caught.value)


# --- loading and finding -----------------------------------------------------------------------


def test_load_sections_is_cached():
    first = load_sections()
    assert load_sections() is first
    assert isinstance(first, tuple)


def test_find_section_by_key_and_alias():
    assert find_section("withdrawal") is not None
    medications = find_section("medications")
    assert medications is not None
    assert medications.key == "supervised-detox"
    assert medications is find_section("supervised-detox")
    assert find_section("no-such-section") is None
    assert find_section("") is None


def test_load_sections_reads_numbered_files_in_order(tmp_path, monkeypatch, clear_sections_cache):
    folder = tmp_path / "content" / "learn"
    folder.mkdir(parents=True)
    body = "# {title}\n\n## In short\n\nText.\n\n## Sources\n\n- S\n"
    (folder / "02-second.md").write_text(body.format(title="Two"), encoding="utf-8")
    (folder / "01-first.md").write_text(body.format(title="One"), encoding="utf-8")
    (folder / "notes.md").write_text("not a section", encoding="utf-8")
    monkeypatch.setattr(learn, "resources_dir", lambda: tmp_path)
    sections = load_sections()
    assert [(s.number, s.key, s.title) for s in sections] == [
        (1, "first", "One"),
        (2, "second", "Two"),
    ]


def test_no_sections_is_a_content_error(tmp_path, monkeypatch, clear_sections_cache):
    monkeypatch.setattr(learn, "resources_dir", lambda: tmp_path)
    with pytest.raises(ContentError, match="No Learn sections"):
        load_sections()


def test_a_broken_section_file_is_a_content_error(tmp_path, monkeypatch, clear_sections_cache):
    folder = tmp_path / "content" / "learn"
    folder.mkdir(parents=True)
    (folder / "01-broken.md").write_text("## In short\n\nNo title.\n", encoding="utf-8")
    monkeypatch.setattr(learn, "resources_dir", lambda: tmp_path)
    with pytest.raises(ContentError, match="learn/broken"):
        load_sections()


# --- searching ---------------------------------------------------------------------------------


def unmark(snippet: str) -> str:
    return snippet.replace(START_MARK, "").replace(END_MARK, "")


@pytest.fixture
def two_sections(monkeypatch):
    """Search over two small sections instead of the shipped ones."""
    sections = (
        parse_section(
            "alpha",
            1,
            "# Alpha\n\n## In short\n\nNaloxone can reverse an overdose.\n\n"
            "## Keeping it\n\nKeep naloxone at home.\n\nTell people where it is kept.\n\n"
            "Go to [Breathe](app:zzztarget) to relax.\n\n"
            "## Questions you could ask\n\n- Where is questiononly?\n\n"
            "## Sources\n\n- Sourceonly\n",
        ),
        parse_section(
            "beta",
            2,
            "# Beta\n\n## In short\n\nTolerance falls after detox.\n\n"
            "## Staying safe\n\nNaloxone and **tolerance** both matter here.\n\n"
            "## Sources\n\n- S\n",
        ),
    )
    monkeypatch.setattr(learn, "load_sections", lambda: sections)
    return sections


def test_search_matches_word_beginnings_and_marks_them(two_sections):
    results = search_sections("nalox")
    assert [(r.key, r.heading) for r in results] == [
        ("alpha", "In short"),
        ("alpha", "Keeping it"),
        ("beta", "Staying safe"),
    ]
    first = results[0]
    assert first.title == "Alpha"
    assert first.snippet == f"{START_MARK}Nalox{END_MARK}one can reverse an overdose."
    assert first.phrase == "Nalox"
    assert results[1].phrase == "nalox"
    assert search_sections("aloxone") == []  # the middle of a word does not count


def test_search_needs_every_word_in_the_same_paragraph(two_sections):
    results = search_sections("naloxone TOLERANCE")
    assert [(r.key, r.heading) for r in results] == [("beta", "Staying safe")]
    snippet = results[0].snippet
    assert snippet == (
        f"{START_MARK}Naloxone{END_MARK} and {START_MARK}tolerance{END_MARK} both matter here."
    )
    assert results[0].phrase == "Naloxone"
    # both words are in section alpha, but never in one paragraph
    assert search_sections("naloxone people") == []
    assert search_sections("naloxone zebra") == []


def test_search_uses_words_not_link_targets_questions_or_sources(two_sections):
    assert search_sections("zzztarget") == []
    assert [r.heading for r in search_sections("breathe")] == ["Keeping it"]
    assert search_sections("questiononly") == []
    assert search_sections("sourceonly") == []


def test_search_snippet_joins_lines_and_drops_markdown(monkeypatch):
    section = parse_section(
        "gamma",
        1,
        "# G\n\n## In short\n\nOne **bold**\nword and a\n\n- listed   word\n\n## Sources\n\n- S\n",
    )
    monkeypatch.setattr(learn, "load_sections", lambda: (section,))
    [hit] = search_sections("bold")
    assert hit.snippet == f"One {START_MARK}bold{END_MARK} word and a"
    [hit] = search_sections("listed")
    assert unmark(hit.snippet) == "listed word"


@pytest.mark.parametrize(
    "text", ["", "   ", '"(*', "🙂🙂", "[]{}()*+?.^$|\\", "NOT AND OR", "\x00\x02\x03", "a" * 5000]
)
def test_search_survives_hostile_text(text):
    results = search_sections(text)
    assert isinstance(results, list)
    for result in results:
        assert START_MARK in result.snippet and END_MARK in result.snippet


def test_search_with_repeated_or_overlapping_words_keeps_the_text(two_sections):
    for text in ("naloxone naloxone", "naloxone nal", "nal naloxone"):
        results = search_sections(text)
        assert results, text
        for result in results:
            assert result.snippet.count(START_MARK) == result.snippet.count(END_MARK)
            assert unmark(result.snippet) in {
                "Naloxone can reverse an overdose.",
                "Keep naloxone at home.",
                "Naloxone and tolerance both matter here.",
            }


def test_search_of_nothing_finds_nothing():
    assert search_sections("") == []
    assert search_sections('"(*') == []
    assert search_sections("🙂") == []


def test_search_respects_the_limit():
    everything = search_sections("the")
    assert len(everything) > 5
    assert search_sections("the", limit=3) == everything[:3]
    assert len(search_sections("the", limit=1)) == 1


def test_search_of_the_real_sections_finds_naloxone():
    results = search_sections("nalox")
    keys = {r.key for r in results}
    assert "overdose-naloxone" in keys
    assert "families" in keys
    for result in results:
        assert START_MARK + result.phrase + END_MARK in result.snippet
        assert result.phrase.casefold() == "nalox"
        assert result.heading
        section = find_section(result.key)
        assert section is not None and result.title == section.title
    assert any(r.heading == "In short" for r in results if r.key == "overdose-naloxone")


def test_search_of_the_real_sections_needs_all_words():
    results = search_sections("tolerance naloxone")
    assert results
    for result in results:
        text = unmark(result.snippet).casefold()
        assert "tolerance" in text and "naloxone" in text


# --- what has been read ------------------------------------------------------------------------


def test_mark_read_and_unmark(db):
    assert read_keys(db) == set()
    assert reading_progress(db) == (0, len(load_sections()))
    mark_read(db, "withdrawal", True, TODAY)
    mark_read(db, "families", True, TODAY)
    assert read_keys(db) == {"withdrawal", "families"}
    assert reading_progress(db) == (2, len(load_sections()))
    mark_read(db, "withdrawal", False, TODAY)
    assert read_keys(db) == {"families"}
    mark_read(db, "withdrawal", False, TODAY)  # un-marking twice is harmless
    assert reading_progress(db) == (1, len(learn.load_sections()))


def test_marking_again_keeps_one_row_with_the_new_day(db):
    mark_read(db, "families", True, date(2027, 1, 1))
    mark_read(db, "families", True, TODAY)
    assert list(db.table("learn_read").rows) == [{"key": "families", "read_on": "2027-01-14"}]


def test_mark_read_through_an_alias_marks_the_section(db):
    mark_read(db, "medications", True, TODAY)
    assert read_keys(db) == {"supervised-detox"}
    mark_read(db, "medications", False, TODAY)
    assert read_keys(db) == set()


def test_mark_read_refuses_an_unknown_section(db):
    with pytest.raises(InvalidInputError) as caught:
        mark_read(db, "no-such-section", True, TODAY)
    assert caught.value.reason == "unknown-choice"
    assert caught.value.field == "section"
    assert read_keys(db) == set()


def test_progress_counts_only_sections_that_exist(db):
    db.table("learn_read").insert({"key": "an-old-section", "read_on": "2026-12-01"})
    mark_read(db, "aftercare", True, TODAY)
    assert read_keys(db) == {"an-old-section", "aftercare"}
    assert reading_progress(db) == (1, len(learn.load_sections()))


# --- questions for the care team ---------------------------------------------------------------


def test_add_and_list_questions_in_order(db):
    first = save_question(
        db, None, text="  Where can I get naloxone?  ", section="overdose-naloxone"
    )
    second = save_question(db, None, text="Who will prescribe after I leave?")
    assert first == CareQuestion(
        first.id, "Where can I get naloxone?", "overdose-naloxone", None, 1
    )
    assert second.position == 2
    assert second.section == ""
    assert list_questions(db) == [first, second]
    assert not first.done


def test_update_question(db):
    question = save_question(db, None, text="Old words?")
    save_question(db, question.id, text="  New words?  ")
    [stored] = list_questions(db)
    assert stored.text == "New words?"
    assert (stored.id, stored.position) == (question.id, question.position)


def test_update_of_a_missing_question_is_refused(db):
    with pytest.raises(InvalidInputError) as caught:
        save_question(db, 999, text="Anything?")
    assert caught.value.reason == "missing"
    assert list_questions(db) == []


def test_set_question_done_and_not_done(db):
    question = save_question(db, None, text="Can my family visit?")
    set_question_done(db, question.id, True, TODAY)
    [stored] = list_questions(db)
    assert stored.done_on == TODAY
    assert stored.done
    set_question_done(db, question.id, False, TODAY)
    [stored] = list_questions(db)
    assert stored.done_on is None
    assert not stored.done


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "x" * (MAX_QUESTION + 1)])
def test_invalid_question_text_changes_nothing(db, text):
    kept = save_question(db, None, text="Keep me?")
    with pytest.raises(InvalidInputError) as caught:
        save_question(db, None, text=text)
    assert caught.value.reason in ("required", "too-long")
    with pytest.raises(InvalidInputError):
        save_question(db, kept.id, text=text)
    assert list_questions(db) == [kept]


def test_the_longest_question_allowed_is_kept_whole(db):
    text = "y" * MAX_QUESTION
    assert save_question(db, None, text=text).text == text
    with pytest.raises(InvalidInputError) as caught:
        save_question(db, None, text=text + "y")
    assert caught.value.reason == "too-long"


def test_delete_and_restore_puts_a_question_back_in_place(db):
    one = save_question(db, None, text="One?")
    two = save_question(db, None, text="Two?", section="aftercare")
    three = save_question(db, None, text="Three?")
    set_question_done(db, two.id, True, TODAY)
    [two] = [q for q in list_questions(db) if q.id == two.id]

    deleted = delete_question(db, two.id)
    assert deleted == two
    assert list_questions(db) == [one, three]
    assert delete_question(db, two.id) is None

    restore_question(db, deleted)
    assert list_questions(db) == [one, two, three]
    [back] = [q for q in list_questions(db) if q.text == "Two?"]
    assert (back.id, back.position, back.section, back.done_on) == (
        two.id,
        two.position,
        "aftercare",
        TODAY,
    )


def test_restore_takes_a_new_id_when_the_old_one_is_taken(db):
    one = save_question(db, None, text="One?")
    two = save_question(db, None, text="Two?")
    deleted = delete_question(db, two.id)
    assert deleted is not None
    # a question added after the delete may reuse the freed id
    db.table("care_questions").insert({"id": two.id, "text": "Newer?", "position": 5})

    restore_question(db, deleted)
    questions = list_questions(db)
    assert [q.text for q in questions] == ["One?", "Two?", "Newer?"]
    [back] = [q for q in questions if q.text == "Two?"]
    assert back.id != two.id
    assert back.id not in {one.id}
    assert back.position == two.position
    assert len({q.id for q in questions}) == 3


def test_delete_of_a_missing_question_returns_none(db):
    assert delete_question(db, 42) is None


def test_save_question_adds_with_no_id_changes_with_one_and_refuses_a_missing_one(db):
    added = save_question(db, None, text="Can I bring my phone?", section="withdrawal")
    assert list_questions(db) == [added]
    changed = save_question(db, added.id, text="Can I keep my phone?")
    assert changed == CareQuestion(added.id, "Can I keep my phone?", "withdrawal", None, 1)
    assert list_questions(db) == [changed]  # its section and place are kept
    delete_question(db, added.id)
    with pytest.raises(InvalidInputError) as caught:
        save_question(db, added.id, text="Anything?")
    assert caught.value.reason == "missing"
    assert list_questions(db) == []
