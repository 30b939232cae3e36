"""The performance harness: each figure is a ratio against a bare PySide6 window, same run."""
