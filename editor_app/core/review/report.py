"""The review report: one HTML page on some pages, to read, print or save."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from editor_app.core.document import Document
from editor_app.core.review.anchors import CHANGED, FOUND, GENERAL, Anchor
from editor_app.core.review.common import (
    _display,
    _esc,
    _field_label,
    _load_schema,
    _when,
    atomic_write,
    dir_attribute,
    isolate_runs,
)
from editor_app.core.review.diff import _value_html
from editor_app.core.review.marks import NEW_STYLE, OLD_STYLE
from editor_app.core.review.notes import Note
from editor_app.core.review.queue import newest_drafts
from editor_app.core.review.record import NoteStore
from editor_app.core.review.status import in_jekyll_drafts, publication, status_rule
from editor_app.core.review.suggestions import place_suggestion
from editor_app.core.sanitize import csp_meta, ensure_csp, sanitize_html

_REPORT_CSS = """
body { font-family: sans-serif; font-size: 11pt; color: #222; }
h1 { font-size: 18pt; } h2 { font-size: 15pt; margin-top: 18px; } h3 { font-size: 12pt; }
table.facts td { padding: 2px 8px 2px 0; vertical-align: top; }
.muted { color: #666; }
.note { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #c90; }
.quote { font-style: italic; color: #444; }
.page { border-top: 1px solid #ccc; margin-top: 8px; padding-top: 8px; }
"""


def _report_section(
    path: Path, site: Any, schema: Any, renderer: Any, newer: dict[Path, Any] | None = None
) -> str:
    from editor_app.core.validate import validate_document

    doc = Document.load(path)
    fm = doc.front_matter
    title = _display(fm.get("title")) or path.stem
    rel = path.name
    if site is not None:
        try:
            rel = path.relative_to(Path(site.root).resolve()).as_posix()
        except ValueError:
            pass
    out = [f"<h2>{_esc(title)}</h2>", f'<p class="muted">{_esc(rel)}</p>']
    draft = (newer or {}).get(path)
    if draft is not None:  # what follows is the shared copy, older than the draft
        out.append(
            f"<p><b>Out of date. A newer draft waits: sent by {_esc(draft.sent_by)}, "
            f"{draft.sent_at:%d %b %Y} ({_esc(draft.branch)}). This is the shared copy.</b></p>"
        )
    collection = site.collection_of(path) if site else None
    rule = status_rule(schema.for_collection(collection)) if site else None
    generator = getattr(site, "generator", None)
    # One row on whether it is on the site: its status and what keeps it off, together.
    said = publication(fm, rule, generator, in_jekyll_drafts(collection, generator))
    facts: list[tuple[str, Any]] = [("Published", said)]
    facts += [(_field_label(k), fm.get(k)) for k in ("author", "date") if k in fm]
    out.append('<table class="facts">')
    for name, value in facts:
        if isinstance(value, date):
            from editor_app.core.render import human_date

            value = human_date(value) or value
        out.append(f"<tr><td><b>{_esc(name)}</b></td><td>{_value_html(value)}</td></tr>")
    out.append("</table>")

    problems = validate_document(doc, site, schema, content=False)  # errors and warnings
    out.append(f"<h3>Problems ({len(problems)})</h3>")
    if problems:
        out.append("<ul>")
        for p in problems:
            where = f"line {p.line}: " if p.line else ""
            kind = "Error" if p.severity == "error" else "Warning"
            out.append(f"<li><b>{kind}</b> {_esc(where)}{_esc(p.message)}</li>")
        out.append("</ul>")
    else:
        out.append('<p class="muted">None found.</p>')

    store = NoteStore(path)
    out.append(f"<h3>Review notes ({len(store.notes)})</h3>")
    if store.error:
        out.append(f"<p><b>{_esc(store.error)}</b></p>")
    if store.notes:
        anchors = store.anchors(doc.body)
        for note in store.notes:
            out.append(_note_html(note, anchors[note.id]))
    elif not store.error:
        out.append('<p class="muted">No notes.</p>')
    out.append(_suggestions_html(store, doc))
    out.append(_decisions_html(store))

    out.append("<h3>The page</h3>")
    page = dir_attribute(doc.body)  # a Persian page reads from the right
    out.append(f'<div class="page"{page}>{_rendered_body(renderer, doc, schema)}</div>')
    return "".join(out)


def _suggestions_html(store: NoteStore, doc: Document) -> str:
    """The suggested edits: old and new words side by side, and their state."""
    if not store.suggestions:
        return ""
    out = [f"<h3>Suggested edits ({len(store.suggestions)})</h3>"]
    for s in store.suggestions:
        state = s.status if s.is_open else f"{s.status} by {s.decided_by}"
        if s.is_open:
            anchor = place_suggestion(s, doc)
            if anchor is None or anchor.state != FOUND:
                state += ", the words were changed since"
        where = f" in {_field_label(s.field)}" if s.field else ""
        head = f"<b>{_esc(s.author)}</b>, {_esc(_when(s.date))}{_esc(where)}"
        head += f' <span class="muted">({_esc(state)})</span>'
        old = f'<del style="{OLD_STYLE}">{_esc(s.quote)}</del>'
        new = f'<ins style="{NEW_STYLE}">{_esc(s.replacement)}</ins>' if s.replacement else ""
        out.append(
            f'<div class="note">{head}<div>{_esc(s.kind.capitalize())}: {old}'
            f"{' &#8594; ' + new if new else ''}</div></div>"
        )
    return "".join(out)


def _decisions_html(store: NoteStore) -> str:
    """The history of decisions on the page, oldest first."""
    if not store.decisions:
        return ""
    out = [f"<h3>Decisions ({len(store.decisions)})</h3>", "<ul>"]
    for d in store.decisions:
        # Persian words in these English lines keep their order (`isolate_runs`).
        said = isolate_runs(d.describe())
        line = _esc(said[:1].upper() + said[1:])
        despite = "".join(f"<li>{_esc(isolate_runs(item))}</li>" for item in d.despite)
        if despite:
            line += f'<br><span class="muted">Still open then:</span><ul>{despite}</ul>'
        warned = "".join(f"<li>{_esc(item)}</li>" for item in d.warnings)
        if warned:
            line += f'<br><span class="muted">Check warned then:</span><ul>{warned}</ul>'
        out.append(f"<li>{line}</li>")
    out.append("</ul>")
    return "".join(out)


_ARTICLE = re.compile(r'<article class="page-body">(.*)</article>', re.S)


def _rendered_body(renderer: Any, doc: Document, schema: Any) -> str:
    """The page body as the preview renders it (made safe there: no script, no network)."""
    if hasattr(renderer, "render_page"):
        match = _ARTICLE.search(renderer.render_page(doc, schema))
        if match:
            return isolates_spelled(match.group(1))
    site = getattr(renderer, "site", None)
    body = sanitize_html(renderer.render_body(doc.body), site.root if site is not None else None)
    return isolates_spelled(body)


_BDI_OPEN = re.compile(r"<bdi\b([^>]*)>", re.I)
_BDI_CLOSE = re.compile(r"</bdi\s*>", re.I)
_BDI_DIR = re.compile(r"""\bdir\s*=\s*["']?(ltr|rtl)""", re.I)
_ISOLATE_OPENS = {"ltr": "\u2066", "rtl": "\u2067"}  # else first strong isolate, \u2068


def isolates_spelled(body: str) -> str:
    """`body` with each `<bdi>` (the preview's Latin runs of a Persian page, "— @tracymakes,
    “Writing…”") spelled with Unicode's isolate marks inside it too: Qt's rich text, which
    shows and prints the report, ignores `<bdi>`, and the run's `@` and closing quote went
    to its far side. A browser reading the saved report isolates the same either way."""

    def opened(m: re.Match[str]) -> str:
        direction = _BDI_DIR.search(m.group(1))
        return m.group(0) + _ISOLATE_OPENS.get(direction[1].lower() if direction else "", "\u2068")

    return _BDI_CLOSE.sub(lambda m: "\u2069" + m.group(0), _BDI_OPEN.sub(opened, body))


def note_state_text(note: Note, anchor: Anchor) -> str:
    """Plain words for a note's state: resolved, passage changed, whole page."""
    parts = []
    if anchor.state == CHANGED:
        parts.append("passage changed since the note was written")
    if anchor.state == GENERAL:
        parts.append("on the whole page")
    if note.resolved:
        parts.append("resolved")
    return ", ".join(parts)


def _note_html(note: Note, anchor: Anchor) -> str:
    state = note_state_text(note, anchor)
    head = f"<b>{_esc(note.author)}</b>, {_esc(_when(note.date))}"
    if state:
        head += f' <span class="muted">({_esc(state)})</span>'
    # A Persian note reads from the right (its English words in brackets after it).
    on = dir_attribute(note.quote)
    quote = f'<div class="quote"{on}>&#8220;{_esc(note.quote)}&#8221;</div>' if note.quote else ""
    text = f"<div{dir_attribute(note.text)}>{_esc(note.text)}</div>"
    return f'<div class="note">{head}{quote}{text}</div>'


# What a report on an empty queue says, in the window and on the command line.
NOTHING_IN_REVIEW = (
    "Nothing is in review yet: no page is a draft, unpublished or waiting for a decision"
)


def drafts_not_reported(count: int) -> str:
    """The drafts waiting on review branches a queue report leaves out, in words."""
    waits = "drafts wait" if count != 1 else "draft waits"
    return (
        f"{count} {waits} on review branches, not in this report: Drafts in the Sharing bar, "
        "or editor-app sync drafts"
    )


def report_html(
    paths: Iterable[str | os.PathLike[str]],
    site: Any = None,
    schema: Any = None,
    renderer: Any = None,
    title: str = "Review report",
    drafts_waiting: int = 0,
) -> str:
    """One HTML page reporting on the documents: rendered text, problems and notes.
    `drafts_waiting`: drafts sent on review branches besides (`branch_drafts`), said under
    the count, as they are not in it (a queue report of hugo-docs said nothing waits)."""
    from editor_app.core.render import Renderer

    paths = [Path(p).resolve() for p in paths]
    if site is None and paths:
        from editor_app.core.site import Site

        site = Site.open(paths[0])
    if schema is None and site is not None:
        schema = _load_schema(site)
    renderer = renderer if renderer is not None else Renderer(site)
    newer = newest_drafts(site)
    made = _when(datetime.now(UTC))
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>" + csp_meta(),
        f"<title>{_esc(title)}</title><style>{_REPORT_CSS}</style></head><body>",
        f"<h1>{_esc(title)}</h1>",
        f'<p class="muted">{len(paths)} document{"s" if len(paths) != 1 else ""}, made {made}.</p>',
    ]
    if drafts_waiting:
        parts.append(f"<p><b>{_esc(drafts_not_reported(drafts_waiting))}.</b></p>")
    if not paths:
        parts.append(f"<p>{NOTHING_IN_REVIEW}.</p>")
    for i, path in enumerate(paths):
        style = ' style="page-break-before: always;"' if i else ""
        try:
            section = _report_section(path, site, schema, renderer, newer)
        except OSError as exc:
            section = (
                f"<h2>{_esc(path.name)}</h2><p>This file could not be read: {_esc(str(exc))}</p>"
            )
        parts.append(f"<div{style}>{section}</div>")
    parts.append("</body></html>")
    return "".join(parts)


def write_report(target: str | os.PathLike[str], html_text: str) -> Path:
    """Write a report's HTML to a file (atomically)."""
    target = Path(target)
    atomic_write(target, ensure_csp(html_text).encode("utf-8"))
    return target
