"""How long the Markdown editor takes to show and highlight a 200 KB page, and to type in it.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_editor.py`. Prints timings; it
asserts nothing (speed is measured here, not in the tests).
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor_app.ui.compat import keep_none_alive  # noqa: E402

keep_none_alive()

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from editor_app.ui.editor import MarkdownEditor  # noqa: E402
from editor_app.ui.spell import SpellService  # noqa: E402

SITE = Path(__file__).resolve().parent.parent.parent / "shared" / "sites" / "connectedbydata"


def big_text(size: int = 200_000) -> str:
    """Real page bodies from the fixture site, repeated to `size` characters."""
    parts = []
    for path in sorted((SITE / "_resources").glob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        parts.append(text.split("\n---", 1)[-1])
    text = "\n\n".join(parts) or "Some *text* with a [link](https://example.org).\n" * 100
    while len(text) < size:
        text += "\n\n" + text
    return text[:size]


def main() -> None:
    app = QApplication([])
    service = SpellService.shared()
    service.wait_until_ready()
    editor = MarkdownEditor()
    editor.resize(900, 700)
    editor.show()
    text = big_text()
    for spell in (False, True):
        editor.set_spellcheck(spell)
        service.checker._cache.clear()
        start = time.perf_counter()
        editor.set_markdown(text)
        app.processEvents()
        editor.highlighter.rehighlight()
        took = time.perf_counter() - start
        print(f"load + highlight {len(text) // 1000} KB, spelling {spell}: {took:.2f} s")
        editor.moveCursor(QTextCursor.MoveOperation.Start)
        cursor = editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Down, n=200)
        editor.setTextCursor(cursor)
        keys = []
        for ch in "Typing a few words here":
            t = time.perf_counter()
            QTest.keyClick(editor, ch)
            keys.append(time.perf_counter() - t)
        print(
            f"  per key press: median {statistics.median(keys) * 1000:.1f} ms, "
            f"max {max(keys) * 1000:.1f} ms"
        )
        t = time.perf_counter()
        QTest.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        print(f"  Ctrl+B on 200 KB: {(time.perf_counter() - t) * 1000:.1f} ms")
    app.quit()


if __name__ == "__main__":
    main()
