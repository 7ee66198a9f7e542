"""Finding and masking personal data in Indonesian free text."""

import pytest
from django.utils import translation

from lapor.routing.redaction import (
    BANK_ACCOUNT,
    EMAIL,
    NAME,
    NIK,
    PHONE,
    PLATE,
    Span,
    find_personal_data,
    mask_personal_data,
    plausible_nik,
    shown_text,
)


def found(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in find_personal_data(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NIK: 16 digits, grouped or not; a woman's NIK has her birth day + 40.
        ("NIK saya 3171012301900001.", [(NIK, "3171012301900001")]),
        ("KTP: 3171 0123 0190 0001 (suami)", [(NIK, "3171 0123 0190 0001")]),
        ("istri saya 31.71.01.630192.0002", [(NIK, "31.71.01.630192.0002")]),
        ("ibu 2171-0155-0580-0003 sudah mendaftar", [(NIK, "2171-0155-0580-0003")]),
        # Not a plausible NIK on its own, but introduced as one.
        ("NIK: 9912345678901234", [(NIK, "9912345678901234")]),
        # Phones: mobiles in every usual writing, landlines with area codes.
        ("hubungi 0812-3456-7890 ya", [(PHONE, "0812-3456-7890")]),
        ("WA +62 812 3456 7890", [(PHONE, "+62 812 3456 7890")]),
        ("atau 62 812.3456.7890", [(PHONE, "62 812.3456.7890")]),
        ("nomor 081234567890.", [(PHONE, "081234567890")]),
        ("+6281234567890", [(PHONE, "+6281234567890")]),
        ("0812 3456 78 90 (Budi)", [(PHONE, "0812 3456 78 90")]),
        ("kantor (021) 555-1234 jam kerja", [(PHONE, "(021) 555-1234")]),
        ("kelurahan 0778-123456", [(PHONE, "0778-123456")]),
        ("telp 5551234", [(PHONE, "5551234")]),
        # E-mail.
        (
            "kirim ke budi.santoso+lapor@mail.example.co.id, terima kasih",
            [(EMAIL, "budi.santoso+lapor@mail.example.co.id")],
        ),
        # Bank accounts, only where a context word introduces them.
        ("no. rek: 0123-01-012345-50-1", [(BANK_ACCOUNT, "0123-01-012345-50-1")]),
        ("norek 1234567890.", [(BANK_ACCOUNT, "1234567890")]),
        ("rekening BCA nomor 1234567890", [(BANK_ACCOUNT, "1234567890")]),
        ("Rek. Mandiri 123-00-0456789-0", [(BANK_ACCOUNT, "123-00-0456789-0")]),
        ("transfer ke BRI 012301012345501 kemarin", [(BANK_ACCOUNT, "012301012345501")]),
        ("1234567890 a/n Siti Aminah", [(BANK_ACCOUNT, "1234567890"), (NAME, "Siti Aminah")]),
        # Plates: region code, number, suffix; with a context word lower case and short forms too.
        ("Mobil B 1234 XYZ parkir", [(PLATE, "B 1234 XYZ")]),
        ("motor BP1234AB", [(PLATE, "BP1234AB")]),
        ("truk D 4567 ABC menabrak", [(PLATE, "D 4567 ABC")]),
        ("Angkot AB-1234-CD", [(PLATE, "AB-1234-CD")]),
        ("pelatnya terlihat jelas: DK 12 AB", [(PLATE, "DK 12 AB")]),
        ("plat b 1234 xyz", [(PLATE, "b 1234 xyz")]),
        ("nopol B 1234", [(PLATE, "B 1234")]),
        # Self-identification: the 1–3 capitalised words that follow.
        ("Nama saya Budi Santoso, warga Batam.", [(NAME, "Budi Santoso")]),
        ("saya bernama Ani.", [(NAME, "Ani")]),
        ("Perkenalkan, saya Rudi dari RW 02", [(NAME, "Rudi")]),
        ("laporan atas nama Siti Nurhaliza Putri Ayu", [(NAME, "Siti Nurhaliza Putri")]),
        ("a.n. Bapak Joko Widodo", [(NAME, "Bapak Joko Widodo")]),
        ("Nama lengkap: SITI AMINAH", [(NAME, "SITI AMINAH")]),
        ("nama saya adalah Dewi Lestari dan saya tinggal di sini", [(NAME, "Dewi Lestari")]),
        ("nama saya Budi RT 05", [(NAME, "Budi")]),
    ],
)
def test_it_finds_personal_data(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Amounts, dates, times, years, report numbers.
        "Saya dimintai Rp 1.500.000 untuk mengurus KTP.",
        "Biaya Rp1500000 tanpa kuitansi",
        "Tagihan IDR 2.750.000,00",
        "ke rekening sebesar 2.000.000 rupiah",
        "rekening saya diblokir sejak 12-05-2023",
        "dipotong dari rekening 1.250.000,- setiap bulan",
        "pada tanggal 12/05/2023 pukul 08.00-12.00",
        "sejak tahun 2019 sampai 2023",
        "laporan #AB12CD34 belum dijawab",
        "laporan #BP1234AB belum dijawab",
        "antrean nomor 1234567 di loket",
        "No. Laporan 1234567890123456",
        "hubungi kami jam 08.00",
        "hp saya hilang tahun 2023",
        # Addresses and abbreviations shaped like plates.
        "Di RT 05 RW 03 dekat KM 12, SD 3, No 5.",
        "Jalan Tol KM 12 arah Bandung",
        "Perumahan Indah Blok B 12 A",
        "Gedung D 201 AB lantai dua",
        "lulusan S1 TI dan D3 UGM",
        "SMP 3 dan SMA 1 Batam",
        "UU 23 TAHUN 2014",
        "Pasal 5 ayat 2",
        "ada 3 orang di sana",
        # "atas nama" speaking for an institution or people in general.
        "Atas nama Pemerintah Kota Batam kami mohon maaf.",
        "atas nama warga RT 05 kami mengeluh.",
        "nama saya dicatut oleh oknum",
        # Nothing to find.
        "",
        "Jalan di depan Pasar Induk berlubang besar dan membahayakan pengendara.",
        "budi at gmail",
    ],
)
def test_it_leaves_ordinary_text_alone(text):
    assert find_personal_data(text) == []
    assert mask_personal_data(text) == text


