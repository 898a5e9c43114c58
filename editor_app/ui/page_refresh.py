"""What follows the author's typing: the live preview, the word count and the live check.

`PageRefresher(window)` renders the open page in a worker after a pause in typing (stale
renders dropped), counts words (long pages in a worker) and marks invalid fields on the form.
The document session calls `page_shown()`, `page_edited()` and `page_closed()`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from editor_app.core.document import Document
from editor_app.core.excerpt import excerpt_around
from editor_app.core.render import Renderer
from editor_app.core.text_stats import count_words, reading_minutes
from editor_app.ui.workers import JobRunner

PREVIEW_DELAY_MS = 200  # long enough to skip most keystrokes, short enough to feel live
CHECK_DELAY_MS = 500  # live validation and word count after a pause in typing
STATS_IN_WORKER_CHARS = 20_000  # longer pages are counted in a worker
# Past this many characters the preview shows the part of the page around the cursor: the
# whole of a 5 MB page takes seconds to render, and the window would wait on the worker.
PREVIEW_EXCERPT_FROM_CHARS = 400_000
PREVIEW_EXCERPT_CHARS = 60_000
# The live check leaves the content checks (suggestions) out past this many characters: on a
# 5 MB page they take seconds of the interpreter, which typing would feel (F7 runs them).
LIVE_SUGGESTIONS_MAX_CHARS = 400_000


def _check_snapshot(text: str, path: Path | None, site: Any, schema: Any) -> list[Any]:
    """Problems of a snapshot of the document text (runs in a worker)."""
    from editor_app.core.validate import validate_document

    content = len(text) <= LIVE_SUGGESTIONS_MAX_CHARS
    return validate_document(Document.from_text(text, path=path), site, schema, content=content)


def _count_and_check(
    body: str, text: str, path: Path | None, site: Any, schema: Any
) -> tuple[int, list[Any]]:
    """The word count of a long page's body, then the problems of its snapshot (one worker
    job: the two never work on copies of the text at the same time)."""
    return count_words(body), _check_snapshot(text, path, site, schema)


def _render_page(
    renderer: Renderer,
    text: str,
    path: Path | None,
    schema: Any,
    cursor: int | None = None,
    body: str | None = None,
) -> str:
    """Preview HTML of a snapshot of the document text (runs in a worker).

    With `cursor` (a position in the body), only the part of the body around it is rendered,
    under a line saying which lines are shown. With `body` too (the snapshot's body, which
    ends its text), the page read is its header and that part alone: a 5 MB page is not read
    whole for a 60 KB preview (a copy of its lines in memory, and the interpreter held while
    they are split)."""
    if cursor is not None and body is not None and body and text.endswith(body):
        part = excerpt_around(body, cursor, PREVIEW_EXCERPT_CHARS)
        if not part.whole:
            header = text[: len(text) - len(body)]
            doc = Document.from_text(header + _excerpt_note(part) + part.text, path=path)
            if doc.error is None:
                return renderer.render_page(doc, schema)
    doc = Document.from_text(text, path=path)
    if cursor is not None and doc.error is None:
        part = excerpt_around(doc.body, cursor, PREVIEW_EXCERPT_CHARS)
        if not part.whole:
            doc.body = _excerpt_note(part) + part.text
    return renderer.render_page(doc, schema)


def _excerpt_note(part: Any) -> str:
    """The line above a long page's preview saying which of its lines are shown."""
    return (
        f"*This page is long: the preview shows lines {part.first_line:,} to "
        f"{part.last_line:,} of {part.total_lines:,}, around the cursor.*\n\n---\n\n"
    )


