"""The deadline sweeps: reminders before a deadline, escalation after it, closing after the reply window.

Run by `python manage.py run_sweeps` (once, or `--loop`) or the task `lapor.sla.tasks.run_sweeps`.
Every sweep is safe to run on several machines at once and again after a crash:

- Reports are read in bounded batches in deadline order through the index (status, due_at), with a
  keyset cursor (due_at, id), so a pass costs the same whatever the size of the backlog before it.
- A reminder or an escalation level is claimed by inserting its `Escalation` row (unique on
  report, deadline, level), a batch at a time, in the same transaction as the escalation's timeline
  events and one `notify_claims` task for the batch. They commit together or not at all; a second
  sweep's insert of the same row is skipped by the database (on PostgreSQL it waits for the first to
  commit, then skips).
- The rows are the notifications' outbox: the task writes them (idempotent: once per event or key,
  recipient and channel) and sets `notified_at`; `recover_unnotified` redoes rows whose task was lost
  with its worker. A pass over a backlog so costs a few bulk statements per batch, not a message each.
- Closing goes through `reports.workflow.close_many_by_system` (the transition table and a
  compare-and-set on `version`, a batch at a time): of two sweeps (or a sweep and an officer) one wins,
  the other leaves the report out.

Which deadlines: `due_at`, the running stage's (verification, first answer), and
`completion_due_at`, the whole complaint's (5/14/60 HK from verification), for the statuses whose
clock the officers own (submitted, disposed, reporter replied). Each is reminded of and escalated on
its own (the event says which). Followed-up reports run the reporter's reply window on `due_at`: not
escalated, closed by the system once it passes; their agency has answered, so their completion
deadline is not escalated either.

When: a reminder when at most `SLA_REMINDER_WORKING_DAYS` (setting, default 1; 0 turns reminders
off) working days are left in the report's region; escalation level n once the deadline is passed by
`EscalationRule.delay_days` working days (by the end of that working day after the deadline day: 0
means as soon as it passes). A sweep that did not run for a while creates every level missed, in order.
"""

import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from lapor.accounts.models import Membership
from lapor.agencies.models import Agency
from lapor.core.tasks import enqueue_task
from lapor.notifications import recipients
from lapor.notifications.delivery import claim_timeout
from lapor.notifications.models import Kind
from lapor.notifications.services import notify
from lapor.reports.exceptions import ActionNotAllowed, ConcurrentUpdate, InvalidTransition
from lapor.reports.models import Report, ReportEvent, Status
from lapor.reports.workflow import SYSTEM, SYSTEM_VIEWER, close_many_by_system, transition

from .calendar import WorkingCalendar
from .models import CalendarOverride, Escalation, EscalationRule
from .selectors import HolidayBook

Role = Membership.Role
BATCH_SIZE = 2000
# Statuses whose running deadline (`due_at`) is the officers' to meet.
OFFICER_CLOCK_STATUSES = (Status.SUBMITTED, Status.DISPOSED, Status.REPORTER_REPLIED)
# Used when the table is empty (it is seeded by migration 0003): level → working days after the deadline.
DEFAULT_DELAYS = {1: 0, 2: 2, 3: 5}
# How far beyond the national (WIB) n-th working day reminders look: a day, plus one per regional day off.
REMINDER_SLACK = timedelta(days=1)
ADMIN_ROLES = (Role.ADMIN_INSTANSI,)
# The report fields holding the deadlines the sweeps watch, and how events and messages name them.
DEADLINES = {"due_at": "stage", "completion_due_at": "completion"}


def reminder_working_days() -> int:
    return settings.SLA_REMINDER_WORKING_DAYS


def escalation_delays() -> dict[int, int]:
    """Active levels and their delays in working days, lowest level first."""
    rows = list(EscalationRule.objects.values_list("level", "delay_days", "is_active"))
    if not rows:
        return dict(DEFAULT_DELAYS)
    return {level: delay for level, delay, active in sorted(rows) if active}


@dataclass
class SweepResult:
    scanned: int = 0
    done: int = 0  # reminders sent, escalation levels reached, or reports closed by this sweep
    reports: int = 0  # distinct reports acted on
    skipped: int = 0  # claimed by someone else meanwhile (a concurrent sweep or an officer)
    seconds: float = 0.0


