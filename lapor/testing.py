"""Test helpers shared by every app's tests: the cast and a report maker that uses the real services."""

from dataclasses import dataclass

from lapor.accounts.models import Membership, User
from lapor.agencies.models import Agency
from lapor.regions.models import Region
from lapor.reports.models import Category, Kind, Report
from lapor.reports.selectors import Viewer
from lapor.reports.services import ReportInput, report_create
from lapor.reports.workflow import TransitionInput, transition

PASSWORD = "kata-sandi-uji-123"
Role = Membership.Role


@dataclass
class Cast:
    kemenpanrb: Agency
    ombudsman: Agency
    kepri: Agency
    batam: Agency
    pupr: Agency
    dinkes: Agency
    tanjungpinang: Agency
    region_kepri: Region
    region_batam: Region
    category_jalan: Category
    category_parent: Category
    admin_nasional: User
    pengawas: User
    admin_kepri: User
    admin_batam: User
    pimpinan_batam: User
    petugas_pupr: User
    petugas_dinkes: User
    admin_tanjungpinang: User
    pelapor: User
    pelapor_lain: User

    def viewer(self, user=None, tokens=()) -> Viewer:
        return Viewer(user=user, reporter_tokens=tuple(tokens))

    def file(self, reporter: User | None = None, **overrides) -> tuple[Report, str | None]:
        fields = {
            "kind": Kind.PENGADUAN,
            "title": "Jalan berlubang di depan pasar",
            "body": "Jalan di depan Pasar Induk berlubang besar dan membahayakan pengendara sejak sebulan lalu.",
            "region_code": self.region_batam.code,
            "category": self.category_jalan.code,
        }
        fields.update(overrides)
        return report_create(viewer=Viewer(user=reporter), data=ReportInput(**fields))

    def act(self, report: Report, action: str, user: User | None, tokens=(), attachments=(), **data) -> Report:
        transition(
            report,
            action,
            viewer=Viewer(user=user, reporter_tokens=tuple(tokens)),
            data=TransitionInput(**data),
            attachments=attachments,
        )
        return Report.objects.get(pk=report.pk)

    def disposed_to_pupr(self, **overrides) -> Report:
        """A report from `pelapor` routed by the national admin to Batam, and by Batam to Dinas PUPR."""
        report, _token = self.file(self.pelapor, **overrides)
        report = self.act(report, "verify", self.admin_nasional, agency_id=self.batam.pk)
        return self.act(report, "dispose", self.admin_batam, agency_id=self.pupr.pk)


def _agency(code, name, level, kind, parent=None, region=None) -> Agency:
    agency = Agency(code=code, name=name, level=level, kind=kind, parent=parent, region=region)
    agency.save()
    return agency


def _user(username, *, role=None, agency=None, **fields) -> User:
    user = User(username=username, full_name=fields.pop("full_name", username.replace("_", " ").title()), **fields)
    user.set_password(PASSWORD)
    user.save()
    if role:
        Membership.objects.create(user=user, agency=agency, role=role)
    return user


def build_cast() -> Cast:
    L, K = Agency.Level, Agency.Kind
    region_kepri = Region.objects.create(code="21", name="Kepulauan Riau", level=Region.Level.PROVINSI)
    region_batam = Region.objects.create(code="21.71", name="Kota Batam", level=Region.Level.KOTA, parent=region_kepri)
    region_tpi = Region.objects.create(
        code="21.72", name="Kota Tanjung Pinang", level=Region.Level.KOTA, parent=region_kepri
    )
    kemenpanrb = _agency("kemenpanrb", "Kementerian PANRB", L.PUSAT, K.KEMENTERIAN)
    ombudsman = _agency("ombudsman", "Ombudsman Republik Indonesia", L.PUSAT, K.PENGAWAS)
    kepri = _agency("pemprov-21", "Pemerintah Provinsi Kepulauan Riau", L.PROVINSI, K.PEMDA, region=region_kepri)
    batam = _agency("pemda-2171", "Pemerintah Kota Batam", L.KABUPATEN_KOTA, K.PEMDA, kepri, region_batam)
    pupr = _agency(
        "pemda-2171-pupr",
        "Dinas Pekerjaan Umum dan Penataan Ruang Kota Batam",
        L.KABUPATEN_KOTA,
        K.OPD,
        batam,
        region_batam,
    )
    dinkes = _agency("pemda-2171-dinkes", "Dinas Kesehatan Kota Batam", L.KABUPATEN_KOTA, K.OPD, batam, region_batam)
    tpi = _agency("pemda-2172", "Pemerintah Kota Tanjungpinang", L.KABUPATEN_KOTA, K.PEMDA, kepri, region_tpi)
    parent_cat = Category.objects.create(
        code="pekerjaan-umum-dan-penataan-ruang", name="Pekerjaan Umum dan Penataan Ruang"
    )
    jalan = Category.objects.create(code="jalan-berlubang", name="Jalan Berlubang", parent=parent_cat)
    return Cast(
        kemenpanrb=kemenpanrb,
        ombudsman=ombudsman,
        kepri=kepri,
        batam=batam,
        pupr=pupr,
        dinkes=dinkes,
        tanjungpinang=tpi,
        region_kepri=region_kepri,
        region_batam=region_batam,
        category_jalan=jalan,
        category_parent=parent_cat,
        admin_nasional=_user("admin_nasional", role=Role.ADMIN_NASIONAL, agency=kemenpanrb),
        pengawas=_user("pengawas", role=Role.PENGAWAS, agency=ombudsman),
        admin_kepri=_user("admin_kepri", role=Role.ADMIN_INSTANSI, agency=kepri),
        admin_batam=_user("admin_batam", role=Role.ADMIN_INSTANSI, agency=batam),
        pimpinan_batam=_user("pimpinan_batam", role=Role.PIMPINAN, agency=batam),
        petugas_pupr=_user("petugas_pupr", role=Role.PETUGAS, agency=pupr),
        petugas_dinkes=_user("petugas_dinkes", role=Role.PETUGAS, agency=dinkes),
        admin_tanjungpinang=_user("admin_tanjungpinang", role=Role.ADMIN_INSTANSI, agency=tpi),
        pelapor=_user("pelapor", email="pelapor@example.id", email_verified=True, full_name="Siti Pelapor"),
        pelapor_lain=_user("pelapor_lain", email="lain@example.id", email_verified=True, full_name="Budi Warga"),
    )
