#!/usr/bin/env python
"""Fill a database with realistic SP4N-LAPOR! reports for the benchmarks.

    .venv/bin/python bench/generate.py --reports 1000000 \
        --database-url postgres://postgres@127.0.0.1:5432/lapor_bench

Creates the database when missing, migrates, loads the reference data (`load_reference`: regions,
agencies, categories), then writes N reports with their timelines in batches (COPY on PostgreSQL,
executemany on SQLite) and ends with VACUUM ANALYZE. The same --seed and --now give the same data.

The spread follows what is published about LAPOR! (docs/performance.md, research §9):
- agencies: Zipf-like; big provinces and cities, and the ministries with the most complaints first;
  inside a government, the OPD whose field matches the complaint gets more (Dinas PU for roads);
- categories: the shares of the 2023–2025 sample (Topik Lainnya 22.8 %, PU & Penataan Ruang 16.7 % …);
- kinds: ≈80 % pengaduan; anonim ≈15 %, rahasia ≈5 %; two years of reports, growing over time;
- the lifecycle is simulated with the workflow's own deadlines: submit, (hold, resume), verify,
  dispose, respond, (reply, respond), close, (rate), or archive; events after --now are cut, so the
  status, the stage deadline (due_at) and the timeline of each report agree. Some governments
  answer slowly or not at all, which leaves a realistic tail of overdue open reports.
"""

import argparse
import hashlib
import json
import math
import random
import sys
import time
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEFAULT_DATABASE_URL, ensure_postgres_database, is_postgres, setup_django  # noqa: E402

DAY = 86400.0
HOUR = 3600.0
TRACKING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"  # as services.TRACKING_ALPHABET
USER_PREFIX = "bench-warga-"
BENCH_PREFIX = "bench-"  # every account the bench makes: reporters, officers, run.py's admins

# Shares of the top-level categories in the scraped 2023–2025 feed (research/lapor-domain.md §9), in %.
CATEGORY_SHARES = [
    ("TOPIK LAINNYA", 22.8),
    ("PEKERJAAN UMUM", 16.7),
    ("KETENAGAKERJAAN", 8.0),
    ("SOSIAL DAN KESEJAHTERAAN", 6.5),
    ("PENDIDIKAN DAN KEBUDAYAAN", 6.2),
    ("KETENTERAMAN", 5.9),
    ("PERHUBUNGAN", 5.3),
    ("LINGKUNGAN HIDUP", 4.9),
    ("TEKNOLOGI INFORMASI", 4.7),
    ("KESEHATAN", 3.0),
    ("EKONOMI DAN KEUANGAN", 2.8),
    ("KEPENDUDUKAN", 2.8),
    ("ENERGI", 2.3),
    ("SP4N", 1.3),
]
REST_SHARE = 100 - sum(share for _name, share in CATEGORY_SHARES)
RARE_CATEGORIES = ("CORONA", "PENIADAAN MUDIK", "PEMULIHAN EKONOMI", "SELEKSI CALON", "SRGI", "TOPIK KHUSUS")

# Agency name fragment → the top-level category it mostly receives.
AGENCY_AFFINITY = [
    ("pekerjaan umum", "PEKERJAAN UMUM"),
    ("penataan ruang", "PEKERJAAN UMUM"),
    ("perumahan", "PEKERJAAN UMUM"),
    ("kesehatan", "KESEHATAN"),
    ("rumah sakit", "KESEHATAN"),
    ("pendidikan", "PENDIDIKAN DAN KEBUDAYAAN"),
    ("sosial", "SOSIAL DAN KESEJAHTERAAN"),
    ("kependudukan", "KEPENDUDUKAN"),
    ("catatan sipil", "KEPENDUDUKAN"),
    ("perhubungan", "PERHUBUNGAN"),
    ("lingkungan hidup", "LINGKUNGAN HIDUP"),
    ("kehutanan", "LINGKUNGAN HIDUP"),
    ("tenaga kerja", "KETENAGAKERJAAN"),
    ("ketenagakerjaan", "KETENAGAKERJAAN"),
    ("kepegawaian", "KETENAGAKERJAAN"),
    ("komunikasi", "TEKNOLOGI INFORMASI"),
    ("informatika", "TEKNOLOGI INFORMASI"),
    ("pamong praja", "KETENTERAMAN"),
    ("kepolisian", "KETENTERAMAN"),
    ("energi", "ENERGI"),
    ("listrik", "ENERGI"),
    ("air minum", "ENERGI"),
    ("keuangan", "EKONOMI DAN KEUANGAN"),
    ("pendapatan", "EKONOMI DAN KEUANGAN"),
    ("perdagangan", "EKONOMI DAN KEUANGAN"),
]

# Who gets the most reports: large provinces and cities, the ministries and BUMN with most complaints.
BIG_PEMDA = [
    "jawa barat", "jawa timur", "dki jakarta", "jawa tengah", "kota surabaya", "kota bandung", "kota medan",
    "kota batam", "kota bekasi", "kabupaten bogor", "kota tangerang", "kota depok", "sumatera utara",
    "kota semarang", "kota makassar", "banten", "kabupaten bekasi", "kabupaten tangerang", "kota palembang",
]  # fmt: skip
BIG_PUSAT = [
    "jaminan sosial kesehatan", "bpjs kesehatan", "jaminan sosial ketenagakerjaan", "kementerian sosial",
    "kepolisian", "kementerian pendidikan dasar", "kementerian kesehatan", "agraria", "kementerian ketenagakerjaan",
    "kementerian keuangan", "kementerian dalam negeri", "kementerian pekerjaan umum", "kementerian perhubungan",
    "komunikasi", "kementerian agama", "badan kepegawaian",
]  # fmt: skip
BIG_BUMN = ["pln", "listrik negara", "bpjs", "pertamina", "kereta api", "telkom", "pos indonesia", "bank rakyat"]

