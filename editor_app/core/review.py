"""Offline review for editors: the queue of drafts, what changed, notes, decisions, reports.

Everything here is plain Python (no Qt). The notes sidecar format is described in
docs/REVIEW.md. Review snapshots (the "last reviewed" copy for sites without git) live in the
user's data folder, never in the site.
"""

from __future__ import annotations

import difflib
import getpass
import hashlib
import html
import json
import os
import re
import tempfile
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from editor_app.core import gitutil
from editor_app.core.document import Document

# -- status: which field says "draft", and which value means "done" ---------------------------

# Ordered by preference: when a field offers several final-like values, the first listed wins.
FINAL_WORDS = (
    "final",
    "published",
    "publish",
    "approved",
    "done",
    "complete",
    "completed",
    "live",
    "released",
    "ready",
)
DRAFT_WORDS = (
    "draft",
    "drafts",
    "review",
    "in review",
    "in-review",
    "needs review",
    "pending",
    "wip",
    "in progress",
    "todo",
    "unpublished",
    "proposed",
    "submitted",
    "sent back",
)


def _word(value: Any) -> str:
    return str(value).strip().lower() if value is not None else ""


@dataclass(frozen=True)
class StatusRule:
    """The field holding a document's review status in one collection, and its final value."""

    field: str
    final: str
    choices: tuple[str, ...] = ()
    default: Any = None

    def is_final(self, value: Any) -> bool:
        """True when `value` is the final value (or another final-like choice)."""
        word = _word(value)
        return word == _word(self.final) or word in FINAL_WORDS

    def value_of(self, front_matter: dict) -> Any:
        """The status of a document: its own value, else the field's declared default."""
        if self.field in front_matter:
            return front_matter[self.field]
        return self.default


def status_rule(collection_schema: Any) -> StatusRule | None:
    """The status-like choice field of a collection schema, or None when it has none.

    A choice field named `status` comes first; otherwise any choice field offering both a
    draft-like and a final-like value. The final value is taken from the field's own choices.
    """
    if collection_schema is None:
        return None
    candidates = [f for f in collection_schema.fields if f.type == "choice" and f.choices]
    candidates.sort(key=lambda f: f.name.lower() != "status")
    for f in candidates:
        words = [_word(c) for c in f.choices]
        finals = [w for w in FINAL_WORDS if w in words]
        if not finals:
            continue
        if f.name.lower() != "status" and not any(w in DRAFT_WORDS for w in words):
            continue
        final = f.choices[words.index(finals[0])]
        return StatusRule(f.name, str(final), tuple(str(c) for c in f.choices), f.default)
    return None


# -- the review queue ---------------------------------------------------------------------------


@dataclass
class QueueItem:
    """One document waiting for review, with what an editor sorts and filters by."""

    path: Path
    relative: str
    collection: str | None
    title: str
    author: str
    date: date | None
    status: str
    rule: StatusRule | None  # None: no status field, listed only for `published: false`
    last_change: datetime | None
    last_change_source: str  # "commit", "not committed" or "file"
    problems: int
    errors: int
    unpublished: bool = False  # `published: false`: the site leaves it out, whatever its status

    def to_json(self) -> dict[str, Any]:
        """The row as plain JSON values (for `editor-app review queue --json`)."""
        return {
            "title": self.title,
            "status": self.status,
            "author": self.author,
            "date": self.date.isoformat() if self.date else None,
            "path": self.relative,
            "collection": self.collection,
            "unpublished": self.unpublished,
            "final": self.rule.final if self.rule is not None else None,
            "last_change": self.last_change.isoformat() if self.last_change else None,
            "last_change_source": self.last_change_source,
            "problems": self.problems,
            "errors": self.errors,
        }


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_display(v) for v in value if v is not None and v != "")
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_display(v)}" for k, v in value.items())
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _load_schema(site: Any) -> Any:
    from editor_app.core.schema import load_schema

    return load_schema(site)


UNPUBLISHED = "unpublished"  # the status shown for a page with `published: false`


def is_unpublished(front_matter: dict) -> bool:
    """True for Jekyll's `published: false`: the site leaves the page out until it changes.

    Only the YAML boolean counts, as in Jekyll (`published: "false"` is published).
    """
    return front_matter.get("published") is False


def _awaits_review(rule: StatusRule | None, front_matter: dict, schema: Any) -> bool:
    """True when the page's status field says it is not final yet."""
    if rule is None:
        return False
    if rule.field not in front_matter and getattr(schema, "source", "") != "declared":
        return False  # an inferred default is a guess, not the site owner's word
    value = rule.value_of(front_matter)
    # No status at all: the site publishes it as it is, so there is nothing to review.
    return not (value is None or value == "" or rule.is_final(value))