@dataclass
class _Calendars:
    """Calendars by region, and the arithmetic of each (region, deadline) worked out once per pass."""

    book: HolidayBook = field(default_factory=HolidayBook)
    by_region: dict = field(default_factory=dict)
    memo: dict = field(default_factory=dict)

    def of(self, region_id: int | None) -> WorkingCalendar:
        if region_id not in self.by_region:
            self.by_region[region_id] = self.book.calendar(self.book.region(region_id))
        return self.by_region[region_id]

    # Both depend on local dates only (calendar.py), so a pass computes each (region, day) once,
    # not once per report: a backlog of a million deadlines falls on a few hundred days.

    def threshold(self, region_id, due_at: datetime, delay: int) -> datetime:
        """The instant after which a deadline is `delay` working days late."""
        calendar = self.of(region_id)
        key = ("late", region_id, due_at.astimezone(calendar.tz).date(), delay)
        if key not in self.memo:
            self.memo[key] = calendar.add_working_days(due_at, delay)
        return self.memo[key]

    def days_left(self, region_id, due_at: datetime, now: datetime) -> int:
        calendar = self.of(region_id)
        key = ("left", region_id, due_at.astimezone(calendar.tz).date(), now.astimezone(calendar.tz).date())
        if key not in self.memo:
            self.memo[key] = calendar.working_days_between(now, due_at)
        return self.memo[key]


def _batches(queryset, batch_size: int, deadline: str = "due_at"):
    """Rows (id, deadline, region_id) in (deadline, id) order, a batch at a time (keyset)."""
    cursor = None
    while True:
        qs = queryset
        if cursor is not None:
            # The plain lower bound makes the index range start at the cursor; the OR alone is only a
            # filter, and every batch would rescan the range from its start.
            qs = qs.filter(
                Q(**{f"{deadline}__gt": cursor[0]}) | Q(**{deadline: cursor[0], "pk__gt": cursor[1]}),
                **{f"{deadline}__gte": cursor[0]},
            )
        rows = list(
            qs.order_by(deadline, "pk").values_list("pk", deadline, "region_id", "agency__region_id")[:batch_size]
        )
        if not rows:
            return
        yield [(pk, due_at, region_id or agency_region_id) for pk, due_at, region_id, agency_region_id in rows]
        if len(rows) < batch_size:
            return
        cursor = (rows[-1][1], rows[-1][0])


def _reached(level: int, deadline: str = "due_at"):
    return Exists(Escalation.objects.filter(report_id=OuterRef("pk"), deadline_at=OuterRef(deadline), level=level))


class Claim(NamedTuple):
    pk: int
    report_id: int
    deadline_at: datetime
    level: int


def _rows_source(columns: list[tuple[str, str]], rows: list[tuple]) -> tuple[str, list]:
    """A FROM-able set of `rows` with named `columns` (name, PostgreSQL type), and its parameters.

    PostgreSQL gets one array per column through unnest(): three parameters instead of thousands,
    whose client-side binding cost more than the statement. SQLite gets a VALUES list, whose columns
    it names column1, column2 … (it takes no column aliases), renamed by a subquery.
    """
    if connection.vendor == "postgresql":
        arrays = ", ".join(f"%s::{kind}[]" for _name, kind in columns)
        names = ", ".join(name for name, _kind in columns)
        return f"unnest({arrays}) AS v({names})", [list(column) for column in zip(*rows, strict=True)]
    renamed = ", ".join(f"column{i} AS {name}" for i, (name, _kind) in enumerate(columns, start=1))
    values = ", ".join(["(" + ", ".join(["%s"] * len(columns)) + ")"] * len(rows))
    return f"(SELECT {renamed} FROM (VALUES {values})) AS v", [value for row in rows for value in row]


def _claim(wanted: list[tuple[int, datetime, int]], now: datetime) -> list[Claim]:
    """Insert the (report, deadline, level) rows; return those this call inserted (call inside a transaction).

    One INSERT ... ON CONFLICT DO NOTHING RETURNING (PostgreSQL, SQLite ≥ 3.35) names exactly the rows
    this sweep won; Django's bulk_create cannot return them when it ignores conflicts, and building a
    model per row costs more than the statement at a backlog's size.
    """
    if not wanted:
        return []
    ops = connection.ops
    deadlines = {(report_id, level): deadline for report_id, deadline, level in wanted}
    rows = [(report_id, ops.adapt_datetimefield_value(deadline), level) for report_id, deadline, level in wanted]
    source, params = _rows_source([("report_id", "bigint"), ("deadline_at", "timestamptz"), ("level", "int")], rows)
    table = ops.quote_name(Escalation._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (report_id, deadline_at, level, created_at) "
            f"SELECT v.report_id, v.deadline_at, v.level, %s FROM {source} WHERE true "
            "ON CONFLICT DO NOTHING RETURNING id, report_id, level",
            [ops.adapt_datetimefield_value(now), *params],
        )
        inserted = cursor.fetchall()
    claims = [Claim(pk, report_id, deadlines[(report_id, level)], level) for pk, report_id, level in inserted]
    return sorted(claims, key=lambda c: (c.report_id, c.deadline_at, c.level))


