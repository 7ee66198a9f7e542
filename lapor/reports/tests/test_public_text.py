"""`Report.public_text`: the masked copy that searches open to everyone match, written at filing and
backfilled for older rows; and `original_text_q`, the filter form of `may_see_original_text`."""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection
from django.utils import translation

from lapor.reports.models import Report, public_copies
from lapor.reports.selectors import Viewer, may_see_original_text, original_text_q

NIK = "3171012301900001"
PHONE = "0812-3456-7890"
EMAIL = "budi.santoso@example.id"

backfill = importlib.import_module("lapor.reports.migrations.0007_backfill_public_text")


def test_the_public_copies_mask_title_and_body_with_the_indonesian_labels_whatever_the_language():
    with translation.override("en"):
        copies = public_copies(f"Pungli, hubungi {PHONE}", f"NIK saya {NIK}, email {EMAIL}.")
    assert copies["public_title"] == "Pungli, hubungi [nomor telepon disembunyikan]"
    assert copies["public_text"] == (
        "Pungli, hubungi [nomor telepon disembunyikan]\nNIK saya [NIK disembunyikan], email [email disembunyikan]."
    )


def test_filing_stores_the_masked_copies(cast):
    report, _token = cast.file(cast.pelapor, title=f"Pungli, hubungi {PHONE}", body=f"NIK saya {NIK}, tolong ditindak.")
    stored = Report.objects.get(pk=report.pk)
    assert stored.public_title == "Pungli, hubungi [nomor telepon disembunyikan]"
    assert NIK not in stored.public_text and "[NIK disembunyikan]" in stored.public_text
    assert stored.title.endswith(PHONE) and NIK in stored.body  # the originals are kept as written


def _run_backfill():
    backfill.backfill_public_text(apps, SimpleNamespace(connection=connection))


def test_the_backfill_migration_masks_existing_rows_in_chunks(cast, monkeypatch):
    monkeypatch.setattr(backfill, "CHUNK", 2)
    reports = [
        cast.file(cast.pelapor, title=f"Laporan ke-{i}, hubungi {PHONE}", body=f"NIK saya {NIK}, mohon dibantu.")[0]
        for i in range(5)
    ]
    done = reports[0]
    Report.objects.exclude(pk=done.pk).update(public_title="", public_text="")
    Report.objects.filter(pk=done.pk).update(public_text="already filled")  # a resumed run leaves it alone

    _run_backfill()

    for report in reports[1:]:
        row = Report.objects.get(pk=report.pk)
        assert row.public_title == f"Laporan ke-{reports.index(report)}, hubungi [nomor telepon disembunyikan]"
        assert row.public_text == f"{row.public_title}\nNIK saya [NIK disembunyikan], mohon dibantu."
        assert row.title.endswith(PHONE) and NIK in row.body
    assert Report.objects.get(pk=done.pk).public_text == "already filled"


def test_the_backfill_does_nothing_on_an_empty_table(db):
    _run_backfill()
    assert not Report.objects.exists()


@pytest.fixture
def spread(cast):
    """Anonim and named reports held by PUPR, by Tanjungpinang, and waiting in the national queue."""
    reports = []
    for anonymous in (False, True):
        reports.append(cast.disposed_to_pupr(anonymous=anonymous))
        tpi, _ = cast.file(cast.pelapor_lain, anonymous=anonymous, agency_id=cast.tanjungpinang.pk)
        queued, token = cast.file(None, anonymous=anonymous, contact="warga@example.id")
        reports += [tpi, queued]
    return reports, token


def test_original_text_q_agrees_with_may_see_original_text(cast, spread):
    reports, token = spread
    users = [
        None,
        cast.pelapor,
        cast.pelapor_lain,
        cast.admin_nasional,
        cast.pengawas,
        cast.admin_kepri,
        cast.admin_batam,
        cast.petugas_pupr,
        cast.petugas_dinkes,
        cast.admin_tanjungpinang,
    ]
    viewers = [Viewer(user=u) for u in users] + [Viewer(user=None, reporter_tokens=(token,))]
    for viewer in viewers:
        expected = {r.pk for r in reports if may_see_original_text(viewer, Report.objects.get(pk=r.pk))}
        matched = set(Report.objects.filter(original_text_q(viewer)).values_list("pk", flat=True))
        assert matched == expected, viewer
