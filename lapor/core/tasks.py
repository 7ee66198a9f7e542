"""Enqueueing background tasks so that they commit or roll back with the change that caused them."""

from django.db import transaction


def enqueue_task(task, *args) -> None:
    """Enqueue `task` in the caller's transaction when the queue lives in the database.

    With the database backend the task row commits (or rolls back) with the change that caused it:
    a transactional outbox. Other backends cannot see uncommitted rows, so they get it after commit.
    """
    from django_tasks_db import DatabaseBackend

    if isinstance(task.get_backend(), DatabaseBackend):
        task.enqueue(*args)
    else:
        transaction.on_commit(lambda: task.enqueue(*args))