def _link_events(pairs: list[tuple[int, int]]) -> None:
    """Point each claim at its event in one UPDATE ... FROM.

    Django's bulk_update builds a CASE branch per row, which cost more than all the rest of a batch.
    """
    if not pairs:
        return
    table = connection.ops.quote_name(Escalation._meta.db_table)
    source, params = _rows_source([("claim_id", "bigint"), ("event_id", "bigint")], pairs)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET event_id = v.event_id FROM {source} WHERE {table}.id = v.claim_id", params)


def _notify_later(claims: list[Claim]) -> None:
    """One task for a batch of claims, enqueued in the claiming transaction."""
    if claims:
        from .tasks import notify_claims

        enqueue_task(notify_claims, [claim.pk for claim in claims], without_queue="now")


class _Audience:
    """Who hears of a reminder or an escalation, looked up once per agency and level in a pass."""

    def __init__(self):
        self._cache: dict = {}

    def _get(self, key, compute):
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def national_admins(self) -> list:
        return self._get(
            "national",
            lambda: _users(Membership.objects.filter(role=Role.ADMIN_NASIONAL, user__is_active=True)),
        )

    def reminder(self, agency: Agency | None) -> list:
        if agency is None:  # the national verification queue
            return self.national_admins()
        return self._get(("officers", agency.pk), lambda: recipients.officers_of(agency))

    def escalation(self, report: Report, level: int) -> tuple[list, Agency | None]:
        """(users, the agency escalated to) for one level; levels without their body go to the national admins."""
        agency = report.agency if report.agency_id else None
        if level == EscalationRule.Level.AGENCY and agency is not None:
            return self._get(("admins", agency.pk), lambda: recipients.officers_of(agency, roles=ADMIN_ROLES)), agency
        if level == EscalationRule.Level.PARENT and agency is not None and agency.parent_id:
            parent = agency.parent
            return self._get(("admins", parent.pk), lambda: recipients.officers_of(parent, roles=ADMIN_ROLES)), parent
        if level >= EscalationRule.Level.NATIONAL:
            return self._national_and_oversight(report.agency_path), None
        return self.national_admins(), None

    def _national_and_oversight(self, agency_path: str) -> list:
        def compute():
            pengawas = [
                m.user
                for m in Membership.objects.filter(role=Role.PENGAWAS, user__is_active=True).select_related(
                    "agency", "user"
                )
                if m.agency.parent_id is None or (agency_path and agency_path.startswith(m.agency.path))
            ]
            unique = {u.pk: u for u in self.national_admins() + pengawas}
            return list(unique.values())

        return self._get(("national+oversight", agency_path), compute)


def _users(memberships) -> list:
    unique = {m.user.pk: m.user for m in memberships.select_related("user")}
    return list(unique.values())


def _load_for_events(ids) -> dict[int, Report]:
    """What an escalation event needs of its report: a narrow read, a batch at a time."""
    fields = ("status", "due_at", "completion_due_at", "region_id", "agency_id", "agency__name", "agency__region_id")
    fields += ("agency__parent_id", "agency__parent__name")
    return Report.objects.select_related("agency", "agency__parent").only(*fields).in_bulk(list(ids))


# --- Reminders -----------------------------------------------------------------------------------------


def send_reminders(*, now: datetime | None = None, batch_size: int = BATCH_SIZE) -> SweepResult:
    """Remind the holding agency's officers of each deadline with at most N working days left, once."""
    started, now = time.monotonic(), now or timezone.now()
    result = SweepResult()
    lead = reminder_working_days()
    if lead <= 0:
        return result
    calendars = _Calendars()
    horizon = calendars.of(None).add_working_days(now, lead)
    # WIB ends a day last, so later zones are inside the bound; a regional day off may push a day further.
    regional_days_off = CalendarOverride.objects.filter(
        kind=CalendarOverride.Kind.ADD, region__isnull=False, date__gte=now.date(), date__lte=horizon.date()
    ).count()
    horizon += REMINDER_SLACK * (1 + regional_days_off)
    acted = set()
    for deadline in DEADLINES:
        candidates = Report.objects.filter(
            status__in=OFFICER_CLOCK_STATUSES, **{f"{deadline}__gte": now, f"{deadline}__lte": horizon}
        ).exclude(_reached(Escalation.REMINDER, deadline))
        for batch in _batches(candidates, batch_size, deadline):
            result.scanned += len(batch)
            wanted = [
                (pk, due_at, Escalation.REMINDER)
                for pk, due_at, region_id in batch
                if calendars.days_left(region_id, due_at, now) <= lead
            ]
            if not wanted:
                continue
            with transaction.atomic():
                ours = _claim(wanted, now)
                _notify_later(ours)
            result.done += len(ours)
            result.skipped += len(wanted) - len(ours)
            acted.update(claim.report_id for claim in ours)
    result.reports = len(acted)
    result.seconds = time.monotonic() - started
    return result


