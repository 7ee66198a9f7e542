"""The spam/abuse score: ordinary (informal) Indonesian complaints score low, junk and abuse score high."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from lapor.routing import spam
from lapor.routing.spam import SpamVerdict, is_suspicious, recent_reports_from_same_source, spam_score

ORDINARY = [
    (
        "Jalan rusak parah",
        "Jalan di depan rumah saya rusak parah pak, sudah 3 bulan gak diperbaiki. Tolong segera ditindaklanjuti!!!",
    ),
    ("jln rusak", "jln rusak dkt rmh sy tlg diperbaiki krn sdh lama bgt, kalo ujan banjir trs"),
    ("PUSKESMAS LAMBAT", "PELAYANAN DI PUSKESMAS SANGAT LAMBAT, SAYA MENUNGGU 5 JAM TIDAK DIPANGGIL JUGA"),
    (
        "Anjing liar",
        "Banyak anjing liar berkeliaran di perumahan kami, anak-anak takut keluar rumah. Mohon ditertibkan.",
    ),
    (
        "Website dinas disusupi judi",
        "Website dinas pendidikan disusupi iklan slot gacor, coba lihat https://disdik.contoh.go.id/berita",
    ),
    ("Bansos tidak cair", "Min, bansos PKH ibu saya gak cair2 udah 4 bulan, padahal namanya ada di DTKS. Gimana ini?"),
    ("Lampu jalan mati", "Tolonggg pak, lampu jalan mati semua di gang kami, gelap banget malam2 rawan maling"),
    ("DTKS PKH BPNT", "NIK sy tdk terdaftar di DTKS, PKH BPNT BLT DD tdk dpt, mhn dicek"),
    ("Dalan rusak", "Dalan neng desa kula rusak, ora tau didandani karo pemerintah, mohon dibantu nggih"),
    ("Jalan ruksak", "Jalan di lembur abdi ruksak pisan, tos lami teu aya perbaikan ti pamarentah"),
    ("Street lights off", "The street lights on Jalan Sudirman have been off for two weeks, please fix them."),
    ("Pungli KTP", "Pegawai kelurahan bangsat, minta pungli 500rb buat ngurus KTP. Tolong ditindak!"),
    (
        "Pinjol ilegal",
        "Saya diteror debt collector pinjol ilegal, data kontak saya disebar. Nomor penagih 081234567890.",
    ),
    ("Sampah menumpuk", "Sampah di TPS pasar menumpuk, bau."),
    (
        "Harga beras",
        "Harga beras tidak terkontrol, perekonomian warga cukup sulit. Ini pembodohan publik, mohon dikontrol.",
    ),
    (
        "Berita jalan rusak",
        "Sudah diberitakan di https://berita.contoh.id/jalan-rusak dan https://koran.contoh.id/banjir tapi belum "
        "ada perbaikan dari dinas.",
    ),
]

SPAM = [
    ("asdkjh", "asdkjhasd qwkejhqwe zxcmnbzxc lkjhlkjh poiqwe mnbvcx hgfdsa", spam.GIBBERISH),
    ("hdhdhdhd", "hdhdhdhdh jsjsjsjsjs kdkdkdkdkd bzbzbzbz nxnxnxnx", spam.GIBBERISH),
    ("tes", "tes tes tes 123", spam.TEST_REPORT),
    ("aaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", spam.REPEATED_CHARS),
    ("tolong", "tolong tolong tolong tolong tolong tolong", spam.REPEATED_WORDS),
    (
        "SLOT GACOR MAXWIN",
        "DAFTAR SEKARANG di situs slot terpercaya bonus deposit 100% http://gacor88.xyz http://bit.ly/gacor "
        "www.slot77.vip",
        spam.LINKS,
    ),
    ("Pinjaman cepat cair", "Butuh dana? pinjaman tanpa jaminan cepat cair, hubungi wa.me/6281234567890", spam.PROMO),
    ("goblok", "dasar pegawai g0bl0k tolol bangsatnya kontol semua kalian", spam.ABUSE),
]


@pytest.mark.parametrize(("title", "body"), ORDINARY)
def test_ordinary_complaints_score_low(title, body):
    verdict = spam_score(title=title, body=body)

    assert verdict.score < 0.4, verdict
    assert not is_suspicious(verdict)


@pytest.mark.parametrize(("title", "body", "reason"), SPAM)
def test_junk_advertising_and_abuse_are_suspicious(title, body, reason):
    verdict = spam_score(title=title, body=body)

    assert is_suspicious(verdict), verdict
    assert reason in verdict.reasons
    assert 0.6 <= verdict.score <= 1


def test_each_sign_is_named_and_the_signs_add_up():
    shouting = "PELAYANAN KANTOR KECAMATAN SANGAT LAMBAT DAN PETUGASNYA TIDAK ADA DI TEMPAT"
    caps_only = spam_score(title="Pelayanan lambat", body=shouting)
    with_abuse = spam_score(title="Pelayanan lambat", body=shouting + " DASAR BRENGSEK")

    assert caps_only == SpamVerdict(score=0.2, reasons=[spam.CAPITALS])
    assert with_abuse.reasons == [spam.ABUSE, spam.CAPITALS]
    assert with_abuse.score == pytest.approx(1 - (1 - 0.35) * (1 - 0.2), abs=0.01)


def test_two_links_are_a_mild_sign_three_a_strong_one():
    two = spam_score(
        title="Info", body="Lihat http://contoh.id/a dan http://contoh.id/b untuk jalan rusak di desa kami."
    )
    three = spam_score(
        title="Info", body="Lihat http://a.xyz http://b.xyz http://c.xyz untuk jalan rusak di desa kami."
    )

    assert two.score == 0.3 and not is_suspicious(two)
    assert three.score == 0.6 and is_suspicious(three)


def test_an_email_address_is_not_a_link():
    verdict = spam_score(
        title="Balasan", body="Mohon balas ke budi@gmail.com atau siti@yahoo.co.id, jalan rusak belum diperbaiki."
    )

    assert spam.LINKS not in verdict.reasons


def test_the_threshold_is_a_setting(settings):
    verdict = spam_score(title="Pungli KTP", body="Pegawai kelurahan bangsat, minta pungli buat ngurus KTP.")
    assert verdict.score == 0.35 and not is_suspicious(verdict)

    settings.SPAM_SCORE_THRESHOLD = 0.3

    assert is_suspicious(verdict)


# --- The same source's recent reports ----------------------------------------------------------------


def test_the_same_text_filed_again_by_the_same_account_is_suspicious(cast):
    first, _token = cast.file(cast.pelapor)
    recent = recent_reports_from_same_source(user=cast.pelapor)
    assert recent == [first]

    verdict = spam_score(
        title="Jalan berlubang lagi",
        body=first.body.upper() + "!!",  # case and punctuation do not make a text new
        user=cast.pelapor,
        recent_reports_from_same_source=recent,
    )

    assert spam.DUPLICATE in verdict.reasons
    assert is_suspicious(verdict)


def test_nearly_the_same_text_is_suspicious_too(cast):
    first, _token = cast.file(cast.pelapor)

    verdict = spam_score(
        title=first.title,
        body=first.body.replace("sebulan", "dua bulan"),
        recent_reports_from_same_source=recent_reports_from_same_source(user=cast.pelapor),
    )

    assert verdict.reasons[0] == spam.NEAR_DUPLICATE
    assert is_suspicious(verdict)


def test_a_different_complaint_from_the_same_reporter_is_not_a_duplicate(cast):
    cast.file(cast.pelapor)

    verdict = spam_score(
        title="Air PDAM keruh",
        body="Air PDAM di rumah kami keruh dan berbau sejak kemarin, tidak bisa dipakai untuk memasak.",
        recent_reports_from_same_source=recent_reports_from_same_source(user=cast.pelapor),
    )

    assert verdict.score < 0.2


def test_the_report_being_scored_is_left_out(cast):
    report, _token = cast.file(cast.pelapor)

    assert recent_reports_from_same_source(user=cast.pelapor, exclude_pk=report.pk) == []


def test_a_reporter_without_an_account_is_found_by_the_normalised_contact(cast):
    first, _token = cast.file(None, contact="0812-1111-2222")
    cast.file(None, contact="0813 9999 0000")

    recent = recent_reports_from_same_source(contact="+62 812 1111 2222")

    assert recent == [first]
    assert recent_reports_from_same_source(contact="") == []


def test_reports_older_than_a_day_do_not_count(cast):
    with time_machine.travel(timezone.now() - timedelta(hours=25), tick=False):
        cast.file(cast.pelapor)

    assert recent_reports_from_same_source(user=cast.pelapor) == []


def test_many_reports_from_one_source_in_a_day_are_a_sign(cast):
    for i in range(5):
        cast.file(
            cast.pelapor, body=f"Laporan nomor {i}: lampu jalan padam di gang {i} sejak minggu lalu, mohon dicek."
        )

    verdict = spam_score(
        title="Air keruh",
        body="Air PDAM di rumah kami keruh dan berbau sejak kemarin, tidak bisa dipakai untuk memasak.",
        recent_reports_from_same_source=recent_reports_from_same_source(user=cast.pelapor),
    )

    assert verdict.reasons == [spam.MANY_RECENT]


def test_a_brand_new_account_is_a_mild_sign_only(cast):
    title, body = ORDINARY[0]

    fresh = spam_score(title=title, body=body, user=cast.pelapor)
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        settled = spam_score(title=title, body=body, user=cast.pelapor)

    assert fresh == SpamVerdict(score=0.1, reasons=[spam.NEW_ACCOUNT])
    assert settled.score == 0.0
