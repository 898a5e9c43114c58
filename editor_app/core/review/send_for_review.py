"""Send a page for review on a site whose pages have no status field: the generator's own
setting that keeps it off the site (`published: false`, Hugo's `draft: true`) written in its
settings, so it waits in the queue; approving takes that line away again (a line new since
the last commit) or sets it back, as for any unpublished page (`decisions.approve`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor_app.core.document import Document
from editor_app.core.review.common import ReviewError
from editor_app.core.review.status import in_jekyll_drafts, unpublished_by


def keep_off_setting(generator: str | None) -> tuple[str, bool] | None:
    """The setting, and its value, that keeps a page of this generator off the site; None on
    Eleventy, which has none (it publishes every page)."""
    if generator == "eleventy":
        return None
    return ("draft", True) if generator == "hugo" else ("published", False)


def setting_line(setting: tuple[str, bool]) -> str:
    """The setting as the page's settings show it ("published: false")."""
    name, value = setting
    return f"{name}: {'true' if value else 'false'}"


def send_for_review(path: Path | str, site: Any) -> str:
    """Write the setting that keeps the page off the site until it is approved, and save; the
    line written ("published: false"). ReviewError, nothing written, in one line when the
    site has no such setting, the page already waits, or its settings cannot be read."""
    path = Path(path).resolve()
    generator = getattr(site, "generator", None)
    setting = keep_off_setting(generator)
    if setting is None:
        raise ReviewError(
            "Eleventy has no setting that keeps a page off the site until it is approved, so "
            "a page cannot wait for review here; leave review notes on it instead."
        )
    doc = Document.load(path)
    if doc.error is not None:
        raise ReviewError(f"The page's settings cannot be read, so nothing was changed: {doc.error}")
    if unpublished_by(doc.front_matter, generator) is not None or in_jekyll_drafts(
        site.collection_of(path), generator
    ):
        raise ReviewError("This page already waits for review: see Review > Review Queue.")
    doc.set(*setting)
    doc.save(inside=getattr(site, "root", None))  # never through a link out of the site
    return setting_line(setting)