# --- Escalation ------------------------------------------------------------------------------------------


def escalate_overdue(*, now: datetime | None = None, batch_size: int = BATCH_SIZE) -> SweepResult:
    """Raise each missed deadline through the escalation levels whose delay has passed; each level once."""
    started, now = time.monotonic(), now or timezone.now()
    result = SweepResult()
    for deadline in DEADLINES:
        plan = EscalationPlan(now, deadline)
        for batch in plan.batches(batch_size):
            result.scanned += len(batch)
            wanted = plan.wanted(batch)
            done, reports = plan.apply(wanted)
            result.done += done
            result.reports += reports  # a report late on both deadlines counts twice
            result.skipped += len(wanted) - done
    result.seconds = time.monotonic() - started
    return result


class EscalationPlan:
    """One escalation pass at `now`: which (report, deadline, level) rows are due, then claiming them.

    Split in two steps so that what two concurrent sweeps do can be shown in a test: both read, one
    applies, then the other applies and finds every row already claimed.
    """

    def __init__(self, now: datetime, deadline: str = "due_at"):
        self.now = now
        self.deadline = deadline
        self.delays = escalation_delays()
        self.calendars = _Calendars()

    def batches(self, batch_size: int = BATCH_SIZE):
        if not self.delays:
            return
        candidates = Report.objects.filter(
            status__in=OFFICER_CLOCK_STATUSES, **{f"{self.deadline}__lt": self.now}
        ).exclude(_reached(max(self.delays), self.deadline))
        yield from _batches(candidates, batch_size, self.deadline)

    def wanted(self, batch) -> list[tuple[int, datetime, int]]:
        """The levels due and not yet reached for a batch of (id, due_at, region_id)."""
        existing = set(
            Escalation.objects.filter(report_id__in=[pk for pk, _d, _r in batch], level__gt=0)
            .order_by()
            .values_list("report_id", "deadline_at", "level")
        )
        return [
            (pk, due_at, level)
            for pk, due_at, region_id in batch
            for level, delay in self.delays.items()
            if self.now > self.calendars.threshold(region_id, due_at, delay) and (pk, due_at, level) not in existing
        ]

    def all_wanted(self, batch_size: int = BATCH_SIZE) -> list[tuple[int, datetime, int]]:
        return [row for batch in self.batches(batch_size) for row in self.wanted(batch)]

    def apply(self, wanted) -> tuple[int, int]:
        """Claim the rows and write an event for each claimed, notified by one task; (levels, reports) done."""
        if not wanted:
            return 0, 0
        with transaction.atomic():
            ours = _claim(wanted, self.now)
            reports = _load_for_events({claim.report_id for claim in ours})
            live, gone = [], []
            for claim in ours:
                report = reports[claim.report_id]
                if getattr(report, self.deadline) == claim.deadline_at and report.status in OFFICER_CLOCK_STATUSES:
                    live.append((claim, report))
                else:
                    gone.append(claim.pk)  # the report moved on between the read and the claim
            events = ReportEvent.objects.bulk_create([self._event(report, claim.level) for claim, report in live])
            _link_events([(claim.pk, event.pk) for (claim, _report), event in zip(live, events, strict=True)])
            Escalation.objects.filter(pk__in=gone).update(notified_at=self.now)
            _notify_later([claim for claim, _report in live])
        return len(live), len({claim.report_id for claim, _report in live})

    def _event(self, report: Report, level: int) -> ReportEvent:
        agency = report.agency if report.agency_id else None
        escalated_to = None
        if level == EscalationRule.Level.AGENCY:
            escalated_to = agency
        elif level == EscalationRule.Level.PARENT and agency is not None:
            escalated_to = agency.parent
        tz = self.calendars.of(report.region_id or (agency.region_id if agency else None)).tz
        return ReportEvent(
            report=report,
            action="escalate",
            from_status=report.status,
            to_status=report.status,
            actor=None,
            actor_role=SYSTEM,
            # Shown to the reporter too ("dalam pengawasan"): it carries no internal text, only the level.
            is_internal=False,
            data={
                "level": level,
                "deadline": DEADLINES[self.deadline],
                "deadline_at": getattr(report, self.deadline).astimezone(tz).isoformat(),  # as the region reads it
                "delay_working_days": self.delays[level],
                "escalated_to_agency_id": escalated_to.pk if escalated_to else None,
                "escalated_to_agency_name": escalated_to.name if escalated_to else "",
            },
        )


