"""Chat templates are untrusted code from model files: sandboxed, time-limited, with a ChatML fallback."""
import pytest

from assistant.llm.chat_template import CHATML, ChatTemplate
from assistant.llm.local import Engine, EngineOptions
from assistant.models.gguf import read_gguf
from tests.helpers.gguf_files import with_chat_template, write_model

ESCAPES = {
    "mro": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "globals": "{{ cycler.__init__.__globals__.os.system('touch {marker}') }}",
    "joiner": "{{ joiner.__init__.__globals__['os'].popen('touch {marker}').read() }}",
    "format": "{{ '{{0.__class__}}'.format(messages) }}{{ lipsum.__globals__['os'].system('touch {marker}') }}",
}
LOOPS = {
    "nested ranges": "{% for i in range(99999) %}{% for j in range(99999) %}{{ i }}{% endfor %}{% endfor %}",
    "exponential macro": "{% macro f(n) %}{% if n > 0 %}{{ f(n-1) }}{{ f(n-1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    "huge string": "{{ 'x' * 10**10 }}",
    "endless recursion": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
}


@pytest.mark.parametrize("name", sorted(ESCAPES))
def test_sandbox_escapes_do_not_run(name, tmp_path):
    marker = tmp_path / "pwned"
    source = ESCAPES[name].replace("{marker}", str(marker))
    path = write_model(tmp_path / "hostile.gguf", template=source)
    template = ChatTemplate.for_model(read_gguf(path).chat_template, "", "")
    assert template.is_fallback and "refused" in template.rejected_reason
    template.render([{"role": "user", "content": "hi"}])
    assert not marker.exists()  # the payload's side effect never happened


@pytest.mark.parametrize("name", sorted(LOOPS))
def test_templates_that_never_end_fall_back_to_chatml(name, tmp_path):
    path = write_model(tmp_path / "loop.gguf", template=LOOPS[name])
    template = ChatTemplate.for_model(read_gguf(path).chat_template, "", "")
    assert template.is_fallback
    assert template.render([{"role": "user", "content": "hi"}]) == "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"


def test_a_template_that_fails_later_switches_to_chatml():
    source = "{% if messages|length > 4 %}{{ raise_exception('too long') }}{% endif %}" + CHATML
    template = ChatTemplate.for_model(source, "", "")
    assert not template.is_fallback
    many = [{"role": "user", "content": str(i)} for i in range(6)]
    assert template.render(many).startswith("<|im_start|>user\n0")
    assert template.is_fallback


def test_a_real_model_with_a_hostile_template_still_chats(model_path, tmp_path):
    marker = tmp_path / "pwned"
    hostile = with_chat_template(model_path, tmp_path / "hostile.gguf",
                                 ESCAPES["globals"].replace("{marker}", str(marker)))
    engine = Engine(hostile, EngineOptions(n_ctx=512))
    assert engine.template.is_fallback
    reply = "".join(engine.stream([{"role": "user", "content": "What is the capital of France?"}],
                                  max_tokens=16, temperature=0))
    assert reply.strip() and not marker.exists()