KIND_WEIGHTS = [("pengaduan", 80), ("aspirasi", 12), ("permintaan_informasi", 8)]
CHANNEL_WEIGHTS = [
    ("web", 52), ("mobile", 20), ("sms", 8), ("social", 6), ("integration", 5), ("api", 3), ("email", 2),
    ("letter", 2), ("walk_in", 1), ("phone", 1),
]  # fmt: skip
ARCHIVE_REASONS = [("unclear", 45), ("duplicate", 25), ("not_public_service", 18), ("spam", 8), ("other", 4)]
RATING_WEIGHTS = [(1, 10), (2, 8), (3, 17), (4, 35), (5, 30)]
# Local hour (WIB) at which reports are filed.
HOUR_WEIGHTS = [1, 1, 1, 1, 1, 2, 4, 6, 8, 9, 9, 8, 7, 7, 7, 6, 6, 5, 5, 6, 6, 5, 3, 2]

# Workflow constants (reports.deadlines); the generator keeps the same clock rules as workflow.transition.
VERIFICATION_DAYS, FIRST_RESPONSE_DAYS, REPLY_WINDOW_DAYS = 3, 5, 10
COMPLETION_DAYS = {"permintaan_informasi": 5, "pengaduan": 14, "aspirasi": 14}
SUPERVISORY_COMPLETION_DAYS = 60

P_ARCHIVE = 0.08
P_HOLD = 0.04
P_CHOSEN_AGENCY = 0.35
P_REPLY = 0.12
P_ADMIN_CLOSE = 0.3
P_RATE = 0.3
P_ACCOUNT = 0.55
# Share of governments by how they handle reports: (share, probability of never answering, slowness).
HANDLING_CLASSES = [(0.80, 0.01, 1.0), (0.15, 0.06, 1.8), (0.05, 0.30, 3.0)]

FIRST_NAMES = (
    "Siti Budi Agus Dewi Rina Andi Wahyu Sri Joko Nur Ahmad Putri Eko Yanti Rudi Lestari Hendra Indah Bayu Fitri "
    "Dimas Ayu Fajar Maria Yohanes Made Ketut Wayan Nyoman Teuku Cut Daeng Ucok Butet Asep Neng Ujang Dedi Tuti"
).split()
LAST_NAMES = (
    "Santoso Wijaya Saputra Lestari Hidayat Siregar Nasution Lubis Hutapea Pratama Kurniawan Setiawan Rahayu "
    "Susanto Gunawan Halim Tanjung Simanjuntak Pangaribuan Sihombing Manurung Pohan Harahap Daulay Sembiring "
    "Ginting Tarigan Purba Damanik Wibowo Nugroho Firmansyah Ramadhan Syahputra Permana Kusuma Sari"
).split()
STREETS = (
    "Merdeka Sudirman Ahmad Yani Diponegoro Gatot Subroto Pahlawan Kartini Imam Bonjol Hasanuddin Gajah Mada "
    "Hayam Wuruk Veteran Pemuda Raya Pasar Baru Sisingamangaraja Teuku Umar Cut Nyak Dien Pattimura"
).split()
DURATIONS = [
    "sejak dua minggu lalu", "sudah lebih dari sebulan", "sejak awal tahun", "sejak tiga hari terakhir",
    "berulang kali dalam beberapa bulan ini", "sejak musim hujan dimulai", "hampir setiap hari",
]  # fmt: skip
IMPACTS = [
    "Hal ini sangat merugikan warga sekitar.", "Banyak warga yang terdampak dan mengeluhkan hal yang sama.",
    "Kondisi ini membahayakan pengguna jalan, terutama anak-anak dan lansia.",
    "Kami sudah melapor ke kelurahan tetapi belum ada tindakan.", "Pelayanan menjadi lambat dan tidak pasti.",
    "Warga harus mengeluarkan biaya tambahan karena masalah ini.", "Sudah ada korban akibat kondisi tersebut.",
]  # fmt: skip
REQUESTS = [
    "Mohon segera ditindaklanjuti.", "Kami berharap instansi terkait dapat segera memperbaiki.",
    "Mohon penjelasan dan kepastian waktu penyelesaiannya.", "Terima kasih atas perhatiannya.",
    "Mohon agar petugas dapat turun langsung ke lokasi.",
]  # fmt: skip
TITLE_TEMPLATES = [
    "Keluhan {topic} di {place}", "Masalah {topic} di {place} belum ditangani", "{Topic} di {place}",
    "Mohon perbaikan {topic} di {place}", "Pertanyaan tentang {topic}", "Laporan {topic} {place}",
]  # fmt: skip
RESPONSES = [
    "Terima kasih atas laporan Anda. Petugas kami telah meninjau lokasi dan perbaikan dijadwalkan minggu ini.",
    "Laporan telah kami terima dan diteruskan ke bidang terkait. Saat ini sedang dalam proses penanganan.",
    "Terima kasih. Permasalahan telah diselesaikan oleh tim lapangan; mohon konfirmasi bila masih terjadi.",
    "Kami telah berkoordinasi dengan unit pelaksana teknis. Penanganan membutuhkan anggaran tahun berjalan.",
    "Informasi yang diminta dapat diperoleh di kantor pelayanan terpadu pada hari kerja pukul 08.00–15.00 WIB.",
]  # fmt: skip
REPLIES = [
    "Sampai hari ini belum ada perbaikan di lokasi, mohon dicek kembali.",
    "Jawaban belum menjawab pertanyaan saya, mohon penjelasan lebih rinci.",
    "Terima kasih, tetapi masalah yang sama muncul lagi.",
]  # fmt: skip
HOLD_MESSAGE = "Mohon lengkapi lokasi kejadian dan foto pendukung agar laporan dapat diteruskan."


