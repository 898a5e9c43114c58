"""A returned review pack (a `.docx` exported by `core/docx_export.py`): its new comments become
review notes and its tracked changes suggested edits on the page it came from; the page itself
changes only by a suggested edit the pack carried and the reviewer accepted in Word
(`docx_word_decisions`). Comments the pack was exported with are recognised and not added
twice."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument

from editor_app.core.document import Document
from editor_app.core.docx_direction_marks import drop_handle_marks
from editor_app.core.docx_format_suggest import (
    add_dated_suggestion,
    already_suggested,
    format_changes,
    suggest_formatting,
)
from editor_app.core.docx_not_words import is_own_code, own_code
from editor_app.core.docx_pack_report import PackReport
from editor_app.core.docx_place import (
    changed_words_only,
    locate_in_context,
    locate_words,
    located_in_context,
    note_of,
    outside_code,
    short,
    touches,
    whole_links,
)
from editor_app.core.docx_read import (
    DocxContent,
    DocxError,
    TrackedChange,
    open_docx,
    read_docx,
    read_pack_data,
)
from editor_app.core.docx_tracked import is_tracked_suggestion
from editor_app.core.docx_untracked import (
    pack_paragraphs,
    untracked_edits,
    untracked_edits_note,
)
from editor_app.core.docx_word_decisions import ACCEPTED, UNNAMED_REVIEWER, carry_out, reviewer_of


def open_review_pack(source: str | Path) -> DocxDocument | None:
    """The review pack in the file, parsed once for all that reads it next
    (`pack_page_files`, `import_review_pack`); None when the file is not a review pack
    exported by editor-app (it names its pages) or not a readable Word file."""
    try:
        document = open_docx(Path(source))
        return document if read_pack_data(document) is not None else None
    except Exception:  # not a readable Word file: not a pack
        return None


def is_review_pack(source: str | Path) -> bool:
    """True when the file is a review pack exported by editor-app (it names its pages)."""
    return open_review_pack(source) is not None


def read_returned_file(source: str | Path, site: Any) -> tuple[DocxDocument | None, list[Path]]:
    """The returned file read for an import: the pack parsed (None when the file is no
    review pack) and the site's page files it holds; DocxError when it is no Word file. Parsing a long pack takes seconds, so
    the window runs this in the background, as it does the import."""
    import zipfile

    pack = open_review_pack(source)
    if pack is None and not zipfile.is_zipfile(source):
        # Said before the new page's collection is asked, as `editor-app import` does.
        older = " (an older .doc: open it in Word and save it as .docx)"
        raise DocxError(
            f"{Path(source).name}: This file is not a Word document (.docx) that can be read"
            + (older if Path(source).suffix.lower() == ".doc" else ".")
        )
    return pack, (pack_page_files(pack, site) if pack is not None else [])


def pack_page_files(source: str | Path | DocxDocument, site: Any) -> list[Path]:
    """The files of the site's pages a review pack (a file, or the pack opened) holds (found
    again when moved), resolved; none when the file cannot be read as a pack."""
    try:
        document = source if isinstance(source, DocxDocument) else docx.Document(str(source))
        pack = read_pack_data(document) or {}
    except Exception:  # not a readable Word file: no page of the site
        return []
    files = []
    for info in pack.get("pages") or []:
        rel = str(info.get("path") or "")
        page = site.resolve_inside(rel) if rel else None
        if page is None or not page.is_file():
            page = _moved_page(site, info)
        if page is not None:
            files.append(page.resolve())
    return files


def import_review_pack(source: str | Path | DocxDocument, site: Any, name: str = "") -> PackReport:
    """Add a returned pack's new comments as notes and its tracked changes as suggestions.

    The pages are found by the paths the pack carries; a page changed since the export is
    matched by the quoted words. Raises DocxError when the file is not a review pack, or
    when `site` is a folder with no site in it (`name`: the file's, for that line).
    """
    from editor_app.core import review
    from editor_app.core.docx_export import file_version

    if site.no_site_message() is not None:
        # Stray copies of its pages there would be taken for the pack's, "moved" there.
        if not name and not isinstance(source, DocxDocument):
            name = Path(source).name
        raise DocxError(
            f"No site found in {site.root}: {name or 'a review pack'} goes back to the pages "
            "of the site it was exported from; import it into that site's folder."
        )
    # Parsed once, for all that is read from it (or already, by open_review_pack).
    document = source if isinstance(source, DocxDocument) else open_docx(Path(source))
    # The direction marks the export put before a '@' are no words of the page.
    drop_handle_marks(document.element.body)
    content: DocxContent = read_docx(document)
    if content.pack is None:
        raise DocxError("This Word document was not exported from editor-app as a review pack.")
    report = PackReport()
    returned = pack_paragraphs(document)  # to tell of untracked edits
    formatted = format_changes(document)
    pages = content.pack.get("pages") or []
    report.pages = len(pages)
    reviewer = reviewer_of(document)
    root = Path(site.root).resolve()
    file_names = [Path(str(info.get("path") or "")).name for info in pages]
    for index, info in enumerate(pages):
        rel = str(info.get("path") or "")
        page = site.resolve_inside(rel) if rel else None
        if page is None or not page.is_file():
            moved = _moved_page(site, info)
            if moved is None:
                report.skipped.append(
                    f"The page {rel or '(unnamed)'} is not in this site any more."
                )
                report.missing.append(rel or "(unnamed)")
                continue
            # Renamed, or a Jekyll draft published into _posts since the pack was made.
            report.moved[moved.resolve()] = (rel, moved.relative_to(root).as_posix())
            page = moved
        page = page.resolve()
        report.order.append(page)
        if file_names.count(page.name) > 1 and page.is_relative_to(root):
            report.names[page] = page.relative_to(root).as_posix()
        label = report.name(page)
        doc = Document.load(page)
        body = doc.body
        if info.get("version") and info["version"] != file_version(doc.original):
            report.changed_since.append(page)
        store = review.NoteStore(page)
        if store.error:
            report.skipped.append(f"{page.relative_to(root)}: {store.error}")
            continue
        known = {(_plain(n.author), _plain(n.text)) for n in store.notes}
        known |= {(_plain(n.author), _plain(_as_exported(n.text))) for n in store.notes}
        for comment in (c for c in content.comments if c.page == index):
            if (_plain(comment.author), _plain(_as_exported(comment.text))) in known:
                # Exported with the pack: already a note; marked done in Word, resolved.
                if comment.done and _resolve_exported(store, comment):
                    report.resolved[page] = report.resolved.get(page, 0) + 1
                continue
            start, end = located_in_context(body, comment)
            note = note_of(body, start, end, comment, page)
            quoted = " ".join(comment.quoted.split())
            if start == end and quoted and not comment.text.startswith("On “"):
                # Words not in the page's text (its title, author line, topics): the note
                # says them, as an export says a note's words it could not find.
                note.text = f"On “{quoted[:80]}”: {note.text}"
            store.add(note)
            known.add((_plain(comment.author), _plain(comment.text)))
            report.notes[page] = report.notes.get(page, 0) + 1
            if note.resolved:
                report.arrived_done[page] = report.arrived_done.get(page, 0) + 1
        code = own_code(body)  # an older pack showed the page's style sheet as words
        for change in (c for c in content.changes if c.page == index):
            if is_own_code(change.old, code) and not change.new.strip():
                report.skipped.append(
                    f"{label}: the page's own style sheet or script, shown as words by the "
                    "editor that made this pack, was deleted in Word: not a change to its words."
                )
                continue
            placed = _add_change(store, doc.front_matter, body, change)
            if placed == _ADDED:
                report.suggestions[page] = report.suggestions.get(page, 0) + 1
            elif placed == _NOT_PLACED:
                report.skipped.append(
                    f"{label}: a change by {change.author or 'someone'} "
                    f"(“{short(change.old or change.new)}”) could not be placed in the page."
                )
        # Before any decision changes the page: compared with the pack as it went.
        if page not in report.changed_since:  # else the words differ anyway
            # Words typed over with Track Changes off: suggested edits where they are found.
            words = str(info.get("words") or "")
            by = reviewer or UNNAMED_REVIEWER
            found = untracked_edits(page, site, returned.get(index, []), words, by, code=code)
            placed = [_add_change(store, doc.front_matter, body, c) for c in found.changes]
            if placed.count(_ADDED):
                report.suggestions[page] = report.suggestions.get(page, 0) + placed.count(_ADDED)
            taken = len(placed) - placed.count(_NOT_PLACED)  # added now, or on an import before
            untracked = untracked_edits_note(page, found, label=label, taken=taken)
            report.skipped += [untracked] if untracked else []
        # Bold and italic changed with Track Changes: suggested edits; other formatting told.
        made, untaken = suggest_formatting(
            store, body, formatted.get(index), label, doc.front_matter
        )
        if made:
            report.suggestions[page] = report.suggestions.get(page, 0) + made
        report.skipped += [untaken] if untaken else []
        decided = _decided_in_word(store, info, [c for c in content.changes if c.page == index])
        if decided:
            # Accepted or rejected in Word: carried out here as the review window would.
            done = carry_out(page, site, decided, returned.get(index, []), reviewer, body, label)
            report.decisions += [d.line for d in done]
            made = sum(1 for d in done if d.done)
            if made:
                report.decided[page] = made
            accepted = sum(1 for d in done if d.done and d.verdict == ACCEPTED)
            if accepted:  # the page's file was written
                report.accepted[page] = accepted
    return report


def _moved_page(site: Any, info: dict[str, Any]) -> Path | None:
    """The one page of the site with the title a pack's page had, when its file is gone."""
    from editor_app.core.site_entries import readable_title

    title = " ".join(str(info.get("title") or "").split())
    if not title:
        return None
    same = [
        e.path
        for e in site.entries()
        if " ".join(readable_title(str(e.title or "")).split()) == title
    ]
    return Path(same[0]).resolve() if len(same) == 1 else None


def _resolve_exported(store: Any, comment: Any) -> bool:
    """Resolve the open note a comment marked done in Word was exported from (the pack
    carries a note as a comment by its author and its words); False when none is open."""
    for note in store.notes:
        if note.resolved or _plain(note.author) != _plain(comment.author):
            continue
        if _plain(comment.text) in (_plain(note.text), _plain(_as_exported(note.text))) or (
            _plain(_as_exported(comment.text)) == _plain(note.text)
        ):
            store.set_resolved(note.id, True)
            return True
    return False


def _as_exported(text: str) -> str:
    """A comment's own words: an export writes `On “words”: note` when the note's words were
    not found in the page, and the note is `note`."""
    m = re.match(r"On “[^”]*”: (.*)\Z", text, re.S)
    return m.group(1) if m else text


def _plain(text: str) -> str:
    return " ".join((text or "").split()).casefold()


_ADDED, _KNOWN, _NOT_PLACED = "added", "known", "not placed"


def _add_change(store: Any, settings: dict[str, Any], body: str, change: TrackedChange) -> str:
    """A change as a suggested edit on the setting it is in (the title), else on the text."""
    if any(is_tracked_suggestion(s, change) for s in getattr(store, "suggestions", [])):
        return _KNOWN  # one the pack tracked (an insertion: its new words alone)
    # A passage retyped in Word is suggested as the words it changes; as Word recorded it
    # when those are not found apart.
    narrowed = changed_words_only(change)
    for tried in [narrowed] + [change] * (narrowed is not change):
        placed = _add_setting_suggestion(store, settings, tried)
        placed = _add_suggestion(store, body, tried) if placed == _NOT_PLACED else placed
        if placed != _NOT_PLACED:
            return placed
    return _NOT_PLACED


def _add_setting_suggestion(store: Any, settings: dict[str, Any], change: TrackedChange) -> str:
    """A change in a paragraph that is one of the page's settings as the pack shows it (the
    title as its heading, the subtitle), as a suggested edit on that setting; `_NOT_PLACED`
    for any other paragraph."""
    old = change.old.strip()
    paragraph = " ".join(f"{change.before}{change.old}{change.after}".split())
    if not old or not paragraph or not hasattr(store, "add_suggestion"):
        return _NOT_PLACED
    for name, value in settings.items():
        if not isinstance(value, str) or not value.strip():
            continue
        whole = locate_words(value, paragraph)
        if whole is None or value[: whole[0]].strip() or value[whole[1] :].strip():
            continue  # not this setting's whole value
        glued = (touches(change.before, change.old), touches(change.old, change.after))
        where = locate_in_context(
            value, old, change.before.split()[-6:], change.after.split()[:6], glued
        )
        if where is None:
            continue
        author = change.author or "Reviewer"
        replacement = change.new.strip()
        if already_suggested(store, author, value[where[0] : where[1]], replacement, name):
            return _KNOWN
        add_dated_suggestion(store, value, where, replacement, author, change.date, name)
        return _ADDED
    return _NOT_PLACED


def _decided_in_word(store: Any, info: dict[str, Any], changes: list[TrackedChange]) -> list[Any]:
    """The open suggested edits the pack tracked (its page's `suggestions` ids) that are no
    longer pending in the returned file: the reviewer accepted or rejected them in Word
    (`docx_word_decisions` carries that out)."""
    tracked = set(info.get("suggestions") or [])
    return [
        s
        for s in store.suggestions
        if s.id in tracked
        and s.status == "open"
        and not any(is_tracked_suggestion(s, c) for c in changes)
    ]


def _end_of_paragraph(body: str, words: str) -> tuple[int, int] | None:
    """The last word of the page's paragraph ending in `words` (the paragraph before a new one
    a reviewer wrote), where the new paragraph is added; None unless found by at least three
    of its last words, with nothing but markup after them (one word would be found anywhere)."""
    tokens = words.split()
    # The last word may be glued to markup in the page (`resources](https://...).`).
    for tried in (tokens[-8:], tokens[-5:], tokens[-3:], tokens[-9:-1], tokens[-4:-1]):
        if len(tried) < 3:
            continue
        found = locate_words(body, " ".join(tried))
        if found is None:
            continue
        stop = body.find("\n\n", found[1])
        stop = len(body.rstrip()) if stop < 0 else stop
        if len(body[found[1] : stop].split()) > 1 or stop <= found[0]:
            continue  # more words follow: not the paragraph's end
        last_space = max(body.rfind(" ", found[0], stop), body.rfind("\n", found[0], stop))
        return (max(found[0], last_space + 1), stop)
    return None


def _add_suggestion(store: Any, body: str, change: TrackedChange) -> str:
    """A tracked change as a suggested edit on the words it touches: `_ADDED`, `_KNOWN`
    (the same edit is already suggested: a pack imported twice) or `_NOT_PLACED`."""
    if not hasattr(store, "add_suggestion"):
        return _NOT_PLACED
    before_words = change.before.split()[-6:]
    after_words = change.after.split()[:6]
    old = change.old.strip()
    if old:
        glued = (
            touches(change.before, change.old),
            touches(change.old, change.after),
        )
        where = locate_in_context(body, old, before_words, after_words, glued)
        if where is None:
            return _NOT_PLACED
        start, end, replacement = whole_links(body, *where, change.new.strip())
    elif before_words or after_words:
        # An insertion: the word next to it is the passage, the new words added to it.
        if before_words:
            where = locate_in_context(body, before_words[-1], before_words[:-1], after_words)
        else:
            where = locate_in_context(body, after_words[0], [], after_words[1:])
        if where is None:
            return _NOT_PLACED
        start, end = where
        # A space between the new words and the word beside them as the reviewer left one
        # (` Truly.` after `it.`), none where they typed them onto it (`s` after `impact`).
        added = change.new.strip()
        if before_words:
            apart = change.before[-1:].isspace() or change.new[:1].isspace()
            if apart:  # words typed onto a code word (no space) stay in the code
                start, end = outside_code(body, start, end, after=True)
            replacement = f"{body[start:end]}{' ' if apart else ''}{added}"
        else:
            apart = change.new[-1:].isspace() or change.after[:1].isspace()
            if apart:
                start, end = outside_code(body, start, end, after=False)
            replacement = f"{added}{' ' if apart else ''}{body[start:end]}"
    else:
        where = _end_of_paragraph(body, change.previous)
        if where is None:
            return _NOT_PLACED
        start, end = where
        replacement = f"{body[start:end]}\n\n{change.new.strip()}"
    author = change.author or "Reviewer"
    if already_suggested(store, author, body[start:end], replacement, None):
        return _KNOWN
    add_dated_suggestion(store, body, (start, end), replacement, author, change.date)
    return _ADDED
