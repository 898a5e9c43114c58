"""Hugo: a body image or link to a file that is only in `assets/` (`not-published`).

Hugo copies `static/` (and the content folders' own files) to the published site; `assets/`
is only read by the templates (Hugo Pipes), so `/assets/images/x.png` written in a page is
missing from the site while the file sits in the folder. Jekyll and Eleventy do publish their
`assets/`: this rule is for Hugo sites only.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from editor_app.core import safe_paths
from editor_app.core.checks.content_text import page_images, page_links
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import ERROR, Problem, make_problem
from editor_app.core.checks.registry import Rule, register


def _unpublished_folder(ctx: Context) -> tuple[str, list[Path]] | None:
    """(the assets folder's name, the folders Hugo publishes at the site's root), or None
    when the site is no Hugo site or publishes its assets folder (a module mount to static)."""

    def build(c: Context) -> tuple[str, list[Path]] | None:
        site = c.site
        if site is None or getattr(site, "generator", None) != "hugo":
            return None
        settings = getattr(site.layout, "config", None) or {}
        name = str(settings.get("assetdir") or "assets").strip("/") or "assets"
        module = settings.get("module")
        mounts = module.get("mounts") if isinstance(module, dict) else None
        for mount in mounts if isinstance(mounts, list) else []:
            if not isinstance(mount, dict):
                continue
            source = str(mount.get("source") or "").strip("/")
            target = str(mount.get("target") or "").strip("/")
            if (source == name or source.startswith(name + "/")) and target.startswith("static"):
                return None  # mounted where Hugo publishes it
        served = [site.root / "static"] + [folder for folder, _lang in site.layout.content]
        return name, served

    return ctx.fact("hugo_unpublished_folder", build)


def _unpublished(ctx: Context, address: str) -> str | None:
    """The address's path below the assets folder (`images/x.png`) when it names a file
    there that Hugo does not publish anywhere else, or None."""
    found = _unpublished_folder(ctx)
    if found is None or not address.startswith("/") or address.startswith("//"):
        return None
    name, served = found
    path = unquote(urlsplit(address).path).lstrip("/")
    if not path.startswith(name + "/") or ".." in path.split("/"):
        return None
    if any(safe_paths.is_file(folder / path) for folder in served):
        return None  # e.g. static/assets/x.png: published as /assets/x.png
    if not safe_paths.is_file(Path(ctx.root_text, *name.split("/"), path[len(name) + 1 :])):
        return None  # a missing file: not this rule's to tell
    return path[len(name) + 1 :]


def check_hugo_assets(page: Page, ctx: Context) -> Iterable[Problem]:
    folder = _unpublished_folder(ctx)
    if folder is None:
        return
    name = folder[0]
    seen: set[tuple[int, str]] = set()
    found = [("image", i.src, i.line) for i in page_images(page)]
    found += [("link", k.url, k.line) for k in page_links(page)]
    for kind, address, line in found:
        address = address.strip().strip("<>")
        inside = _unpublished(ctx, address)
        if inside is None or (line, address) in seen:
            continue
        seen.add((line, address))
        static = "static/" + inside
        new = "/" + inside
        what = f"The image '{address}'" if kind == "image" else f"The link to '{address}'"
        after = "will be missing from the page" if kind == "image" else "will be broken"
        yield make_problem(
            page,
            line,
            None,
            "not-published",
            f"{what} {after}: Hugo does not publish the {name}/ folder. Move the file into "
            f"the static/ folder ({static}) and use '{new}' instead.",
        )


register(
    Rule(
        "hugo_assets",
        {"not-published": ERROR},
        check=check_hugo_assets,
        wants=lambda page: "/" in page.body,
        generators=("hugo",),
    )
)
