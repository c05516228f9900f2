"""Render a conversation into a prompt with the model's own chat template.

Templates come from model files, so they are untrusted code. They run in Jinja's
immutable sandbox (no access to Python internals), under a time budget checked at
every call, attribute access, loop step and multiplication, with a cap on output
size. A template that fails, tries to escape or runs too long is replaced by ChatML,
which most small instruct models understand.
"""
from __future__ import annotations

import datetime
import logging
import operator
import time
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

CHATML = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
TIME_LIMIT_S = 2.0
MAX_RANGE = 100_000
MAX_PRODUCT = 10_000_000  # longest string or list a template may build by multiplying
SAMPLE = [{"role": "system", "content": "s"}, {"role": "user", "content": "u"},
          {"role": "assistant", "content": "a"}, {"role": "user", "content": "u"}]


class TemplateError(Exception):
    pass


class TemplateTimeout(TemplateError):
    pass


def _raise_exception(message: str):
    raise TemplateError(message)


def _strftime_now(fmt: str) -> str:
    return datetime.datetime.now().strftime(fmt)


def _make_environment():
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class Environment(ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset(["*", "**"])
        deadline = float("inf")

        def check_time(self):
            if time.monotonic() > self.deadline:
                raise TemplateTimeout("the chat template ran too long")

        def call(self, __context, __obj, *args, **kwargs):
            self.check_time()
            return super().call(__context, __obj, *args, **kwargs)

        def getattr(self, obj, attribute):
            self.check_time()
            return super().getattr(obj, attribute)

        def getitem(self, obj, argument):
            self.check_time()
            return super().getitem(obj, argument)

        def call_binop(self, context, operator_name, left, right):
            self.check_time()
            if operator_name == "**" and abs(right) > 64:
                raise TemplateError("exponent too large")
            if operator_name == "*" and isinstance(left, (str, list)) and isinstance(right, int):
                if len(left) * right > MAX_PRODUCT:
                    raise TemplateError("product too large")
            return operator.pow(left, right) if operator_name == "**" else operator.mul(left, right)

    env = Environment(trim_blocks=True, lstrip_blocks=True)

    def bounded_range(*args):
        values = range(*args)
        if len(values) > MAX_RANGE:
            raise TemplateError("range too large")
        for value in values:
            env.check_time()
            yield value

    env.globals.update(raise_exception=_raise_exception, strftime_now=_strftime_now, range=bounded_range)
    return env


@dataclass
class ChatTemplate:
    source: str
    bos_token: str = ""
    eos_token: str = ""
    is_fallback: bool = False
    rejected_reason: str | None = None
    _env: Any = field(default=None, repr=False)  # the sandboxed jinja2 environment (jinja2 loads lazily)

    def __post_init__(self):
        self._env = _make_environment()
        self._template = self._env.from_string(self.source)

    @classmethod
    def for_model(cls, source: str | None, bos_token: str, eos_token: str) -> ChatTemplate:
        """The model's template if it compiles and renders a sample conversation in time, else ChatML."""
        reason = "the model has no chat template"
        if source:
            try:
                template = cls(source, bos_token, eos_token)
                template._render_once(SAMPLE, True)
                return template
            except Exception as exc:  # any failure of an untrusted template means: do not use it
                reason = f"the model's chat template was refused ({type(exc).__name__}: {exc})"
                log.warning("Using ChatML: %s", reason)
        return cls(CHATML, bos_token, eos_token, is_fallback=True, rejected_reason=reason)

    def _render_once(self, messages: list[dict], add_generation_prompt: bool) -> str:
        self._env.deadline = time.monotonic() + TIME_LIMIT_S
        try:
            return self._template.render(messages=messages, add_generation_prompt=add_generation_prompt,
                                         bos_token=self.bos_token, eos_token=self.eos_token)
        finally:
            self._env.deadline = float("inf")

    def render(self, messages: list[dict], add_generation_prompt: bool = True) -> str:
        try:
            return self._render_once(messages, add_generation_prompt)
        except Exception as exc:
            if self.is_fallback:
                raise
            log.warning("Chat template failed on this conversation (%s); switching to ChatML", exc)
            fallback = ChatTemplate(CHATML, self.bos_token, self.eos_token, is_fallback=True)
            self.__dict__.update(source=fallback.source, is_fallback=True, _env=fallback._env,
                                 _template=fallback._template, rejected_reason=str(exc))
            return self._render_once(messages, add_generation_prompt)
