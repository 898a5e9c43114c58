"""What changed between two versions of a page: settings and paragraphs, as HTML or text."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from editor_app.core.document import Document
from editor_app.core.review.common import _display, _esc, _field_label, _jsonable


@dataclass
class FieldChange:
    """A page setting that differs between two versions."""

    name: str
    old: Any
    new: Any
    kind: str  # "added", "removed" or "changed"


@dataclass
class BodyBlock:
    """One aligned pair of paragraphs: unchanged, changed, added or removed."""

    kind: str  # "same", "changed", "added", "removed"
    old: str
    new: str


@dataclass
class DocumentDiff:
    """The differences between two versions of a document: page settings and text."""

    old_label: str
    new_label: str
    fields: list[FieldChange] = field(default_factory=list)
    blocks: list[BodyBlock] = field(default_factory=list)
    old_missing: bool = False  # the document did not exist in the older version

    @property
    def changed(self) -> bool:
        return bool(self.fields) or any(b.kind != "same" for b in self.blocks)

    def to_html(self, context: int = 1) -> str:
        """Side-by-side HTML (for a QTextBrowser or a browser): fields, then paragraphs."""
        from editor_app.core.sanitize import sanitize_html

        return sanitize_html(diff_to_html(self, context))

    def to_text(self, context: int = 1) -> str:
        """Plain text, changed words marked `[-old-]{+new+}` (for the command line)."""
        return diff_to_text(self, context)

    def to_json(self) -> dict[str, Any]:
        """The changes as plain JSON values; unchanged paragraphs are only counted."""
        return {
            "old_label": self.old_label,
            "new_label": self.new_label,
            "old_missing": self.old_missing,
            "changed": self.changed,
            "fields": [
                {"name": f.name, "kind": f.kind, "old": _jsonable(f.old), "new": _jsonable(f.new)}
                for f in self.fields
            ],
            "paragraphs": [
                {"kind": b.kind, "old": b.old, "new": b.new}
                for b in self.blocks
                if b.kind != "same"
            ],
            "unchanged_paragraphs": sum(1 for b in self.blocks if b.kind == "same"),
        }


_PARA_SPLIT = re.compile(r"\n[ \t]*\n+")


def paragraphs(body: str) -> list[str]:
    """The body's blocks, split at blank lines (how Markdown sees paragraphs)."""
    return [body[start:end] for start, end in paragraph_spans(body)]


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """Where each of `paragraphs(body)` is in `body`: (start, end) offsets."""
    lead = len(body) - len(body.lstrip("\n"))
    text = body.strip("\n")
    spans: list[tuple[int, int]] = []
    pos = 0
    for gap in [*_PARA_SPLIT.finditer(text), None]:
        end = gap.start() if gap is not None else len(text)
        piece = text[pos:end]
        if piece.strip():
            start = pos + len(piece) - len(piece.lstrip("\n"))
            stop = end - (len(piece) - len(piece.rstrip("\n")))
            spans.append((lead + start, lead + stop))
        if gap is not None:
            pos = gap.end()
    return spans


def _to_document(data: bytes | str | None) -> Document | None:
    if data is None:
        return None
    if isinstance(data, bytes):
        return Document.from_bytes(data)
    return Document.from_text(data)


def _field_changes(old: Document | None, new: Document | None) -> list[FieldChange]:
    old_fm = dict(old.front_matter) if old is not None else {}
    new_fm = dict(new.front_matter) if new is not None else {}
    broken = [d for d in (old, new) if d is not None and d.error is not None]
    if broken:
        # Unreadable settings: show the raw text, so nothing the author wrote is hidden.
        a = old.raw_front_matter if old is not None else ""
        b = new.raw_front_matter if new is not None else ""
        return [] if a == b else [FieldChange("(page settings as written)", a, b, "changed")]
    changes: list[FieldChange] = []
    for key, value in new_fm.items():
        if key not in old_fm:
            changes.append(FieldChange(key, None, value, "added"))
        elif old_fm[key] != value or type(old_fm[key]) is not type(value):
            changes.append(FieldChange(key, old_fm[key], value, "changed"))
    for key, value in old_fm.items():
        if key not in new_fm:
            changes.append(FieldChange(key, value, None, "removed"))
    if not changes and old is not None and new is not None:
        # Every value the same, the header written otherwise (a line given twice, a comment,
        # quotes, the order): shown as written, not said to be unchanged.
        a, b = (d.raw_front_matter.replace("\r\n", "\n") for d in (old, new))
        if a != b:
            changes.append(FieldChange("(page settings as written)", a, b, "changed"))
    return changes


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _align(old: list[str], new: list[str]) -> list[BodyBlock]:
    """Pair the paragraphs of a replaced stretch by similarity, keeping their order."""
    blocks: list[BodyBlock] = []
    j = 0
    for para in old:
        best, best_k = 0.0, -1
        for k in range(j, min(len(new), j + 8)):
            score = _similar(para, new[k])
            if score > best:
                best, best_k = score, k
        if best >= 0.4:
            blocks.extend(BodyBlock("added", "", n) for n in new[j:best_k])
            blocks.append(BodyBlock("changed", para, new[best_k]))
            j = best_k + 1
        else:
            blocks.append(BodyBlock("removed", para, ""))
    blocks.extend(BodyBlock("added", "", n) for n in new[j:])
    return blocks