def weighted(pairs):
    values = [v for v, _w in pairs]
    return values, list(accumulate(w for _v, w in pairs))


def zipf_weights(n: int, s: float) -> list[float]:
    return [1.0 / (rank**s) for rank in range(1, n + 1)]


@dataclass
class AgencyInfo:
    id: int
    path: str
    name: str
    kind: str
    level: str
    parent_id: int | None
    region_id: int | None
    head_id: int = 0
    affinity: str | None = None


@dataclass
class Group:
    """A government or a central body: the one who receives a report first, and its subtree."""

    head: AgencyInfo
    members: list[AgencyInfo] = field(default_factory=list)
    stall: float = 0.01
    slowness: float = 1.0
    member_cum: list[float] = field(default_factory=list)


class Reference:
    """The reference data in memory, with the sampling tables built from it."""

    def __init__(self, rng: random.Random):
        from lapor.agencies.models import Agency
        from lapor.regions.models import Region
        from lapor.reports.models import Category

        self.rng = rng
        self.agencies = {
            a.id: a
            for a in (
                AgencyInfo(*row)
                for row in Agency.objects.filter(is_active=True)
                .order_by("path")
                .values_list("id", "path", "name", "kind", "level", "parent_id", "region_id")
            )
        }
        if not self.agencies:
            raise SystemExit("No agencies: load the reference data first (manage.py load_reference).")
        regions = list(Region.objects.order_by("code").values_list("id", "code", "name", "level", "parent_id"))
        self.region_name = {r[0]: r[2] for r in regions}
        self.region_children: dict[int, list[int]] = {}
        for rid, _code, _name, _level, parent_id in regions:
            if parent_id:
                self.region_children.setdefault(parent_id, []).append(rid)
        self.categories = list(Category.objects.filter(is_active=True).order_by("id").values("id", "name", "parent_id"))
        self.supervisory = set(Category.objects.filter(supervisory=True).values_list("id", flat=True))
        self._build_categories()
        self._build_groups()
        self.national_agency_id = self._national_agency()
        self.officers: dict[tuple[int | None, str], int] = {}  # (agency id, role) -> user id, see create_officers

    # --- categories -------------------------------------------------------------------------
    def _build_categories(self):
        tops = [c for c in self.categories if c["parent_id"] is None]
        children: dict[int, list[int]] = {}
        for c in self.categories:
            if c["parent_id"] is not None:
                children.setdefault(c["parent_id"], []).append(c["id"])
        self.category_name = {c["id"]: c["name"] for c in self.categories}
        self.top_by_key: dict[str, int] = {}
        weights = []
        unmatched = []
        for top in tops:
            name = top["name"].upper()
            share = next((s for key, s in CATEGORY_SHARES if name.startswith(key)), None)
            key = next((key for key, _s in CATEGORY_SHARES if name.startswith(key)), None)
            if key:
                self.top_by_key.setdefault(key, top["id"])
            if share is None:
                unmatched.append(top)
                weights.append(None)
            else:
                weights.append(share)
        normal = [t for t in unmatched if not any(r in t["name"].upper() for r in RARE_CATEGORIES)]
        rest_each = REST_SHARE / max(1, len(normal))
        weights = [
            w if w is not None else (rest_each if t in normal else 0.1) for t, w in zip(tops, weights, strict=True)
        ]
        if not tops:
            self.top_ids, self.top_cum = [], []
        else:
            self.top_ids, self.top_cum = [t["id"] for t in tops], list(accumulate(weights))
        # Inside a top category: 15 % stay at the top level, the rest Zipf over its sub-categories.
        self.sub_tables: dict[int, tuple[list[int], list[float]]] = {}
        for top in tops:
            subs = list(children.get(top["id"], []))
            self.rng.shuffle(subs)
            ids = [top["id"], *subs]
            w = [0.15 if subs else 1.0] + [0.85 * x for x in zipf_weights(len(subs), 1.0)]
            self.sub_tables[top["id"]] = (ids, list(accumulate(w)))
        self.top_share = {key: share / 100 for key, share in CATEGORY_SHARES}

    def sample_category(self, affinity: str | None) -> int | None:
        rng = self.rng
        if not self.top_ids:
            return None
        top = None
        if affinity and affinity in self.top_by_key and rng.random() < 0.5:
            top = self.top_by_key[affinity]
        if top is None:
            top = self.top_ids[bisect_right(self.top_cum, rng.random() * self.top_cum[-1])]
        ids, cum = self.sub_tables[top]
        return ids[bisect_right(cum, rng.random() * cum[-1])]

    # --- agencies ---------------------------------------------------------------------------
    def _build_groups(self):
        rng = self.rng
        groups: dict[int, Group] = {}
        for agency in self.agencies.values():  # in path order: parents come first
            name = agency.name.lower()
            agency.affinity = next((cat for frag, cat in AGENCY_AFFINITY if frag in name), None)
            parent = self.agencies.get(agency.parent_id)
            if agency.kind == "pemda" or parent is None:
                agency.head_id = agency.id
                groups[agency.id] = Group(head=agency)
            else:
                agency.head_id = parent.head_id
            if agency.region_id is None and parent is not None:
                agency.region_id = parent.region_id
            groups[agency.head_id].members.append(agency)

        def ranked(heads: list[AgencyInfo], big: list[str]) -> list[AgencyInfo]:
            heads = sorted(heads, key=lambda a: a.id)
            rng.shuffle(heads)

            def boost(a: AgencyInfo) -> int:
                name = a.name.lower()
                return next((i for i, frag in enumerate(big) if frag in name), len(big))

            return sorted(heads, key=boost)  # stable: boosted names first, the rest in seeded order

        pemda = [g.head for g in groups.values() if g.head.kind == "pemda"]
        bumn = [g.head for g in groups.values() if g.head.kind in ("bumn", "bumd") and g.head.parent_id is None]
        pusat = [g.head for g in groups.values() if g.head not in pemda and g.head not in bumn]
        shares = {"pemda": 0.62, "pusat": 0.30, "bumn": 0.08}
        tiers = [
            ("pemda", ranked(pemda, BIG_PEMDA)),
            ("pusat", ranked(pusat, BIG_PUSAT)),
            ("bumn", ranked(bumn, BIG_BUMN)),
        ]
        total_share = sum(shares[t] for t, heads in tiers if heads)
        self.groups: list[Group] = []
        group_weights: list[float] = []
        for tier, heads in tiers:
            if not heads:
                continue
            zipf = zipf_weights(len(heads), 0.9)
            norm = sum(zipf)
            for head, z in zip(heads, zipf, strict=True):
                group = groups[head.id]
                w = shares[tier] / total_share * z / norm
                if tier == "pemda" and head.level == "provinsi":
                    w *= 1.5
                if head.kind == "pengawas":
                    w *= 0.05
                self.groups.append(group)
                group_weights.append(w)
                roll, acc = rng.random(), 0.0
                for share, stall, slowness in HANDLING_CLASSES:
                    acc += share
                    if roll < acc:
                        group.stall, group.slowness = stall, slowness
                        break
                # Inside: the head keeps 30 %; members by Zipf, more for the OPD matching a big category.
                # The OPD matching the biggest categories first (Dinas PU before Inspektorat), ties in seeded order.
                members = [m for m in group.members if m.id != head.id]
                rng.shuffle(members)
                members.sort(key=lambda m: -self.top_share.get(m.affinity or "", 0))
                group.members = [head, *members]
                mw = [0.3 if members else 1.0]
                for m, z2 in zip(members, zipf_weights(len(members), 0.8), strict=True):
                    mw.append(0.7 * z2 * (1 + 10 * self.top_share.get(m.affinity or "", 0)))
                group.member_cum = list(accumulate(mw))
        self.group_cum = list(accumulate(group_weights))
        # Where reports to central bodies come from: the regions of the local governments, by weight.
        pemda_regions = [(g.head.region_id, w) for g, w in zip(self.groups, group_weights, strict=True)]
        pemda_regions = [(r, w) for r, w in pemda_regions if r is not None]
        self.region_pool, self.region_pool_cum = weighted(pemda_regions) if pemda_regions else ([], [])

    def _national_agency(self) -> int | None:
        for a in self.agencies.values():
            if a.parent_id is None and ("kemenpan" in a.path.lower() or "aparatur negara" in a.name.lower()):
                return a.id
        return None

    def sample_group(self) -> Group:
        return self.groups[bisect_right(self.group_cum, self.rng.random() * self.group_cum[-1])]

    def sample_member(self, group: Group) -> AgencyInfo:
        cum = group.member_cum
        return group.members[bisect_right(cum, self.rng.random() * cum[-1])]

    def sample_region(self, agency: AgencyInfo) -> int | None:
        rng = self.rng
        region = agency.region_id
        if region is None and self.region_pool:
            region = self.region_pool[bisect_right(self.region_pool_cum, rng.random() * self.region_pool_cum[-1])]
        # Often more precise than the agency's region: a regency in the province, a kecamatan in the city.
        while region is not None and region in self.region_children and rng.random() < 0.6:
            region = rng.choice(self.region_children[region])
        return region


