"""Indonesian complaint text, made comparable: informal spellings normalised, words stemmed.

Citizens write "gk ada air udh 3 hr di kel. sukajadi", officers "tidak ada air sudah tiga hari di
Kelurahan Sukajadi"; the model must see the same words. `normalize` lowercases, splits letters from
digits ("sdn1" → "sdn 1"), expands the common chat abbreviations (data/slang.json) and keeps
school-level and road-status tokens (sd, smp, sma, smk, jalan nasional …) intact because they decide
which level of government answers. `stem` runs PySastrawi (Nazief–Adriani) word by word through a
cache: a complaint vocabulary is small, and stemming a word costs about a millisecond the first time.
"""

import json
import re
from functools import lru_cache
from pathlib import Path

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

DATA_DIR = Path(__file__).resolve().parent / "data"

_TOKEN = re.compile(r"[a-z]+|\d+")
_URL = re.compile(r"https?://\S+|www\.\S+")
_REPEATS = re.compile(r"([a-z])\1{2,}")  # "tolonggg" → "tolong"
# Words the stemmer would damage although they carry the meaning ("pajak" stays, "perumda" stays).
_KEEP = frozenset({"sd", "smp", "sma", "smk", "slb", "paud", "tk", "sdn", "smpn", "sman", "smkn", "pdam", "pln"})


@lru_cache(maxsize=1)
def slang() -> dict[str, str]:
    """Informal word → standard word(s), from data/slang.json (written for this project)."""
    entries = json.loads((DATA_DIR / "slang.json").read_text(encoding="utf-8"))["words"]
    return dict(entries)


def tokens(text: str) -> list[str]:
    text = _URL.sub(" ", (text or "").lower())
    text = _REPEATS.sub(r"\1", text)
    words = []
    table = slang()
    for token in _TOKEN.findall(text):
        replacement = table.get(token)
        if replacement is None:
            words.append(token)
        elif replacement:
            words.extend(replacement.split())
    return words


def normalize(text: str) -> str:
    """Lowercase words with chat spellings expanded: the text the gazetteer and the rules read."""
    return " ".join(tokens(text))


@lru_cache(maxsize=1)
def _stemmer():
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    if word in _KEEP or word.isdigit() or len(word) <= 3:
        return word
    return _stemmer().stem(word) or word


def stem(text: str) -> str:
    """The normalised text with each word reduced to its root: what the classifier reads."""
    return " ".join(stem_word(word) for word in tokens(text) if not word.isdigit())
