"""The compiled Hunspell binding and the pure-Python reader give the same answers.

The window uses the compiled one when it is installed (a tenth of the memory, forty times
faster to read); the pure-Python one stands in elsewhere. Switching must change nothing a
writer sees: the same words are misspelt and the same suggestions lead."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from shared_sites import SHARED_SITES

from editor_app.core.spelling import SpellChecker, available_languages, words_to_check

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("hunspell") is None, reason="the compiled Hunspell binding is absent"
)


def _pair(language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    compiled = SpellChecker(language, personal_path=tmp_path / "words.txt")
    compiled.load()
    monkeypatch.setenv("EDITOR_APP_SPELLING", "spylls")
    pure = SpellChecker(language, personal_path=tmp_path / "words.txt")
    pure.load()
    monkeypatch.delenv("EDITOR_APP_SPELLING")
    assert (compiled.engine, pure.engine) == ("hunspell", "spylls")
    return compiled, pure


@pytest.mark.parametrize("language", available_languages())
def test_both_readers_agree_on_tricky_words(
    language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled, pure = _pair(language, tmp_path, monkeypatch)
    words = (
        "organisation organization colour color programme program realise realize behaviour "
        "centre center teh recieve don't it's data-driven e-mail café naïve Jeni GitHub "
        "Москва 日本語 co-operate judgement judgment grey gray analyse analyze"
    ).split()
    assert [compiled.check(w) for w in words] == [pure.check(w) for w in words]
    native = "colour" if language == "en_GB" else "color"
    assert compiled.check(native) and not compiled.check("recieve")
    assert compiled.suggest("recieve")[0] == pure.suggest("recieve")[0] == "receive"


@pytest.mark.skipif(not SHARED_SITES.is_dir(), reason="the shared sites are not here")
@pytest.mark.parametrize("language", ["en_GB", "en_US"])
def test_both_readers_agree_on_every_word_of_the_real_sites(
    language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled, pure = _pair(language, tmp_path, monkeypatch)
    words: set[str] = set()
    for site in ("connectedbydata", "jekyll-docs", "hugo-docs"):
        for path in sorted((SHARED_SITES / site).rglob("*.md"))[:300]:
            text = path.read_text(encoding="utf-8", errors="replace")
            words.update(word for _, _, word in words_to_check(text))
    assert len(words) > 5000
    differ = [w for w in sorted(words) if compiled.check(w) != pure.check(w)]
    assert differ == []


def test_the_compiled_reader_is_used_when_installed(tmp_path: Path) -> None:
    checker = SpellChecker("en_GB", personal_path=tmp_path / "words.txt")
    checker.load()
    assert checker.engine == "hunspell"
    assert checker.misspelt_words("The colour of teh sky") == ["teh"]
