"""`sentence-long` in other languages written with spaces between words (French, German,
Arabic...): a 60-word sentence is as long there; not in Japanese or Chinese, and the reading
level and long paragraphs stay English-only."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from content_helpers import check_text, content_of, plant
from shared_sites import shared_site_path

from editor_app.core.checks.reading import spaced_sentences, spaced_word_count
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

FRENCH_60 = (
    "Notre petite équipe a passé de longues semaines au printemps à parler avec les personnes "
    "qui utilisent le service chaque jour, et nous avons noté ce qu'elles nous ont dit des "
    "formulaires, de l'attente, des lettres jamais arrivées, des lignes qui sonnaient dans le "
    "vide et des mille petites façons dont le système leur compliquait la vie sans aucune raison."
)
GERMAN_60 = (
    "Unser kleines Team hat im Frühling viele Wochen damit verbracht, mit den Menschen zu "
    "sprechen, die den Dienst jeden Tag nutzen, und wir haben aufgeschrieben, was sie uns über "
    "die Formulare, das Warten, die Briefe, die nie ankamen, die Telefone, bei denen niemand "
    "abnahm, und die vielen kleinen Dinge erzählt haben, die ihnen das Leben schwer machten "
    "ohne jeden Grund."
)
JAPANESE = "私たちの小さなチームは春に何週間もかけて、毎日サービスを使う人々と話をしました。" * 8


def test_the_planted_sentences_are_sixty_words_long() -> None:
    assert spaced_word_count(FRENCH_60) == 60
    assert spaced_word_count(GERMAN_60) == 60


def test_a_french_page_is_told_its_long_sentence_but_not_its_reading_level() -> None:
    text = f"---\ntitle: Essai\nlang: fr\n---\n\nUne phrase courte.\n\n{FRENCH_60}\n"
    assert check_text(text) == [(8, "sentence-long")]


def test_a_japanese_page_is_not_told_of_sentences() -> None:
    text = f"---\ntitle: 試験\nlang: ja\n---\n\n{JAPANESE}\n\n{FRENCH_60}\n"
    assert check_text(text) == []


def test_sentences_end_at_a_stop_before_no_small_letter() -> None:
    text = "Première phrase, p. ex. celle-ci. Élan retrouvé ici. ¿Qué tal? Bien… и так далее. Да."
    assert spaced_sentences(text) == [
        "Première phrase, p. ex. celle-ci.",
        "Élan retrouvé ici.",
        "¿Qué tal?",
        "Bien… и так далее.",
        "Да.",
    ]


def test_planted_sentences_in_translated_pages_are_found_and_untouched_ones_stay_few(
    tmp_path: Path,
) -> None:
    root = shared_site_path("opensource-guide")
    copy = tmp_path / "site"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("*.png", "*.jp*g", "*.gif", "*.svg"))
    untouched = content_of(validate_site(Site.open(copy)))
    per_page = Counter(path for path, _line, code in untouched if code == "sentence-long")
    assert max(per_page.values()) <= 3  # the three longest of a page, as in English
    translated = [p for p in per_page if p.count("/") == 2]
    assert len(translated) >= 150  # es, fr, de, pt, it... are checked too
    assert not any(path.startswith(("_articles/ja/", "_articles/zh-")) for path in per_page)
    assert not any(
        code in ("reading-level", "paragraph-long") and path.count("/") == 2
        for path, _line, code in untouched
    )
    # Pages whose own long sentences are fewer than three: the planted one is among the longest.
    fr = "_articles/fr/finding-users.md"
    de = "_articles/de/finding-users.md"
    assert per_page[fr] < 3 and per_page[de] < 3
    fr_line = plant(copy, fr, 12, FRENCH_60)
    de_line = plant(copy, de, 12, GERMAN_60)
    ja_line = plant(copy, "_articles/ja/finding-users.md", 12, JAPANESE)
    found = set(content_of(validate_site(Site.open(copy))))
    assert (fr, fr_line, "sentence-long") in found
    assert (de, de_line, "sentence-long") in found
    assert not [f for f in found if f[0] == "_articles/ja/finding-users.md" and f[1] == ja_line]
