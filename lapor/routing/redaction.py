"""Personal data in free text: find it, and mask it for everyone who may not read the original.

Citizens write their NIK, phone number, e-mail, bank account, a plate number or their own name into
a report's title, body or replies. Public pages and the public API show that text masked
("[NIK disembunyikan]"); the reporter and the officers who handle the report read the original
(`lapor.reports.selectors.may_see_original_text` decides who).

Pure functions over precompiled patterns: list pages run them on every row. Each detector prefers
to miss a doubtful case over masking ordinary words, except where a context word ("rekening",
"plat", "NIK") says what follows.
"""

import re
from typing import NamedTuple

from django.utils.translation import gettext, gettext_noop
from phonenumbers import Leniency, PhoneNumberMatcher

NIK = "nik"
EMAIL = "email"
BANK_ACCOUNT = "bank_account"
PHONE = "phone"
PLATE = "plate"
NAME = "name"

# When two findings overlap, the earlier kind wins (an e-mail's digits are not a phone number,
# a NIK is not a bank account).
PRIORITY = (EMAIL, NIK, BANK_ACCOUNT, PHONE, PLATE, NAME)

MASKS = {
    NIK: gettext_noop("[NIK disembunyikan]"),
    PHONE: gettext_noop("[nomor telepon disembunyikan]"),
    EMAIL: gettext_noop("[email disembunyikan]"),
    BANK_ACCOUNT: gettext_noop("[nomor rekening disembunyikan]"),
    PLATE: gettext_noop("[nomor polisi disembunyikan]"),
    NAME: gettext_noop("[nama disembunyikan]"),
}


class Span(NamedTuple):
    kind: str
    start: int
    end: int


# --- NIK: 16 digits, PP KK CC DDMMYY SSSS --------------------------------------------------------

# Kemendagri province codes (the first two digits of every NIK), Papua's new provinces included.
PROVINCE_CODES = frozenset(
    "11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 "
    "71 72 73 74 75 76 81 82 91 92 93 94 95 96".split()
)
# 16 digits, optionally grouped by single spaces, dots or dashes ("3171 0123 0190 0001").
NIK_RE = re.compile(r"(?<!\d)\d(?:[ .\-]?\d){15}(?!\d)(?![.\-]\d)")
NIK_CONTEXT_RE = re.compile(
    r"(?i:\b(?:nik|ktp|e-?ktp|no\.?\s*kk|kartu\s+keluarga|nomor\s+induk\s+kependudukan))\W{0,12}$"
)


def plausible_nik(digits: str) -> bool:
    """Province code, a district code, a birth date (women's day + 40) and a serial that is not 0000."""
    if digits[:2] not in PROVINCE_CODES or digits[2:4] == "00" or digits[4:6] == "00":
        return False
    day, month = int(digits[6:8]), int(digits[8:10])
    if day > 40:
        day -= 40
    return 1 <= day <= 31 and 1 <= month <= 12 and digits[12:] != "0000"


def _niks(text: str) -> list[Span]:
    spans = []
    for m in NIK_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if plausible_nik(digits) or NIK_CONTEXT_RE.search(text, max(0, m.start() - 40), m.start()):
            spans.append(Span(NIK, m.start(), m.end()))
    return spans


# --- E-mail ---------------------------------------------------------------------------------------

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")


def _emails(text: str) -> list[Span]:
    return [Span(EMAIL, m.start(), m.end()) for m in EMAIL_RE.finditer(text)]


# --- Bank accounts: only a number that a context word introduces ----------------------------------

BANKS = r"bca|bri|bni|bsi|btn|mandiri|cimb(?:\s+niaga)?|danamon|permata|ocbc|maybank|panin|btpn|jago|bank"
ACCOUNT_WORDS = r"no(?:mor)?\.?\s*rek(?:ening)?\b\.?|norek\b|rekening\b|rek\b\.?|(?:" + BANKS + r")\b"
# "no. rek: 123", "rekening BCA nomor 123", "norek 123", "transfer ke Mandiri 123-00-0456789-0".
# (The look-ahead on the first letter only makes the scan fast.)
ACCOUNT_BEFORE_RE = re.compile(
    r"\b(?=[NnRrBbMmCcDdPpOoJj])(?i:(?:" + ACCOUNT_WORDS + r"))"
    r"(?P<filler>[^\d\n;!?]{0,30}?)"
    r"(?P<number>\d(?:[ .\-]?\d){5,19})(?!\d)"
)
# "1234567890 a/n Budi": the number comes first, the account holder after it.
ACCOUNT_AFTER_RE = re.compile(
    r"(?<![\d.,])(?P<number>\d(?:[ .\-]?\d){5,19})(?!\d)\s*\(?\s*(?i:a/n|a\.\s?n\.?|atas\s+nama)(?!\w)"
)
AMOUNT_BEFORE_RE = re.compile(
    r"(?i:(?:\brp\.?|\bidr|\b(?:sebesar|senilai|seharga|biaya|total|jumlah|tarif|harga)\b:?)\s*)$"
)
AMOUNT_AFTER_RE = re.compile(r"(?i:\s*(?:,-|,00|rupiah|ribu|juta|jt|rb)(?!\w))")
DATE_RE = re.compile(r"\d{1,2}[.\-/ ]\d{1,2}[.\-/ ]\d{2,4}")


