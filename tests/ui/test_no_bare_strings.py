"""Every user-visible string in the UI goes through `tr`: a scan of companion/ui.

The scan reads each module with Python's `ast`, the way the no-Qt test reads the core, and
looks at what is passed to the setters and constructors that put text on screen
(`setText`, `setToolTip`, `QLabel(...)`, `QMessageBox.warning(...)`, ...). A string literal
with a letter in it there is a finding, alone or joined to something else; a `tr(...)` call,
`QCoreApplication.translate(...)`, a count helper or any other call is not, since whatever
it returns was translated where it was made. Literals without letters (punctuation, "—",
"%1") say nothing in any language and pass.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import companion.ui

UI_DIR = Path(companion.ui.__file__).parent

# Methods whose text arguments the person reads or hears.
SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "setTabText",
    "setItemText",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "showMessage",
    "addTab",
    "insertTab",
    "addItem",
    "insertItem",
    "addAction",
    "addRow",
    "setHorizontalHeaderLabels",
    "setHeaderLabels",
    "getSaveFileName",
    "getOpenFileName",
    "getExistingDirectory",
}
# Combo boxes keep a key next to the text: addItem(text, key), insertItem(i, text, key).
LAST_IS_DATA = {"addItem", "insertItem"}
# Constructors whose text arguments are shown.
WIDGETS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QToolButton",
    "QAction",
    "QMenu",
    "QMessageBox",
    "QListWidgetItem",
    "QTableWidgetItem",
    "QStandardItem",
}
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}

# (module, literal): why it may stay as it is. Keep this short.
ALLOWED: dict[tuple[str, str], str] = {}

LETTER = re.compile(r"[^\W\d_]")


def _bare_text(node: ast.expr) -> str | None:
    """The untranslated words in an argument, or None when it has none."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and LETTER.search(node.value):
            return node.value
        return None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        words = "".join(str(part) for part in parts)
        return words if LETTER.search(words) else None
    if isinstance(node, ast.BinOp):
        return _bare_text(node.left) or _bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_text(node.body) or _bare_text(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "Some words {}".format(x), "Hello %1".replace(...): the words are still bare.
        return _bare_text(node.func.value)
    return None


def _shown_arguments(call: ast.Call) -> list[ast.expr]:
    """The arguments of a call that put text on screen; none for other calls."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    args = list(call.args) + [keyword.value for keyword in call.keywords if keyword.arg]
    if isinstance(func, ast.Attribute) and name in MESSAGE_BOXES:
        owner = func.value
        if isinstance(owner, ast.Name) and owner.id == "QMessageBox":
            return args
        return []
    if name in SETTERS:
        if name in LAST_IS_DATA and len(call.args) >= 2:
            return list(call.args[:-1])
        return args
    if name in WIDGETS:
        return args
    return []


def _findings(path: Path) -> list[str]:
    module = path.relative_to(UI_DIR).as_posix()
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for argument in _shown_arguments(node):
            text = _bare_text(argument)
            if text is not None and (module, text) not in ALLOWED:
                found.append(f"{module}:{node.lineno}: {text!r}")
    return found


def test_no_user_visible_literal_outside_tr():
    sources = sorted(UI_DIR.rglob("*.py"))
    assert len(sources) >= 20  # the scan really looked at the package
    findings = [finding for path in sources for finding in _findings(path)]
    assert findings == []


def test_the_scan_finds_bare_words_and_passes_translated_ones():
    sample = (
        "label = QLabel('Hello')\n"
        "button.setText(self.tr('Save'))\n"
        "button.setToolTip(self.tr('Saved') + ' for you')\n"
        "box.addItem(self.tr('England'), 'UK')\n"
        "QMessageBox.warning(self, 'Oops', self.tr('Try again'))\n"
        "label.setText('\u2014')\n"
        "label.setText(f'{count} \u00b7 {total}')\n"
        "label.setText(f'{count} items')\n"
    )
    tree = ast.parse(sample)
    found = [
        _bare_text(arg)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for arg in _shown_arguments(node)
    ]
    assert sorted(text for text in found if text) == [" for you", " items", "Hello", "Oops"]