class PageRefresher(QObject):
    """Keeps the preview, the word count and the form's marks in step with the open page."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.render_jobs = JobRunner(1, self)  # one at a time: stale requests are skipped
        self._render_busy = False
        self._render_pending = False
        self._preview_generation = 0
        self._stats_generation = 0  # the newest word count wins
        self._check_generation = 0  # the newest live check wins
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._request_preview)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._live_check)

    @property
    def _doc(self) -> Document | None:
        return self.window.documents.doc

    @property
    def _raw(self) -> bool:
        return self.window.documents.raw

    def page_edited(self) -> None:
        """After a keystroke: preview and check again after a pause."""
        self._preview_timer.start()
        self._check_timer.start()

    def page_shown(self) -> None:
        """A page was put in the panels: count, preview now, check after a pause."""
        self.window.preview.expect_page()
        self.update_stats(in_background=True)
        self._preview_timer.stop()
        self._request_preview()
        self._check_timer.start()

    def page_closed(self) -> None:
        self._preview_generation += 1  # drop any render still on its way
        self._preview_timer.stop()
        self._check_timer.stop()
        self.window.preview.clear()
        self.window.stats_label.clear()

    def shutdown(self) -> None:
        """The window closes: stop the timers and the render worker."""
        self._preview_timer.stop()
        self._check_timer.stop()
        self._preview_generation += 1
        self.render_jobs.shutdown()

    # -- word count ----------------------------------------------------------------------
    def update_stats(self, in_background: bool = False) -> None:
        w = self.window
        if self._doc is None:
            w.stats_label.clear()
            return
        text = w.editor.markdown() if self._raw else self._doc.body
        if in_background and len(text) > STATS_IN_WORKER_CHARS:
            # Counting a long page takes 15-60 ms: off the UI thread, so typing never waits.
            self._stats_generation += 1
            w.jobs.start(
                count_words,
                text,
                on_done=lambda words, g=self._stats_generation: self._show_stats(words, g),
            )
            return
        self._stats_generation += 1
        self._show_stats(count_words(text), self._stats_generation)

    def _show_stats(self, words: int, generation: int) -> None:
        if generation != self._stats_generation or self._doc is None:
            return  # a newer count is on its way, or the page was closed
        minutes = reading_minutes(words)
        self.window.stats_label.setText(
            self.window.tr("{words} words · {minutes} min read").format(
                words=words, minutes=minutes
            )
        )

    # -- preview -------------------------------------------------------------------------
    def _request_preview(self) -> None:
        if self._doc is None or self.window.renderer is None:
            return
        self._preview_generation += 1
        if self._render_busy:
            self._render_pending = True  # render again when the current one is back
            return
        self._start_render()

    def _start_render(self) -> None:
        doc, w = self._doc, self.window
        assert doc is not None and w.renderer is not None
        self._render_pending = False
        self._render_busy = True
        generation = self._preview_generation
        base = doc.path.parent if doc.path is not None else None
        cursor = self._preview_cursor(doc)
        self.render_jobs.start(
            _render_page,
            w.renderer,
            doc.text,
            doc.path,
            w.schema,
            cursor,
            doc.body if cursor is not None else None,
            on_done=lambda html, g=generation, b=base: self._on_rendered(g, html, b),
            on_error=lambda reason, g=generation: self._on_render_failed(g, reason),
        )

    def _preview_cursor(self, doc: Document) -> int | None:
        """Where the author is in a very long page's body (its preview shows that part)."""
        if self._raw or self.window.editor.document().characterCount() < PREVIEW_EXCERPT_FROM_CHARS:
            return None
        return self.window.editor.textCursor().position()

    def _on_rendered(self, generation: int, html: str, base: Path | None) -> None:
        self._render_busy = False
        if generation == self._preview_generation and self._doc is not None:
            self.window.preview.set_html(html, base)
        elif self._render_pending and self._doc is not None:
            self._start_render()

    def _on_render_failed(self, generation: int, reason: str) -> None:
        self._render_busy = False
        if generation == self._preview_generation:
            self.window.preview.not_drawn()
            self.window.statusBar().showMessage(
                self.window.tr("The preview could not be drawn: {reason}").format(reason=reason),
                6000,
            )
        elif self._render_pending and self._doc is not None:
            self._start_render()

    # -- live check ----------------------------------------------------------------------
    def _live_check(self) -> None:
        """After a pause in typing: count words and mark invalid fields on the form."""
        w = self.window
        doc = self._doc
        if (
            doc is not None
            and not self._raw
            and w.editor.document().characterCount() > STATS_IN_WORKER_CHARS
        ):
            # A long page's links take 10-80 ms to check and its words 15-60 ms to count: in a
            # worker, as one job doing one after the other (two jobs side by side held two
            # working copies of a 5 MB page at once: the window's peak memory).
            self._stats_generation += 1
            self._check_generation += 1
            w.jobs.start(
                _count_and_check,
                doc.body,
                doc.text,
                doc.path,
                w.site,
                w.schema,
                on_done=lambda result, s=self._stats_generation, g=self._check_generation, d=doc: (
                    self._show_stats(result[0], s),
                    self._show_live_problems(result[1], g, d),
                ),
            )
            return
        self.update_stats(in_background=True)
        if doc is None or self._raw:
            return
        self._check_generation += 1
        from editor_app.core.validate import validate_document

        problems = validate_document(doc, w.site, w.schema)
        w.form.show_problems(problems)
        w.checks.page_checked_again(problems)

    def _show_live_problems(self, problems: list[Any], generation: int, doc: Document) -> None:
        if generation == self._check_generation and self._doc is doc and not self._raw:
            self.window.form.show_problems(problems)  # else: another page, or a newer check
            if len(doc.text) <= LIVE_SUGGESTIONS_MAX_CHARS:  # F7's checks all ran (see above)
                self.window.checks.page_checked_again(problems)
