"""Model downloads against a real HTTP server on 127.0.0.1 serving a GGUF file the test makes."""
import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.models.downloads import Download, DownloadError, load_catalogue
from assistant.models.gguf import read_gguf
from assistant.runtime.generators import collect_steps, run_to_end
from tests.helpers.gguf_files import write_model


class ModelServer:
    """Serves one file with Range support; can drop the first connection or ignore ranges."""

    def __init__(self, payload: bytes):
        self.payload, self.drop_after, self.honour_ranges, self.linked_etag = payload, None, True, None
        self.requests: list[str | None] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                server.requests.append(self.headers.get("Range"))
                start = 0
                if server.honour_ranges and self.headers.get("Range"):
                    start = int(self.headers["Range"].split("=")[1].rstrip("-"))
                body = server.payload[start:]
                self.send_response(206 if start else 200)
                self.send_header("Content-Length", str(len(body)))
                if server.linked_etag:
                    self.send_header("X-Linked-ETag", f'"{server.linked_etag}"')
                self.end_headers()
                if server.drop_after is not None:
                    cut, server.drop_after = server.drop_after, None
                    self.wfile.write(body[:cut])
                    self.wfile.flush()
                    self.connection.shutdown(2)  # the connection drops mid-file
                    return
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/model.gguf"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def model_file(tmp_path):
    return write_model(tmp_path / "source.gguf", tensors=4, rows=20000)  # about 2.5 MB


@pytest.fixture
def server(model_file):
    served = ModelServer(model_file.read_bytes())
    yield served
    served.close()


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_download_verifies_and_moves_into_place(server, model_file, tmp_path):
    target = tmp_path / "models" / "tiny.gguf"
    progress, path = collect_steps(Download(server.url, target, sha256(model_file)).run())
    states = [p.state for p in progress]
    assert path == target and states[-1] == "verifying" and "downloading" in states  # the path is returned
    assert target.read_bytes() == model_file.read_bytes() and not target.with_suffix(".gguf.part").exists()
    assert read_gguf(target).tensors


def test_resumes_after_a_dropped_connection(server, model_file, tmp_path):
    server.drop_after = 1_000_000
    target = tmp_path / "tiny.gguf"
    list(Download(server.url, target, sha256(model_file)).run())
    assert target.read_bytes() == model_file.read_bytes()
    assert server.requests[0] is None and server.requests[-1].startswith("bytes=")


def test_pause_keeps_the_partial_file_and_the_next_run_resumes(server, model_file, tmp_path):
    target = tmp_path / "tiny.gguf"
    download = Download(server.url, target, sha256(model_file))
    progress, path = collect_steps(download.run(should_stop=lambda: True))
    assert path is None and progress[-1].state == "paused" and download.part.exists() and not target.exists()
    assert run_to_end(Download(server.url, target, sha256(model_file)).run()) == target
    assert target.read_bytes() == model_file.read_bytes() and server.requests[-1].startswith("bytes=")


def test_wrong_checksum_is_refused_and_nothing_is_left(server, tmp_path):
    target = tmp_path / "models" / "tiny.gguf"
    with pytest.raises(DownloadError, match="does not match its SHA-256"):
        list(Download(server.url, target, "0" * 64).run())
    assert list(target.parent.iterdir()) == []


def test_unverifiable_download_is_not_installed(server, tmp_path):
    target = tmp_path / "tiny.gguf"
    with pytest.raises(DownloadError, match="cannot be verified"):
        list(Download(server.url, target).run())
    assert not target.exists()


def test_hash_published_by_the_server_is_used(server, model_file, tmp_path):
    server.linked_etag = sha256(model_file)
    target = tmp_path / "tiny.gguf"
    list(Download(server.url, target).run())
    assert target.exists()


def test_server_that_ignores_ranges_restarts_cleanly(server, model_file, tmp_path):
    server.drop_after, server.honour_ranges = 700_000, False
    target = tmp_path / "tiny.gguf"
    list(Download(server.url, target, sha256(model_file)).run())
    assert target.read_bytes() == model_file.read_bytes()


def test_a_file_that_is_not_a_model_is_deleted(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(b"<html>" + b"x" * 5000)
    served = ModelServer(page.read_bytes())
    try:
        with pytest.raises(DownloadError, match="not a usable model"):
            list(Download(served.url, tmp_path / "m.gguf", sha256(page)).run())
    finally:
        served.close()
    assert not (tmp_path / "m.gguf").exists() and not (tmp_path / "m.gguf.part").exists()


def test_catalogue_entries_are_complete():
    entries = load_catalogue()
    assert len(entries) >= 3
    for entry in entries:
        assert entry.url.startswith("https://") and entry.filename.endswith(".gguf") and entry.license
