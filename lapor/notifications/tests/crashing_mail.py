"""Django's file e-mail backend, killed (SIGKILL) at a chosen message: a worker dying mid-delivery.

CRASH_AT="after:3" kills the process right after the third message is on disk, before the worker can
mark it sent; "before:2" kills it as the second message is about to be written, after it was claimed.
"""

import os
import signal

from django.core.mail.backends.filebased import EmailBackend as FileEmailBackend

_sent_in_this_process = 0


class EmailBackend(FileEmailBackend):
    def send_messages(self, email_messages):
        global _sent_in_this_process
        when, _sep, nth = os.environ.get("CRASH_AT", "").partition(":")
        _sent_in_this_process += len(email_messages)
        if when == "before" and _sent_in_this_process == int(nth):
            os.kill(os.getpid(), signal.SIGKILL)
        count = super().send_messages(email_messages)
        if when == "after" and _sent_in_this_process == int(nth):
            os.kill(os.getpid(), signal.SIGKILL)
        return count