def pick(rng: random.Random, table) -> object:
    values, cum = table
    return values[bisect_right(cum, rng.random() * cum[-1])]


class Generator:
    """Builds report rows and their events; pure Python, deterministic for a seed and a `now`."""

    def __init__(self, ref: Reference, rng: random.Random, now: datetime, users: list[int], used_ids: set[str]):
        self.ref, self.rng = ref, rng
        self.now = now.timestamp()
        self.start = self.now - 730 * DAY
        self.users = users
        self.used_ids = used_ids
        self.kinds = weighted(KIND_WEIGHTS)
        self.channels = weighted(CHANNEL_WEIGHTS)
        self.archive_reasons = weighted(ARCHIVE_REASONS)
        self.ratings = weighted(RATING_WEIGHTS)
        self.hours = weighted(list(enumerate(HOUR_WEIGHTS)))

    def tracking_id(self) -> str:
        rng = self.rng
        while True:
            tid = "".join(rng.choices(TRACKING_ALPHABET, k=8))
            if tid not in self.used_ids:
                self.used_ids.add(tid)
                return tid

    def created_at(self) -> float:
        """Two years with 1.5× more reports at the end than at the start, by local office hours."""
        rng = self.rng
        u = rng.random()
        # density ∝ 1 + 0.5 t on [0, 1]: inverse CDF of (t + t²/4) / 1.25
        t = (-1 + math.sqrt(1 + 1.25 * u)) / 0.5
        day = math.floor((self.start + t * 730 * DAY + 7 * HOUR) / DAY)  # the WIB day
        hour = pick(rng, self.hours)
        ts = day * DAY - 7 * HOUR + hour * HOUR + rng.random() * HOUR
        return min(ts, self.now - 60)

    def lognormal_days(self, median: float, sigma: float = 0.8) -> float:
        return self.rng.lognormvariate(math.log(median), sigma) * DAY

    def text(self, category_id, region_id, kind) -> tuple[str, str, str]:
        rng, ref = self.rng, self.ref
        topic = (ref.category_name.get(category_id) or "pelayanan publik").lower()
        place = ref.region_name.get(region_id) or "wilayah kami"
        if kind == "permintaan_informasi":
            title = f"Permintaan informasi {topic}"
        else:
            title = rng.choice(TITLE_TEMPLATES).format(topic=topic, Topic=topic.capitalize(), place=place)
        street = f"Jl. {rng.choice(STREETS)} No. {rng.randint(1, 250)}"
        body = " ".join(
            [
                f"Saya ingin melaporkan masalah {topic} di {street}, {place} yang terjadi {rng.choice(DURATIONS)}.",
                rng.choice(IMPACTS),
                rng.choice(IMPACTS) if rng.random() < 0.5 else "",
                rng.choice(REQUESTS),
            ]
        ).replace("  ", " ")
        return title[:200], body, f"{street}, {place}"[:255]

    def report(self, report_id: int) -> tuple[dict, list[dict]]:
        from lapor.reports.models import public_copies

        rng, ref = self.rng, self.ref
        c = self.created_at()
        group = ref.sample_group()
        target = ref.sample_member(group)
        head = group.head
        region_id = ref.sample_region(target)
        kind = pick(rng, self.kinds)
        category_id = ref.sample_category(target.affinity)
        title, body, location = self.text(category_id, region_id, kind)
        channel = pick(rng, self.channels)
        reporter_id = None
        token_hash = ""
        contact = ""
        if self.users and rng.random() < P_ACCOUNT:
            # Repeat reporters: a few accounts file many reports.
            reporter_id = self.users[int(len(self.users) * rng.random() ** 2)]
        else:
            token_hash = hashlib.sha256(rng.getrandbits(128).to_bytes(16, "big")).hexdigest()
            if rng.random() < 0.7:
                contact = f"08{rng.randint(11, 99)}{rng.randint(10_000_000, 99_999_999)}"
        chosen = head if rng.random() < P_CHOSEN_AGENCY else None
        lat = lon = None
        if rng.random() < 0.25:
            lat = f"{rng.uniform(-10.5, 5.5):.6f}"
            lon = f"{rng.uniform(95.5, 140.5):.6f}"
        row = {
            "id": report_id,
            "tracking_id": self.tracking_id(),
            "kind": kind,
            "title": title,
            "body": body,
            # What the public search matches (as report_create writes it).
            **public_copies(title, body),
            "incident_date": date.fromtimestamp(c - rng.random() * 20 * DAY) if rng.random() < 0.7 else None,
            "region_id": region_id,
            "location_text": location if rng.random() < 0.6 else "",
            "latitude": lat,
            "longitude": lon,
            "category_id": category_id,
            "channel": channel,
            "anonymous": rng.random() < 0.15,
            "confidential": rng.random() < 0.05,
            "reporter_id": reporter_id,
            "contact": contact,
            "reporter_token_hash": token_hash,
            "chosen_agency_id": chosen.id if chosen else None,
            "support_count": 0,
            "rating_comment": "",
            "archive_reason": "",
            "closed_by": "",
            "created_at": c,
        }
        supervisory = kind == "pengaduan" and category_id in ref.supervisory
        completion = SUPERVISORY_COMPLETION_DAYS if supervisory else COMPLETION_DAYS[kind]
        steps = self.lifecycle(c, group, head, target, chosen, reporter_id, channel, completion)
        # Apply the steps that happened before `now`; the rest has not happened yet.
        state = {
            "status": "submitted",
            "agency": None,
            "due_at": None,
            "verified_at": None,
            "completion_due_at": None,
            "first_response_at": None,
            "closed_at": None,
            "rated_at": None,
            "rating_score": None,
        }
        events = []
        for t, event, changes in steps:
            if t > self.now:
                break
            state.update(changes)
            event["created_at"] = t
            events.append(event)
        agency = ref.agencies.get(state.pop("agency"))
        row.update(state)
        row["agency_id"] = agency.id if agency else None
        row["agency_path"] = agency.path if agency else ""
        row["version"] = len(events) - 1
        row["updated_at"] = events[-1]["created_at"]
        return row, events

    def lifecycle(self, c, group, head, target, chosen, reporter_id, channel, completion_days):
        """The report's whole future as (time, event, state changes), following workflow.TRANSITIONS."""
        rng = self.rng
        national = self.ref.national_agency_id
        steps = []

        def step(t, action, from_status, to_status, role, actor_agency, changes, **event):
            event.update(
                action=action,
                from_status=from_status,
                to_status=to_status,
                actor_role=role,
                actor_agency_id=actor_agency,
                actor_id=reporter_id if role == "reporter" else self.ref.officers.get((actor_agency, role)),
            )
            changes = dict(changes)
            if to_status:
                changes["status"] = to_status
            steps.append((t, event, changes))

        holder = chosen.id if chosen else None
        step(
            c,
            "submit",
            "",
            "submitted",
            "reporter",
            None,
            {"agency": holder, "due_at": c + VERIFICATION_DAYS * DAY},
            agency_id=holder,
            data={"channel": channel},
        )
        t = c
        admin_role, admin_agency = ("admin_instansi", head.id) if chosen else ("admin_nasional", national)
        if rng.random() < P_ARCHIVE:
            t += self.lognormal_days(0.8)
            reason = pick(rng, self.archive_reasons)
            step(
                t, "archive", "submitted", "archived", admin_role, admin_agency,
                {"due_at": None, "archive_reason": reason}, reason=reason,
            )  # fmt: skip
            return steps
        if rng.random() < P_HOLD:
            t += self.lognormal_days(0.8)
            step(t, "hold", "submitted", "on_hold", admin_role, admin_agency, {"due_at": None}, message=HOLD_MESSAGE)
            t += self.lognormal_days(3)
            step(t, "reply", "on_hold", "on_hold", "reporter", None, {}, message="Berikut kelengkapan yang diminta.")
            t += self.lognormal_days(1)
            step(
                t, "resume", "on_hold", "submitted", admin_role, admin_agency,
                {"due_at": t + VERIFICATION_DAYS * DAY},
            )  # fmt: skip
        t += self.lognormal_days(1.2 * group.slowness, 0.9)
        first_stop = target.id if chosen else head.id
        verify_changes = {
            "agency": first_stop,
            "verified_at": t,
            "completion_due_at": t + completion_days * DAY,
            "due_at": t + FIRST_RESPONSE_DAYS * DAY,
        }
        step(t, "verify", "submitted", "disposed", admin_role, admin_agency, verify_changes, agency_id=first_stop)
        if first_stop != target.id:
            t += self.lognormal_days(0.7 * group.slowness)
            step(
                t, "dispose", "disposed", "disposed", "admin_instansi", head.id, {"agency": target.id},
                agency_id=target.id,
            )  # fmt: skip
        if rng.random() < group.stall:
            return steps  # never answered: stays disposed, overdue
        handler_role = "petugas" if target.id != head.id else "admin_instansi"
        t += self.lognormal_days(3 * group.slowness)
        step(
            t, "respond", "disposed", "followed_up", handler_role, target.id,
            {"first_response_at": t, "due_at": t + REPLY_WINDOW_DAYS * DAY}, message=rng.choice(RESPONSES),
        )  # fmt: skip
        if rng.random() < P_REPLY:
            t += rng.uniform(0.5, 9.5) * DAY
            step(
                t, "reply", "followed_up", "reporter_replied", "reporter", None,
                {"due_at": t + FIRST_RESPONSE_DAYS * DAY}, message=rng.choice(REPLIES),
            )  # fmt: skip
            t += self.lognormal_days(2.5 * group.slowness)
            step(
                t, "respond", "reporter_replied", "followed_up", handler_role, target.id,
                {"due_at": t + REPLY_WINDOW_DAYS * DAY}, message=rng.choice(RESPONSES),
            )  # fmt: skip
        if rng.random() < P_ADMIN_CLOSE:
            t += rng.uniform(1, 10) * DAY
            closing = {"due_at": None, "closed_at": t, "closed_by": "admin"}
            step(t, "close", "followed_up", "closed", "admin_instansi", head.id, closing)
        else:
            t += REPLY_WINDOW_DAYS * DAY
            closing = {"due_at": None, "closed_at": t, "closed_by": "system"}
            step(t, "close", "followed_up", "closed", "system", None, closing)
        if reporter_id and rng.random() < P_RATE:
            t += rng.uniform(0, 5) * DAY
            score = pick(rng, self.ratings)
            step(
                t, "rate", "closed", "closed", "reporter", None, {"rating_score": score, "rated_at": t},
                data={"score": score},
            )  # fmt: skip
        return steps