def review_queue(
    site: Any, schema: Any = None, progress: Callable[[int, int], None] | None = None
) -> list[QueueItem]:
    """Every document whose status is not final, or with `published: false`; newest first."""
    from editor_app.core.validate import validate_document

    if schema is None:
        schema = _load_schema(site)
    entries = site.entries()
    root = gitutil.repo_root(site.root)
    commit_dates: dict[Path, datetime] = {}
    uncommitted: set[Path] = set()
    if root is not None:
        commit_dates = gitutil.last_commit_dates(root)
        uncommitted = gitutil.uncommitted_paths(root)
    items: list[QueueItem] = []
    total = len(entries)
    for i, entry in enumerate(entries):
        if progress is not None:
            progress(i + 1, total)
        rule = status_rule(schema.for_collection(entry.collection))
        fm = entry.front_matter or {}
        unpublished = is_unpublished(fm)
        if not unpublished and not _awaits_review(rule, fm, schema):
            continue
        value = UNPUBLISHED if unpublished else rule.value_of(fm)  # type: ignore[union-attr]
        path = Path(entry.path).resolve()
        try:
            doc = Document.load(path)
        except OSError:
            continue
        problems = validate_document(doc, site, schema)
        when: datetime | None
        if root is not None and path in commit_dates and path not in uncommitted:
            when, source = commit_dates[path], "commit"
        elif root is not None:
            when, source = gitutil.mtime_datetime(path), "not committed"
        else:
            when, source = gitutil.mtime_datetime(path), "file"
        items.append(
            QueueItem(
                path=path,
                relative=path.relative_to(Path(site.root).resolve()).as_posix(),
                collection=entry.collection,
                title=entry.title,
                author=_display(fm.get("author")),
                date=_as_date(fm.get("date")),
                status=_display(value),
                rule=rule,
                last_change=when,
                last_change_source=source,
                problems=len(problems),
                errors=sum(1 for p in problems if p.severity == "error"),
                unpublished=unpublished,
            )
        )
    epoch = datetime.min.replace(tzinfo=UTC)
    items.sort(key=lambda it: it.last_change or epoch, reverse=True)
    return items


def _name_key(text: str) -> str:
    """A name as a slug: `Jeni Tennison`, `jeni-tennison` and `JENI  TENNISON` compare equal."""
    return re.sub(r"[\W_]+", "-", text.casefold()).strip("-")


@dataclass(frozen=True)
class QueueFilter:
    """Which rows of the review queue to keep; every condition given must hold (None: any).

    The window's "Only with problems" box and `editor-app review queue`'s options both use it.
    """

    status: str | None = None  # the status as shown, any case (`draft`, `unpublished`)
    author: str | None = None  # the author as shown or as a slug (`jeni-tennison`), any case
    collection: str | None = None  # the collection's name or its label, any case
    with_problems: bool = False  # only pages with at least one validation problem
    text: str | None = None  # words found, any case, in the title, kind, status, author, date, path

    def accepts(self, item: QueueItem, labels: dict[str, str] | None = None) -> bool:
        """True when `item` passes every condition (`labels`: collection name -> label)."""
        if self.with_problems and not item.problems:
            return False
        if self.status is not None and _word(item.status) != _word(self.status):
            return False
        if self.author is not None:
            # A list of authors shows as "A, B": any one of them (or the whole text) matches.
            names = [item.author, *item.author.split(",")]
            if _name_key(self.author) not in {_name_key(n) for n in names if n.strip()}:
                return False
        if self.collection is not None:
            wanted = self.collection.strip().casefold()
            name = item.collection or ""
            label = (labels or {}).get(name, "")
            if not name or wanted not in {name.casefold(), label.casefold()}:
                return False
        if self.text is not None and self.text.strip():
            words = self.text.strip().casefold()
            name = item.collection or ""
            shown = [item.title, item.status, item.author, item.relative, name]
            shown.append((labels or {}).get(name, ""))
            if item.date is not None:  # as the command line and the window show it
                shown += [item.date.isoformat(), item.date.strftime("%d %b %Y")]
            if not any(words in s.casefold() for s in shown):
                return False
        return True


def filter_queue(
    items: Iterable[QueueItem], rules: QueueFilter, labels: dict[str, str] | None = None
) -> list[QueueItem]:
    """The items `rules` accepts, in their order."""
    return [it for it in items if rules.accepts(it, labels)]


