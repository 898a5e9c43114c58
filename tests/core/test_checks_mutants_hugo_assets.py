"""not-published at its edges: which addresses name the unpublished folder, the site's own
assetDir, module mounts, and each address told once.

Survivors named as equivalent (`tools/mutation.py checks-body --part hugo_assets`):
- `getattr(site, "generator", None)` and `getattr(site.layout, "config", None)` without their
  defaults, and the fact's memo key spelt otherwise: every site has both attributes, and the
  key is only compared with itself.
- The "link" kind spelt otherwise: only "image" is ever compared.
- `or ""` spelt `or "XXXX"` for a mount without source or target: neither names the folder or
  starts with "static" either way.
- `.strip("XX/XX")`, `.lstrip("XX/XX")` where `"/"` is meant: they differ only for a folder
  name beginning or ending with an X; `or "XXassetsXX"`/`"ASSETS"`: only for an assetDir of
  "/" alone.
- The assets folder's name split on `None` or `"XX/XX"` instead of `"/"` before it is joined
  into a path: `Path` reads the slashes inside one part just the same.
- An address's `<>` stripped otherwise (`strip(None)`, `strip("XX<>XX")`): the page's image
  and link readers already give `</a.png>` without them (pinned below).
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def _hugo(root: Path, body: str, config: str = "", folder: str = "assets") -> Path:
    (root / "hugo.toml").write_text("title = 'x'\n" + config)
    (root / "content").mkdir()
    (root / "static").mkdir()
    cat = root.joinpath(*folder.split("/"), "images", "cat.png")
    cat.parent.mkdir(parents=True)
    cat.write_bytes(b"png")
    (root / "content" / "page.md").write_text(f"---\ntitle: T\n---\n{body}")
    return root


def _told(root: Path) -> list[tuple[int, str]]:
    return [
        (p.line, p.message.split(":")[0])
        for p in validate_site(Site.open(root))
        if p.code == "not-published"
    ]


CAT = "The image '/assets/images/cat.png' will be missing from the page"


def test_only_an_address_from_the_site_root_is_told(tmp_path: Path) -> None:
    body = (
        "![A](assets/images/cat.png)\n\n"  # relative to the page: another file
        "![B](//cdn.example.com/assets/images/cat.png)\n\n"  # another server
        "![C](/assets/../assets/images/cat.png)\n\n"  # a way round: not followed
        "![D](/assets/images/cat.png)\n"
    )
    assert _told(_hugo(tmp_path, body)) == [(10, CAT)]


def test_the_same_address_twice_on_a_line_is_told_once(tmp_path: Path) -> None:
    body = "![A](/assets/images/cat.png) and ![A](/assets/images/cat.png)\n"
    assert _told(_hugo(tmp_path, body)) == [(4, CAT)]


def test_the_sites_own_asset_folder_is_the_one_unpublished(tmp_path: Path) -> None:
    body = "![A](/site/assets/images/cat.png)\n\n![B](/assets/images/cat.png)\n"
    root = _hugo(tmp_path, body, "assetDir = 'site/assets'\n", folder="site/assets")
    (root / "assets" / "images").mkdir(parents=True)
    (root / "assets" / "images" / "cat.png").write_bytes(b"png")
    assert _told(root) == [(4, "The image '/site/assets/images/cat.png' will be missing from the page")]


def test_an_asset_folder_written_with_slashes_is_the_same_folder(tmp_path: Path) -> None:
    body = "![A](/media/images/cat.png)\n"
    root = _hugo(tmp_path, body, "assetDir = '/media/'\n", folder="media")
    assert _told(root) == [(4, "The image '/media/images/cat.png' will be missing from the page")]


def _mounted(tmp_path: Path, mounts: str) -> list[tuple[int, str]]:
    config = "[module]\n" + mounts
    return _told(_hugo(tmp_path, "![A](/assets/images/cat.png)\n", config))


def test_a_mount_of_the_folder_into_static_publishes_it(tmp_path: Path) -> None:
    mounts = (
        "mounts = ['odd', {source = '/assets', target = 'static'}]\n"  # an odd entry first
    )
    assert _mounted(tmp_path, mounts) == []


def test_a_mount_of_part_of_the_folder_into_static_publishes_it(tmp_path: Path) -> None:
    mounts = "[[module.mounts]]\nsource = 'assets/images'\ntarget = '/static/images'\n"
    assert _mounted(tmp_path, mounts) == []


def test_a_mount_of_another_folder_leaves_assets_unpublished(tmp_path: Path) -> None:
    mounts = "[[module.mounts]]\nsource = 'files'\ntarget = 'static/files'\n"
    assert _mounted(tmp_path, mounts) == [(4, CAT)]


def test_an_eleventy_site_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / ".eleventy.js").write_text("module.exports = () => ({dir: {input: 'src'}});\n")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "page.md").write_text("---\ntitle: T\n---\n![A](/assets/images/cat.png)\n")
    (tmp_path / "assets" / "images").mkdir(parents=True)
    (tmp_path / "assets" / "images" / "cat.png").write_bytes(b"png")
    assert _told(tmp_path) == []


def test_an_address_in_angle_brackets_is_the_address_inside(tmp_path: Path) -> None:
    body = "The [cat](</assets/images/cat.png>).\n\n![A](</assets/images/cat.png>)\n"
    assert sorted(_told(_hugo(tmp_path, body))) == [
        (4, "The link to '/assets/images/cat.png' will be broken"),
        (6, CAT),
    ]
