"""Enqueueing background tasks so that they commit or roll back with the change that caused them."""

from typing import Literal

from django.db import transaction


def enqueue_task(task, *args, without_queue: Literal["now", "after_commit"] = "after_commit") -> None:
    """Enqueue `task` in the caller's transaction when the queue lives in the database.

    With the database backend the task row commits (or rolls back) with the change that caused it:
    a transactional outbox. Other backends cannot see uncommitted rows, so they get it after commit.
    Without a queue (the immediate backend: tests, scripts) the task runs `now`, inside the caller's
    transaction, or `after_commit`, for work that must see the change committed.
    """
    from django_tasks.backends.immediate import ImmediateBackend
    from django_tasks_db import DatabaseBackend

    backend = task.get_backend()
    if isinstance(backend, DatabaseBackend):
        task.enqueue(*args)
    elif isinstance(backend, ImmediateBackend):
        if without_queue == "now":
            task.call(*args)
        else:
            transaction.on_commit(lambda: task.call(*args))
    else:
        transaction.on_commit(lambda: task.enqueue(*args))
