"""What the local API may do: where it listens, who may call it, how much it accepts."""
from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field

from assistant.errors import ServerConfigError
from assistant.llm.remote import key_from_env

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
WILDCARD_ADDRESSES = ("0.0.0.0", "::")
DEFAULT_PORT = 8765


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


@dataclass
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT  # 0: any free port (the bound one is written back here)
    api_key: str | None = None  # clients must send "Authorization: Bearer <key>" when set
    allow_network: bool = False  # the explicit flag needed to listen beyond this computer
    allowed_hosts: tuple[str, ...] = ()  # extra names clients may use to reach this computer
    max_tokens_cap: int = 1024  # the longest answer a client may ask for
    max_body_bytes: int = 1_000_000
    max_embedding_inputs: int = 256
    queue_wait_s: float = 60.0  # how long a request waits for the model before "busy"
    max_waiting: int = 16  # requests waiting or running at once; more get "too many requests"
    debug: bool = False
    _hostname: str = field(default_factory=socket.gethostname, repr=False)

    @classmethod
    def from_settings(cls, settings, **overrides) -> ServerConfig:
        """The API as the user's settings describe it; `overrides` (from the command line) win."""
        key_env = overrides.pop("api_key_env", None) or settings.api_key_env
        values = dict(host=settings.api_host, port=settings.api_port, api_key=key_from_env(key_env),
                      allow_network=settings.api_allow_network, max_tokens_cap=settings.api_max_tokens)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/v1"

    @property
    def local_only(self) -> bool:
        return is_loopback(self.host)

    def check(self) -> None:
        """Refuse to listen beyond this computer unless asked explicitly, and then only with a key."""
        if self.local_only:
            return
        if not self.allow_network:
            raise ServerConfigError(
                f"Listening on {self.host} would let other computers use this model. If that is what you want, "
                "add --allow-network and a key (--api-key-env NAME); otherwise leave --host at 127.0.0.1.")
        if not self.api_key:
            raise ServerConfigError(
                f"Listening on {self.host} needs a key so that only your colleagues can use it: put a long random "
                "key in an environment variable and name it with --api-key-env.")

    def accepts_host(self, header: str) -> bool:
        """Is a request's Host header one of this server's own names (DNS-rebinding defence)?"""
        name, port = split_host(header)
        if port != self.port:
            return False
        if self.local_only:
            return name in LOOPBACK_NAMES
        own = {*LOOPBACK_NAMES, self._hostname.lower(), *(h.lower() for h in self.allowed_hosts)}
        if self.host in WILDCARD_ADDRESSES:
            return name in own or is_ip_literal(name)  # rebinding always needs a domain name
        return name in own or name == self.host


def split_host(header: str) -> tuple[str, int | None]:
    """'127.0.0.1:8765' -> ('127.0.0.1', 8765); '[::1]:80' -> ('::1', 80); no port -> 80."""
    header = header.strip().lower()
    if header.startswith("["):
        name, _, rest = header[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    elif header.count(":") == 1:
        name, port = header.split(":")
    else:
        name, port = header, ""
    if not port:
        return name, 80
    return (name, int(port)) if port.isdigit() else (name, None)
