"""The PDF engine: a Typst template plus data makes a tagged PDF with its language and
title, the same on every computer, and a broken template is a named refusal."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest

from companion.core import pdf
from companion.core.validate import InvalidInputError

pypdf = pytest.importorskip("pypdf")


def _sample(language: str = "es") -> bytes:
    return pdf.render(
        "sample",
        {
            "text": "Año, ¿qué tal?",
            "made": "Hecho el 1 de marzo de 2026",
            "page_of": "Página %1 de %2",
            "rows": [["Dolor", "2"], ["Sueño", "3"]],
        },
        language=language,
        title="Resumen",
    )


def test_a_template_makes_a_pdf_with_its_language_and_title(tmp_path):
    made = _sample()
    assert made.startswith(b"%PDF-")
    path = tmp_path / "sample.pdf"
    path.write_bytes(made)
    reader = pypdf.PdfReader(path)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "es"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert reader.metadata.title == "Resumen"
    text = reader.pages[0].extract_text()
    assert "¿qué tal?" in text and "Página 1 de 1" in text and "Dolor" in text


@pytest.mark.parametrize(
    ("given", "written"), [("en_GB", "en"), ("es-MX", "es"), ("C", "en"), ("", "en")]
)
def test_the_language_is_its_iso_code(given, written):
    reader = pypdf.PdfReader(io.BytesIO(_sample(given)))
    assert reader.trailer["/Root"]["/Lang"] == written


def test_the_same_data_makes_the_same_file():
    assert _sample() == _sample()


def test_only_the_shipped_fonts_are_embedded(tmp_path):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    path = tmp_path / "sample.pdf"
    path.write_bytes(_sample())
    listing = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout
    fonts = [line.split()[0] for line in listing.splitlines()[2:]]
    assert fonts and all("+NotoSans-" in name for name in fonts)


@pytest.mark.parametrize("language", ["en", "es"])
def test_pdfinfo_says_tagged_and_the_language(tmp_path, language):
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    path = tmp_path / "sample.pdf"
    path.write_bytes(_sample(language))
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    assert "Tagged:          yes" in info
    assert "Title:           Resumen" in info
    meta = subprocess.run(["pdfinfo", "-meta", path], capture_output=True, text=True).stdout
    assert f"<dc:language><rdf:Bag><rdf:li>{language}</rdf:li>" in meta
    assert "<pdfuaid:part>1</pdfuaid:part>" in meta


def test_a_character_no_shipped_font_has_still_makes_a_tagged_pdf():
    made = pdf.render("sample", {"text": "Hoy bien 😊 你好, Привет"}, language="es", title="T")
    reader = pypdf.PdfReader(io.BytesIO(made))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "es" and "/StructTreeRoot" in root
    assert "Привет" in reader.pages[0].extract_text()  # Cyrillic is in Noto Sans
    assert b"pdfuaid" not in made  # the PDF/UA-1 claim is dropped, not made falsely
    assert b"pdfuaid" in _sample()


def test_a_broken_template_is_a_named_refusal(tmp_path, monkeypatch):
    (tmp_path / "pdf").mkdir()
    shutil.copy(pdf.templates_dir() / "style.typ", tmp_path / "pdf" / "style.typ")
    (tmp_path / "pdf" / "broken.typ").write_text('#import "style.typ": *\n#data.nothing.here\n')
    monkeypatch.setattr(pdf, "templates_dir", lambda: tmp_path / "pdf")
    with pytest.raises(InvalidInputError) as refused:
        pdf.render("broken", {}, language="en", title="Broken")
    assert refused.value.reason == "document-failed"
    with pytest.raises(InvalidInputError) as missing:
        pdf.render("no-such-template", {}, language="en", title="Missing")
    assert missing.value.reason == "document-failed"


def test_a_pdf_is_saved_owner_only(tmp_path):
    path = tmp_path / "out.pdf"
    pdf.save(path, _sample())
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.read_bytes().startswith(b"%PDF-")