def _body_blocks(old_body: str, new_body: str) -> list[BodyBlock]:
    a, b = paragraphs(old_body), paragraphs(new_body)
    blocks: list[BodyBlock] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            blocks.extend(BodyBlock("same", p, p) for p in a[i1:i2])
        elif op == "delete":
            blocks.extend(BodyBlock("removed", p, "") for p in a[i1:i2])
        elif op == "insert":
            blocks.extend(BodyBlock("added", "", p) for p in b[j1:j2])
        else:
            blocks.extend(_align(a[i1:i2], b[j1:j2]))
    return blocks


def diff_versions(
    old: bytes | str | None,
    new: bytes | str | None,
    old_label: str = "Before",
    new_label: str = "Now",
) -> DocumentDiff:
    """Compare two versions of a document (bytes or text; None: it did not exist)."""
    old_doc, new_doc = _to_document(old), _to_document(new)
    return DocumentDiff(
        old_label=old_label,
        new_label=new_label,
        fields=_field_changes(old_doc, new_doc),
        blocks=_body_blocks(
            old_doc.body if old_doc is not None else "",
            new_doc.body if new_doc is not None else "",
        ),
        old_missing=old_doc is None,
    )


_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_OLD_STYLE = "background-color:#ffd4d1; color:#7a0c05; text-decoration:line-through;"
_NEW_STYLE = "background-color:#c9f0d1; color:#0a4d1c;"
_CELL = "white-space:pre-wrap; vertical-align:top; padding:4px;"