# --- Notifying what the sweeps claimed --------------------------------------------------------------------


def notify_claims(claim_ids) -> int:
    """Write the notifications of reminders and escalation levels claimed by a sweep; how many were sent.

    Run by the `notify_claims` task. Idempotent: notifications are unique per event (or reminder key),
    recipient and channel, so a retry or a recovery racing a slow worker writes only what is missing.
    A reminder whose deadline is no longer the report's (answered, moved) is dropped.
    """
    claims = list(
        Escalation.objects.filter(pk__in=list(claim_ids), notified_at__isnull=True)
        .select_related("report", "report__agency", "report__agency__parent", "report__region", "event")
        .order_by("pk")
    )
    audience, sent = _Audience(), 0
    for claim in claims:
        report = claim.report
        if claim.level == Escalation.REMINDER:
            if report.status not in OFFICER_CLOCK_STATUSES:
                continue
            if claim.deadline_at == report.due_at:
                prefix = "reminder"
            elif claim.deadline_at == report.completion_due_at:
                prefix = "completion-reminder"  # the message names the completion deadline
            else:
                continue
            notify(
                report=report,
                kind=Kind.REMINDER,
                key=f"{prefix}:{claim.deadline_at:%Y%m%dT%H%M%S}",
                users=audience.reminder(report.agency if report.agency_id else None),
            )
        elif claim.event_id:
            users, _escalated_to = audience.escalation(report, claim.level)
            notify(report=report, kind=Kind.ESCALATION, event=claim.event, users=users)
        else:
            continue
        sent += 1
    Escalation.objects.filter(pk__in=[claim.pk for claim in claims]).update(notified_at=timezone.now())
    return sent


def recover_unnotified(*, now: datetime | None = None, stale_after: timedelta | None = None, limit=5000) -> int:
    """Notify claims whose `notify_claims` task never finished (its worker died); how many rows were redone.

    Rows younger than the claim timeout are left to their task, which may still be queued.
    """
    now = now or timezone.now()
    cutoff = now - (claim_timeout() if stale_after is None else stale_after)
    ids = list(
        Escalation.objects.filter(notified_at__isnull=True, created_at__lte=cutoff)
        .order_by("created_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    for start in range(0, len(ids), BATCH_SIZE):
        notify_claims(ids[start : start + BATCH_SIZE])
    return len(ids)


# --- Closing after the reply window ----------------------------------------------------------------------


def close_silent(*, now: datetime | None = None, batch_size: int = BATCH_SIZE) -> SweepResult:
    """Close followed-up reports whose reporter did not reply within the window ("ditutup oleh sistem")."""
    started, now = time.monotonic(), now or timezone.now()
    result = SweepResult()
    candidates = Report.objects.filter(status=Status.FOLLOWED_UP, due_at__lt=now)
    for batch in _batches(candidates, batch_size):
        result.scanned += len(batch)
        read = {pk: due_at for pk, due_at, _region in batch}
        reports = [
            report
            for report in Report.objects.filter(pk__in=list(read)).only("status", "version", "due_at")
            if report.status == Status.FOLLOWED_UP and report.due_at == read[report.pk]
        ]
        try:
            closed = len(close_many_by_system(reports))
        except ConcurrentUpdate:  # a row changed under an unlocked read (SQLite): one by one
            closed = _close_one_by_one([report.pk for report in reports])
        result.done += closed
        result.skipped += len(batch) - closed
    result.reports = result.done
    result.seconds = time.monotonic() - started
    return result


def _close_one_by_one(ids) -> int:
    closed = 0
    for report in Report.objects.filter(pk__in=ids, status=Status.FOLLOWED_UP):
        try:
            transition(report, "close", viewer=SYSTEM_VIEWER)
        except (ConcurrentUpdate, InvalidTransition, ActionNotAllowed):
            continue  # a reply, an officer or another sweep got there first
        closed += 1
    return closed


# --- All of them --------------------------------------------------------------------------------------


def run_all(*, now: datetime | None = None, batch_size: int = BATCH_SIZE) -> dict[str, SweepResult]:
    """One pass of every sweep, in the order that tells people before it escalates and closes."""
    now = now or timezone.now()
    return {
        "reminders": send_reminders(now=now, batch_size=batch_size),
        "escalations": escalate_overdue(now=now, batch_size=batch_size),
        "closed": close_silent(now=now, batch_size=batch_size),
    }
