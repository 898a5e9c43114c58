"""Merge two versions of one page that both changed since a common one, never with markers.

Fields are merged one by one and the body paragraph by paragraph, through the lossless
document model (`Document.set`, `Document.body`), so every line nobody changed keeps its bytes.
Where both sides changed the same field or the same paragraphs differently, the result keeps
"mine" and records a `Conflict` the person settles later (keep mine, keep theirs, keep both).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from editor_app.core import three_way
from editor_app.core.document import Document, FrontMatterError
from editor_app.core.sync_base import kind_of
from editor_app.core.word_merge import settle

_MISSING = object()
# A paragraph ends at a run of blank lines; the separator stays with the paragraph before it so
# that joining the pieces gives back the text exactly.
# Paragraphs are separated by blank lines; separators are pieces of their own (so is a run of
# line breaks at the start or the end), so that adding a paragraph after the last one does not
# change the last one.
_BLANK_LINES = re.compile(r"(\n[ \t]*\n(?:[ \t]*\n)*)")

# A finer merge of a stretch of paragraphs both sides changed, (base, mine, theirs) -> the
# merged paragraphs, or None where they clash (disk_merge: line by line, then word by word).
Finer = Callable[[list[str], list[str], list[str]], "list[str] | None"]


@dataclass
class Conflict:
    """Both sides changed the same thing differently; the file keeps `mine` for now."""

    path: str  # relative to the repository, with `/`
    kind: str  # "field", "paragraph" (body) or "file" (a page that could not be read, an image)
    where: str  # the field's name, or "body", or "file"
    mine: str  # in words: a field's value as YAML would show it, or the paragraphs' text
    theirs: str
    theirs_commit: str = ""  # the commit whose version is "theirs": it stays in history
    offset: int = -1  # body: where `mine` starts in the merged body (a hint for finding it)
    id: str = ""
    mine_value: Any = None  # fields: the values themselves, to set them back
    theirs_value: Any = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["mine_value"] = _jsonable(self.mine_value)
        data["theirs_value"] = _jsonable(self.theirs_value)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Conflict:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)

    @property
    def removed_by(self) -> str:
        """Which side removed the thing: "others" (their version is empty), "here" (mine is),
        or "" when both sides still have it."""
        if not self.theirs.strip():
            return "others"
        if not self.mine.strip():
            return "here"
        return ""

    @property
    def choices(self) -> tuple[str, ...]:
        """What the person may choose: both paragraphs can be kept, not both values of a field,
        nor "both" when one side removed the paragraph (that is "mine" or "theirs")."""
        if self.kind == "paragraph" and self.mine.strip() and self.theirs.strip():
            return ("mine", "theirs", "both")
        if self.both_pictures:
            return ("mine", "theirs", "both")  # theirs kept beside mine, under a free name
        return ("mine", "theirs")

    @property
    def both_pictures(self) -> bool:
        """Two different pictures of one name, one added here and one by others: both can
        be kept, as neither is a version of the other."""
        return (
            self.kind == "file"
            and bool(self.extra.get("both_added"))
            and kind_of(self.path) == "image"
        )


def _jsonable(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


@dataclass
class MergeResult:
    data: bytes
    conflicts: list[Conflict]


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs and the blank lines between them; `"".join(...)` gives the text back."""
    core = text.strip("\n")
    if not core:
        return [text] if text else []
    start = text.index(core)
    head, tail = text[:start], text[start + len(core) :]
    pieces = [p for p in _BLANK_LINES.split(core) if p]
    return ([head] if head else []) + pieces + ([tail] if tail else [])


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


def merge_sequences(
    base: list[str],
    mine: list[str],
    theirs: list[str],
    apart: bool = False,
    finer: Finer | None = None,
) -> list[tuple[str, list[str], list[str]]]:
    """A three-way merge of two edited copies of `base` (diff3's stable/unstable chunks, by
    `three_way`, on difflib's longest-block matching without its popular-item shortcut).

    Returns the pieces in order: ("ok", text, []) for settled text, ("conflict", mine, theirs)
    where both sides changed the same stretch differently. `apart`: paragraphs both added
    in one place are kept a blank line apart (`_apart`). `finer`: tried on each stretch both
    changed before it is left a choice, so a clash in one place leaves the others merged.
    """
    found = three_way.chunks(
        base, mine, theirs, three_way.kept_items(base, mine), three_way.kept_items(base, theirs)
    )
    return merge_chunks(found, apart, finer)


