"""Render a conversation into a prompt with the model's own chat template.

Templates come from model files, so they are untrusted: they run in Jinja's
immutable sandbox, and a template that fails to render falls back to ChatML,
which most small instruct models understand.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

CHATML = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


class TemplateError(Exception):
    pass


def _raise_exception(message: str):
    raise TemplateError(message)


def _strftime_now(fmt: str) -> str:
    return datetime.datetime.now().strftime(fmt)


@dataclass
class ChatTemplate:
    source: str
    bos_token: str = ""
    eos_token: str = ""
    is_fallback: bool = False

    def __post_init__(self):
        from jinja2 import StrictUndefined  # noqa: F401  (jinja2 ships with llama-cpp-python)
        from jinja2.sandbox import ImmutableSandboxedEnvironment

        env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
        env.globals.update(raise_exception=_raise_exception, strftime_now=_strftime_now)
        self._template = env.from_string(self.source)

    @classmethod
    def for_model(cls, source: str | None, bos_token: str, eos_token: str) -> "ChatTemplate":
        """The model's template if it compiles and renders a sample conversation, else ChatML."""
        if source:
            try:
                template = cls(source, bos_token, eos_token)
                template.render([{"role": "system", "content": "s"}, {"role": "user", "content": "u"},
                                 {"role": "assistant", "content": "a"}, {"role": "user", "content": "u"}])
                return template
            except Exception:  # any failure of an untrusted template means: do not use it
                pass
        return cls(CHATML, bos_token, eos_token, is_fallback=True)

    def render(self, messages: list[dict], add_generation_prompt: bool = True) -> str:
        return self._template.render(
            messages=messages, add_generation_prompt=add_generation_prompt,
            bos_token=self.bos_token, eos_token=self.eos_token,
        )
