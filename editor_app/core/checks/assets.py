"""Assets: an image or file field naming a file that is not there, or outside the site."""

from __future__ import annotations

import os
import re
from urllib.parse import unquote

from editor_app.core import safe_paths
from editor_app.core.checks.common import closest_match, is_empty, label_of, severity_for
from editor_app.core.checks.problem import ERROR, make_problem
from editor_app.core.checks.registry import Rule, register
from editor_app.core.checks.types import SCHEME, url_problem


def check_file(page, ctx, f, name, value, line):
    if ctx.site is None:
        return
    items = value if isinstance(value, list) else [value]
    folder = getattr(f, "folder", None)
    for item in items:
        if is_empty(item):
            continue
        if not isinstance(item, str):
            yield make_problem(
                page,
                line,
                name,
                "wrong-type",
                f"{label_of(f, name)} must be a file name.",
                severity_for(ctx, False, page.collection),
            )
            continue
        s = item.strip()
        if SCHEME.match(s) and not re.match(r"^[A-Za-z]:[\\/]", s):
            why = url_problem(s)
            if why:
                yield make_problem(page, line, name, "bad-url", why)
            continue
        if "{{" in s or "{%" in s:
            continue
        clean = unquote(s.split("?")[0].split("#")[0])
        if clean.startswith("/") and not clean.startswith("//"):
            rel = clean.lstrip("/")
        elif re.match(r"^[A-Za-z]:[\\/]", clean) or clean.startswith(("\\", "//", "~")):
            rel = None
        elif folder:
            rel = f"{str(folder).strip('/')}/{clean}"
        else:
            rel = clean
        if rel is not None and ".." not in rel.replace("\\", "/").split("/"):
            # The usual case, without touching the disk: the folder's listing is cached.
            folder_part, _, file_name = rel.rpartition("/")
            names = ctx.asset_names(os.path.join(ctx.root_text, folder_part))
            if names is not None and names.get(file_name.lower()) == file_name:
                continue
        target = ctx.site.resolve_inside(rel) if rel is not None else None
        if target is None:
            yield make_problem(
                page,
                line,
                name,
                "path-outside-site",
                f"'{s}' points outside the site folder, so it will not be published. Copy the "
                "file into the site's assets folder and use its name there.",
            )
            continue
        if safe_paths.is_file(target):
            continue
        names = ctx.asset_names(target.parent)
        guess = None
        if names:
            real = names.get(target.name.lower())
            if real is not None and real != target.name:
                guess = real
            else:
                guess = closest_match(target.name, list(names.values()), cutoff=0.7)
        where = ctx.rel(target.parent) + "/"
        hint = f" Did you mean '{guess}'?" if guess else " Check the name, or add the file there."
        yield make_problem(
            page,
            line,
            name,
            "file-not-found",
            f"There is no file '{target.name}' in {where}.{hint}",
        )


register(
    Rule(
        "assets",
        {"file-not-found": ERROR, "path-outside-site": ERROR},
        field_types=("image", "file"),
        check_value=check_file,
        needs=("assets",),
    )
)