def word_diff_html(old: str, new: str) -> tuple[str, str]:
    """Both sides of a changed paragraph with the changed words highlighted."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    left: list[str] = []
    right: list[str] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old_part, new_part = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            left.append(_esc(old_part))
            right.append(_esc(new_part))
            continue
        if old_part:
            left.append(f'<span style="{_OLD_STYLE}">{_esc(old_part)}</span>')
        if new_part:
            right.append(f'<span style="{_NEW_STYLE}">{_esc(new_part)}</span>')
    return "".join(left), "".join(right)


_ABSENT_HTML = '<span style="color:#777;">(not in this version)</span>'


def _value_html(value: Any) -> str:
    if value is None:
        return '<span style="color:#777;">(not set)</span>'
    if value == "":
        return '<span style="color:#777;">(empty)</span>'
    return _esc(_display(value))


def diff_to_html(diff: DocumentDiff, context: int = 1) -> str:
    """The HTML of a DocumentDiff: a two-column table, unchanged paragraphs folded away."""
    out = [
        '<table width="100%" cellspacing="0" cellpadding="4" border="1" '
        'style="border-collapse:collapse; border-color:#ccc;">',
        f'<tr><th width="50%" align="left" bgcolor="#eeeeee">{_esc(diff.old_label)}</th>'
        f'<th width="50%" align="left" bgcolor="#eeeeee">{_esc(diff.new_label)}</th></tr>',
    ]
    if not diff.changed:
        out.append(
            '<tr><td colspan="2" style="padding:8px;">No changes: both versions are the same.'
            "</td></tr></table>"
        )
        return "".join(out)
    if diff.fields:  # its rows counted the same way by _rows_before_text
        out.append('<tr><td colspan="2" bgcolor="#f6f6f6"><b>Page settings</b></td></tr>')
        for ch in diff.fields:
            label = _esc(_field_label(ch.name))
            if ch.kind == "changed" and isinstance(ch.old, str) and isinstance(ch.new, str):
                left, right = word_diff_html(ch.old, ch.new)
            else:
                # A side without the setting says so; "(not set)" is a setting left empty.
                left = right = _ABSENT_HTML
                if ch.kind != "added":
                    left = f'<span style="{_OLD_STYLE}">{_value_html(ch.old)}</span>'
                if ch.kind != "removed":
                    right = f'<span style="{_NEW_STYLE}">{_value_html(ch.new)}</span>'
            out.append(
                f'<tr><td style="{_CELL}"><b>{label}:</b> {left}</td>'
                f'<td style="{_CELL}"><b>{label}:</b> {right}</td></tr>'
            )
    if _has_text_heading(diff):
        out.append('<tr><td colspan="2" bgcolor="#f6f6f6"><b>Text</b></td></tr>')
    out.extend(_text_rows(diff, context))
    out.append("</table>")
    return "".join(out)


def _has_text_heading(diff: DocumentDiff) -> bool:
    return any(b.kind != "same" for b in diff.blocks)


def _rows_before_text(diff: DocumentDiff) -> int:
    """The table's rows above its text: the labels, then the settings (a heading and one row
    each), then the Text heading, as `diff_to_html` writes them."""
    settings = 1 + len(diff.fields) if diff.fields else 0
    return 1 + settings + (1 if _has_text_heading(diff) else 0)


def _text_layout(
    diff: DocumentDiff, context: int
) -> Iterator[tuple[int, BodyBlock | None, int | None]]:
    """The table's rows of the text, in order, each as (paragraphs folded, block, the newer
    version's paragraph it shows): a folded row has its count and no block; a row of a block
    has 0. The paragraph is its index in `paragraphs` (None: a paragraph the newer version
    lost, or a folded row)."""
    newer: dict[int, int] = {}  # a block (by id) -> its paragraph in the newer version
    for block in diff.blocks:
        if block.kind != "removed":
            newer[id(block)] = len(newer)
    for skipped, block in _folded_blocks(diff.blocks, context):
        if skipped:
            yield skipped, None, None
        if block is None:
            break
        yield 0, block, newer.get(id(block))


def _text_rows(diff: DocumentDiff, context: int) -> Iterator[str]:
    """The HTML of the table's rows of the text."""
    for skipped, block, _shown in _text_layout(diff, context):
        if block is None:
            yield _folded_row(skipped)
        elif block.kind == "same":
            left = right = _esc(block.old)
            yield (
                f'<tr><td style="{_CELL} color:#555;">{left}</td>'
                f'<td style="{_CELL} color:#555;">{right}</td></tr>'
            )
        elif block.kind == "changed":
            left, right = word_diff_html(block.old, block.new)
            yield f'<tr><td style="{_CELL}">{left}</td><td style="{_CELL}">{right}</td></tr>'
        elif block.kind == "removed":
            yield (
                f'<tr><td style="{_CELL}" bgcolor="#ffeceb">'
                f'<span style="{_OLD_STYLE}">{_esc(block.old)}</span></td>'
                f'<td style="{_CELL}"></td></tr>'
            )
        else:
            yield (
                f'<tr><td style="{_CELL}"></td><td style="{_CELL}" bgcolor="#e8f8ec">'
                f'<span style="{_NEW_STYLE}">{_esc(block.new)}</span></td></tr>'
            )


def newer_side_rows(diff: DocumentDiff, context: int = 1) -> dict[int, int]:
    """The row of `diff_to_html`'s table each newer-version paragraph shows in (by its index
    in `paragraphs`; folded-away paragraphs absent). Made once per comparison, for
    `newer_side_place`."""
    if not diff.changed:
        return {}
    rows: dict[int, int] = {}
    for row, (_skipped, _block, shown) in enumerate(
        _text_layout(diff, context), start=_rows_before_text(diff)
    ):
        if shown is not None:
            rows[shown] = row
    return rows


