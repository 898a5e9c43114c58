"""Which field says "draft" in a collection, and which value means "done"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from editor_app.core.review.common import _word

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


UNREADABLE = "cannot read"  # the status shown for a page whose header cannot be read
UNPUBLISHED = "unpublished"  # the status shown for a page with `published: false`, `draft: true`
JEKYLL_DRAFT = "draft"  # the status shown for a page of a Jekyll site's `_drafts` folders


def in_jekyll_drafts(collection: str | None, generator: str | None) -> bool:
    """True for a page of a Jekyll site's `_drafts` folders (the `drafts` collection): Jekyll
    leaves it off the site, whatever its settings say, until it is moved to `_posts`."""
    return generator == "jekyll" and collection == "drafts"


def unpublished_by(front_matter: dict, generator: str | None = None) -> tuple[str, Any] | None:
    """The setting that keeps the page off the site, with the value that publishes it, or None.

    Jekyll's `published: false` (any generator: the editor's own sample sites use it), and on a
    Hugo site `draft: true`. Only YAML booleans count, as for the generators
    (`published: "false"` is published).
    """
    if front_matter.get("published") is False:
        return ("published", True)
    if generator == "hugo" and front_matter.get("draft") is True:
        return ("draft", False)
    return None


# A yes/no setting a page leaves out means "no" to the site, except `published`: every page is
# published unless it says `published: false` (which a Word import writes on Jekyll sites).
_LEFT_OUT = {"published": True}


def left_out_value(name: str) -> bool:
    """What yes/no setting `name` means to the site on a page that does not have it."""
    return _LEFT_OUT.get(name, False)


def is_unpublished(front_matter: dict, generator: str | None = None) -> bool:
    """True when the site leaves the page out until that setting changes (`unpublished_by`)."""
    return unpublished_by(front_matter, generator) is not None


def publication(
    front_matter: dict,
    rule: StatusRule | None,
    generator: str | None = None,
    jekyll_draft: bool = False,
) -> str:
    """Whether the page is on the site, in one sentence a report's "Published" row says, from
    what keeps it off (`_drafts`, `published: false`, Hugo's `draft: true`) and its status
    field (`rule`; its final value is the published one), rather than a status "(not set)"
    beside "Published: no" on a page whose kind has no status field."""
    status = rule.value_of(front_matter) if rule is not None else None
    waiting = rule is not None and not rule.is_final(status)
    to_final = f" and sets its status to {rule.final}" if rule is not None and waiting else ""
    if jekyll_draft:
        then = f"approving sets its status to {rule.final}, then " if to_final and rule else ""
        return (
            "No: Jekyll leaves the pages of _drafts off the site; "
            f"{then or 'once it is approved, '}publishing moves it into _posts."
        )
    hidden = unpublished_by(front_matter, generator)
    if hidden is not None:
        name, publishing = hidden
        line = f"{name}: {str(not publishing).lower()}"
        return f"No: “{line}” keeps it off the site; approving publishes it{to_final}."
    if rule is None:
        return "Yes."
    if not waiting:
        return f"Yes: its status is {_said(status)}."
    said = f"its status is {_said(status)}" if status not in (None, "") else "it has no status"
    return f"Not yet: {said}; approving sets it to {rule.final}."


def _said(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
