"""Which pages have their long sentences counted by spaces: not Korean or Thai ones (their
spaced pieces are no words a 35-word limit means), not a page mostly in Japanese that names
no language, nor a page of a Hugo site written in Korean whose folder is no language's."""

from __future__ import annotations

from pathlib import Path

from content_helpers import check_text, content_of

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

# 41 pieces between spaces, one stop: a 41-word sentence if spaces parted words.
KOREAN = "사람들은 매일 " * 20 + "이야기했습니다."
THAI = "ผู้คน ทุกวัน " * 20 + "พูดคุย."
FRENCH_60 = (
    "Notre petite équipe a passé de longues semaines au printemps à parler avec les personnes "
    "qui utilisent le service chaque jour, et nous avons noté ce qu'elles nous ont dit des "
    "formulaires, de l'attente, des lettres jamais arrivées, des lignes qui sonnaient dans le "
    "vide et des mille petites façons dont le système leur compliquait la vie sans aucune raison."
)
JAPANESE = "私たちの小さなチームは春に何週間もかけて、毎日サービスを使う人々と話をしました。" * 8


def test_a_korean_or_thai_page_is_not_told_of_long_sentences() -> None:
    assert check_text(f"---\ntitle: 시험\nlang: ko\n---\n\n{KOREAN}\n") == []
    assert check_text(f"---\ntitle: ทดสอบ\nlang: th\n---\n\n{THAI}\n") == []
    # (the same sentence in a language written with spaces is told)
    assert check_text(f"---\ntitle: Essai\nlang: fr\n---\n\n{KOREAN}\n") == [(6, "sentence-long")]


def test_a_page_naming_no_language_mostly_in_japanese_is_not_counted_by_spaces() -> None:
    # Half its letters Japanese: no page of words between spaces, though it quotes French.
    assert check_text(f"---\ntitle: 試験\n---\n\n{JAPANESE}\n\n{FRENCH_60}\n") == []


def _hugo_site_found(
    site: Path, settings: str, folder: str, pages: dict[str, str]
) -> list[tuple[str, int | None, str]]:
    """What a whole-site Check tells of a Hugo site with these settings (hugo.toml) and these
    pages (name: text) in content/<folder>."""
    (site / "hugo.toml").write_text(settings)
    content = site / "content" / folder
    content.mkdir(parents=True)
    for name, text in pages.items():
        (content / name).write_text(text, encoding="utf-8")
    return content_of(validate_site(Site.open(site)))


def test_a_korean_hugo_site_s_posts_folder_is_no_language(tmp_path: Path) -> None:
    found = _hugo_site_found(
        tmp_path,
        'title = "블로그"\nlanguageCode = "ko"\n',
        "posts",
        {
            "first.md": f"---\ntitle: 첫 글\n---\n\n{KOREAN}\n",
            "second.md": f"---\ntitle: 둘째\n---\n\n{KOREAN}\n",
        },
    )
    assert not [f for f in found if f[2] == "sentence-long"]


def test_an_english_hugo_site_s_korean_folder_is_korean(tmp_path: Path) -> None:
    found = _hugo_site_found(
        tmp_path,
        'title = "Blog"\nlanguageCode = "en-us"\n',
        "ko",
        {
            "first.md": f"---\ntitle: 첫 글\n---\n\n{KOREAN}\n",
            "second.md": f"---\ntitle: 둘째\n---\n\n{KOREAN}\n",
        },
    )
    assert not [f for f in found if f[2] == "sentence-long"]


def test_a_hugo_site_s_language_code_is_read(tmp_path: Path) -> None:
    # Hugo's settings: a French site's page naming no language is French, so it is not given
    # the English reading level (its long sentence is still told, counted by spaces).
    french = f"---\ntitle: Essai\n---\n\n{FRENCH_60}\n\n{FRENCH_60}\n"
    found = _hugo_site_found(
        tmp_path,
        'title = "Blog"\nlanguageCode = "fr"\n',
        "posts",
        {"premier.md": french, "second.md": french},
    )
    assert sorted({code for _path, _line, code in found}) == ["sentence-long"]
