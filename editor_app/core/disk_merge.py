"""Combine the author's unsaved text with the page as another program changed it on disk.

A three-way merge: `base` is the page as the author opened or last saved it, `mine` the text
in the window, `theirs` the file now. The page's settings are merged field by field and its
body paragraph by paragraph, as Get latest does (core/sync_merge.py); where two edits fall in
the same paragraph the body is merged again line by line, and a line both changed word by word
(core/word_merge.py), so edits to different lines of one paragraph, or to different words of
one line, still combine. Where both sides changed the same place the result keeps the
author's words, and the merge is not `clean`: the caller keeps the disk version whole
(`keep_version`), so nothing either side wrote is lost.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.core.document import Document, FrontMatterError
from editor_app.core.store import atomic_create
from editor_app.core.sync_merge import Conflict, Finer, MergeResult, merge_pages
from editor_app.core.word_merge import (
    lines_touch,
    merge_words,
    merge_written_apart,
    settle,
    three_way_chunks,
)


@dataclass
class PageMerge:
    """A merged page: its text, whether both sides combined without touching the same place,
    and the places where both did (the text keeps the author's words there)."""

    text: str
    clean: bool
    conflicts: list[Conflict] = field(default_factory=list)
    data: bytes = b""  # the merged page as bytes, in the encoding of the author's page

    @property
    def where(self) -> list[str]:
        """The places both changed, in words: “field” names, or "the text"."""
        places = [f"“{c.where}”" if c.kind == "field" else "the text" for c in self.conflicts]
        return list(dict.fromkeys(places))


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _merge_lines(base: str, mine: str, theirs: str) -> tuple[str, bool]:
    """The body merged line by line, and lines both changed word by word; False when both
    changed the same words (the author's lines stay there)."""
    merged: list[str] = []
    clean = True
    for b, m, t in three_way_chunks(_lines(base), _lines(mine), _lines(theirs)):
        settled = settle(b, m, t)
        if settled is None and not b:
            settled = m + t  # both added lines at the same place: keeping both loses nothing
        elif settled is None and len(b) == len(m) == len(t):
            # Neighbouring lines edited on each side: each line settled by its words, and a
            # change of mine ending one line next to one of theirs starting the next (no
            # unchanged word between: a hard-wrapped phrase) a clash.
            touching = lines_touch(b, m, t)
            for line_b, line_m, line_t in zip(b, m, t, strict=True):
                words = None if touching else merge_words(line_b, line_m, line_t)
                clean = clean and words is not None
                merged.append(line_m if words is None else words)
            continue
        elif settled is None:
            words = merge_words("".join(b), "".join(m), "".join(t))
            settled = None if words is None else [words]
        if settled is None:
            clean, settled = False, m
        merged += settled
    return "".join(merged), clean


def merge_page_bytes(base: bytes, mine: bytes, theirs: bytes, name: str = "") -> PageMerge:
    """Merge the file on disk (`theirs`) into the author's page (`mine`), both from `base`.
    Where one place clashes, each place is merged on its own, as Get latest does
    (`_merge_by_place`): the others take both sides' changes, and only the clashing places
    are `conflicts` (the lines there both changed keep the author's words)."""
    whole = _merge_whole(base, mine, theirs, name)
    if whole.clean:
        return whole
    clashes = _merge_by_place(base, mine, theirs, name).conflicts
    if not clashes:
        return whole
    data = _merge_by_place(base, mine, theirs, name, finer=_lines_merged_mine_kept).data
    return PageMerge(Document.from_bytes(data).text, False, clashes, data)


def _lines_merged_mine_kept(base: list[str], mine: list[str], theirs: list[str]) -> list[str]:
    """A stretch both changed, merged line by line then word by word, the author's lines
    kept where both changed the same words (Combine both: the place is said to clash)."""
    return [_merge_lines("".join(base), "".join(mine), "".join(theirs))[0]]


def _merge_whole(
    base: bytes, mine: bytes, theirs: bytes, name: str, paragraphs: MergeResult | None = None
) -> PageMerge:
    """The paragraph merge (`paragraphs`, when already made), then the whole body (or page)
    merged line by line when any paragraph clashes: clean when that settles every place."""
    result = merge_pages(base, mine, theirs, name) if paragraphs is None else paragraphs
    merged = Document.from_bytes(result.data)
    conflicts = result.conflicts
    data = result.data
    field_conflicts = [c for c in conflicts if c.kind == "field"]
    before = Document.from_bytes(base).front_matter if field_conflicts else {}
    for conflict in field_conflicts:
        if _merge_field_words(merged, before, conflict):
            data = merged.to_bytes()
            conflicts = [c for c in conflicts if c is not conflict]
    # "text": settings that cannot be read field by field, the whole page merged as text.
    text_conflicts = [c for c in conflicts if c.kind == "paragraph" and c.where in ("body", "text")]
    if text_conflicts:
        b, m, t = (Document.from_bytes(x) for x in (base, mine, theirs))
        whole = any(c.where == "text" for c in text_conflicts)
        pick = (lambda d: d.text) if whole else (lambda d: d.body)
        text, clean = _merge_lines(pick(b), pick(m), pick(t))
        try:
            # Finer than by paragraph even where both changed the same words: only those
            # lines keep the author's alone, the others take the disk's changes too.
            if whole:
                merged.set_text(text)
            else:
                merged.body = text
            data = merged.to_bytes()
            if clean:
                conflicts = [c for c in conflicts if c not in text_conflicts]
        except (FrontMatterError, ValueError):
            pass  # the paragraph merge stands, with its conflicts
    return PageMerge(Document.from_bytes(data).text, not conflicts, conflicts, data)


def merge_saved_pages(
    base: bytes | None, mine: bytes, theirs: bytes, path: str = ""
) -> MergeResult:
    """Get latest's merge of a saved page both sides changed: field by field and paragraph
    by paragraph (`merge_pages`), and where that leaves a choice, as Combine both merges
    (`merge_page_bytes`: line by line, then word by word within a paragraph or setting both
    changed). When that does not settle every place, each place is merged on its own
    (`_merge_by_place`): a choice is left only where both changed the same words, its `mine`
    paragraph in the page as it was (a choice finds it there), the other places merged."""
    result = merge_pages(base, mine, theirs, path)
    if base is None:
        return _merge_added_apart(mine, theirs, path, result)
    if not result.conflicts:
        return result
    # Combine both's merge of the whole page; its pass by place (`merge_page_bytes`) would
    # only be made again below, with the clashes left a choice.
    finer = _merge_whole(base, mine, theirs, path, result)
    if finer.clean:
        return MergeResult(finer.data, [])
    return _merge_by_place(base, mine, theirs, path)


def _merge_added_apart(mine: bytes, theirs: bytes, path: str, merged: MergeResult) -> MergeResult:
    """A page both added: with the same settings, the paragraphs both wrote in one place
    that are two versions of one text (most words alike, none clashing) merged word by word
    (`merge_written_apart`), where `merged` keeps both one after the other. Settings given
    two values leave `merged` (a choice) as it is."""
    if any(c.kind == "field" for c in merged.conflicts):
        return merged
    try:
        if Document.from_bytes(mine).front_matter != Document.from_bytes(theirs).front_matter:
            return merged
    except FrontMatterError:
        return merged
    return merge_pages(None, mine, theirs, path, finer=_written_alike)


def _written_alike(base: list[str], mine: list[str], theirs: list[str]) -> list[str] | None:
    """Paragraphs both sides wrote in one place of a page both added, merged word by word;
    None where they are not two versions of one text (they are kept one after the other)."""
    if base or not "".join(mine).strip() or not "".join(theirs).strip():
        return None
    merged = merge_written_apart("".join(mine), "".join(theirs))
    return None if merged is None else [merged]


def _paragraphs_merged(base: list[str], mine: list[str], theirs: list[str]) -> list[str] | None:
    """A stretch of paragraphs both changed, merged line by line then word by word; None
    where both changed the same words."""
    text, clean = _merge_lines("".join(base), "".join(mine), "".join(theirs))
    return [text] if clean else None


def _merge_by_place(
    base: bytes, mine: bytes, theirs: bytes, path: str, finer: Finer | None = None
) -> MergeResult:
    """The paragraph merge with each stretch both changed merged word by word on its own,
    and each text setting both changed too: choices only where the words clash. `finer`:
    the stretch merge (`_paragraphs_merged`, leaving a clash a choice, by default)."""
    result = merge_pages(base, mine, theirs, path, finer=finer or _paragraphs_merged)
    field_conflicts = [c for c in result.conflicts if c.kind == "field"]
    if not field_conflicts:
        return result
    merged = Document.from_bytes(result.data)
    before = Document.from_bytes(base).front_matter
    settled = [c for c in field_conflicts if _merge_field_words(merged, before, c)]
    if not settled:
        return result
    try:
        data = merged.to_bytes()
    except ValueError:
        return result  # a character this file's encoding cannot hold: the choices stand
    return MergeResult(data, [c for c in result.conflicts if all(c is not s for s in settled)])


def _merge_field_words(merged: Document, before: dict, conflict: Conflict) -> bool:
    """A text setting both changed (a title), merged word by word into `merged`; False when
    their words clash, or it is not text on all three sides."""
    key = next((k for k in before if str(k) == conflict.where), None)
    old, mine, theirs = before.get(key), conflict.mine_value, conflict.theirs_value
    if key is None or not all(isinstance(v, str) for v in (old, mine, theirs)):
        return False
    words = merge_words(old, mine, theirs)
    if words is None:
        return False
    try:
        merged.set(key, words)
        merged.to_bytes()
    except (FrontMatterError, ValueError, TypeError):
        merged.set(key, mine)
        return False
    return True


def merge_page_texts(base: str, mine: str, theirs: str) -> PageMerge:
    """`merge_page_bytes` for texts (a page's whole text: its settings block and body)."""
    return merge_page_bytes(*(t.encode("utf-8", "surrogatepass") for t in (base, mine, theirs)))


def settings_block(text: str) -> str:
    """A page text's settings block as written, its delimiters too: the text before its body.
    FrontMatterError for settings with no closing line."""
    doc = Document.from_text(text)
    doc.body = ""
    return doc.text


_ABSENT = object()


def put_back_settings(doc: Document, was: str, now: str) -> list[str]:
    """Undo (or redo) of Combine both's settings: `doc`'s settings turned from those of the
    page text `was` into those of `now`; the names of the fields changed.

    While `doc`'s settings are still exactly `was`'s, the block is swapped whole, byte for
    byte. Else the author changed some since: field by field, only the fields still as in
    `was` (a field that cannot take its value back is left as it is).
    """
    before, after = Document.from_text(was).front_matter, Document.from_text(now).front_matter
    changed = [
        key
        for key in dict.fromkeys([*before, *after])
        if not _same(before.get(key, _ABSENT), after.get(key, _ABSENT))
    ]
    current = settings_block(doc.text)
    if current == settings_block(was):
        doc.set_text(settings_block(now) + doc.text[len(current) :])
        return changed
    done = []
    for key in changed:
        if not _same(doc.front_matter.get(key, _ABSENT), before.get(key, _ABSENT)):
            continue  # changed by the author since: theirs now
        try:
            if key in after:
                doc.set(key, after[key])
            else:
                doc.remove(key)
        except (ValueError, TypeError, FrontMatterError):
            continue
        done.append(key)
    return done


def _same(a: object, b: object) -> bool:
    return type(a) is type(b) and a == b


_UNSAFE = re.compile(r"[^\w .()-]+")


def keep_version(folder: Path, page: Path, data: bytes, label: str) -> Path:
    """Keep `data`, a version of `page`, as a file of its own in `folder`; its path.

    The name says which page and which version it is ("notes (version on disk, 2026-12-07
    02-50).md"), never replacing an earlier kept version.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stem = _UNSAFE.sub("_", page.stem)[:80] or "page"
    when = time.strftime("%Y-%m-%d %H-%M")
    suffix = page.suffix or ".md"
    for n in range(1, 1000):
        extra = f" {n}" if n > 1 else ""
        target = folder / f"{stem} ({label}, {when}{extra}){suffix}"
        try:
            atomic_create(target, data)
        except FileExistsError:
            continue
        return target
    raise FileExistsError(f"too many kept versions of {page.name} in {folder}")


def kept_versions_folder(recovery_folder: Path) -> Path:
    """Where set-aside versions go: beside the recovery copies, in the user's data folder."""
    return Path(recovery_folder).parent / "kept versions"