# --- writing ---------------------------------------------------------------------------------


class TableSpec:
    """Columns of a model's table in order, with defaults for the fields the generator leaves out."""

    def __init__(self, model, provided: set[str]):
        from django.db import models as m

        self.table = model._meta.db_table
        self.attnames, self.columns, self.defaults, self.kinds = [], [], {}, {}
        for f in model._meta.concrete_fields:
            self.attnames.append(f.attname)
            self.columns.append(f.column)
            if isinstance(f, m.DateTimeField):
                self.kinds[f.attname] = "datetime"
            elif isinstance(f, m.JSONField):
                self.kinds[f.attname] = "json"
            if f.attname in provided:
                continue
            if f.has_default():
                value = f.get_default()
            elif f.null:
                value = None
            elif isinstance(f, (m.CharField, m.TextField)):
                value = ""
            else:
                raise SystemExit(f"{self.table}.{f.column} has no default: teach bench/generate.py about it.")
            self.defaults[f.attname] = value

    def rows(self, dicts: list[dict]) -> list[tuple]:
        out = []
        conv = [(a, self.kinds.get(a)) for a in self.attnames]
        defaults = self.defaults
        for d in dicts:
            row = []
            for attname, kind in conv:
                v = d[attname] if attname in d else defaults[attname]
                if kind == "datetime" and isinstance(v, float):
                    v = datetime.fromtimestamp(v, UTC)
                elif kind == "json" and not isinstance(v, str):
                    v = json.dumps(v, ensure_ascii=False)
                row.append(v)
            out.append(tuple(row))
        return out