def newer_side_place(
    diff: DocumentDiff,
    body: str,
    start: int,
    end: int,
    context: int = 1,
    rows: dict[int, int] | None = None,
) -> tuple[int, int, int] | None:
    """Where `body[start:end]` (`body`: the newer version's text) shows in `diff_to_html`'s
    table: (row, start, end), the offsets within that row's newer-side cell, which holds its
    paragraph. None when its paragraph is folded away (or it is in none): a note's own place,
    not every place its words are (the Drafts dialog's marks). `rows`: `newer_side_rows` of
    the same diff and context, when placing many."""
    spans = paragraph_spans(body)
    index = next((i for i, (s, e) in enumerate(spans) if s <= start < e), None)
    if index is None:
        return None
    row = (newer_side_rows(diff, context) if rows is None else rows).get(index)
    if row is None:
        return None
    para_start, para_end = spans[index]
    return row, start - para_start, min(end, para_end) - para_start


def word_diff_text(old: str, new: str) -> str:
    """One text with the changed words marked as `git diff --word-diff` does: [-old-]{+new+}."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old_part, new_part = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            out.append(new_part)
            continue
        if old_part:
            out.append(f"[-{old_part}-]")
        if new_part:
            out.append(f"{{+{new_part}+}}")
    return "".join(out)


def _text_value(value: Any) -> str:
    if value is None:
        return "(not set)"
    if value == "":
        return "(empty)"
    return _display(value)


def _indented(mark: str, text: str) -> list[str]:
    """A paragraph under a one-character mark, its later lines lined up with the first."""
    lines = text.split("\n")
    return [f"{mark} {lines[0]}"] + [f"  {line}" for line in lines[1:]]


def diff_to_text(diff: DocumentDiff, context: int = 1) -> str:
    """A DocumentDiff as plain text: changed settings, then paragraphs, far ones folded.

    Marks: `~` changed (words inside marked `[-old-]{+new+}`), `+` added, `-` removed, and two
    spaces for an unchanged paragraph shown as context.
    """
    out = [f"--- {diff.old_label}", f"+++ {diff.new_label}"]
    if not diff.changed:
        out += ["", "No changes: both versions are the same."]
        return "\n".join(out) + "\n"
    if diff.fields:
        out += ["", "Page settings"]
        for ch in diff.fields:
            if ch.kind == "added":
                out.append(f"+ {ch.name}: {_text_value(ch.new)}")
            elif ch.kind == "removed":
                out.append(f"- {ch.name}: {_text_value(ch.old)}")
            elif isinstance(ch.old, str) and isinstance(ch.new, str):
                out.extend(_indented("~", f"{ch.name}: {word_diff_text(ch.old, ch.new)}"))
            else:
                out.append(f"~ {ch.name}: [-{_text_value(ch.old)}-]{{+{_text_value(ch.new)}+}}")
    if any(b.kind != "same" for b in diff.blocks):
        out += ["", "Text"]
        for skipped, block in _folded_blocks(diff.blocks, context):
            if block is None:
                if skipped:
                    out += ["", _folded_text(skipped)]
                break
            out.append("")  # a blank line between paragraphs, as in the page itself
            if skipped:
                out += [_folded_text(skipped), ""]
            if block.kind == "same":
                out.extend(_indented(" ", block.new))
            elif block.kind == "changed":
                out.extend(_indented("~", word_diff_text(block.old, block.new)))
            elif block.kind == "removed":
                out.extend(_indented("-", block.old))
            else:
                out.extend(_indented("+", block.new))
    return "\n".join(out) + "\n"


def _folded_text(count: int) -> str:
    words = "1 unchanged paragraph" if count == 1 else f"{count} unchanged paragraphs"
    return f"  … {words} …"


def _folded_blocks(blocks: list[BodyBlock], context: int) -> Iterator[tuple[int, BodyBlock | None]]:
    """The blocks within `context` of a change, each with how many unchanged blocks are folded
    just before it; last, `(folded at the end, None)`. Nothing but that when nothing changed.
    """
    changed = [i for i, b in enumerate(blocks) if b.kind != "same"]
    if not changed:
        yield 0, None
        return
    shown: set[int] = set()
    for i in changed:
        shown.update(range(max(0, i - context), min(len(blocks), i + context + 1)))
    skipped = 0
    for index, block in enumerate(blocks):
        if index not in shown:
            skipped += 1
            continue
        yield skipped, block
        skipped = 0
    yield skipped, None


def _folded_row(count: int) -> str:
    words = "1 unchanged paragraph" if count == 1 else f"{count} unchanged paragraphs"
    return (
        f'<tr><td colspan="2" align="center" style="color:#777; padding:2px;">'
        f"&#8230; {words} &#8230;</td></tr>"
    )