def merge_chunks(
    found: list[three_way.Chunk[str]], apart: bool = False, finer: Finer | None = None
) -> list[tuple[str, list[str], list[str]]]:
    """`merge_sequences`' pieces from the walk's (base, mine, theirs) stretches, each settled
    by the merge's rules (kept apart from the walk, which a test compares with a slower one)."""
    out: list[tuple[str, list[str], list[str]]] = []
    for b, m, t in found:
        settled = settle(b, m, t)
        if settled is not None:
            out.append(("ok", settled, []))
        elif not b and apart and finer is not None and (merged := finer(b, m, t)) is not None:
            out.append(("ok", merged, []))  # two pages added apart: one text's two versions
        elif not b:
            # Both added different paragraphs at the same place: keeping both loses nothing.
            out.append(("ok", _apart(m, t) if apart else m + t, []))
        elif len(b) == len(m) == len(t):
            # Neighbouring paragraphs edited on each side: settle them one by one.
            out += [_one(bk, mk, tk, finer) for bk, mk, tk in zip(b, m, t, strict=True)]
        elif (grown := _edited_and_grown(b, m, t)) is not None:
            out.append(("ok", grown, []))
        elif finer is not None and (merged := finer(b, m, t)) is not None:
            out.append(("ok", merged, []))
        else:
            out.append(("conflict", m, t))
    return out


def _edited_and_grown(base: list[str], mine: list[str], theirs: list[str]) -> list[str] | None:
    """One side kept `base` whole and added paragraphs after (or before) it, the other changed
    `base` alone (edited, split or removed its paragraphs): that change, then the added
    paragraphs. After the page's last paragraph nothing anchors the addition, so both
    changes come as one stretch; keeping both sides whole there put the edited paragraph in
    twice, and a split or removed one was a choice. None when it is not so (both sides
    changed `base`: a choice still)."""
    size = len(base)
    for kept, changed in ((mine, theirs), (theirs, mine)):
        if len(kept) <= size or kept == changed:
            continue
        if kept[:size] == base:
            return _joined(changed, kept[size:])
        if kept[-size:] == base:
            return _joined(kept[:-size], changed)
    return None


def _joined(first: list[str], then: list[str]) -> list[str]:
    """Two runs of paragraphs one after the other, a blank line between them where neither
    brings one (a paragraph split so that it ends the run)."""
    if first and then and first[-1].strip() and then[0].strip():
        return [*first, "\n\n", *then]
    return first + then


def _apart(mine: list[str], theirs: list[str]) -> list[str]:
    """Both sides' paragraphs one after the other, a blank line between them when neither
    brings one (two pages added apart: their words in one place ran into one paragraph)."""
    if mine and theirs and not mine[-1].endswith("\n") and not theirs[0].startswith("\n"):
        return [*mine, "\n\n", *theirs]
    return mine + theirs


def _one(b: str, m: str, t: str, finer: Finer | None = None) -> tuple[str, list[str], list[str]]:
    # Two edits of one paragraph (different items of one list, different words) are a choice
    # here unless `finer` merges them (Get latest's and Combine both's line and word merge,
    # disk_merge).
    settled = settle([b], [m], [t])
    if settled is None and finer is not None:
        settled = finer([b], [m], [t])
    return ("conflict", [m], [t]) if settled is None else ("ok", settled, [])


def _header_then_paragraphs(text: str) -> list[str]:
    """A page read as text: each line of its settings block, then its paragraphs."""
    lines = text.splitlines(keepends=True)
    if lines and lines[0].rstrip() in ("---", "+++"):
        for i in range(1, len(lines)):
            if lines[i].rstrip() in ("---", "+++", "..."):
                return lines[: i + 1] + paragraphs_of("".join(lines[i + 1 :]))
    return paragraphs_of(text)


def _merge_text(
    base: str | None, mine: str, theirs: str, path: str, where: str, finer: Finer | None = None
) -> tuple[str, list[Conflict]]:
    """`base` None: both sides added the page; what they wrote alike is their base."""
    split = _header_then_paragraphs if where == "text" else paragraphs_of
    m, t = split(mine), split(theirs)
    if base is None:
        pieces = merge_sequences(_alike(m, t), m, t, apart=True, finer=finer)
    else:
        pieces = merge_sequences(split(base), m, t, finer=finer)
    text: list[str] = []
    conflicts: list[Conflict] = []
    at = 0
    for state, m, t in pieces:
        chunk = "".join(m)
        if state == "conflict" and (chunk.strip() or "".join(t).strip()):
            conflicts.append(
                Conflict(
                    path, "paragraph", where, chunk.strip("\n"), "".join(t).strip("\n"), offset=at
                )
            )
        text.append(chunk)
        at += len(chunk)
    return "".join(text), conflicts


def _alike(mine: list[str], theirs: list[str]) -> list[str]:
    """The paragraphs two pages added apart hold alike, in order (a template's headings,
    a paragraph copied): kept once when merged, not once from each side."""
    kept = three_way.kept_items(mine, theirs)
    return [mine[i] for i in sorted(kept)]


def _show(value: Any) -> str:
    if value is _MISSING:
        return "(not set)"
    if isinstance(value, (list, tuple)):
        return ", ".join(_show(v) for v in value) or "(empty list)"
    if value is None:
        return "(empty)"
    return str(value)


def _merge_list(base: Any, mine: list, theirs: list) -> list | None:
    """Items added or removed by either side, when both sides' lists are plain lists."""
    if not isinstance(base, list):
        base = []
    try:
        added = [x for x in theirs if x not in base and x not in mine]
        removed = [x for x in base if x not in theirs]
        return [x for x in mine if x not in removed] + added
    except TypeError:
        return None


