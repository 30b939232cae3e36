"""The pages of a document as pictures, for printing: the same template, data and fonts as
its PDF (companion.core.pdf), drawn by Typst as one PNG per page at a chosen resolution.

Printing paints these on the printer's pages, so what is printed is what is saved, with
no second layout engine and no PDF reader library in the bundle.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import typst

from companion.core import pdf

MAX_PPI = 300
"""Sharp on paper; more only makes the pictures larger."""


def render_pages(
    template: str, data: Mapping[str, object], *, language: str, title: str, ppi: int = 150
) -> list[bytes]:
    """Each page of `template` made from `data`, as PNG bytes, at `ppi` (at most MAX_PPI).

    Raises InvalidInputError (reason "document-failed") as `pdf.render` does.
    """
    source = pdf.templates_dir() / f"{template}.typ"
    if not source.is_file():
        raise pdf._failed(template, f"there is no template {source.name}")
    inputs = {
        "data": json.dumps(data, ensure_ascii=False, default=str),
        "language": language.replace("-", "_").split("_")[0].lower() or "en",
        "title": title,
    }
    try:
        with pdf._lock:
            made = typst.compile(
                source,
                root=pdf.templates_dir(),
                font_paths=[pdf.fonts_dir()],
                ignore_system_fonts=True,
                format="png",
                ppi=float(max(36, min(ppi, MAX_PPI))),
                sys_inputs=inputs,
            )
    except typst.TypstError as error:
        raise pdf._failed(template, pdf._words(error)) from None
    except RuntimeError as error:
        raise pdf._failed(template, str(error)) from None
    return [made] if isinstance(made, bytes) else list(made)
