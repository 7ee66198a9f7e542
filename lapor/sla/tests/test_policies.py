"""SLA policies as data: the regulation's defaults, versions that never rewrite a running deadline,
and agency overrides that may only be stricter."""

from datetime import datetime, timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from lapor.reports.models import Report
from lapor.sla import services
from lapor.sla.models import Classification, SlaPolicy, Stage, Unit
from lapor.sla.services import PolicyInput

from .conftest import WIB, end_of


def travel(y, m, d, hh=10, mm=0):
    return time_machine.travel(datetime(y, m, d, hh, mm, tzinfo=WIB), tick=False)


def revise(**fields) -> SlaPolicy:
    return services.policy_revise(PolicyInput(**fields))


def test_the_regulation_defaults_are_seeded_as_version_1(db):
    national = {
        (p.stage, p.classification): (p.days, p.unit, p.version)
        for p in SlaPolicy.objects.filter(agency=None, is_active=True)
    }
    assert national == {
        ("verification", "any"): (3, "working", 1),
        ("first_response", "any"): (5, "working", 1),
        ("completion", "permintaan_informasi"): (5, "working", 1),
        ("completion", "pengaduan"): (14, "working", 1),
        ("completion", "pengaduan_berkadar_pengawasan"): (60, "working", 1),
        ("completion", "aspirasi"): (14, "working", 1),
        ("reply_window", "any"): (10, "calendar", 1),
    }


def test_a_new_version_applies_to_new_stages_and_never_moves_a_running_deadline(cast):
    with travel(2026, 4, 13):
        running, _ = cast.file(cast.pelapor)
        new = revise(stage=Stage.VERIFICATION, days=2, note="Percepatan verifikasi")
        fresh, _ = cast.file(cast.pelapor)
    assert new.version == 2 and new.agency is None
    # The old row is untouched: history keeps both.
    assert SlaPolicy.objects.filter(stage="verification", agency=None).count() == 2
    assert SlaPolicy.objects.get(stage="verification", agency=None, version=1).days == 3
    assert Report.objects.get(pk=running.pk).due_at == end_of(2026, 4, 16)
    assert fresh.due_at == end_of(2026, 4, 15)
    assert fresh.events.get().data["sla"]["due_at"]["policy_version"] == 2


def test_a_version_may_be_scheduled_and_waits_for_its_day(cast):
    with travel(2026, 4, 13):
        revise(stage=Stage.FIRST_RESPONSE, days=4, valid_from=datetime(2026, 5, 1, tzinfo=WIB))
        report = cast.disposed_to_pupr()
    assert report.due_at == end_of(2026, 4, 20)  # still 5 HK
    with travel(2026, 5, 4):
        report = cast.disposed_to_pupr()
    assert report.due_at == end_of(2026, 5, 8)  # 4 HK from then on


def test_it_refuses_backdating_and_bad_values(db):
    with pytest.raises(ValidationError) as error:
        revise(stage=Stage.VERIFICATION, days=2, valid_from=timezone.now() - timedelta(days=1))
    assert "valid_from" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        revise(stage=Stage.VERIFICATION, days=0)
    assert "days" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        revise(stage="escalation", days=3)
    assert "stage" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        revise(stage=Stage.VERIFICATION, days=3, is_active=False)
    assert "is_active" in error.value.message_dict  # a national rule cannot be withdrawn
    assert SlaPolicy.objects.count() == 7


def test_an_agency_rule_applies_to_its_subtree_only(cast):
    # Pemkot Batam verifies within 2 working days (a stricter local SOP).
    with travel(2026, 4, 1):
        revise(stage=Stage.VERIFICATION, days=2, agency=cast.batam, note="SOP Pemkot Batam")
    with travel(2026, 4, 13):
        at_batam, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
        at_pupr, _ = cast.file(cast.pelapor, agency_id=cast.pupr.pk)
        at_tpi, _ = cast.file(cast.pelapor, agency_id=cast.tanjungpinang.pk)
        national, _ = cast.file(cast.pelapor)
    assert at_batam.due_at == at_pupr.due_at == end_of(2026, 4, 15)
    assert at_tpi.due_at == national.due_at == end_of(2026, 4, 16)
    assert at_pupr.events.get().data["sla"]["due_at"]["policy_agency_id"] == cast.batam.pk
    # Routed to Batam by the national admin: its first-answer clock follows the national 5 HK.
    with travel(2026, 4, 13):
        national = cast.act(national, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    assert national.due_at == end_of(2026, 4, 20)


def test_an_agency_rule_may_only_be_stricter_in_the_same_unit(cast):
    with pytest.raises(ValidationError) as error:
        revise(stage=Stage.FIRST_RESPONSE, days=7, agency=cast.batam)
    assert "paling lama 5 hari kerja" in error.value.message_dict["days"][0]
    with pytest.raises(ValidationError) as error:
        revise(stage=Stage.REPLY_WINDOW, days=7, unit=Unit.WORKING, agency=cast.batam)
    assert "unit" in error.value.message_dict
    # "Any classification" covers permintaan informasi too, whose national completion is 5 HK.
    with pytest.raises(ValidationError) as error:
        revise(stage=Stage.COMPLETION, days=10, agency=cast.batam)
    assert "Permintaan informasi" in error.value.message_dict["days"][0]
    ok = revise(stage=Stage.COMPLETION, classification=Classification.PENGADUAN, days=10, agency=cast.batam)
    assert ok.version == 1


def test_the_strictest_rule_in_force_wins_even_after_the_national_one_tightens(cast):
    with travel(2026, 4, 1):
        revise(stage=Stage.FIRST_RESPONSE, days=4, agency=cast.kepri)
        revise(stage=Stage.FIRST_RESPONSE, days=3, agency=cast.pupr)
    with travel(2026, 4, 13):
        report = cast.disposed_to_pupr()  # verified to Batam (4 HK from Kepri), then disposed: clock kept
    assert report.due_at == end_of(2026, 4, 17)
    with travel(2026, 4, 13):
        revise(stage=Stage.FIRST_RESPONSE, days=2)  # the national rule is now stricter than Kepri's
        report = cast.act(report, "respond", cast.petugas_pupr, message="Jawaban awal.")
    with travel(2026, 4, 14):
        report = cast.act(report, "reply", cast.pelapor, message="Belum selesai.")
    assert report.due_at == end_of(2026, 4, 16)  # 2 HK, not PUPR's 3 nor Kepri's 4


def test_an_agency_rule_can_be_withdrawn_by_a_new_version(cast):
    with travel(2026, 4, 1):
        revise(stage=Stage.VERIFICATION, days=2, agency=cast.batam)
    with travel(2026, 4, 13):
        withdrawn = revise(stage=Stage.VERIFICATION, agency=cast.batam, is_active=False, note="SOP dicabut")
        report, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
    assert (withdrawn.version, withdrawn.is_active, withdrawn.days) == (2, False, 2)
    assert report.due_at == end_of(2026, 4, 16)
    with pytest.raises(ValidationError):
        revise(stage=Stage.VERIFICATION, agency=cast.batam, is_active=False)  # nothing left to withdraw
