"""SMS gateways behind one small interface, chosen by the SMS_BACKEND setting (a dotted path).

A gateway adapter implements `send(to=, body=, message_id=)` and, when the gateway can say whether a
message with that id was accepted (many take a client reference and reject repeats), `was_sent()`.
The development backend appends to var/sms.log; the console one prints. Without SMS_BACKEND,
development and tests use the file backend and production sends no SMS (no gateway to pretend with).
"""

import json
import os
import sys
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None


class BaseSmsBackend:
    def send(self, *, to: str, body: str, message_id: str) -> None:
        raise NotImplementedError

    def was_sent(self, message_id: str) -> bool | None:
        """True/False when the gateway keeps a record of accepted messages; None when it cannot tell."""
        return None


class FileBackend(BaseSmsBackend):
    """Append each message as one JSON line to SMS_FILE_PATH (var/sms.log); never the same id twice."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path or getattr(settings, "SMS_FILE_PATH", None) or Path(settings.VAR_DIR) / "sms.log")

    def _ids(self, handle) -> set[str]:
        handle.seek(0)
        ids = set()
        for line in handle:
            try:
                ids.add(json.loads(line)["message_id"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short by a crash was never a delivered message
        return ids

    def send(self, *, to: str, body: str, message_id: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a+", encoding="utf-8") as handle:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_EX)
            if message_id in self._ids(handle):
                return
            record = {"message_id": message_id, "to": to, "body": body, "at": timezone.now().isoformat()}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def was_sent(self, message_id: str) -> bool | None:
        if not self.path.exists():
            return False
        with open(self.path, encoding="utf-8") as handle:
            return message_id in self._ids(handle)


class ConsoleBackend(BaseSmsBackend):
    """Print each message to standard output."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stdout

    def send(self, *, to: str, body: str, message_id: str) -> None:
        self.stream.write(f"SMS {message_id} to {to}: {body}\n")
        self.stream.flush()


def backend_path() -> str | None:
    return settings.SMS_BACKEND or None


def sms_available() -> bool:
    return backend_path() is not None


def get_backend() -> BaseSmsBackend:
    path = backend_path()
    if path is None:
        raise RuntimeError("No SMS gateway configured: set SMS_BACKEND.")
    return import_string(path)()
