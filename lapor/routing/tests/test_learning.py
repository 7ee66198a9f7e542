"""The router learns from where officers finally answered reports, including after "bukan wewenang"."""

import itertools

import pytest

from lapor.routing.models import RoutingModel
from lapor.routing.rules import load_rules
from lapor.routing.services import current_classifier, route_text
from lapor.routing.training import train_and_store

pytestmark = pytest.mark.django_db

# A service the bootstrap corpus has never heard of: the city health office's booking app "SIPEDAS".
PROBLEMS = [
    "tidak bisa login sejak kemarin",
    "kode OTP tidak pernah masuk",
    "jadwal kontrol saya hilang dari daftar",
    "nomor antrean dobel dengan pasien lain",
    "selalu keluar sendiri saat mengisi formulir",
    "data rekam medis anak saya tertukar",
    "pendaftaran imunisasi ditolak padahal syarat lengkap",
    "kuota harian habis jam 6 pagi",
    "tidak menampilkan dokter jaga",
    "status rujukan tidak diperbarui",
    "pembatalan jadwal tidak bisa dilakukan",
    "notifikasi pengingat tidak muncul",
]
OPENINGS = ["Aplikasi SIPEDAS", "Layanan SIPEDAS", "sipedas", "Sistem SIPEDAS di HP saya"]
CLOSINGS = ["Mohon diperbaiki.", "tolong segera dibenahi min", "Sudah lapor ke petugas tapi belum ada hasil."]


def texts():
    for problem, opening, closing in itertools.product(PROBLEMS, OPENINGS, CLOSINGS):
        yield f"{opening} {problem}. {closing}"


def test_accuracy_rises_after_a_batch_of_officers_corrections(cast):
    load_rules()
    every = list(texts())
    history, held_out = every[::4], every[2::4][:20]
    assert not set(history) & set(held_out)

    def accuracy():
        hits = [route_text(text, region_code="21.71").agency == cast.dinkes for text in held_out]
        return sum(hits) / len(hits)

    before = accuracy()
    # Officers' corrections: the reports first went to Dinas PUPR, which answered "bukan wewenang";
    # the national admin sent them on to Dinas Kesehatan, whose officer answered them.
    for text in history:
        report, _ = cast.file(cast.pelapor, title=text[:60], body=text)
        cast.act(report, "verify", cast.admin_nasional, agency_id=cast.pupr.pk)
        cast.act(report, "not_authority", cast.petugas_pupr, reason="Ini urusan Dinas Kesehatan.")
        cast.act(report, "verify", cast.admin_nasional, agency_id=cast.dinkes.pk)
        cast.act(report, "respond", cast.petugas_dinkes, message="Sudah kami perbaiki, silakan dicoba lagi.")

    model = train_and_store()
    assert model.version == 1 and model.is_active and model.from_history == len(history)
    assert current_classifier().version == 1
    after = accuracy()
    assert before <= 0.3 and after >= 0.8, (before, after)
    assert model.metrics["history_examples"] == len(history) and "role_top1" in model.metrics
    assert RoutingModel.objects.filter(is_active=True).count() == 1