class Writer:
    def __init__(self, connection):
        self.connection = connection
        self.vendor = connection.vendor

    def write(self, spec: TableSpec, rows: list[tuple]) -> None:
        if not rows:
            return
        cols = ", ".join(f'"{c}"' for c in spec.columns)
        if self.vendor == "postgresql":
            raw = self.connection.connection
            with raw.cursor() as cur, cur.copy(f'COPY "{spec.table}" ({cols}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(spec.columns))
            with self.connection.cursor() as cur:
                cur.executemany(
                    f'INSERT INTO "{spec.table}" ({cols}) VALUES ({marks})', [self._sqlite(r) for r in rows]
                )

    @staticmethod
    def _sqlite(row: tuple) -> tuple:
        return tuple(
            v.astimezone(UTC).replace(tzinfo=None).isoformat(" ") if isinstance(v, datetime) else v for v in row
        )

    def next_id(self, table: str) -> int:
        with self.connection.cursor() as cur:
            cur.execute(f'SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"')
            return cur.fetchone()[0]

    def sync_sequence(self, table: str) -> None:
        if self.vendor != "postgresql":
            return  # SQLite takes MAX(rowid) + 1 by itself
        with self.connection.cursor() as cur:
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), (SELECT COALESCE(MAX(id), 1) FROM \"{table}\"))"
            )


# --- the command -------------------------------------------------------------------------------


