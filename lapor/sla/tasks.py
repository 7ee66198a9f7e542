"""The sweeps as a background task, for deployments that schedule tasks rather than run `run_sweeps --loop`."""

from django_tasks import task

from . import sweeps


@task()
def run_sweeps() -> dict:
    """One pass of every deadline sweep (reminders, escalation, closing); safe to run concurrently."""
    return {name: result.done for name, result in sweeps.run_all().items()}


# Below the default: a backlog of reminders waits behind what people just did (filings, answers).
@task(priority=-10)
def notify_claims(claim_ids: list[int]) -> int:
    """Notify the reminders and escalation levels a sweep claimed (see `sweeps.notify_claims`)."""
    return sweeps.notify_claims(claim_ids)