def _looks_like_amount_or_date(text: str, start: int, end: int) -> bool:
    number = text[start:end]
    if DATE_RE.fullmatch(number):
        return True
    if AMOUNT_BEFORE_RE.search(text, max(0, start - 12), start):
        return True
    return AMOUNT_AFTER_RE.match(text, end) is not None


def _bank_accounts(text: str) -> list[Span]:
    spans = []
    for regex in (ACCOUNT_BEFORE_RE, ACCOUNT_AFTER_RE):
        for m in regex.finditer(text):
            start, end = m.span("number")
            if not _looks_like_amount_or_date(text, start, end):
                spans.append(Span(BANK_ACCOUNT, start, end))
    return spans


# --- Phone numbers ---------------------------------------------------------------------------------

# What libphonenumber may miss: mobiles written in odd groups ("0812 3456 78 90", "+62-812-3456-7890").
MOBILE_RE = re.compile(r"(?<![\d+])(?:\+62|62|0)[ .\-]?8\d(?:[ .\-]?\d){6,10}(?!\d)")
# A bare number ("1500000", "1.500.000") is an amount or an id, not a phone: a phone number written
# in a report starts with its trunk prefix 0, the country code, or an area code in brackets.
PHONE_START_RE = re.compile(r"[0+(]|62")
# ...unless a context word says it is one ("telp 5551234", "WA: 81234567890").
PHONE_CONTEXT_RE = re.compile(
    r"\b(?=[TtHhPpWwKk])(?i:(?:telp|tlp|telepon|telpon|hp|handphone|ponsel|wa|whatsapp|kontak|hubungi)\b\.?)"
    r"[^\d\n.;!?]{0,12}?(?P<number>\d(?:[ .\-]?\d){5,13})(?!\d)"
)


# Stretches that could hold a phone number: libphonenumber's matcher is slow on long text full of
# numbers ("RT 05 RW 03"), so it only reads these.
PHONE_CANDIDATE_RE = re.compile(r"(?<![\w+])(?:\+|\(?0|62)[\d ().\-]{5,22}\d")


def _phones(text: str) -> list[Span]:
    spans = []
    for candidate in PHONE_CANDIDATE_RE.finditer(text):
        offset = candidate.start()
        spans.extend(
            Span(PHONE, offset + m.start, offset + m.end)
            for m in PhoneNumberMatcher(candidate.group(), "ID", leniency=Leniency.VALID)
            if PHONE_START_RE.match(m.raw_string)
        )
    spans.extend(Span(PHONE, m.start(), m.end()) for m in MOBILE_RE.finditer(text))
    for m in PHONE_CONTEXT_RE.finditer(text):
        start, end = m.span("number")
        if not _looks_like_amount_or_date(text, start, end):
            spans.append(Span(PHONE, start, end))
    return spans


# --- Vehicle plates (TNKB) -------------------------------------------------------------------------

# Korlantas region codes: a plate starts with one of these, which rules out "RT 05", "KM 12", "SD 3".
PLATE_REGIONS = frozenset(
    "A B D E F G H K L M N P R S T W Z AA AB AD AE AG BA BB BD BE BG BH BK BL BM BN BP "
    "DA DB DC DD DE DG DH DK DL DM DN DP DR DS DT DW EA EB ED KB KH KT KU PA PB PG PS PT PY RI CD CC".split()
)
PLATE_RE = re.compile(
    r"(?<![\w.\-#/])(?P<prefix>[A-Za-z]{1,2})[ \-]?(?P<number>\d{1,4})(?:[ \-]?(?P<suffix>[A-Za-z]{1,3}))?(?![\w\-])"
)
PLATE_CONTEXT_RE = re.compile(
    r"(?i:\b(?:pl[ae]t(?:\s+nomor)?|nopol|no\.?\s*pol(?:isi)?|nomor\s+(?:polisi|kendaraan)|tnkb|kendaraan|"
    r"mobil|motor|truk|truck|bus|angkot|taksi|taxi|ojek|pick\s?up)\b)[^\n.;!?]{0,20}$"
)
# Addresses and rooms share the plate's shape: "Blok B 12 A", "Gedung D 201", "Lantai B 2".
NOT_PLATE_BEFORE_RE = re.compile(
    r"(?i:\b(?:blok|gedung|lantai|lt|ruang|ruangan|kamar|kelas|gang|gg|tipe|type|seri|pintu|loket|"
    r"gerbong|kursi|kav|kavling|no|nomor|unit|tower|zona|sektor|pasal|ayat)\.?\s*)$"
)