def _replaced_apart(base: Any, mine: list, theirs: list, merged: list) -> tuple[list, list] | None:
    """Both sides took the same item out and each put another in (topics `Work` made
    `Workers` here, `Labour` there): one item made two different ones, a choice, not both
    kept. (mine, theirs): the merged list with only my new items, and with only theirs
    (which of a side's new items stands for the one taken out cannot be told); None when the
    two sides' changes do not meet so."""
    if not isinstance(base, list):
        return None
    try:
        out_both = [x for x in base if x not in mine and x not in theirs]
        mine_new = [x for x in mine if x not in base and x not in theirs]
        theirs_new = [x for x in theirs if x not in base and x not in mine]
    except TypeError:
        return None
    if not (out_both and mine_new and theirs_new):
        return None
    from_theirs = _merge_list(base, theirs, mine) or []  # in their order
    return (
        [x for x in merged if x not in theirs_new],
        [x for x in from_theirs if x not in mine_new],
    )


def merge_pages(
    base: bytes | None, mine: bytes, theirs: bytes, path: str = "", finer: Finer | None = None
) -> MergeResult:
    """Merge `theirs` into `mine`, both edited from `base` (None: both added the page);
    `finer` merges a stretch of paragraphs both changed before it is left a choice."""
    if mine == theirs or theirs == base:
        return MergeResult(mine, [])
    if mine == base:
        return MergeResult(theirs, [])
    b = Document.from_bytes(base or b"")
    m = Document.from_bytes(mine)
    t = Document.from_bytes(theirs)
    readable = all(d.error is None for d in (b, m, t)) and m.has_front_matter == t.has_front_matter
    if not readable:
        return _as_text(b, Document.from_bytes(mine), t, mine, path, base is None, finer)
    conflicts: list[Conflict] = []
    if m.has_front_matter:
        try:
            conflicts += _merge_fields(b, m, t, path)
        except _NotEditable:
            return _as_text(b, Document.from_bytes(mine), t, mine, path, base is None, finer)
    body, body_conflicts = _merge_text(
        None if base is None else b.body, m.body, t.body, path, "body", finer
    )
    if body != m.body:
        m.body = body
    return MergeResult(_bytes(m, mine), conflicts + body_conflicts)


class _NotEditable(Exception):
    """The settings are in a form that cannot be edited field by field (`{...}`)."""


def _as_text(
    b: Document,
    m: Document,
    t: Document,
    mine: bytes,
    path: str,
    both_added: bool = False,
    finer: Finer | None = None,
) -> MergeResult:
    """Settings that cannot be read or edited field by field: the whole page as paragraphs."""
    text, conflicts = _merge_text(
        None if both_added else b.text, m.text, t.text, path, "text", finer
    )
    m.set_text(text)
    return MergeResult(_bytes(m, mine), conflicts)


def _bytes(doc: Document, fallback: bytes) -> bytes:
    try:
        return doc.to_bytes()
    except ValueError:
        return fallback  # a character their side added that this file's encoding cannot hold


def _merge_fields(b: Document, m: Document, t: Document, path: str) -> list[Conflict]:
    conflicts: list[Conflict] = []
    bf, mf, tf = b.front_matter, m.front_matter, t.front_matter
    for key in list(dict.fromkeys([*mf, *tf, *bf])):
        bv, mv, tv = bf.get(key, _MISSING), mf.get(key, _MISSING), tf.get(key, _MISSING)
        if _same(mv, tv) or _same(tv, bv):
            continue
        merged: Any = None
        if _same(mv, bv):
            merged = (tv,)  # only their side changed it (or removed it: _MISSING)
        elif isinstance(mv, list) and isinstance(tv, list):
            items = _merge_list(bv, mv, tv)
            merged = None if items is None else (items,)
            apart = None if items is None else _replaced_apart(bv, mv, tv, items)
            if apart is not None:
                # A choice between the two lists, each with the other side's other changes;
                # the page keeps mine meanwhile, as for any field.
                mine_list, (mv, tv) = mv, apart
                merged = None
                try:
                    if mv != mine_list:  # else the page's lines stay as they are
                        m.set(key, mv)
                except FrontMatterError as exc:
                    raise _NotEditable from exc
                except (ValueError, TypeError):
                    # The page's lines cannot take that list (its items shared with another
                    # field): "mine" is the list the page still holds, not one it does not.
                    mv = mine_list
        if merged is not None:
            try:
                if merged[0] is _MISSING:
                    m.remove(key)
                else:
                    m.set(key, merged[0])
                continue
            except FrontMatterError as exc:
                raise _NotEditable from exc
            except (ValueError, TypeError):
                pass  # the file's style cannot hold it: the person chooses instead
        conflicts.append(
            Conflict(
                path,
                "field",
                str(key),
                _show(mv),
                _show(tv),
                mine_value=None if mv is _MISSING else mv,
                theirs_value=None if tv is _MISSING else tv,
                extra={"mine_missing": mv is _MISSING, "theirs_missing": tv is _MISSING},
            )
        )
    return conflicts
