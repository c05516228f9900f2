"""A chat turn: build the prompt within the context budget, stream the reply, save as it goes.

A turn follows the branch shown (history.py: the path to the conversation's current leaf), or starts a
new branch: `Chat.edit` sends an edited question as a sibling of the one it replaces, and
`Chat.regenerate` answers a question again beside its earlier answers. Either way the model sees only
the path the new message follows, never another branch.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.chat.ask import (
    Answer,
    AskResult,
    Attributed,
    answer_style,
    attribute_answer,
    evidence_for,
    fenced_question,
    fit_sources,
    index_idf,
    passage_budget,
)
from assistant.chat.followups import retrieval_query
from assistant.chat.history import Conversation, Follow, History, Message, MessageStatus, title_from
from assistant.config import Settings
from assistant.documents.search import labelled_documents, within
from assistant.errors import ContextOverflow, DeskmateError, InvalidInput
from assistant.library.search import search_with_library
from assistant.llm.contract import GenerationStats, LanguageModel
from assistant.llm.kv_files import ConversationCaches

log = logging.getLogger(__name__)

SAVE_EVERY_S = 0.5  # how often a streaming answer is written to the database
MIN_REPLY_TOKENS = 64
CONTEXT_START = "context_start_message_id"
DOCUMENTS = "documents"  # conversation option: {"enabled": bool, "folders": [paths] or [] for all}
PASSAGES = 4
RAN_ON = "ran_on"  # an answer's meta: the office server (host:port) that wrote it; absent: this computer
RETRIEVAL_QUERY = "retrieval_query"  # a user message's meta: what was searched for it, when not its own text
EARLIER_QUERIES = 3  # how many earlier questions a follow-up may lean on


@dataclass
class TurnResult:
    conversation_id: int
    message_id: int
    reply: str
    status: str
    model: str
    prompt_tokens: int
    prompt_tokens_evaluated: int
    completion_tokens: int
    ttft_s: float | None
    generation_tok_s: float | None
    dropped_messages: int
    sources: list = field(default_factory=list)  # passages from the user's documents, numbered from 1
    cited: list[int] = field(default_factory=list)  # the sources Deskmate attributed the reply's sentences to
    sentences: list[dict] = field(default_factory=list)  # each sentence of the reply, its sources, supported or not
    retrieval_query: str = ""  # what was searched in the documents (a follow-up's carries the earlier subject)
    found: bool = True  # False: the documents were searched and do not answer the message
    style: str = ""  # with documents: "quote" (the passages' own sentences) or "write" (the model's reply)
    question_id: int = 0  # the user message answered (a new one, or the one answered again)
    ran_on: str = ""  # the office server's host:port when it answered; empty: this computer

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Prompt:
    messages: list[dict]
    context_start: int  # id of the oldest saved message included
    dropped: int


def _kept(pieces: Generator[str, None, AskResult], kept: list[str]) -> Generator[str, None, AskResult]:
    """Pass the pieces on, keeping them in `kept`; return what the generator returned."""
    while True:
        try:
            piece = next(pieces)
        except StopIteration as done:
            return done.value
        kept.append(piece)
        yield piece


class Turn:
    """One user message and the streamed answer. Iterate it for text pieces; call stop() to end early."""

    def __init__(self, chat: Chat, text: str, conversation_id: int | None, max_tokens: int | None,
                 documents: dict | None = None, after: int | None | Follow = Follow.LEAF,
                 again: Message | None = None):
        """`after`: the message the new question follows (Follow.LEAF: the end of the branch shown;
        None: a new first message). `again`: a saved question to answer again instead (regenerate)."""
        self.chat, self.text, self.conversation_id = chat, text.strip(), conversation_id
        self.after = again.parent_id if again is not None else after
        self.again = again
        self.question_id = again.id if again is not None else 0
        self.max_tokens = max_tokens or chat.settings.max_tokens
        self.documents = documents  # None: the conversation's own setting
        self.sources: list = []
        self.retrieval_query = ""  # set once the turn has searched the documents (empty: no search)
        self.result: TurnResult | None = None
        self._stats: GenerationStats | None = None  # what the generation returned, once it has
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def __iter__(self) -> Iterator[str]:
        return self.pieces()

    def pieces(self) -> Generator[str, None, TurnResult]:
        """The answer's text pieces; returns the TurnResult (also kept in `result`). close() the
        generator to end the turn early (the answer so far is saved as interrupted)."""
        return self._run()

    def _run(self) -> Generator[str, None, TurnResult]:
        if not self.text:
            raise InvalidInput("The message is empty; type something to send.")
        history, engine = self.chat.history, self.chat.engine
        conversation = history.get(self.conversation_id) if self.conversation_id is not None else None
        documents = self.documents if self.documents is not None else \
            (conversation.options.get(DOCUMENTS) if conversation else None) or {}
        quoted = None
        if documents.get("enabled"):
            earlier = self.chat.earlier_queries(conversation, self.after)
            self.retrieval_query = retrieval_query(self.text, earlier)
            self.chat.keep_private_passages_here(self.retrieval_query, documents)
            engine = self.chat.engine
            quoted = self.chat.quoted_answer(self.retrieval_query, documents, self.max_tokens)
        self.sources = quoted.sources if quoted is not None else \
            self.chat.retrieve(self.retrieval_query, documents, self.max_tokens)
        prompt = self.chat.build_prompt(conversation, self.text, self.max_tokens, self.sources, self.after)
        if conversation is None:
            conversation = history.create(title_from(self.text), model=engine.name)
        self.conversation_id = conversation_id = conversation.id
        if self.again is None:
            rewritten = self.retrieval_query and self.retrieval_query != self.text
            question = history.add_message(conversation.id, "user", self.text, model=engine.name, parent_id=self.after,
                                           **({RETRIEVAL_QUERY: self.retrieval_query} if rewritten else {}))
            self.question_id = question.id
        reply = history.add_message(conversation.id, "assistant", "", status=MessageStatus.STREAMING, model=engine.name,
                                    parent_id=self.question_id, **self.chat.where_meta(),
                                    **({"sources": [s.to_dict() for s in self.sources]} if self.sources else {}))
        history.set_options(conversation.id, **{CONTEXT_START: prompt.context_start, DOCUMENTS: documents})
        if quoted is not None:
            return (yield from self._quote(quoted, conversation_id, reply.id, prompt.dropped))
        self.chat.restore_cache(conversation.id)
        return (yield from self._stream(prompt, conversation_id, reply.id))

    def _quote(self, answer: Answer, conversation_id: int, message_id: int, dropped: int
               ) -> Generator[str, None, TurnResult]:
        """The reply of a model too small to write one: the passages' sentences that answer the
        message, cited (or that the documents do not answer it); the model does not run."""
        pieces: list[str] = []
        status = MessageStatus.ERROR
        try:
            asked = yield from _kept(answer.pieces(), pieces)
            status = MessageStatus.COMPLETE
        except (GeneratorExit, KeyboardInterrupt):
            status = MessageStatus.INTERRUPTED
            raise
        finally:
            judged = asked if status == MessageStatus.COMPLETE else None
            result = self._finish(conversation_id, message_id, "".join(pieces), status, dropped,
                                  GenerationStats(), judged)
        return result

    def _stream(self, prompt: Prompt, conversation_id: int, message_id: int) -> Generator[str, None, TurnResult]:
        history, engine, settings = self.chat.history, self.chat.engine, self.chat.settings
        pieces: list[str] = []
        status, last_save = MessageStatus.ERROR, time.monotonic()
        self._stats = None
        try:
            stream = engine.stream(prompt.messages, self.max_tokens, settings.temperature, settings.top_p,
                                   should_stop=self._stop.is_set, save_state_to=self.chat.cache_file(conversation_id))
            for piece in self._own_stats(stream):
                pieces.append(piece)
                yield piece
                if time.monotonic() - last_save > SAVE_EVERY_S:
                    history.update_message(message_id, content="".join(pieces))
                    last_save = time.monotonic()
            status = MessageStatus.INTERRUPTED if self._stop.is_set() else MessageStatus.COMPLETE
        except (GeneratorExit, KeyboardInterrupt):
            status = MessageStatus.INTERRUPTED
            raise
        finally:
            text = "".join(pieces)
            result = self._finish(conversation_id, message_id, text, status, prompt.dropped,
                                  self._stats or self._counted(prompt, text))
        return result

    def _own_stats(self, stream: Generator[str, None, GenerationStats]) -> Iterator[str]:
        """Pass the pieces on and keep the stats this generation returns."""
        self._stats = yield from stream

    def _counted(self, prompt: Prompt, text: str) -> GenerationStats:
        """Token counts for a generation that ended without returning its stats (closed, or failed)."""
        engine = self.chat.engine
        try:
            return GenerationStats(prompt_tokens=engine.count_prompt_tokens(prompt.messages),
                                   completion_tokens=engine.count_tokens(text) if text else 0)
        except DeskmateError:  # an office server that has gone away cannot count either
            return GenerationStats()

    def _finish(self, conversation_id: int, message_id: int, text: str, status: str, dropped: int,
                stats: GenerationStats, quoted: AskResult | None = None) -> TurnResult:
        """Save the answer as it ended; the turn's result (kept in `result` too). `quoted`: what a
        quoted reply found and cited (a written one is attributed here)."""
        self.chat.keep_cache(conversation_id, stats)
        attributed = None if quoted is not None else self.chat.attribute(text, self.sources)
        cited = quoted.cited if quoted is not None else attributed.cited if attributed else []
        sentences = quoted.sentences if quoted is not None else \
            [s.to_dict() for s in attributed.sentences] if attributed else []
        found = quoted.found if quoted is not None else True
        # With documents, what the answer rests on is saved with it (the window marks it when reopened).
        trust = {"meta": {"sources": [s.to_dict() for s in self.sources], "sentences": sentences, "found": found,
                          **self.chat.where_meta()}} if self.retrieval_query else {}
        self.chat.history.update_message(message_id, content=text, status=status,
                                         prompt_tokens=stats.prompt_tokens,
                                         completion_tokens=stats.completion_tokens, **trust)
        self.result = TurnResult(
            conversation_id=conversation_id, message_id=message_id, reply=text, status=status,
            model=self.chat.engine.name, prompt_tokens=stats.prompt_tokens,
            prompt_tokens_evaluated=stats.prompt_tokens_evaluated,
            completion_tokens=stats.completion_tokens, ttft_s=stats.ttft_s,
            generation_tok_s=stats.generation_tok_s, dropped_messages=dropped,
            sources=[s.to_dict() for s in self.sources], retrieval_query=self.retrieval_query,
            cited=cited, sentences=sentences, found=found,
            style=("quote" if quoted is not None else "write") if self.retrieval_query else "",
            question_id=self.question_id, ran_on=self.chat.where_meta().get(RAN_ON, ""),
        )
        return self.result


@dataclass(frozen=True)
class CacheHolder:
    """Which conversation the engine's KV cache holds: the one whose generation left the engine in
    state `kv_state`, as long as nothing (the API, a tool, another chat) has changed it since."""
    conversation_id: int | None = None
    kv_state: int = 0

    def holds(self, engine: LanguageModel, conversation_id: int) -> bool:
        return self.conversation_id == conversation_id and self.kv_state == engine.kv_state != 0


class Chat:
    def __init__(self, history: History, engine: LanguageModel, settings: Settings,
                 caches: ConversationCaches | None = None, documents=None,
                 engine_for_private: Callable[[list[str]], LanguageModel | None] | None = None,
                 library_home: Path | None = None):
        """`caches`: where conversations' KV caches are saved (None: not saved, as for an office server).
        `engine_for_private(paths)`: the local engine when passages from these files must not leave
        this computer (None: they may go where `engine` runs). `library_home`: the data folder whose
        library.json says which shared library to search beside the local documents (None: none)."""
        self.history, self.engine, self.settings = history, engine, settings
        self.engine_for_private = engine_for_private
        self.library_home = library_home
        self.library_notice: str | None = None  # the last search's, when the library did not answer
        self.caches = caches if engine.keeps_state else None
        self.documents = documents  # the DocumentIndex, for conversations that use the user's documents
        self.cache_holder = CacheHolder()  # this chat's own bookkeeping; the engine only counts its changes

    def restore_cache(self, conversation_id: int) -> None:
        """Reload the conversation's saved KV cache unless the engine still holds it."""
        if self.caches is None or self.cache_holder.holds(self.engine, conversation_id):
            return
        self.engine.load_state(self.caches.path_for(conversation_id))

    def cache_file(self, conversation_id: int) -> Path | None:
        """Where the engine saves the conversation's KV cache as each answer ends (None: not saved)."""
        return self.caches.path_for(conversation_id) if self.caches is not None else None

    def keep_cache(self, conversation_id: int, stats: GenerationStats) -> None:
        """After a turn: the engine holds this conversation now (its file was written by stream())."""
        self.cache_holder = CacheHolder(conversation_id, stats.kv_state)
        if self.caches is None:
            return
        try:
            self.caches.prune()
        except OSError as exc:  # the cache only saves time; never fail a turn over it
            log.warning("Could not prune the saved KV caches: %s", exc)

    def send(self, text: str, conversation_id: int | None = None, max_tokens: int | None = None,
             documents: dict | None = None) -> Turn:
        """`documents`: {"enabled": True, "folders": [...]} to answer from indexed documents."""
        return Turn(self, text, conversation_id, max_tokens, documents)

    def edit(self, message_id: int, text: str, max_tokens: int | None = None,
             documents: dict | None = None) -> Turn:
        """Send `text` in place of the saved question `message_id`: a new branch beside it (the
        question and everything after it stay, reachable as the other version)."""
        message = self.history.get_message(message_id)
        if message.role != "user":
            raise InvalidInput("Only your own messages can be edited; regenerate an answer instead.")
        return Turn(self, text, message.conversation_id, max_tokens, documents, after=message.parent_id)

    def regenerate(self, message_id: int, max_tokens: int | None = None, documents: dict | None = None) -> Turn:
        """Answer again: `message_id` is an answer (or the question it answers); the new answer is
        saved beside the earlier ones, which are kept."""
        message = self.history.get_message(message_id)
        question = message if message.role == "user" else \
            self.history.get_message(message.parent_id) if message.parent_id is not None else None
        if question is None or question.role != "user":
            raise InvalidInput("This answer follows no question of yours, so there is nothing to answer again.")
        return Turn(self, question.content, message.conversation_id, max_tokens, documents, again=question)

    def where_meta(self) -> dict:
        """What a saved answer keeps of where it ran: the office server's address (nothing when here)."""
        return {} if self.engine.is_local else {RAN_ON: self.engine.where}

    def keep_private_passages_here(self, query: str, documents: dict) -> None:
        """Before a turn with documents on an office server: when the passages come from a folder
        that never leaves this computer, this chat answers with the local model instead."""
        if self.engine_for_private is None or self.engine.is_local or self.documents is None:
            return
        hits = self.search(query, documents)
        local = self.engine_for_private([path for hit in hits for path in (hit.path, *hit.also_in)])
        if local is not None:
            self.engine = local

    def quoted_answer(self, query: str, documents: dict, max_tokens: int) -> Answer | None:
        """For a model too small to write reliable prose (the bundled one): the answer that quotes the
        passages for `query`. None: the model writes the reply itself (then attributed)."""
        if self.documents is None or answer_style(self.engine) != "quote":
            return None
        hits = self.search(query, documents)
        return Answer(self.engine, self.settings, query, hits, max_tokens, embedder=self.documents.embedder,
                      idf=index_idf(self.documents.searcher()))

    def attribute(self, reply: str, sources: list) -> Attributed | None:
        """Which passages support each sentence of a reply from documents (None: no passages, no reply)."""
        if not sources or not reply.strip() or self.documents is None:
            return None
        return attribute_answer(reply, evidence_for(sources, self.documents))

    def earlier_queries(self, conversation: Conversation | None, after: int | None | Follow = Follow.LEAF
                        ) -> list[str]:
        """What the last few questions before the new one searched for (their own text where nothing
        was searched), oldest first. `after`: the message the new one follows (see Turn)."""
        if conversation is None:
            return []
        asked = [m for m in self.past(conversation, after) if m.role == "user" and m.content]
        return [m.meta.get(RETRIEVAL_QUERY) or m.content for m in asked[-EARLIER_QUERIES:]]

    def retrieve(self, text: str, documents: dict, max_tokens: int) -> list:
        """Numbered passages for the prompt, trimmed to at most half of what the context leaves.
        `text`: what to search for (the retrieval query, which may differ from the message)."""
        if not documents.get("enabled") or self.documents is None or not text:
            return []
        hits = self.search(text, documents)
        reply = min(max_tokens, self.engine.n_ctx // 2)
        budget = passage_budget(self.engine, self.settings.system_prompt, text, reply) // 2
        return fit_sources(self.engine, hits, budget)

    def search(self, query: str, documents: dict) -> list:
        """The passages retrieval finds for `query` in the documents the option allows."""
        assert self.documents is not None
        allowed = within(self.documents.document_ids_in(documents.get("folders") or []),
                         labelled_documents(self.documents.store, documents.get("labels") or {}))
        hits = self.documents.search(query, PASSAGES, documents=allowed)
        if allowed is None and self.library_home is not None:  # filters are about this computer's documents
            hits, self.library_notice = search_with_library(self.library_home, hits, query, self.documents.embedder,
                                                            PASSAGES)
        return hits

    def build_prompt(self, conversation: Conversation | None, text: str, max_tokens: int,
                     sources: list | None = None, after: int | None | Follow = Follow.LEAF) -> Prompt:
        """System prompt + as many recent turns as fit + the new message.

        The oldest turns are dropped when the budget is exceeded, and the cut point is
        remembered so later turns keep the same prefix (and the KV cache stays valid).
        """
        system = {"role": "system", "content": self.settings.system_prompt}
        if sources:
            text = fenced_question(text, sources)
        new = {"role": "user", "content": text}
        past = self._past_messages(conversation, after)
        budget = self.engine.n_ctx - min(max_tokens, self.engine.n_ctx // 2)
        if self._size([system, new]) > self.engine.n_ctx - MIN_REPLY_TOKENS:
            raise ContextOverflow(
                f"The message is too long for {self.engine.name}, which reads at most {self.engine.n_ctx:,} "
                "tokens at a time. Shorten it, or use Summarize for long text."
            )
        dropped = 0
        if self._size([system, *[m for _, m in past], new]) > budget:
            target = budget - self.engine.n_ctx // 4  # headroom so the cut point moves rarely
            while past and self._size([system, *[m for _, m in past], new]) > max(target, 1):
                past.pop(0)
                dropped += 1
                while past and past[0][1]["role"] != "user":
                    past.pop(0)
                    dropped += 1
        start = past[0][0] if past else 0
        return Prompt([system, *[m for _, m in past], new], start, dropped)

    def past(self, conversation: Conversation, after: int | None | Follow = Follow.LEAF) -> list[Message]:
        """The messages a new one follows: the branch shown, or the path to `after` (None: none)."""
        if after is Follow.LEAF:
            return self.history.messages(conversation.id)
        return self.history.path(after) if after is not None else []

    def _past_messages(self, conversation: Conversation | None, after: int | None | Follow = Follow.LEAF
                       ) -> list[tuple[int, dict]]:
        if conversation is None:
            return []
        messages = self.past(conversation, after)
        start = conversation.options.get(CONTEXT_START, 0)
        if start not in {m.id for m in messages}:  # the cut was made on another branch (or deleted)
            start = 0
        return [(m.id, {"role": m.role, "content": m.content})
                for m in messages if m.id >= start and m.role in ("user", "assistant") and m.content]

    def _size(self, messages: list[dict]) -> int:
        return self.engine.count_prompt_tokens(messages)
