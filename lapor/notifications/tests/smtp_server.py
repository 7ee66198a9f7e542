"""A tiny SMTP server on a local port, so tests drive Django's real SMTP backend over a real socket."""

import socket
import socketserver
import threading
from contextlib import contextmanager


class _Handler(socketserver.StreamRequestHandler):
    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        server = self.server
        self.reply("220 smtp.test ESMTP")
        data, lines = False, []
        for raw in self.rfile:
            if data:
                if raw == b".\r\n":
                    data = False
                    server.messages.append(b"".join(lines))
                    lines = []
                    self.reply("250 2.0.0 queued")
                else:
                    lines.append(raw[1:] if raw.startswith(b"..") else raw)
                continue
            verb = raw[:4].upper()
            if verb == b"EHLO":
                self.reply("250-smtp.test")
                self.reply("250 8BITMIME")
            elif verb == b"RCPT":
                self.reply(server.rcpt_reply)
            elif verb == b"DATA":
                self.reply("354 go ahead")
                data = True
            elif verb == b"QUIT":
                self.reply("221 bye")
                return
            else:  # HELO, MAIL, RSET, NOOP
                self.reply("250 OK")


class SmtpServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, rcpt_reply: str = "250 OK"):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.rcpt_reply = rcpt_reply
        self.messages: list[bytes] = []

    @property
    def port(self) -> int:
        return self.server_address[1]


@contextmanager
def smtp_server(rcpt_reply: str = "250 OK"):
    server = SmtpServer(rcpt_reply)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A local port nobody listens on (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