def _plates(text: str) -> list[Span]:
    spans = []
    for m in PLATE_RE.finditer(text):
        prefix, number, suffix = m.group("prefix"), m.group("number"), m.group("suffix") or ""
        if prefix.upper() not in PLATE_REGIONS:
            continue
        window = max(0, m.start() - 40)
        if PLATE_CONTEXT_RE.search(text, window, m.start()):
            spans.append(Span(PLATE, m.start(), m.end()))
            continue
        # Without a context word only the full, upper-case form counts ("B 1234 XYZ", "BP1234AB"),
        # with at least two digits: "S1 TI" and "D3 UGM" are degrees, not plates.
        if not (prefix.isupper() and suffix.isupper() and len(number) >= 2):
            continue
        if NOT_PLATE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        spans.append(Span(PLATE, m.start(), m.end()))
    return spans


# --- Self-identification: "nama saya Budi Santoso", "a.n. Siti" ------------------------------------

NAME_TRIGGER = (
    r"\b(?=[NnSsPpAa])(?i:(?:nama\s+(?:lengkap\s+)?saya(?:\s+(?:adalah|ialah))?|saya\s+bernama|perkenalkan,?\s+(?:nama\s+)?saya|"
    r"atas\s+nama|nama(?:\s+lengkap)?\s*:|(?<!\w)a\.\s?n\.|(?<!\w)a/n))"
)
HONORIFIC = r"(?i:(?:bapak|bpk|pak|ibu|bu|sdr|sdri|saudara|saudari|hj?|dr|drs|dra|ir|prof)\.?\s+)?"
NAME_WORD = r"(?:[A-Z]\.|[A-Z][A-Za-z'’\-]+)"
NAME_RE = re.compile(
    NAME_TRIGGER + r"\s*:?\s*(?P<name>" + HONORIFIC + NAME_WORD + r"(?:[ \t]+" + NAME_WORD + r"){0,2})"
)
# Capitalised words that end a name, or show that "atas nama" speaks for an institution.
NOT_NAME_WORDS = frozenset(
    "saya aku kami dan di ke dari yang dengan untuk pada rt rw jl jalan nik no nomor desa kelurahan kecamatan "
    "kabupaten kota provinsi pemerintah pemkot pemkab pemprov dinas badan kantor kementerian instansi warga "
    "masyarakat bupati walikota wali gubernur camat lurah kepala presiden negara rakyat tuhan allah pt cv".split()
)


def _names(text: str) -> list[Span]:
    spans = []
    for m in NAME_RE.finditer(text):
        start = m.start("name")
        end = start
        for word in re.finditer(r"\S+", m.group("name")):
            if word.group().rstrip(".").lower() in NOT_NAME_WORDS:
                break
            end = start + word.end()
        if end > start:
            spans.append(Span(NAME, start, end))
    return spans


# --- Putting it together ---------------------------------------------------------------------------

DIGIT_RE = re.compile(r"\d")


def find_personal_data(text: str) -> list[Span]:
    """Personal data in `text`, in reading order, without overlaps."""
    if not text:
        return []
    found = _names(text)
    if "@" in text:
        found += _emails(text)
    if DIGIT_RE.search(text):
        found += _niks(text) + _bank_accounts(text) + _phones(text) + _plates(text)
    if not found:
        return []
    rank = {kind: i for i, kind in enumerate(PRIORITY)}
    # Stronger kinds first, then the longer finding; a span overlapping one already kept is dropped.
    found.sort(key=lambda s: (rank[s.kind], s.start - s.end, s.start))
    kept: list[Span] = []
    for span in found:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def mask_personal_data(text: str) -> str:
    """`text` with each piece of personal data replaced by a label saying what was hidden."""
    spans = find_personal_data(text)
    if not spans:
        return text
    parts, pos = [], 0
    for span in spans:
        parts.append(text[pos : span.start])
        parts.append(gettext(MASKS[span.kind]))
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)


def shown_text(text: str, *, originals: bool) -> str:
    """`text` as written for readers who may see the original, masked for everyone else."""
    return text if originals else mask_personal_data(text)