def queue_statuses(site: Any, schema: Any) -> list[str]:
    """Every status a queued page of the site can have: the status choices, and `unpublished`."""
    seen: dict[str, str] = {}
    for name in getattr(site, "collections", {}):
        rule = status_rule(schema.for_collection(name))
        if rule is None:
            continue
        for choice in rule.choices:
            if not rule.is_final(choice):
                seen.setdefault(_word(choice), choice)
    seen.setdefault(UNPUBLISHED, UNPUBLISHED)
    return list(seen.values())


# -- what changed ---------------------------------------------------------------------------------


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
        return diff_to_html(self, context)

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


def _jsonable(value: Any) -> Any:
    """Front-matter values as JSON can hold them: dates as ISO text, tuples as lists."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


_PARA_SPLIT = re.compile(r"\n[ \t]*\n+")


def paragraphs(body: str) -> list[str]:
    """The body's blocks, split at blank lines (how Markdown sees paragraphs)."""
    return [p.strip("\n") for p in _PARA_SPLIT.split(body.strip("\n")) if p.strip()]


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


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


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


def _value_html(value: Any) -> str:
    if value is None:
        return '<span style="color:#777;">(not set)</span>'
    if value == "":
        return '<span style="color:#777;">(empty)</span>'
    return _esc(_display(value))


def _field_label(name: str) -> str:
    try:
        from editor_app.core.schema import field_label

        return field_label(name)
    except ImportError:  # pragma: no cover - the schema module is part of the core
        return name


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
    if diff.fields:
        out.append('<tr><td colspan="2" bgcolor="#f6f6f6"><b>Page settings</b></td></tr>')
        for ch in diff.fields:
            label = _esc(_field_label(ch.name))
            if ch.kind == "changed" and isinstance(ch.old, str) and isinstance(ch.new, str):
                left, right = word_diff_html(ch.old, ch.new)
            else:
                left = _value_html(ch.old) if ch.kind != "added" else _value_html(None)
                right = _value_html(ch.new) if ch.kind != "removed" else _value_html(None)
                if ch.kind != "added":
                    left = f'<span style="{_OLD_STYLE}">{left}</span>'
                if ch.kind != "removed":
                    right = f'<span style="{_NEW_STYLE}">{right}</span>'
            out.append(
                f'<tr><td style="{_CELL}"><b>{label}:</b> {left}</td>'
                f'<td style="{_CELL}"><b>{label}:</b> {right}</td></tr>'
            )
    if any(b.kind != "same" for b in diff.blocks):
        out.append('<tr><td colspan="2" bgcolor="#f6f6f6"><b>Text</b></td></tr>')
    for skipped, block in _folded_blocks(diff.blocks, context):
        if skipped:
            out.append(_folded_row(skipped))
        if block is None:
            break
        if block.kind == "same":
            left = right = _esc(block.old)
            out.append(
                f'<tr><td style="{_CELL} color:#555;">{left}</td>'
                f'<td style="{_CELL} color:#555;">{right}</td></tr>'
            )
        elif block.kind == "changed":
            left, right = word_diff_html(block.old, block.new)
            out.append(f'<tr><td style="{_CELL}">{left}</td><td style="{_CELL}">{right}</td></tr>')
        elif block.kind == "removed":
            out.append(
                f'<tr><td style="{_CELL}" bgcolor="#ffeceb">'
                f'<span style="{_OLD_STYLE}">{_esc(block.old)}</span></td>'
                f'<td style="{_CELL}"></td></tr>'
            )
        else:
            out.append(
                f'<tr><td style="{_CELL}"></td><td style="{_CELL}" bgcolor="#e8f8ec">'
                f'<span style="{_NEW_STYLE}">{_esc(block.new)}</span></td></tr>'
            )
    out.append("</table>")
    return "".join(out)


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


# -- review snapshots (sites without git) ------------------------------------------------------


def user_data_dir() -> Path:
    """The user's data folder: `EDITOR_APP_DATA_DIR`, else the store's, else the platform's."""
    override = os.environ.get("EDITOR_APP_DATA_DIR")
    if override:
        return Path(override)
    try:
        from editor_app.core.store import user_data_dir as store_dir  # type: ignore[attr-defined]

        return Path(store_dir())
    except (ImportError, AttributeError):
        import platformdirs

        return Path(platformdirs.user_data_dir("editor-app", appauthor=False))


