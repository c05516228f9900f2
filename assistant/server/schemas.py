"""Request bodies the API accepts (pydantic validates them; unknown fields are ignored)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}


class Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ContentPart(Lenient):
    type: str
    text: str | None = None


class ChatMessage(Lenient):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None

    def plain(self) -> dict:
        """{'role', 'content'} as the engine takes it. Raises ValueError for what it cannot read."""
        if self.role not in ROLES:
            raise ValueError(f"messages with role '{self.role}' are not supported (this server has no tools)")
        if isinstance(self.content, list):
            if any(part.type != "text" for part in self.content):
                raise ValueError("only text content is supported (no images or audio)")
            text = "".join(part.text or "" for part in self.content)
        else:
            text = self.content or ""
        return {"role": ROLES[self.role], "content": text}


class StreamOptions(Lenient):
    include_usage: bool = False


class ChatRequest(Lenient):
    model: str | None = None
    messages: list[ChatMessage] = Field(min_length=1, max_length=2000)
    stream: bool = False
    stream_options: StreamOptions | None = None
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    n: int = Field(default=1, ge=1, le=1)
    stop: str | list[str] | None = None
    tools: list | None = None

    @property
    def stop_sequences(self) -> list[str]:
        stops = [self.stop] if isinstance(self.stop, str) else list(self.stop or [])
        return [s for s in stops if s][:4]

    @property
    def include_usage(self) -> bool:
        return bool(self.stream_options and self.stream_options.include_usage)


class EmbeddingRequest(Lenient):
    model: str | None = None
    input: str | list[str] = Field(min_length=1)
    encoding_format: Literal["float", "base64"] = "float"

    @property
    def texts(self) -> list[str]:
        return [self.input] if isinstance(self.input, str) else list(self.input)


class AskRequest(Lenient):
    question: str = Field(min_length=1, max_length=4000)