def prepare(args) -> None:
    if is_postgres(args.database_url) and ensure_postgres_database(args.database_url):
        print(f"created database {args.database_url.rsplit('/', 1)[-1]}")
    setup_django(args.database_url)
    from django.core.management import call_command, get_commands

    t0 = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    print(f"migrate: {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    if args.reference == "load":
        if "load_reference" not in get_commands():
            raise SystemExit("manage.py load_reference is not available yet; use --reference cast for a small tree.")
        call_command("load_reference")
    elif args.reference == "cast":
        from lapor.agencies.models import Agency

        if not Agency.objects.exists():
            from django.db import transaction

            from lapor.testing import build_cast

            with transaction.atomic():
                build_cast()
    print(f"reference data ({args.reference}): {time.perf_counter() - t0:.1f} s")


def reset(writer: Writer) -> None:
    from lapor.accounts.models import User
    from lapor.reports.models import Report, ReportEvent

    t0 = time.perf_counter()
    with writer.connection.cursor() as cur:
        if writer.vendor == "postgresql":
            cur.execute(f'TRUNCATE "{Report._meta.db_table}", "{ReportEvent._meta.db_table}" CASCADE')
        else:
            cur.execute(f'DELETE FROM "{ReportEvent._meta.db_table}"')
            cur.execute(f'DELETE FROM "{Report._meta.db_table}"')
    User.objects.filter(username__startswith=BENCH_PREFIX).delete()
    print(f"reset: removed earlier reports, events and bench accounts ({time.perf_counter() - t0:.1f} s)")


def create_users(writer: Writer, count: int, rng: random.Random, now: datetime) -> list[int]:
    from lapor.accounts.models import User

    spec = TableSpec(User, {"id", "password", "username", "email", "full_name", "date_joined", "email_verified"})
    first = writer.next_id(User._meta.db_table)
    existing = User.objects.filter(username__startswith=USER_PREFIX).count()
    rows = []
    for i in range(count):
        n = existing + i + 1
        rows.append(
            {
                "id": first + i,
                "password": "!bench-unusable",
                "username": f"{USER_PREFIX}{n:07d}",
                "email": f"{USER_PREFIX}{n:07d}@example.id",
                "full_name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                "date_joined": (now - timedelta(days=730 + rng.random() * 365)).timestamp(),
                "email_verified": rng.random() < 0.8,
            }
        )
    writer.write(spec, spec.rows(rows))
    writer.sync_sequence(User._meta.db_table)
    return [first + i for i in range(count)]


def create_officers(writer: Writer, ref: Reference, rng: random.Random, now: datetime) -> int:
    """The people who handle reports: a pejabat penghubung (petugas) in every agency, an admin instansi
    and a pimpinan in every government or central body that receives reports, three national admins.

    Real deployments have tens of thousands of officer accounts; with only a handful the planner
    picks plans (merge joins over all users) that it would never pick in production.
    """
    from lapor.accounts.models import Membership, User

    user_spec = TableSpec(User, {"id", "password", "username", "email", "full_name", "date_joined"})
    member_spec = TableSpec(Membership, {"id", "user_id", "agency_id", "role", "created_at"})
    next_user = writer.next_id(User._meta.db_table)
    next_member = writer.next_id(Membership._meta.db_table)
    users, members = [], []
    heads = {g.head.id for g in ref.groups}
    national = ref.agencies.get(ref.national_agency_id)

    def add(agency: AgencyInfo, role: str, username: str) -> None:
        nonlocal next_user, next_member
        joined = (now - timedelta(days=400 + rng.random() * 800)).timestamp()
        users.append(
            {
                "id": next_user,
                "password": "!bench-unusable",
                "username": username,
                "email": f"{username}@bench.lapor.invalid",
                "full_name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                "date_joined": joined,
            }
        )
        members.append(
            {"id": next_member, "user_id": next_user, "agency_id": agency.id, "role": role, "created_at": joined}
        )
        ref.officers.setdefault((agency.id, role), next_user)
        next_user += 1
        next_member += 1

    for agency in ref.agencies.values():
        add(agency, "petugas", f"{BENCH_PREFIX}petugas-{agency.path.strip('/').rsplit('/', 1)[-1]}")
        if agency.id in heads:
            code = agency.path.strip("/").rsplit("/", 1)[-1]
            add(agency, "admin_instansi", f"{BENCH_PREFIX}admin-{code}")
            add(agency, "pimpinan", f"{BENCH_PREFIX}pimpinan-{code}")
    if national is not None:
        for i in range(3):
            add(national, "admin_nasional", f"{BENCH_PREFIX}admin-nasional{'' if i == 0 else f'-{i + 1}'}")
    writer.write(user_spec, user_spec.rows(users))
    writer.write(member_spec, member_spec.rows(members))
    writer.sync_sequence(User._meta.db_table)
    writer.sync_sequence(Membership._meta.db_table)
    return len(members)


def insert_reports(writer: Writer, gen: Generator, count: int, batch: int, log=None) -> tuple[int, int, dict]:
    """Generate and write `count` reports with their events, one transaction per batch."""
    from django.db import transaction

    from lapor.reports.models import Report, ReportEvent

    report_spec = None  # built from the first rows: fields the generator does not fill take their defaults
    event_provided = {
        "id", "report_id", "action", "from_status", "to_status", "actor_id", "actor_role", "actor_agency_id",
        "agency_id", "message", "reason", "data", "created_at",
    }  # fmt: skip
    event_spec = TableSpec(ReportEvent, event_provided)
    next_report = writer.next_id(Report._meta.db_table)
    next_event = writer.next_id(ReportEvent._meta.db_table)
    event_defaults = {"message": "", "reason": "", "data": {}, "agency_id": None}
    log = log or (lambda message: print(message, flush=True))
    t_insert = time.perf_counter()
    done = events_done = 0
    statuses: dict[str, int] = {}
    while done < count:
        n = min(batch, count - done)
        t_batch = time.perf_counter()
        reports, events = [], []
        for i in range(n):
            row, evs = gen.report(next_report + done + i)
            reports.append(row)
            statuses[row["status"]] = statuses.get(row["status"], 0) + 1
            for ev in evs:
                events.append({**event_defaults, **ev, "id": next_event, "report_id": row["id"]})
                next_event += 1
        t_gen = time.perf_counter() - t_batch
        report_spec = report_spec or TableSpec(Report, set(reports[0]))
        with transaction.atomic():
            writer.write(report_spec, report_spec.rows(reports))
            writer.write(event_spec, event_spec.rows(events))
        done += n
        events_done += len(events)
        elapsed = time.perf_counter() - t_insert
        log(
            f"  {done:>9,}/{count:,} reports, {events_done:>10,} events | batch {n / (time.perf_counter() - t_batch):>8,.0f}"
            f" reports/s (python {t_gen:.1f} s) | overall {done / elapsed:>8,.0f} reports/s, "
            f"{(done + events_done) / elapsed:>9,.0f} rows/s"
        )
    writer.sync_sequence(Report._meta.db_table)
    writer.sync_sequence(ReportEvent._meta.db_table)
    return done, events_done, statuses


def table_sizes(writer: Writer) -> list[tuple[str, int, str, str]]:
    if writer.vendor != "postgresql":
        return []
    with writer.connection.cursor() as cur:
        cur.execute(
            """
            SELECT c.relname, c.reltuples::bigint,
                   pg_size_pretty(pg_table_size(c.oid)), pg_size_pretty(pg_indexes_size(c.oid))
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'r' AND n.nspname = 'public'
            ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 8
            """
        )
        return cur.fetchall()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=50_000)
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--seed", type=int, default=1708)
    parser.add_argument("--now", help="ISO time the data ends at (default: now, to the hour)")
    parser.add_argument("--batch", type=int, default=20_000, help="reports per COPY batch")
    parser.add_argument("--users", type=int, help="reporter accounts to create (default: reports / 6)")
    parser.add_argument(
        "--reference",
        choices=["load", "cast", "none"],
        default="load",
        help="load: run load_reference; cast: the test cast's small tree when empty; none: use what is there",
    )
    parser.add_argument("--reset", action="store_true", help="remove earlier reports and bench reporters first")
    parser.add_argument("--no-vacuum", action="store_true", help="skip VACUUM ANALYZE at the end (ANALYZE only)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    prepare(args)
    from django.db import connection, transaction

    from lapor.reports.models import Report, ReportEvent

    now = (
        datetime.fromisoformat(args.now).astimezone(UTC)
        if args.now
        else datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    )
    rng = random.Random(args.seed)
    writer = Writer(connection)
    if args.reset:
        reset(writer)
    elif Report.objects.exists():
        print(f"note: appending to {Report.objects.count()} existing reports (use --reset to start over)")

    ref = Reference(rng)
    print(
        f"reference: {len(ref.agencies)} agencies in {len(ref.groups)} receiving groups, "
        f"{len(ref.region_name)} regions, {len(ref.categories)} categories; data ends at {now.isoformat()}"
    )
    t0 = time.perf_counter()
    user_count = args.users if args.users is not None else max(10, args.reports // 6)
    with transaction.atomic():
        users = create_users(writer, user_count, rng, now)
    print(f"reporter accounts: {len(users)} in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    with transaction.atomic():
        officers = create_officers(writer, ref, rng, now)
    print(f"officer accounts: {officers} memberships in {time.perf_counter() - t0:.1f} s")

    gen = Generator(ref, rng, now, users, set(Report.objects.values_list("tracking_id", flat=True)))
    t_insert = time.perf_counter()
    done, events_done, statuses = insert_reports(writer, gen, args.reports, args.batch)
    insert_seconds = time.perf_counter() - t_insert

    t0 = time.perf_counter()
    tables = [Report._meta.db_table, ReportEvent._meta.db_table, "accounts_user"]
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            # VACUUM (not only ANALYZE) so the visibility map is set, as autovacuum would have done by then.
            verb = "ANALYZE" if args.no_vacuum else "VACUUM (ANALYZE)"
            for table in tables:
                cur.execute(f'{verb} "{table}"')
            # The reference tables were bulk-loaded too; without statistics the planner guesses their size.
            cur.execute("ANALYZE")
        else:
            cur.execute("ANALYZE")
    analyze_seconds = time.perf_counter() - t0

    open_statuses = ("submitted", "on_hold", "disposed", "followed_up", "reporter_replied")
    open_count = sum(statuses.get(s, 0) for s in open_statuses)
    overdue = Report.objects.filter(status__in=open_statuses, due_at__lt=now).count()
    print(f"inserted {done:,} reports and {events_done:,} events in {insert_seconds:.1f} s "
          f"({done / insert_seconds:,.0f} reports/s, {(done + events_done) / insert_seconds:,.0f} rows/s)")  # fmt: skip
    print(f"events per report: {events_done / max(1, done):.2f}")
    print("status mix: " + ", ".join(f"{s} {c:,} ({100 * c / done:.1f} %)" for s, c in sorted(statuses.items())))
    print(f"open: {open_count:,} ({100 * open_count / max(1, done):.1f} %), of which overdue at --now: {overdue:,}")
    print(f"{'VACUUM ANALYZE' if not args.no_vacuum else 'ANALYZE'}: {analyze_seconds:.1f} s")
    for name, rows, data_size, index_size in table_sizes(writer):
        print(f"  {name:<28} {rows:>12,} rows  table {data_size:>9}  indexes {index_size:>9}")
    print(f"total: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
