"""Rename a dated page file (a Jekyll post, `2024-01-02-slug.md`) to the date its `date` field
gives, when the two no longer agree (Check's `date-mismatch`).

The slug and the extension are kept. A name already taken is refused. The site's
`{% post_url 2024-01-02-slug %}` and `{% link _posts/2024-01-02-slug.md %}` tags naming the old
file (Hugo: `ref`, `relref`) are changed to the new name, and only those words: every other
byte of those pages stays as it was. So are links written as the post's address with the
file name's day, which Jekyll never published
(core/post_rename_addresses.py), and, when the rename moves a page (a Jekyll document named by
its file, a Hugo or Eleventy page: core/post_rename_moves.py), links to its old address; pages
that seem to link to it so in another way are listed. A moved page keeps its old address in
the site's redirect field (`redirect_from`, `aliases`: core/post_rename_redirect.py).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from editor_app.core.checks.common import DATED_STEM, file_stem
from editor_app.core.checks.dates import date_on_site
from editor_app.core.checks.page import make_page, read_file
from editor_app.core.post_rename_addresses import (
    PostAddress,
    header_key,
    post_address,
    relinked,
    still_linking,
)
from editor_app.core.post_rename_moves import page_move
from editor_app.core.site_walk import SKIPPED_FOLDERS
from editor_app.core.store import atomic_write

# `{% post_url 2024-01-02-slug %}`, `{%- post_url /news/2024-01-02-slug.md -%}`: group 1 the name.
_POST_URL = re.compile(rb"\{%-?\s*post_url\s+([^\s%]+)\s*-?%\}")
# `{% link _posts/2024-01-02-slug.md %}` (Jekyll 4): the file's path from the site's source.
# Hugo's `{{< ref "2024-01-02-slug" >}}`, `{{% relref path="/posts/2024-01-02-slug.md" %}}`:
# group 1 the page named (an anchor after `#` kept).
_HUGO_REF = re.compile(rb'\{\{[<%]-?\s*(?:rel)?ref\s+(?:path=)?"([^"#]+)(?:#[^"]*)?"')
_LINK_TAG = re.compile(rb"\{%-?\s*link\s+([^\s%]+)\s*-?%\}")
# Files whose post_url tags the site builds (pages, layouts, includes, feeds).
_TEXT_SUFFIXES = {".md", ".markdown", ".mkd", ".mkdn", ".html", ".htm", ".liquid", ".xml", ".txt"}
_DATA_SUFFIXES = {".yml", ".yaml", ".json", ".csv", ".tsv"}


class CannotRename(Exception):
    """Why the file cannot be renamed, in one line for the author."""


class NothingToRename(CannotRename):
    """The file's name has its date field's day already, or there is no date field (the
    day in the name is the page's date): there is nothing to rename."""


@dataclass
class PostRename:
    """A rename worked out (not yet done): the file's old and new place, and the pages whose
    `post_url` tags change, with their new bytes."""

    old: Path
    new: Path
    pages: dict[Path, bytes] = field(default_factory=dict)
    # The post's address by its file name's day and by its date field's (Jekyll), if they differ.
    address: PostAddress | None = None
    readdressed: list[Path] = field(default_factory=list)  # pages whose address links change
    still_linking: list[Path] = field(default_factory=list)  # seem to link to the old address
    tagged: list[Path] = field(default_factory=list)  # pages whose post_url or link tags change
    # The header field keeping a moved page's old address (`redirect_from`, `aliases`), when
    # the site has one and the old address is certain; None: nothing is added.
    redirect: str | None = None
    redirect_left: str | None = None  # the field the caller chose not to add it to
    redirect_kept: bool = True  # False: the page held the old address there already
    redirect_unsure: str | None = None  # the field left alone, the old address not certain

    def summary(self, dry_run: bool = False, brief: bool = False) -> str:
        """What was done (or, `dry_run`, would be), in a line or two; `brief`, for a status
        bar, without the addresses."""
        count = len(self.pages)
        changed = "would change" if dry_run else "changed"
        links = f"; links to it {changed} in {_pages(count)}" if count else "; no page links to it"
        done = "Would rename" if dry_run else "Renamed"
        text = f"{done} {self.old.name} to {self.new.name}{links}."
        if brief:
            if self.still_linking:
                text += f" {_pages(len(self.still_linking))} may still link to its old address."
            if self.redirect and self.address is not None and self.redirect_kept:
                kept = "would be kept" if dry_run else "is kept"
                text += f" Its old address {kept} in its {self.redirect}."
            return text
        if self.readdressed and self.address is not None and self.address.moved:
            give = "would give" if dry_run else "now give"
            text += (
                f" Its address changes from {self.address.old} to {self.address.new}: links "
                f"to it in {_pages(len(self.readdressed))} {give} the new one."
            )
        elif self.readdressed and self.address is not None:
            give = "would give" if dry_run else "now give"
            text += (
                f" Links to {self.address.old} in {_pages(len(self.readdressed))} {give} "
                f"{self.address.new}, where the site publishes it (by its date field)."
            )
        if self.still_linking and self.address is not None and self.address.moved:
            text += (
                f" {_pages(len(self.still_linking))} may still link to {self.address.old}, "
                f"its old address: {'check it' if len(self.still_linking) == 1 else 'check them'}."
            )
        elif self.still_linking and self.address is not None:
            text += (
                f" {_pages(len(self.still_linking))} may still link to "
                f"{self.address.old}, an address by the file name's old day that the site "
                f"does not publish: {'check it' if len(self.still_linking) == 1 else 'check them'}."
            )
        if self.redirect and self.address is not None and self.redirect_kept:
            added = "would be added" if dry_run else "is added"
            text += (
                f" Its old address {self.address.old} {added} to its {self.redirect}, so it "
                "still leads to the page."
            )
        elif self.redirect_unsure and self.address is not None:
            text += (
                f" Its old address is not certain, so nothing is added to its "
                f"{self.redirect_unsure}: add {self.address.old} there by hand if that is "
                "where it was published."
            )
        elif self.redirect_left and self.address is not None:
            text += (
                f" Its old address {self.address.old} is not added to its "
                f"{self.redirect_left} (--no-redirect): links to it from elsewhere will fail."
            )
        return text


def _pages(count: int) -> str:
    return "1 page" if count == 1 else f"{count} pages"


def name_for_date(name: str, new_date: date) -> str:
    """`2024-01-02-slug.md` with `new_date` in place of its date (slug and extension kept)."""
    if DATED_STEM.match(name) is None:
        raise CannotRename(
            f"{name} does not start with a date (YYYY-MM-DD-): there is no day in its name "
            "to change."
        )
    return DATED_STEM.sub(new_date.isoformat() + "-", name, count=1)


def field_date(site: Any, path: Path) -> date:
    """The date the page's `date` field gives, as the site builds it (its time zone)."""
    value = _header(path).get("date")
    if value is None:
        raise NothingToRename(f"{path.name} has no date field to name the file after.")
    found = date_on_site(value, site)
    if found is None:
        raise CannotRename(f"{path.name}: its date field ({_as_written(value)}) is not a date.")
    return found


def _as_written(value: object) -> str:
    """A header value as the page writes it (`[2024-03-02]`), not as Python shows it."""
    if isinstance(value, list | dict):
        import yaml

        return yaml.safe_dump(value, default_flow_style=True, width=10**6).strip()
    return str(value)


def name_differs_from_date(
    site: Any, path: str | os.PathLike[str], header: dict | None = None
) -> bool:
    """True when `path`'s name starts with a day other than its date field's (the file can be
    renamed to match); False when they agree, or there is no day or no date to compare.
    `header`: the page's fields as edited (unsaved), in place of the file's."""
    name = Path(path).name
    if DATED_STEM.match(name) is None:
        return False
    try:
        value = (header if header is not None else _header(Path(path))).get("date")
    except CannotRename:
        return False
    day = date_on_site(value, site) if value is not None else None
    return day is not None and name_for_date(name, day) != name


def _header(path: Path) -> dict:
    from editor_app.core.document_decode import decode_page

    try:
        decoded = decode_page(read_file(path))  # UTF-16 too, as the page opens
    except OSError as exc:
        raise CannotRename(f"{path.name} cannot be read: {exc.strerror or exc}.") from exc
    if decoded.not_text is not None:
        raise CannotRename(f"{path.name}: {decoded.not_text}, so it has no date to name it by.")
    text = decoded.text
    page = make_page(path.name, path, None, text)
    return page.data if isinstance(page.data, dict) else {}


def _name_day(name: str) -> date | None:
    m = DATED_STEM.match(name)
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        return None  # `2024-02-30-x.md`: no day to have an address by


def plan_rename_to_date(
    site: Any, path: str | os.PathLike[str], keep_old_address: bool = False
) -> PostRename:
    """Work out the rename of `path` to its date field's day; raises `CannotRename`.
    `keep_old_address`: a page the rename moves gets its old address in the site's redirect
    field (`redirect_from`, `aliases`), when it has one (`rename-file` asks it unless
    `--no-redirect`; a caller that does not say so to the author leaves it out)."""
    old = Path(path).resolve()
    name_for_date(old.name, date.today())  # a name without a date is said first, as such
    day = field_date(site, old)
    new = old.with_name(name_for_date(old.name, day))
    if new == old:
        raise NothingToRename(f"{old.name} already has the date of its date field.")
    if os.path.lexists(new):
        raise CannotRename(f"{new.name} already exists: the file was not renamed.")
    plan = PostRename(old, new)
    name_day = _name_day(old.name)
    if name_day is not None:
        header = _header(old)
        plan.address = post_address(site, old, new, header, name_day, day) or page_move(
            site, old, new, header, name_day
        )
    if plan.address is not None and plan.address.moved:
        from editor_app.core.post_rename_redirect import redirect_field, with_old_address

        found = redirect_field(site)
        if found is None:
            pass  # no redirect on this site: links from elsewhere are the site's own affair
        elif not plan.address.exact:
            plan.redirect_unsure = found if keep_old_address else None  # said, not added
        elif not keep_old_address:
            plan.redirect_left = found
        else:
            plan.redirect = found
            plan.redirect_kept = (
                with_old_address(header.get(header_key(header, found)), plan.address.old)
                is not None
            )
    links_config = _address_config(site)
    root = Path(site.root).resolve()
    # The same for every file: worked out once, not for each file naming `link` or `ref`.
    link_paths = _link_paths(old, new, Path(site.source).resolve())
    refs = _ref_names(old, site) if getattr(site, "generator", None) == "hugo" else None
    for source in _source_files(root, with_data=plan.address is not None):
        try:
            data = read_file(source)
        except OSError:
            continue  # unreadable: not changed (Check says so on its own)
        changed = _renamed_links(data, old, new, root) if b"post_url" in data else data
        if link_paths is not None and b"link" in changed:
            changed = _renamed_link_tags(changed, *link_paths)
        if refs is not None and b"ref" in changed:
            changed = _renamed_refs(changed, old, new, refs)
        if changed != data:
            plan.tagged.append(source)
        if plan.address is not None and plan.address.slug.encode() in data:
            readdressed = relinked(changed, plan.address, links_config)
            if readdressed != changed:
                plan.readdressed.append(source)
            changed = readdressed
            if still_linking(changed, plan.address, links_config):
                plan.still_linking.append(source)
        if changed != data:
            plan.pages[source] = changed
    return plan


def apply_rename(plan: PostRename, root: str | os.PathLike[str], site: Any = None) -> None:
    """Rename the file, then write the pages whose links change (each at once, whole), then
    add a moved page's old address to its redirect field (written as the other pages of its
    collection on `site` write that field)."""
    if os.path.lexists(plan.new):
        raise CannotRename(f"{plan.new.name} already exists: the file was not renamed.")
    try:
        os.rename(plan.old, plan.new)
    except OSError as exc:
        raise CannotRename(f"{plan.old.name} could not be renamed: {exc.strerror}.") from exc
    failed = []
    for page, data in plan.pages.items():
        target = plan.new if page == plan.old else page  # the post may link to itself
        try:
            atomic_write(target, data, inside=root)
        except OSError:
            failed.append(target.name)
    if failed:
        raise CannotRename(
            f"Renamed to {plan.new.name}, but links in {', '.join(failed)} could not be changed."
        )
    if plan.redirect and plan.address is not None and plan.redirect_kept:
        from editor_app.core.post_rename_redirect import keep_old_address

        try:
            plan.redirect_kept = keep_old_address(
                plan.new, plan.redirect, plan.address.old, root, site
            )
        except (OSError, ValueError, TypeError) as exc:
            raise CannotRename(
                f"Renamed to {plan.new.name}, but its old address {plan.address.old} could not "
                f"be added to its {plan.redirect}: {exc}"
            ) from exc


def _address_config(site: Any) -> dict:
    """The site's `url` and `baseurl` as links may write them before an address."""
    from editor_app.core.site_urls import published_address

    url, base = published_address(site)
    return {"url": url, "baseurl": base}


def _source_files(root: Path, with_data: bool = False) -> list[Path]:
    """The site's pages, layouts, includes and feeds; `with_data`, its `_data` files too (a
    menu may give a post's address)."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIPPED_FOLDERS]
        data = with_data and "_data" in Path(folder).relative_to(root).parts
        found.extend(
            Path(folder, f)
            for f in files
            if os.path.splitext(f)[1].lower()
            in (_TEXT_SUFFIXES | (_DATA_SUFFIXES if data else set()))
        )
    return found


def _renamed_links(data: bytes, old: Path, new: Path, root: Path) -> bytes:
    """`data` with each post_url tag naming `old` naming `new` instead."""
    old_stem, new_stem = file_stem(old.name).encode(), file_stem(new.name).encode()
    folder = _post_folder(old, root)

    def swap(m: re.Match[bytes]) -> bytes:
        name = m.group(1)
        head, _, last = name.rpartition(b"/")
        # Jekyll finds `2024-01-02-slug` and, in a sub-folder, `/sub/2024-01-02-slug`.
        if head.strip(b"/") not in (b"", folder) or not (
            last == old_stem or last == old.name.encode()
        ):
            return m.group(0)
        renamed = name[: len(name) - len(last)] + last.replace(old_stem, new_stem, 1)
        start, end = m.start(1) - m.start(0), m.end(1) - m.start(0)
        return m.group(0)[:start] + renamed + m.group(0)[end:]

    return _POST_URL.sub(swap, data)


def _link_paths(old: Path, new: Path, source: Path) -> tuple[bytes, bytes] | None:
    """`old` and `new` as a link tag names them, from the site's `source`; None outside it."""
    try:
        return (
            old.relative_to(source).as_posix().encode(),
            new.relative_to(source).as_posix().encode(),
        )
    except ValueError:
        return None


def _renamed_link_tags(data: bytes, old_path: bytes, new_path: bytes) -> bytes:
    """`data` with each `{% link PATH %}` tag naming `old_path` naming `new_path` instead
    (`_link_paths`): Jekyll stops the build on a link tag whose file is gone."""

    def swap(m: re.Match[bytes]) -> bytes:
        if m.group(1).lstrip(b"/") != old_path:
            return m.group(0)
        lead = m.group(1)[: len(m.group(1)) - len(m.group(1).lstrip(b"/"))]
        start, end = m.start(1) - m.start(0), m.end(1) - m.start(0)
        return m.group(0)[:start] + lead + new_path + m.group(0)[end:]

    return _LINK_TAG.sub(swap, data)


def _ref_names(old: Path, site: Any) -> set[bytes]:
    """The ways a Hugo ref names `old`: its name alone (with or without `.md`), or its path
    from the content folder."""
    named = {old.name.encode(), old.stem.encode()}
    for folder, _lang in site.content_folders():
        if old.is_relative_to(folder):
            rel = old.relative_to(folder).as_posix().encode()
            named |= {rel, rel[: -len(old.suffix)] if old.suffix else rel}
    return named


def _renamed_refs(data: bytes, old: Path, new: Path, named: set[bytes]) -> bytes:
    """`data` with Hugo's `ref`/`relref` shortcodes naming `old` (as one of `named`:
    `_ref_names`) naming `new` instead. Hugo stops the build on a ref to a page that is not
    there."""
    old_stem, new_stem = old.stem.encode(), new.stem.encode()

    def swap(m: re.Match[bytes]) -> bytes:
        target = m.group(1)
        if target.lstrip(b"/") not in named:
            return m.group(0)
        head, _, last = target.rpartition(b"/")
        renamed = (head + b"/" if head or target.startswith(b"/") else b"") + last.replace(
            old_stem, new_stem, 1
        )
        start, end = m.start(1) - m.start(0), m.end(1) - m.start(0)
        return m.group(0)[:start] + renamed + m.group(0)[end:]

    return _HUGO_REF.sub(swap, data)


def _post_folder(path: Path, root: Path) -> bytes:
    """The folder part post_url names: `news` for `news/_posts/x.md` or `_posts/news/x.md`."""
    try:
        parts = path.relative_to(root).parts[:-1]
    except ValueError:
        return b""
    return "/".join(p for p in parts if p != "_posts").encode()
