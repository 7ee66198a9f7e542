"""The shapes of the reports API: what clients send and what they get back."""

from datetime import date, datetime
from typing import Any, Literal

from ninja import Field, Schema
from pydantic import field_validator

from lapor.core.api_errors import MAX_DB_ID

from .models import Kind, Status

KindValue = Literal[tuple(Kind.values)]  # type: ignore[valid-type]
StatusValue = Literal[tuple(Status.values)]  # type: ignore[valid-type]


class ReportIn(Schema):
    kind: KindValue = Field(..., description="pengaduan, aspirasi, atau permintaan_informasi")
    title: str = Field(..., description="Judul laporan (5–200 karakter).")
    body: str = Field(..., description="Isi laporan: apa, di mana, kapan (20–10.000 karakter).")
    anonymous: bool = Field(False, description="Anonim: identitas pelapor tidak terlihat oleh instansi dan publik.")
    confidential: bool = Field(False, description="Rahasia: laporan tidak terlihat oleh publik.")
    region_code: str | None = Field(None, description="Kode wilayah Kemendagri, mis. 21.71.")
    agency_id: int | None = Field(None, ge=0, le=MAX_DB_ID, description="Instansi tujuan bila pelapor mengetahuinya.")
    category: str | None = Field(None, description="Kode (atau id) kategori.")
    incident_date: date | None = None
    location: str | None = Field(None, max_length=255)
    lat: float | None = None
    lon: float | None = None
    contact: str | None = Field(None, max_length=200, description="Kontak pelapor tanpa akun (email/telepon).")

    @field_validator("category", mode="before")
    @classmethod
    def category_as_text(cls, value):
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


class TransitionIn(Schema):
    action: str = Field(
        ...,
        description="verify, dispose, not_authority, hold, resume, archive, merge, respond, reply, close, rate, note, "
        "request_extension, grant_extension, refuse_extension",
    )
    duplicate_of: str = Field(
        "", max_length=20, description="Nomor laporan utama (untuk tindakan merge: laporan ini duplikatnya)."
    )
    agency_id: int | None = Field(None, ge=0, le=MAX_DB_ID)
    message: str = Field("", max_length=10_000)
    reason: str = Field("", max_length=200)
    score: int | None = Field(None, ge=1, le=5, description="Penilaian 1–5 (untuk tindakan rate).")
    days: int | None = Field(
        None, ge=1, le=365, description="Hari kerja tambahan (request_extension; grant_extension boleh lebih sedikit)."
    )


class ReportFilters(Schema):
    status: StatusValue | None = None
    agency_id: int | None = Field(None, ge=0, le=MAX_DB_ID, description="Laporan di instansi ini dan unit di bawahnya.")
    mine: bool = Field(False, description="Hanya laporan yang Anda kirim (akun atau X-Reporter-Token).")
    q: str | None = Field(None, max_length=100, description="Bagian judul, atau nomor pelacakan.")
    limit: int = Field(20, ge=1, le=100)
    cursor: str | None = Field(None, max_length=500)

    @field_validator("status", "agency_id", "q", "cursor", mode="before")
    @classmethod
    def blank_is_absent(cls, value):
        return None if value == "" else value

    @field_validator("mine", mode="before")
    @classmethod
    def blank_is_false(cls, value):
        return False if value == "" else value


class AttachmentOut(Schema):
    id: int
    name: str
    content_type: str
    size: int
    url: str


class ReporterOut(Schema):
    name: str | None
    contact: str | None


class ReportSummaryOut(Schema):
    tracking_id: str
    status: str
    status_label: str
    kind: str
    title: str
    agency_id: int | None
    agency_name: str | None
    category: str | None
    region_code: str | None
    deadline: datetime | None = Field(None, description="Batas waktu tahap saat ini (due_at).")
    created_at: datetime
    anonymous: bool
    confidential: bool
    support_count: int


class ReportOut(ReportSummaryOut):
    kind_label: str
    body: str
    channel: str
    category_name: str | None
    region_name: str | None
    incident_date: date | None
    location: str
    lat: float | None
    lon: float | None
    completion_deadline: datetime | None
    working_days_left: int | None = Field(
        None,
        description="Sisa hari kerja sampai batas waktu tahap ini, menurut kalender wilayah laporan "
        "(0 = berakhir hari ini; negatif bila terlambat). Kosong bila tidak ada tenggat berjalan.",
    )
    deadline_state: Literal["ok", "soon", "overdue"] | None = Field(
        None, description="ok, soon (paling banyak 1 hari kerja lagi), atau overdue (terlambat)."
    )
    verified_at: datetime | None
    closed_at: datetime | None
    archive_reason: str | None
    rating: int | None
    reporter: ReporterOut | None = Field(
        None, description="Hanya untuk pelapor sendiri dan petugas yang berhak melihat identitas pelapor."
    )
    allowed_actions: list[str]
    attachments: list[AttachmentOut]


class ReportCreatedOut(ReportOut):
    reporter_token: str | None = Field(
        None,
        description="Untuk pelapor tanpa akun: simpan; kirim sebagai header X-Reporter-Token untuk menindaklanjuti.",
    )


class EventOut(Schema):
    id: int
    action: str
    from_status: str
    to_status: str
    actor: str
    actor_role: str
    actor_agency_name: str | None
    agency_id: int | None
    agency_name: str | None
    message: str
    reason: str
    internal: bool
    data: dict[str, Any]
    created_at: datetime
    attachments: list[AttachmentOut]


class TransitionOut(Schema):
    report: ReportOut
    event: EventOut


class SupportOut(Schema):
    support_count: int
    supported: bool