def _atomic_write(path: Path, data: bytes) -> None:
    try:
        from editor_app.core.store import atomic_write  # type: ignore[attr-defined]
    except ImportError:
        atomic_write = None
    if atomic_write is not None:
        atomic_write(path, data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


@dataclass(frozen=True)
class Snapshot:
    """The copy of a document the editor last marked as reviewed."""

    data: bytes
    taken: datetime


class SnapshotStore:
    """Review snapshots in the user's data folder, one per document (keyed by its path)."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else user_data_dir() / "review-snapshots"

    def _key(self, path: str | os.PathLike[str]) -> str:
        return hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:32]

    def mark_reviewed(self, path: str | os.PathLike[str], data: bytes | None = None) -> Snapshot:
        """Keep the document as it is now (or `data`) as the last reviewed version."""
        if data is None:
            data = Path(path).read_bytes()
        taken = datetime.now(UTC).replace(microsecond=0)
        key = self._key(path)
        self.folder.mkdir(parents=True, exist_ok=True)
        _atomic_write(self.folder / f"{key}.snapshot", data)
        meta = {"path": str(Path(path).resolve()), "taken": taken.isoformat()}
        _atomic_write(self.folder / f"{key}.json", json.dumps(meta).encode("utf-8"))
        return Snapshot(data, taken)

    def get(self, path: str | os.PathLike[str]) -> Snapshot | None:
        """The last reviewed version, or None when the document was never marked reviewed."""
        key = self._key(path)
        try:
            data = (self.folder / f"{key}.snapshot").read_bytes()
            meta = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            taken = datetime.fromisoformat(meta["taken"])
        except (OSError, ValueError, KeyError):
            return None
        return Snapshot(data, taken)

    def forget(self, path: str | os.PathLike[str]) -> None:
        """Drop the snapshot of a document."""
        key = self._key(path)
        for suffix in (".snapshot", ".json"):
            try:
                (self.folder / f"{key}{suffix}").unlink()
            except FileNotFoundError:
                pass


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%d %b %Y, %H:%M")


class History:
    """The versions of one document an editor can compare: git commits, or the review snapshot."""

    def __init__(
        self, path: str | os.PathLike[str], snapshots: SnapshotStore | None = None
    ) -> None:
        self.path = Path(path).resolve()
        self.snapshots = snapshots if snapshots is not None else SnapshotStore()
        self.git_root = gitutil.repo_root(self.path)

    @property
    def uses_git(self) -> bool:
        return self.git_root is not None and gitutil.has_commits(self.git_root)

    def commits(self) -> list[gitutil.Commit]:
        """Commits that changed this document, newest first (empty without git)."""
        if self.git_root is None:
            return []
        return gitutil.commits_touching(self.git_root, self.path)

    def _current(self) -> bytes | None:
        try:
            return self.path.read_bytes()
        except OSError:
            return None

    def since_last_commit(self) -> DocumentDiff:
        """The working copy against the last commit."""
        assert self.git_root is not None
        old = gitutil.head_version(self.git_root, self.path)
        label = "Last commit" if old is not None else "Last commit (the page was not in it)"
        return diff_versions(old, self._current(), label, "Now (not committed)")

    def between(self, older: str, newer: str | None) -> DocumentDiff:
        """Between two commits (`newer` None: the file as it is now)."""
        assert self.git_root is not None
        by_sha = {c.sha: c for c in self.commits()}

        def label(sha: str) -> str:
            c = by_sha.get(sha)
            return f"{_when(c.date)}: {c.subject}" if c else sha[:8]

        old = gitutil.file_at(self.git_root, older, self.path)
        if newer is None:
            return diff_versions(old, self._current(), label(older), "Now")
        new = gitutil.file_at(self.git_root, newer, self.path)
        return diff_versions(old, new, label(older), label(newer))

    def since_reviewed(self) -> DocumentDiff | None:
        """Against the snapshot last marked as reviewed; None when there is none."""
        snap = self.snapshots.get(self.path)
        if snap is None:
            return None
        return diff_versions(
            snap.data, self._current(), f"Last reviewed ({_when(snap.taken)})", "Now"
        )

    def what_changed(self) -> DocumentDiff | None:
        """The default comparison: since the last commit under git, else since last reviewed."""
        if self.uses_git:
            return self.since_last_commit()
        return self.since_reviewed()

    def mark_reviewed(self) -> Snapshot:
        """Remember the document as it is now as the reviewed version."""
        return self.snapshots.mark_reviewed(self.path)

    def resolve(self, revision: str) -> str:
        """The full id of a commit named any way git accepts (`a1b2c3d`, `HEAD~1`, a tag).

        Raises ReviewError when the page is not under git or no such commit exists: comparing
        with a misspelt name must not show the whole page as new.
        """
        if not self.uses_git or self.git_root is None:
            raise ReviewError("This page is not in a git repository with commits.")
        name = revision.strip()
        if not name or name.startswith("-"):
            raise ReviewError(f"“{revision}” is not the name of a commit.")
        proc = gitutil._run(  # noqa: SLF001 (the one read-only question gitutil lacks)
            self.git_root, "rev-parse", "--verify", "-q", f"{name}^{{commit}}", check=False
        )
        sha = proc.stdout.decode("utf-8", "replace").strip()
        if proc.returncode != 0 or not sha:
            raise ReviewError(f"There is no commit called “{revision}” in this repository.")
        return sha


# -- review notes ---------------------------------------------------------------------------------

NOTES_FOLDER = ".review"  # a dot-folder: Jekyll, Eleventy and Hugo leave it out of the site
NOTES_SUFFIX = ".notes.yml"
CONTEXT = 40  # characters of context kept on each side of a quoted passage

FOUND, CHANGED, GENERAL = "found", "changed", "general"


def notes_path(document: str | os.PathLike[str]) -> Path:
    """The sidecar file of a document: `<folder>/.review/<file name>.notes.yml`."""
    doc = Path(document)
    return doc.parent / NOTES_FOLDER / f"{doc.name}{NOTES_SUFFIX}"


def notes_publishing_warning(site: Any) -> str | None:
    """Plain words when the site's configuration would publish the notes folders, else None.

    Jekyll skips dot-folders unless `_config.yml` lists them under `include:`.
    """
    config = getattr(site, "config", None)
    include = config.get("include") if isinstance(config, dict) else None
    items = include if isinstance(include, list) else [include] if include else []
    for item in items:
        name = str(item).strip().strip("/")
        if name.split("/")[-1] in (NOTES_FOLDER, ".*", "*") or name.endswith(NOTES_FOLDER + "/*"):
            return (
                f"The site settings (_config.yml) include “{item}”, so review notes in "
                f"{NOTES_FOLDER} folders would be published. Remove it from the include list."
            )
    return None


def default_author() -> str:
    """A sensible name for new notes: git's user.name, else the login name."""
    name = gitutil.user_name()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "Editor"


@dataclass
class Note:
    """A review comment, attached to a quoted passage of the text (or to the whole page)."""

    text: str
    author: str
    date: datetime
    quote: str = ""
    before: str = ""
    after: str = ""
    offset: int | None = None
    resolved: bool = False
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    @property
    def is_general(self) -> bool:
        return not self.quote

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "author": self.author,
            "date": self.date.isoformat(),
            "text": self.text,
            "resolved": self.resolved,
        }
        if self.quote:
            out.update(quote=self.quote, before=self.before, after=self.after, offset=self.offset)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Note:
        when = data.get("date")
        if isinstance(when, str):
            try:
                when = datetime.fromisoformat(when)
            except ValueError:
                when = None
        elif isinstance(when, date) and not isinstance(when, datetime):
            when = datetime(when.year, when.month, when.day, tzinfo=UTC)
        if not isinstance(when, datetime):
            when = datetime.fromtimestamp(0, UTC)
        offset = data.get("offset")
        return cls(
            text=str(data.get("text") or ""),
            author=str(data.get("author") or ""),
            date=when,
            quote=str(data.get("quote") or ""),
            before=str(data.get("before") or ""),
            after=str(data.get("after") or ""),
            offset=offset if isinstance(offset, int) and not isinstance(offset, bool) else None,
            resolved=bool(data.get("resolved", False)),
            id=str(data.get("id") or uuid.uuid4().hex[:12]),
        )


