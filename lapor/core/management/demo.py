"""Demo accounts and demo reports for development and demonstrations (never in production mode).

Reports are filed and moved through the real services (`report_create`, `workflow.transition`),
so their timelines, deadlines and holders are exactly what real use would produce.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from lapor.accounts.models import Membership, User
from lapor.agencies.models import Agency
from lapor.reports.models import Category, Kind, Report
from lapor.reports.selectors import Viewer
from lapor.reports.services import ReportInput, report_create
from lapor.reports.workflow import TransitionInput, transition

Role = Membership.Role


@dataclass(frozen=True)
class DemoAccount:
    username: str
    full_name: str
    role: str | None = None
    agency_code: str | None = None
    description: str = ""


ACCOUNTS = (
    DemoAccount("demo-admin-nasional", "Hendra Wijaya", Role.ADMIN_NASIONAL, "kemenpanrb", "Admin Nasional"),
    DemoAccount("demo-admin-instansi", "Maya Sari", Role.ADMIN_INSTANSI, "pemda-2171", "Admin Instansi"),
    DemoAccount("demo-petugas", "Rudi Hartono", Role.PETUGAS, "pemda-2171-pupr", "Petugas (pejabat penghubung)"),
    DemoAccount("demo-admin-lain", "Fitri Handayani", Role.ADMIN_INSTANSI, "pemda-2172", "Admin Instansi"),
    DemoAccount("demo-pengawas", "Bambang Sutrisno", Role.PENGAWAS, "ombudsman", "Pengawas"),
    DemoAccount("demo-pimpinan", "Ahmad Fauzi", Role.PIMPINAN, "pemda-2171", "Pimpinan"),
    DemoAccount("demo-pelapor", "Rina Wulandari", description="Pelapor (warga)"),
)
PELAPOR = "demo-pelapor"
# The reporter of the report, whoever they are (an account, or the holder of the secret token).
REPORTER = "reporter"


@dataclass(frozen=True)
class Step:
    action: str
    actor: str  # a demo username, or REPORTER
    agency: str | None = None  # agency code for verify / dispose / a not_authority suggestion
    message: str = ""
    reason: str = ""
    score: int | None = None


@dataclass(frozen=True)
class DemoReport:
    title: str
    body: str
    kind: str = Kind.PENGADUAN
    region: str = "21.71"
    category: str = ""
    location: str = ""
    days_ago: int | None = None
    lat: float | None = None
    lon: float | None = None
    with_account: bool = True  # False: filed without an account, followed with the reporter token
    contact: str = ""
    anonymous: bool = False
    confidential: bool = False
    chosen_agency: str | None = None
    steps: tuple[Step, ...] = field(default_factory=tuple)


ADMIN_NAS, ADMIN_BTM, PETUGAS, ADMIN_TPI = (
    "demo-admin-nasional",
    "demo-admin-instansi",
    "demo-petugas",
    "demo-admin-lain",
)

REPORTS = (
    DemoReport(
        title="Lampu penerangan jalan padam di Jalan Ahmad Yani",
        body=(
            "Sudah tiga minggu sekitar delapan tiang lampu penerangan jalan di Jalan Ahmad Yani, dari simpang "
            "Kepri Mall ke arah Batam Center, padam pada malam hari. Jalan menjadi sangat gelap dan beberapa "
            "kali terjadi kecelakaan sepeda motor. Mohon segera diperbaiki."
        ),
        region="21.71.10",
        category="penerangan-jalan",
        location="Jalan Ahmad Yani, Batam Kota",
        days_ago=20,
        lat=1.1301,
        lon=104.0530,
        steps=(
            Step("verify", ADMIN_NAS, agency="pemda-2171", message="Diteruskan ke Pemerintah Kota Batam."),
            Step("dispose", ADMIN_BTM, agency="pemda-2171-pupr", message="Mohon ditindaklanjuti oleh Dinas PUPR."),
            Step(
                "respond",
                PETUGAS,
                message=(
                    "Tim pemeliharaan PJU telah mengganti 8 unit lampu dan memperbaiki panel listrik yang rusak "
                    "pada hari Selasa. Seluruh lampu di ruas tersebut sudah menyala kembali."
                ),
            ),
            Step("close", ADMIN_BTM, message="Perbaikan telah selesai dan dikonfirmasi di lapangan."),
            Step("rate", REPORTER, score=5, message="Terima kasih, lampu sudah menyala dan jalan aman kembali."),
        ),
    ),
    DemoReport(
        title="Jalan berlubang di Simpang Frengki, Batu Aji",
        body=(
            "Terdapat beberapa lubang besar di badan jalan dekat Simpang Frengki menuju Batu Aji. Saat hujan "
            "lubang tergenang air sehingga tidak terlihat dan membahayakan pengendara, terutama pada malam hari."
        ),
        region="21.71.12",
        category="jalan-berlubang",
        location="Simpang Frengki, Batu Aji",
        days_ago=14,
        lat=1.0583,
        lon=103.9807,
        steps=(
            Step("verify", ADMIN_NAS, agency="pemda-2171"),
            Step("dispose", ADMIN_BTM, agency="pemda-2171-pupr"),
            Step(
                "respond",
                PETUGAS,
                message="Lubang sudah ditambal sementara dengan aspal dingin. Pengaspalan ulang dijadwalkan bulan depan.",
            ),
            Step(
                "reply",
                REPORTER,
                message="Tambalan di sisi kiri jalan sudah lepas lagi setelah hujan dua hari. Mohon dicek kembali.",
            ),
        ),
    ),
    DemoReport(
        title="Drainase tersumbat, perumahan tergenang setiap hujan",
        body=(
            "Saluran drainase di depan blok C Perumahan Legenda Malaka tersumbat sampah dan sedimen. Setiap hujan "
            "deras air meluap ke jalan dan masuk ke halaman rumah warga setinggi mata kaki."
        ),
        region="21.71.10",
        category="drainase-gorong-gorong-parit",
        location="Perumahan Legenda Malaka, Batam Kota",
        days_ago=9,
        steps=(
            Step("verify", ADMIN_NAS, agency="pemda-2171"),
            Step("dispose", ADMIN_BTM, agency="pemda-2171-pupr"),
            Step(
                "respond",
                PETUGAS,
                message="Normalisasi saluran sepanjang 150 meter telah dilakukan bersama warga pada hari Sabtu.",
            ),
        ),
    ),
    DemoReport(
        title="Trotoar rusak dan berlubang di depan Pasar Sekupang",
        body=(
            "Paving trotoar di depan Pasar Sekupang banyak yang lepas dan ada lubang yang cukup dalam. Pejalan "
            "kaki, terutama lansia dan anak sekolah, terpaksa berjalan di badan jalan."
        ),
        region="21.71.03",
        category="trotoar",
        location="Pasar Sekupang",
        days_ago=5,
        steps=(
            Step("verify", ADMIN_NAS, agency="pemda-2171"),
            Step("dispose", ADMIN_BTM, agency="pemda-2171-pupr", message="Mohon survei lokasi."),
        ),
    ),
    DemoReport(
        title="Sampah tidak diangkut lebih dari seminggu di Tiban",
        body=(
            "Tempat penampungan sementara di Tiban Indah sudah penuh dan sampah tidak diangkut lebih dari "
            "seminggu. Bau menyengat dan sampah mulai berserakan ke jalan."
        ),
        region="21.71.03",
        category="pengelolaan-sampah",
        location="TPS Tiban Indah, Sekupang",
        days_ago=3,
        steps=(Step("verify", ADMIN_NAS, agency="pemda-2171"),),
    ),
    DemoReport(
        title="Antrean perekaman KTP-el sangat panjang",
        body=(
            "Saya datang pukul 07.00 ke kantor Disdukcapil untuk perekaman KTP-el, namun nomor antrean sudah "
            "habis pukul 08.00. Sudah tiga kali datang dan belum juga dilayani. Mohon ditambah kuota atau "
            "layanan antrean daring."
        ),
        region="21.71",
        category="ktp-kartu-tanda-penduduk",
        location="Kantor Disdukcapil Kota Batam",
        days_ago=2,
        anonymous=True,
    ),
    DemoReport(
        title="Dugaan pungutan liar pengurusan surat pindah",
        body=(
            "Saat mengurus surat keterangan pindah di kantor kelurahan, saya diminta membayar Rp300.000 oleh "
            "oknum petugas agar surat selesai hari itu juga, tanpa kuitansi. Padahal layanan ini gratis."
        ),
        region="21.71.06",
        category="pungutan-liar",
        location="Kantor Kelurahan, Lubuk Baja",
        days_ago=1,
        anonymous=True,
        confidential=True,
        chosen_agency="pemda-2171",
    ),
    DemoReport(
        title="Bantuan sosial tidak pernah diterima",
        body="Keluarga kami terdaftar sebagai penerima bantuan tetapi tidak pernah menerima bantuan apa pun sejak tahun lalu.",
        region="21.71",
        category="bantuan-sosial",
        days_ago=6,
        steps=(
            Step(
                "hold",
                ADMIN_NAS,
                message=(
                    "Mohon lengkapi nama kepala keluarga, NIK, kelurahan tempat tinggal, dan jenis bantuan yang "
                    "dimaksud (PKH, BPNT, atau bansos daerah) agar laporan dapat diteruskan ke instansi yang tepat."
                ),
            ),
        ),
    ),
    DemoReport(
        title="Internet rumah sering putus setiap malam",
        body=(
            "Layanan internet dari penyedia swasta langganan saya sering terputus setiap malam. Sudah menghubungi "
            "layanan pelanggan tetapi belum ada perbaikan."
        ),
        region="21.71.11",
        category="jaringan-internet",
        days_ago=4,
        steps=(Step("archive", ADMIN_NAS, reason="not_public_service"),),
    ),
    DemoReport(
        title="Pemadaman listrik bergilir tanpa pemberitahuan",
        body=(
            "Dalam seminggu terakhir listrik di Kecamatan Sagulung padam hampir setiap sore selama 2-3 jam tanpa "
            "pemberitahuan. Usaha kecil warga terganggu dan beberapa peralatan rumah tangga rusak."
        ),
        region="21.71.11",
        category="pemadaman-listrik",
        location="Sagulung",
        days_ago=7,
        steps=(
            Step("verify", ADMIN_NAS, agency="pemda-2171"),
            Step(
                "not_authority",
                ADMIN_BTM,
                agency="pln-batam",
                reason="Kelistrikan di Batam dikelola PT PLN Batam, bukan Pemerintah Kota Batam.",
            ),
            Step("verify", ADMIN_NAS, agency="pln-batam", message="Diteruskan ke PT PLN Batam sesuai saran."),
        ),
    ),
    DemoReport(
        title="Usulan rute bus Trans Batam ke Kawasan Industri Kabil",
        body=(
            "Ribuan pekerja di Kawasan Industri Kabil belum terlayani angkutan umum. Kami mengusulkan rute bus "
            "Trans Batam dari Batam Center ke Kabil pada jam berangkat dan pulang kerja."
        ),
        kind=Kind.ASPIRASI,
        region="21.71.04",
        category="transportasi-darat",
        location="Kawasan Industri Kabil, Nongsa",
        days_ago=10,
        steps=(
            Step("verify", ADMIN_NAS, agency="pemda-2171"),
            Step("dispose", ADMIN_BTM, agency="pemda-2171-dishub"),
        ),
    ),
    DemoReport(
        title="Jadwal dan syarat pendaftaran SMP negeri",
        body=(
            "Mohon informasi jadwal pendaftaran murid baru SMP negeri di Kota Batam tahun ini, syarat dokumen, "
            "serta ketentuan jalur domisili untuk warga Kecamatan Bengkong."
        ),
        kind=Kind.PERMINTAAN_INFORMASI,
        region="21.71.09",
        category="penerimaan-siswa-baru",
        days_ago=12,
        steps=(
            Step("verify", ADMIN_NAS, agency="pemda-2171"),
            Step("dispose", ADMIN_BTM, agency="pemda-2171-disdik"),
            Step(
                "respond",
                ADMIN_BTM,
                message=(
                    "Pendaftaran dibuka 2-6 Juni melalui laman SPMB Kota Batam. Dokumen: kartu keluarga minimal "
                    "satu tahun, akta kelahiran, dan rapor. Kuota jalur domisili 50% per sekolah."
                ),
            ),
            Step("close", ADMIN_BTM),
        ),
    ),
    DemoReport(
        title="Parkir liar menyebabkan macet di Bintan Center",
        body=(
            "Kendaraan parkir di bahu jalan depan kawasan Bintan Center hingga dua lapis, sehingga jalan macet "
            "setiap sore. Juru parkir tidak memberikan karcis resmi."
        ),
        region="21.72.03",
        category="parkir-liar",
        location="Bintan Center, Tanjung Pinang",
        days_ago=8,
        steps=(
            Step("verify", ADMIN_NAS, agency="pemda-2172"),
            Step("dispose", ADMIN_TPI, agency="pemda-2172-dishub", message="Mohon penertiban bersama Satpol PP."),
        ),
    ),
    DemoReport(
        title="Air PDAM keruh dan berbau di Batu IX",
        body=(
            "Sejak empat hari air dari PDAM di Kelurahan Batu IX keruh kecokelatan dan berbau, tidak bisa dipakai "
            "untuk memasak. Warga terpaksa membeli air galon."
        ),
        region="21.72.02",
        category="gangguan-layanan-penyaluran-air",
        location="Kelurahan Batu IX, Tanjung Pinang Timur",
        days_ago=4,
        with_account=False,
        contact="0812-7000-1234",
        steps=(
            Step("verify", ADMIN_NAS, agency="pemda-2172-pdam"),
            Step(
                "respond",
                ADMIN_TPI,
                message=(
                    "Kekeruhan disebabkan perbaikan pipa transmisi. Pengurasan jaringan selesai hari ini; mohon "
                    "buka keran selama 5 menit sebelum digunakan."
                ),
            ),
        ),
    ),
)

REQUIRED_AGENCIES = {a.agency_code for a in ACCOUNTS if a.agency_code} | {
    step.agency for r in REPORTS for step in r.steps if step.agency
}
REQUIRED_AGENCIES |= {r.chosen_agency for r in REPORTS if r.chosen_agency}
REQUIRED_REGIONS = {r.region for r in REPORTS}
REQUIRED_CATEGORIES = {r.category for r in REPORTS if r.category}


@dataclass
class SeedResult:
    users: dict[str, User]
    reports: list[Report]
    reporter_tokens: dict[str, str]
    reports_skipped: bool


def seed_accounts(password: str) -> dict[str, User]:
    """Create or update the demo accounts and their memberships; every run resets their password."""
    agencies = {a.code: a for a in Agency.objects.filter(code__in=REQUIRED_AGENCIES)}
    users = {}
    for account in ACCOUNTS:
        user = User.objects.filter(username=account.username).first() or User(username=account.username)
        user.full_name = account.full_name
        user.email = f"{account.username}@example.id"
        user.email_verified = True
        user.is_active = True
        user.set_password(password)
        user.save()
        if account.role:
            Membership.objects.get_or_create(user=user, agency=agencies[account.agency_code], role=account.role)
        users[account.username] = user
    return users


def seed_reports(users: dict[str, User]) -> tuple[list[Report], dict[str, str]]:
    """File the demo reports and walk each through its steps, as its reporter and officers would."""
    agency_ids = dict(Agency.objects.filter(code__in=REQUIRED_AGENCIES).values_list("code", "pk"))
    pelapor = users[PELAPOR]
    reports, tokens = [], {}
    today = timezone.localdate()
    for demo in REPORTS:
        reporter = pelapor if demo.with_account else None
        report, token = report_create(
            viewer=Viewer(user=reporter),
            data=ReportInput(
                kind=demo.kind,
                title=demo.title,
                body=demo.body,
                anonymous=demo.anonymous,
                confidential=demo.confidential,
                region_code=demo.region,
                agency_id=agency_ids[demo.chosen_agency] if demo.chosen_agency else None,
                category=demo.category or None,
                incident_date=today - timedelta(days=demo.days_ago) if demo.days_ago is not None else None,
                location=demo.location,
                lat=demo.lat,
                lon=demo.lon,
                contact=demo.contact,
            ),
        )
        if token:
            tokens[report.tracking_id] = token
        for step in demo.steps:
            if step.actor == REPORTER:
                viewer = Viewer(user=reporter, reporter_tokens=(token,) if token else ())
            else:
                viewer = Viewer(user=users[step.actor])
            transition(
                report,
                step.action,
                viewer=viewer,
                data=TransitionInput(
                    agency_id=agency_ids[step.agency] if step.agency else None,
                    message=step.message,
                    reason=step.reason,
                    score=step.score,
                ),
            )
        reports.append(report)
    return reports, tokens


def missing_reference() -> dict[str, set[str]]:
    """The reference rows the demo needs that are not in the database, by load_reference stage."""
    from lapor.regions.models import Region

    found_regions = set(Region.objects.filter(code__in=REQUIRED_REGIONS).values_list("code", flat=True))
    found_agencies = set(Agency.objects.filter(code__in=REQUIRED_AGENCIES).values_list("code", flat=True))
    found_categories = set(Category.objects.filter(code__in=REQUIRED_CATEGORIES).values_list("code", flat=True))
    missing = {
        "regions": REQUIRED_REGIONS - found_regions,
        "agencies": REQUIRED_AGENCIES - found_agencies,
        "categories": REQUIRED_CATEGORIES - found_categories,
    }
    return {stage: codes for stage, codes in missing.items() if codes}


def seed_demo(password: str | None = None) -> SeedResult:
    """Create or update the demo accounts; file the demo reports unless the demo reporter already has some."""
    password = password or settings.DEMO_PASSWORD
    with transaction.atomic():
        users = seed_accounts(password)
        if Report.objects.filter(reporter=users[PELAPOR]).exists():
            return SeedResult(users, [], {}, reports_skipped=True)
        reports, tokens = seed_reports(users)
    return SeedResult(users, reports, tokens, reports_skipped=False)
