"""Stage deadlines of a report, from the SLA policies in force and the working-day calendar of its region.

A deadline is computed once, when its stage starts (filing, verification, a reply, a response),
and stored on the report (`due_at`, `completion_due_at`); editing a policy later never moves it.
The policy used is recorded in the timeline event's data under "sla". See `lapor.sla`.
"""

from datetime import datetime

from lapor.agencies.models import Agency
from lapor.sla import selectors as sla
from lapor.sla.models import Stage

from .models import Report

_HOLDER = object()


def _agency(report: Report, agency) -> Agency | None:
    if agency is _HOLDER:
        return report.agency if report.agency_id else None
    return agency


def stage_deadline(report: Report, stage: str, start: datetime, *, agency=_HOLDER) -> sla.Deadline:
    """The deadline of `stage` (verification, first_response, reply_window) starting at `start`.

    `agency` is the holder once the step is taken (defaults to the current one): its stricter
    local policy, if any, applies, and its region's calendar when the report has no region.
    """
    holder = _agency(report, agency)
    return sla.stage_deadline(
        stage=Stage(stage).value,
        classification=sla.report_classification(report),
        agency=holder,
        calendar=sla.report_calendar(report, agency=holder),
        start=start,
    )


def completion_deadline(report: Report, start: datetime, *, agency=_HOLDER) -> sla.Deadline:
    """When the case must be finished: 5/14/60 HK by classification unless a policy says otherwise."""
    return stage_deadline(report, Stage.COMPLETION, start, agency=agency)