@dataclass(frozen=True)
class Anchor:
    """Where a note's passage is in the current text, and whether it still reads the same."""

    start: int
    end: int
    state: str  # FOUND: same words; CHANGED: the passage was edited; GENERAL: whole page

    @property
    def passage_changed(self) -> bool:
        return self.state == CHANGED


def _loose_pattern(text: str) -> re.Pattern[str] | None:
    """Matches `text` with any run of white space allowed to differ (re-wrapped lines)."""
    words = text.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def anchor_note(note: Note, body: str) -> Anchor:
    """Find the note's passage in `body`, even after edits elsewhere in the text.

    The quote itself (white space may differ) is looked for first; among several matches the
    one whose surrounding text matches best, then the one nearest the old offset, wins. When
    the quote is gone, the passage was edited: the text between the old context is used.
    """
    if note.is_general:
        return Anchor(0, 0, GENERAL)
    hint = note.offset if note.offset is not None else 0
    pattern = _loose_pattern(note.quote)
    matches = list(pattern.finditer(body)) if pattern else []
    if matches:

        def score(m: re.Match[str]) -> tuple[int, int]:
            ctx = _common_suffix(note.before, body[max(0, m.start() - CONTEXT) : m.start()])
            ctx += _common_prefix(note.after, body[m.end() : m.end() + CONTEXT])
            return (ctx, -abs(m.start() - hint))

        best = max(matches, key=score)
        return Anchor(best.start(), best.end(), FOUND)
    return _anchor_by_context(note, body, hint)