def test_nik_plausibility_checks_province_district_birth_date_and_serial():
    assert plausible_nik("3171012301900001")  # Jakarta Barat, born 23-01-1990
    assert plausible_nik("3171016301900001")  # the same for a woman (day + 40)
    assert not plausible_nik("1071012301900001")  # no province 10
    assert not plausible_nik("3100012301900001")  # no district 00
    assert not plausible_nik("3171013201900001")  # day 32
    assert not plausible_nik("3171012313900001")  # month 13
    assert not plausible_nik("3171012301900000")  # serial 0000
    assert not plausible_nik("1234567890123456")


def test_a_bare_sixteen_digit_number_is_a_nik_only_when_plausible():
    assert found("kode 3171012301900001") == [(NIK, "3171012301900001")]
    assert found("kode 3171013201900001") == []


def test_it_returns_spans_in_reading_order_without_overlaps():
    text = "HP 0812-3456-7890, NIK 3171012301900001, email budi@example.id (budi 0812)"
    spans = find_personal_data(text)
    assert [s.kind for s in spans] == [PHONE, NIK, EMAIL]
    assert all(isinstance(s, Span) for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


def test_an_email_with_digits_is_one_email_not_a_phone():
    assert found("surel 081234567890@example.id") == [(EMAIL, "081234567890@example.id")]


def test_masking_keeps_the_kind_visible_and_the_rest_of_the_text():
    text = (
        "Nama saya Budi Santoso, NIK 3171012301900001, HP 0812-3456-7890, email budi@example.id. "
        "Mobil B 1234 XYZ. Uang ke rekening BCA 1234567890, bukan Rp 1.500.000, di RT 05 RW 03."
    )
    with translation.override("id"):
        masked = mask_personal_data(text)
    assert masked == (
        "Nama saya [nama disembunyikan], NIK [NIK disembunyikan], HP [nomor telepon disembunyikan], "
        "email [email disembunyikan]. Mobil [nomor polisi disembunyikan]. Uang ke rekening BCA "
        "[nomor rekening disembunyikan], bukan Rp 1.500.000, di RT 05 RW 03."
    )


def test_shown_text_masks_only_for_readers_without_the_original():
    text = "HP 0812-3456-7890"
    assert shown_text(text, originals=True) == text
    assert shown_text(text, originals=False) == "HP [nomor telepon disembunyikan]"
