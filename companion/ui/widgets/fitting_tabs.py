"""Tab names that fit: a tab widget shows each tab's full name while the whole row of
tabs fits its width, and a short name of the same tab when it does not (large text in
a small window), so that every tab stays in view, whole, without scroll arrows. The
full name is then the tab's tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QStyle, QTabWidget


class FittingTabNames(QObject):
    """Watches `tabs` and picks, for all its tabs together, full or short names."""

    def __init__(self, tabs: QTabWidget, names: list[tuple[str, str]]) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.names = names  # (full, short) for each tab, in order
        tabs.installEventFilter(self)
        self.fit()

    def needed(self, short: bool) -> int:
        """How wide the row of tabs is with these names (frame and a little slack in)."""
        bar = self.tabs.tabBar()
        metrics = bar.fontMetrics()
        space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
        flags = Qt.TextFlag.TextShowMnemonic
        total = sum(
            metrics.size(flags, pair[1] if short else pair[0]).width() + space + 6
            for pair in self.names
        )
        return total + 2 * self.tabs.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)

    def fit(self) -> None:
        # Its least width is what the short names and the tabs' pages need, not the row
        # of full names: the window is never made wider just to show those.
        frame = 2 * self.tabs.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        pages = (self.tabs.widget(i) for i in range(self.tabs.count()))
        least = max((p.minimumSizeHint().width() + frame for p in pages if p), default=0)
        self.tabs.setMinimumWidth(max(least, self.needed(True)))
        short = self.needed(False) > self.tabs.width()
        for index, (full, brief) in enumerate(self.names):
            name = brief if short else full
            if self.tabs.tabText(index) != name:
                self.tabs.setTabText(index, name)
                self.tabs.setTabToolTip(index, full if short else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.LayoutRequest)
        if watched is self.tabs and event.type() in kinds:
            self.fit()
        return False