def _anchor_by_context(note: Note, body: str, hint: int) -> Anchor:
    before = _loose_pattern(note.before[-CONTEXT:]) if note.before.strip() else None
    after = _loose_pattern(note.after[:CONTEXT]) if note.after.strip() else None
    limit = max(200, 3 * len(note.quote))
    starts = [m.end() for m in before.finditer(body)] if before else []
    if starts:
        start = min(starts, key=lambda s: abs(s - hint))
        end_match = after.search(body, start) if after else None
        if end_match and end_match.start() - start <= limit:
            return Anchor(start, end_match.start(), CHANGED)
        return Anchor(start, min(len(body), start + len(note.quote)), CHANGED)
    ends = [m.start() for m in after.finditer(body)] if after else []
    if ends:
        end = min(ends, key=lambda e: abs(e - hint - len(note.quote)))
        return Anchor(max(0, end - len(note.quote)), end, CHANGED)
    # Nothing recognisable is left nearby: keep the note near where it was.
    start = min(max(0, hint), len(body))
    return Anchor(start, min(len(body), start + len(note.quote)), CHANGED)


def make_note(body: str, start: int, end: int, text: str, author: str | None = None) -> Note:
    """A note on body[start:end] (start == end: a note on the whole page)."""
    start, end = sorted((max(0, start), min(len(body), end)))
    now = datetime.now(UTC).replace(microsecond=0)
    author = author or default_author()
    if start == end:
        return Note(text=text, author=author, date=now)
    return Note(
        text=text,
        author=author,
        date=now,
        quote=body[start:end],
        before=body[max(0, start - CONTEXT) : start],
        after=body[end : end + CONTEXT],
        offset=start,
    )


class PassageNotFound(ValueError):
    """The words to attach a note to are not in the page, or appear more than once.

    `count` is how many times they appear (0: not at all); the message is in plain words.
    """

    def __init__(self, message: str, count: int) -> None:
        super().__init__(message)
        self.count = count


def find_passage(body: str, words: str, nth: int | None = None) -> tuple[int, int]:
    """Where `words` are in the body (line breaks and runs of spaces may differ).

    Raises PassageNotFound when they are not there, or appear more than once and `nth`
    (1-based, in reading order) does not say which.
    """
    pattern = _loose_pattern(words)
    if pattern is None:
        raise PassageNotFound("The words to attach the note to are empty.", 0)
    matches = list(pattern.finditer(body))
    shown = " ".join(words.split())
    if not matches:
        raise PassageNotFound(f"The words “{shown}” are not in the text of the page.", 0)
    if nth is None:
        if len(matches) > 1:
            raise PassageNotFound(
                f"The words “{shown}” appear {len(matches)} times in the text of the page.",
                len(matches),
            )
        nth = 1
    if not 1 <= nth <= len(matches):
        times = "once" if len(matches) == 1 else f"{len(matches)} times"
        raise PassageNotFound(
            f"The words “{shown}” appear only {times}, so there is no number {nth}.",
            len(matches),
        )
    match = matches[nth - 1]
    return match.start(), match.end()


MOVED, LOST = "moved", "lost"


@dataclass(frozen=True)
class PlacedNote:
    """A note and where its passage is in the page now, in words a reader or script can use.

    `place`: "found" (same words, same place), "moved" (same words, elsewhere: the text
    around them changed), "lost" (the quoted words were edited; `anchor` is the best guess
    from the text around them) or "general" (a note on the whole page).
    """

    note: Note
    anchor: Anchor
    place: str
    line: int | None  # 1-based line of the file where the passage starts now
    passage: str  # the words at that place now

    def to_json(self) -> dict[str, Any]:
        out = self.note.to_dict()
        out.update(
            place=self.place,
            line=self.line,
            start=None if self.place == GENERAL else self.anchor.start,
            end=None if self.place == GENERAL else self.anchor.end,
            passage=self.passage,
        )
        return out


def place_notes(store: NoteStore, doc: Document) -> list[PlacedNote]:
    """Every note of `store` placed in the document's current text (nothing is written)."""
    body = doc.body
    anchors = store.anchors(body)
    out = []
    for note in store.notes:
        anchor = anchors[note.id]
        if anchor.state == GENERAL:
            out.append(PlacedNote(note, anchor, GENERAL, None, ""))
            continue
        if anchor.state == CHANGED:
            place = LOST
        elif note.offset is not None and note.offset != anchor.start:
            place = MOVED
        else:
            place = FOUND
        line = doc.body_start_line + body.count("\n", 0, anchor.start)
        out.append(PlacedNote(note, anchor, place, line, body[anchor.start : anchor.end]))
    return out


