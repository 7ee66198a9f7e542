"""A spam and abuse score for a new report: a transparent heuristic an officer can read, not a model.

Each sign gives a weight between 0 and 1 and a short reason. The score combines them as independent
evidence, 1 − Π(1 − weight): one strong sign (the same text filed twice today, three advertising
links, keyboard mashing) reaches the threshold alone, while mild ones (capitals, a new account, a
single swear word) only add up. `is_suspicious` compares with `SPAM_SCORE_THRESHOLD` (default 0.6);
the router sends a suspicious report to human verification instead of routing it automatically.
Nothing is ever refused or archived on the score alone.

| sign | weight |
|---|---|
| same text as a report from the same source in the last 24 hours | 0.7 |
| nearly the same text (≥ 80 % of the words) | 0.6 |
| looks like a test ("tes", "coba", "asdf") | 0.6 |
| unreadable: few or no vowels, long runs of consonants | 0.6 |
| 2 links / 3 or more | 0.3 / 0.6 |
| advertising phrases (data/promo_phrases.txt): 1 / 2 / 3 or more | 0.3 / 0.5 / 0.65 |
| abusive words (data/abuse_words.txt): 1–2 / 3 or more | 0.35 / 0.6 |
| the same word four times in a row, or very few distinct words | 0.45 |
| characters repeated 6+ times: once / 3 times or a run of 15+ | 0.2 / 0.45 |
| 5 or more reports from the same source in the last 24 hours | 0.3 |
| very short body (fewer than 5 different words) | 0.3 |
| mostly capital letters | 0.2 |
| no common Indonesian word among 6 or more | 0.15 |
| account created in the last 24 hours | 0.1 |

Informal Indonesian is the norm, not a sign: SMS abbreviations (yg, tdk, jln), reduplication
(anak-anak, malam2), "tolonggg" and a few exclamation marks score nothing. The word lists in
`data/` are curated so that complaints *about* stray dogs, gambling sites or loan sharks are not
mistaken for abuse or advertising.

`reasons` are Indonesian msgids (marked with gettext_noop, untranslated): store them as they are and
translate when shown, `gettext(reason)` or `{% translate reason %}`.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_noop

from lapor.core.ratelimit import normalise_contact
from lapor.reports.models import Report

DATA_DIR = Path(__file__).resolve().parent / "data"
RECENT_HOURS = 24

DUPLICATE = gettext_noop("Teks sama dengan laporan lain dari pengirim yang sama dalam 24 jam terakhir")
NEAR_DUPLICATE = gettext_noop("Teks hampir sama dengan laporan lain dari pengirim yang sama dalam 24 jam terakhir")
TEST_REPORT = gettext_noop("Tampak seperti laporan uji coba")
GIBBERISH = gettext_noop("Teks tampak acak dan tidak terbaca")
LINKS = gettext_noop("Berisi beberapa tautan")
PROMO = gettext_noop("Berisi kalimat iklan atau promosi")
ABUSE = gettext_noop("Berisi kata kasar atau makian")
REPEATED_WORDS = gettext_noop("Kata yang sama diulang-ulang")
REPEATED_CHARS = gettext_noop("Banyak karakter berulang")
MANY_RECENT = gettext_noop("Banyak laporan dari pengirim yang sama dalam 24 jam terakhir")
SHORT = gettext_noop("Isi laporan sangat pendek")
CAPITALS = gettext_noop("Sebagian besar ditulis dengan huruf kapital")
NO_INDONESIAN = gettext_noop("Tidak ada kata bahasa Indonesia yang dikenali")
NEW_ACCOUNT = gettext_noop("Akun pelapor baru dibuat")

TEST_WORDS = frozenset(
    "tes test testing tess coba cobacoba percobaan uji ujicoba cek check halo hallo hai hi "
    "asdf asd qwerty lorem ipsum abc xyz".split()
)
VOWELS = frozenset("aeiou")
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
ABUSE_SUFFIXES = ("nya", "lah", "kah", "mu", "in")

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
EMAIL = re.compile(r"\S+@\S+\.\w+")
LINK = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|id|co|me|io|ly|xyz|site|online|top|vip|"
    r"club|link|live|pro|gg|cc|tk|icu|shop|store|app)\b(?:/\S*)?",
    re.IGNORECASE,
)
REPEATED_RUN = re.compile(r"(\S)\1{5,}")
CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-z]{5,}")


@dataclass(frozen=True)
class SpamVerdict:
    """How likely a report is spam or abuse (0..1), and the signs that made it so."""

    score: float
    reasons: list[str] = field(default_factory=list)


def is_suspicious(verdict: SpamVerdict) -> bool:
    """True when the report should go to human verification instead of being routed automatically."""
    return verdict.score >= settings.SPAM_SCORE_THRESHOLD


# --- Word lists ------------------------------------------------------------------------------------


def _read_list(name: str) -> frozenset[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@cache
def abuse_words() -> frozenset[str]:
    return frozenset(_squeeze(word) for word in _read_list("abuse_words.txt"))


@cache
def common_words() -> frozenset[str]:
    return _read_list("common_words.txt")


@cache
def promo_phrases() -> frozenset[str]:
    return _read_list("promo_phrases.txt")


# --- Text helpers ----------------------------------------------------------------------------------


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").casefold()


def _squeeze(word: str) -> str:
    """Letters repeated for emphasis count once: "anjiiing" → "anjing", "tolonggg" → "tolong"."""
    return re.sub(r"(.)\1+", r"\1", word)


def _words(text: str) -> list[str]:
    return WORD.findall(_fold(text))


def normalised_text(text: str) -> str:
    """Case, punctuation and spacing folded away: what "the same text" compares."""
    return " ".join(re.findall(r"\w+", _fold(text)))


def text_fingerprint(text: str) -> str:
    return hashlib.sha256(normalised_text(text).encode()).hexdigest()


def _base_word(word: str) -> str:
    """The first half of a reduplicated word: "anak-anak" → "anak"."""
    return word.split("-", 1)[0]


# --- The signs -------------------------------------------------------------------------------------


def _links(text: str) -> float:
    found = len(LINK.findall(EMAIL.sub(" ", text)))
    # One link is ordinary (a news item, the agency's own page); advertisers post several.
    return 0.6 if found >= 3 else 0.3 if found == 2 else 0.0


def _promo(folded: str) -> float:
    spans = sorted(
        match.span() for phrase in promo_phrases() for match in re.finditer(rf"(?<!\w){re.escape(phrase)}", folded)
    )
    # Overlapping matches ("slot gacor" and "gacor") are one phrase.
    found, end = 0, -1
    for start, stop in spans:
        if start >= end:
            found += 1
        end = max(end, stop)
    return 0.65 if found >= 3 else 0.5 if found == 2 else 0.3 if found == 1 else 0.0


def _abuse(text: str) -> float:
    listed = abuse_words()
    found = 0
    for word in WORD.findall(_fold(text).translate(LEET)):
        word = _squeeze(word)
        stems = [word] + [word.removesuffix(s) for s in ABUSE_SUFFIXES if word.endswith(s) and len(word) > len(s) + 2]
        if any(stem in listed for stem in stems):
            found += 1
    return 0.6 if found >= 3 else 0.35 if found else 0.0


def _repeated_words(words: list[str]) -> float:
    run = longest = 1
    for previous, current in zip(words, words[1:], strict=False):
        run = run + 1 if current == previous else 1
        longest = max(longest, run)
    if longest >= 4 or (len(words) >= 10 and len(set(words)) / len(words) < 0.35):
        return 0.45
    return 0.0


def _repeated_chars(text: str) -> float:
    runs = [match.group(0) for match in REPEATED_RUN.finditer(text)]
    if len(runs) >= 3 or any(len(run) >= 15 for run in runs):
        return 0.45
    return 0.2 if runs else 0.0


def _capitals(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 20:
        return 0.0
    return 0.2 if sum(ch.isupper() for ch in letters) / len(letters) >= 0.8 else 0.0


def _is_abbreviation(word: str, *, mostly_capitals: bool) -> bool:
    """Acronyms (DTKS, PKH, RSUD) and SMS shorthand (pdhl, dpt): few vowels, yet ordinary."""
    if len(word) <= 4 and not VOWELS & set(word.casefold()):
        return True
    return not mostly_capitals and word.isupper() and len(word) <= 6


def _gibberish(text: str) -> bool:
    """Few or no vowels, or runs of five consonants, in the words that are neither common nor abbreviations."""
    known = common_words()
    mostly_capitals = _capitals(text) > 0
    words = WORD.findall(unicodedata.normalize("NFKC", text))
    unknown = [
        folded
        for word in words
        if not _is_abbreviation(word, mostly_capitals=mostly_capitals)
        and (folded := _squeeze(_base_word(word.casefold()))) not in known
    ]
    letters = "".join(unknown)
    if len(letters) < 15:
        return False
    vowel_ratio = sum(ch in VOWELS for ch in letters) / len(letters)
    if vowel_ratio < 0.2 or vowel_ratio > 0.7:
        return True
    long_words = [w for w in unknown if len(w) >= 4]
    if not long_words:
        return False
    odd = [w for w in long_words if CONSONANT_RUN.search(w) or not VOWELS & set(w)]
    return len(odd) / len(long_words) >= 0.4


def _test_report(words: list[str]) -> bool:
    return bool(words) and all(_squeeze(w) in TEST_WORDS or w in TEST_WORDS for w in words)


def _word_set(text: str) -> set[str]:
    return set(normalised_text(text).split())


def _duplicate(body: str, recent) -> tuple[float, str]:
    fingerprint = text_fingerprint(body)
    words = _word_set(body)
    near = False
    for other in recent:
        other_body = getattr(other, "body", "")
        if text_fingerprint(other_body) == fingerprint:
            return 0.7, DUPLICATE
        other_words = _word_set(other_body)
        if len(words) >= 5 and len(other_words) >= 5:
            near = near or len(words & other_words) / len(words | other_words) >= 0.8
    return (0.6 if near else 0.0), NEAR_DUPLICATE


def _new_account(user, now) -> float:
    joined = getattr(user, "date_joined", None) if user is not None and user.is_authenticated else None
    return 0.1 if joined is not None and now - joined < timedelta(hours=RECENT_HOURS) else 0.0


def spam_score(
    *,
    title: str,
    body: str,
    contact: str = "",
    user=None,
    client_address: str | None = None,
    recent_reports_from_same_source=(),
) -> SpamVerdict:
    """Score a new report before it is routed.

    `recent_reports_from_same_source`: the same reporter's (account, contact or address) reports of
    the last 24 hours, anything with `.body`, *not* including the report being scored (see
    `recent_reports_from_same_source()`). `contact` and `client_address` are accepted so the router
    passes the whole source; today they matter only through those recent reports.
    """
    text = f"{title}\n{body}"
    folded = _fold(text)
    words = _words(text)
    body_words = _words(body)
    recent = list(recent_reports_from_same_source)
    gibberish = _gibberish(text)
    known = common_words()

    signs = [
        _duplicate(body, recent),
        (0.6 if _test_report(words) else 0.0, TEST_REPORT),
        (0.6 if gibberish else 0.0, GIBBERISH),
        (_links(text), LINKS),
        (_promo(folded), PROMO),
        (_abuse(text), ABUSE),
        (_repeated_words(words), REPEATED_WORDS),
        (_repeated_chars(text), REPEATED_CHARS),
        (0.3 if len(recent) >= 5 else 0.0, MANY_RECENT),
        (0.3 if len(set(body_words)) < 5 else 0.0, SHORT),
        (_capitals(text), CAPITALS),
        (
            0.15 if not gibberish and len(words) >= 6 and not any(_base_word(w) in known for w in words) else 0.0,
            NO_INDONESIAN,
        ),
        (_new_account(user, timezone.now()), NEW_ACCOUNT),
    ]
    remaining = 1.0
    for weight, _reason in signs:
        remaining *= 1 - weight
    return SpamVerdict(score=round(1 - remaining, 2), reasons=[reason for weight, reason in signs if weight > 0])


# --- The source's recent reports ---------------------------------------------------------------------


def recent_reports_from_same_source(*, user=None, contact: str = "", exclude_pk=None, now=None, limit: int = 200):
    """The reports the same reporter filed in the last 24 hours: by account, else by normalised contact.

    Reports do not store the client's address, so an anonymous reporter without a contact has no
    recent reports here. `exclude_pk` leaves out the report being scored when it is already saved.
    """
    since = (now or timezone.now()) - timedelta(hours=RECENT_HOURS)
    recent = Report.objects.filter(created_at__gte=since).exclude(pk=exclude_pk).order_by("-created_at")
    if user is not None and user.is_authenticated:
        return list(recent.filter(reporter=user).only("pk", "title", "body")[:limit])
    wanted = normalise_contact(contact)
    if not wanted:
        return []
    # Contacts are stored as typed; compare them normalised, reading only the day's anonymous rows.
    candidates = recent.filter(reporter__isnull=True).exclude(contact="").values_list("pk", "contact")[: limit * 10]
    pks = [pk for pk, other in candidates if normalise_contact(other) == wanted][:limit]
    return list(Report.objects.filter(pk__in=pks).only("pk", "title", "body").order_by("-created_at"))
