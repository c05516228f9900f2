"""Start real servers on free loopback ports for tests and benchmarks, and stop them."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

DESKMATE = Path(sys.executable).with_name("deskmate")
START_TIMEOUT_S = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def popen(command: list[str], stdout=subprocess.DEVNULL, env: dict | None = None) -> subprocess.Popen:
    """Logs go to a file (process.log): a pipe nobody reads fills up and blocks the server."""
    log = tempfile.TemporaryFile("w+")
    process = subprocess.Popen(command, stdout=stdout, stderr=log, text=True, env={**os.environ, **(env or {})})
    process.log = log
    return process


def log_tail(process: subprocess.Popen) -> str:
    process.log.seek(0)
    return process.log.read()[-2000:]


def wait_until_serving(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}: {log_tail(process)}")
        try:
            if httpx.get(url + "/models", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"no answer from {url} within {START_TIMEOUT_S} s")


def start_llama_server(model_path: Path, n_ctx: int = 2048) -> tuple[subprocess.Popen, str]:
    """llama-cpp-python's own OpenAI-compatible server, as an office would run llama.cpp."""
    port = free_port()
    process = popen([sys.executable, "-m", "llama_cpp.server", "--model", str(model_path), "--host", "127.0.0.1",
                     "--port", str(port), "--n_ctx", str(n_ctx), "--model_alias", "office-smollm2"])
    url = f"http://127.0.0.1:{port}/v1"
    wait_until_serving(url, process)
    return process, url


def start_deskmate_serve(home: Path, *args: str, env: dict | None = None) -> tuple[subprocess.Popen, dict]:
    """`deskmate serve --port 0 --json ...`; returns the process and the JSON it prints once ready."""
    process = popen([str(DESKMATE), "serve", "--port", "0", "--json", "--home", str(home), *args],
                    stdout=subprocess.PIPE, env=env)
    lines = []
    for line in process.stdout:  # printed once the port is bound and the model loaded
        lines.append(line)
        if line.startswith("}"):
            return process, json.loads("".join(lines))
    raise RuntimeError(f"deskmate serve exited with {process.wait()}: {log_tail(process)}")


def stop(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    process.log.close()


def ask_once(url: str, key: str, question: str, max_tokens: int) -> dict:
    """One chat completion with the official client (no retries): status, latency and the answer."""
    import openai

    client = openai.OpenAI(base_url=url, api_key=key, max_retries=0, timeout=300)
    started = time.perf_counter()
    try:
        answer = client.chat.completions.create(model="any", max_tokens=max_tokens, temperature=0,
                                                messages=[{"role": "user", "content": question}])
        outcome = {"status": 200, "text": answer.choices[0].message.content}
    except openai.APIStatusError as exc:
        outcome = {"status": exc.status_code, "text": exc.message, "retry_after": exc.response.headers.get("retry-after")}
    except openai.APIConnectionError as exc:  # the server crashed or refused the connection
        outcome = {"status": None, "text": str(exc)}
    return {**outcome, "latency_s": time.perf_counter() - started}


def fire_clients(url: str, key: str, clients: int, max_tokens: int) -> list[dict]:
    """`clients` requests at once, each from its own thread and client."""
    from concurrent.futures import ThreadPoolExecutor

    questions = [f"Name a fruit that is {c}." for c in ("red", "yellow", "green", "orange", "purple", "blue",
                                                          "small", "big", "sweet", "sour")]
    with ThreadPoolExecutor(clients) as pool:
        futures = [pool.submit(ask_once, url, key, questions[i % len(questions)], max_tokens)
                   for i in range(clients)]
        return [future.result() for future in futures]