class _NotesDumper(yaml.SafeDumper):
    """PyYAML writes a NEL (U+0085) inside quotes as is, and reads it back as a line break:
    such strings are written double-quoted, where it becomes the escape `\\N`."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if "\x85" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_NotesDumper.add_representer(str, _represent_str)


class NoteStore:
    """The review notes of one document, kept in its sidecar file (see docs/REVIEW.md)."""

    VERSION = 1

    def __init__(self, document: str | os.PathLike[str]) -> None:
        self.document = Path(document)
        self.path = notes_path(self.document)
        self.notes: list[Note] = []
        self.error: str | None = None
        self.load()

    def load(self) -> list[Note]:
        """Read the sidecar (no file: no notes). A damaged file is reported, never overwritten."""
        self.notes, self.error = [], None
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return self.notes
        except (OSError, UnicodeDecodeError) as exc:
            self.error = f"The review notes could not be read: {exc}"
            return self.notes
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 1})" if mark is not None else ""
            self.error = f"The review notes file is damaged{where} and was left untouched."
            return self.notes
        items = data.get("notes") if isinstance(data, dict) else None
        if not isinstance(items, list):
            self.error = "The review notes file does not hold a list of notes."
            return self.notes
        self.notes = [Note.from_dict(n) for n in items if isinstance(n, dict)]
        return self.notes

    def save(self) -> None:
        """Write the sidecar atomically (and remove it, with its folder if empty, when no notes)."""
        if self.error is not None:
            raise OSError(self.error)
        if not self.notes:
            if self.path.exists():
                self.path.unlink()
                try:
                    self.path.parent.rmdir()
                except OSError:
                    pass  # other documents still have notes there
            return
        header = (
            f"# Review notes on {self.document.name}, kept by editor-app.\n"
            "# Not part of the published site: the folder name starts with a dot.\n"
        )
        data = {
            "version": self.VERSION,
            "document": self.document.name,
            "notes": [n.to_dict() for n in self.notes],
        }
        body = yaml.dump(data, Dumper=_NotesDumper, allow_unicode=True, sort_keys=False, width=100)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(self.path, (header + body).encode("utf-8"))

    def add(self, note: Note) -> Note:
        """Add a note and save."""
        self.notes.append(note)
        self.save()
        return note

    def get(self, note_id: str) -> Note | None:
        return next((n for n in self.notes if n.id == note_id), None)

    def set_resolved(self, note_id: str, resolved: bool = True) -> None:
        """Mark a note as dealt with (or not) and save."""
        note = self.get(note_id)
        if note is not None and note.resolved != resolved:
            note.resolved = resolved
            self.save()

    def remove(self, note_id: str) -> None:
        """Delete a note and save."""
        self.notes = [n for n in self.notes if n.id != note_id]
        self.save()

    def open_notes(self) -> list[Note]:
        return [n for n in self.notes if not n.resolved]

    def anchors(self, body: str) -> dict[str, Anchor]:
        """Where each note sits in the current body."""
        return {n.id: anchor_note(n, body) for n in self.notes}

    def reanchor(self, body: str) -> dict[str, Anchor]:
        """Re-anchor every note and keep the found positions, so later searches start there.

        Notes whose passage was edited keep their quote (the editor's words refer to it).
        """
        found = self.anchors(body)
        dirty = False
        for note in self.notes:
            a = found[note.id]
            if a.state == FOUND and (note.offset != a.start or body[a.start : a.end] != note.quote):
                note.quote = body[a.start : a.end]
                note.before = body[max(0, a.start - CONTEXT) : a.start]
                note.after = body[a.end : a.end + CONTEXT]
                note.offset = a.start
                dirty = True
        if dirty:
            self.save()
        return found


# -- decisions ------------------------------------------------------------------------------------


class ReviewError(Exception):
    """A decision could not be applied; the message is in plain words."""


def _rule_for(path: Path, site: Any, schema: Any) -> StatusRule | None:
    if site is None:
        from editor_app.core.site import Site

        site = Site.open(path)
    if schema is None:
        schema = _load_schema(site)
    return status_rule(schema.for_collection(site.collection_of(path)))


def approve(
    path: str | os.PathLike[str],
    site: Any = None,
    schema: Any = None,
    snapshots: SnapshotStore | None = None,
) -> Document:
    """Set the status to its final value (a one-line change) and save; remember it as reviewed.

    A page kept out of the site with `published: false` gets `published: true` too (its own
    one-line change): approving is the decision to publish it.
    Raises ReviewError (no status field and not unpublished), FrontMatterError (unreadable
    settings) or OSError.
    """
    path = Path(path).resolve()
    rule = _rule_for(path, site, schema)
    doc = Document.load(path)
    unpublished = doc.error is None and is_unpublished(doc.front_matter)
    if rule is None and not unpublished:
        raise ReviewError("This kind of page has no status field, so it cannot be approved.")
    if rule is not None:
        doc.set(rule.field, rule.final)
    if unpublished:
        doc.set("published", True)
    if doc.is_modified:
        doc.save()
    (snapshots if snapshots is not None else SnapshotStore()).mark_reviewed(path, doc.original)
    if site is not None and hasattr(site, "update_entry"):
        site.update_entry(path)
    return doc


def send_back(
    path: str | os.PathLike[str], note_text: str = "", author: str | None = None
) -> Note | None:
    """Leave the document as a draft, its notes kept; optionally add a note for the author."""
    if not note_text.strip():
        return None
    store = NoteStore(path)
    if store.error is not None:
        raise ReviewError(store.error)
    return store.add(make_note("", 0, 0, note_text.strip(), author))


# -- reports -------------------------------------------------------------------------------------

_REPORT_CSS = """
body { font-family: sans-serif; font-size: 11pt; color: #222; }
h1 { font-size: 18pt; } h2 { font-size: 15pt; margin-top: 18px; } h3 { font-size: 12pt; }
table.facts td { padding: 2px 8px 2px 0; vertical-align: top; }
.muted { color: #666; }
.note { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #c90; }
.quote { font-style: italic; color: #444; }
.page { border-top: 1px solid #ccc; margin-top: 8px; padding-top: 8px; }
"""


def _report_section(path: Path, site: Any, schema: Any, renderer: Any) -> str:
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
    rule = status_rule(schema.for_collection(site.collection_of(path))) if site else None
    facts = [("Status", rule.value_of(fm) if rule else fm.get("status"))]
    if is_unpublished(fm):
        facts.append(("Published", "no (published: false)"))
    facts += [(_field_label(k), fm.get(k)) for k in ("author", "date") if k in fm]
    out.append('<table class="facts">')
    for name, value in facts:
        if isinstance(value, date):
            from editor_app.core.render import human_date

            value = human_date(value) or value
        out.append(f"<tr><td><b>{_esc(name)}</b></td><td>{_value_html(value)}</td></tr>")
    out.append("</table>")

    problems = validate_document(doc, site, schema)
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

    out.append("<h3>The page</h3>")
    out.append(f'<div class="page">{_rendered_body(renderer, doc, schema)}</div>')
    return "".join(out)


_ARTICLE = re.compile(r'<article class="page-body">(.*)</article>', re.S)


def _rendered_body(renderer: Any, doc: Document, schema: Any) -> str:
    """The page body as the preview renders it (made safe there: no script, no network)."""
    if hasattr(renderer, "render_page"):
        match = _ARTICLE.search(renderer.render_page(doc, schema))
        if match:
            return match.group(1)
    return renderer.render_body(doc.body)


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
    quote = f'<div class="quote">&#8220;{_esc(note.quote)}&#8221;</div>' if note.quote else ""
    return f'<div class="note">{head}{quote}<div>{_esc(note.text)}</div></div>'


def report_html(
    paths: Iterable[str | os.PathLike[str]],
    site: Any = None,
    schema: Any = None,
    renderer: Any = None,
    title: str = "Review report",
) -> str:
    """One HTML page reporting on the documents: rendered text, problems and notes."""
    from editor_app.core.render import Renderer

    paths = [Path(p).resolve() for p in paths]
    if site is None and paths:
        from editor_app.core.site import Site

        site = Site.open(paths[0])
    if schema is None and site is not None:
        schema = _load_schema(site)
    renderer = renderer if renderer is not None else Renderer(site)
    made = _when(datetime.now(UTC))
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{_esc(title)}</title><style>{_REPORT_CSS}</style></head><body>",
        f"<h1>{_esc(title)}</h1>",
        f'<p class="muted">{len(paths)} document{"s" if len(paths) != 1 else ""}, made {made}.</p>',
    ]
    for i, path in enumerate(paths):
        style = ' style="page-break-before: always;"' if i else ""
        try:
            section = _report_section(path, site, schema, renderer)
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
    _atomic_write(target, html_text.encode("utf-8"))
    return target
