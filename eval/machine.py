"""The machine a measurement ran on, recorded beside every benchmark figure: CPU model and vector
extensions, cores, memory, OS and library versions, and the load when the run started (other work
on the same cores slows a run down, so a figure without it cannot be judged)."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def cpu_model() -> str:
    """The CPU's marketing name from /proc/cpuinfo (Linux), else what platform knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


# The extensions that decide how fast int8 and bf16 inference runs: the same "AMD EPYC" name
# covers CPUs with and without them: the int8 generator decoded 31 tokens/s on one with
# AVX-512 VNNI and bf16, 12 on one with AVX2 alone.
VECTOR_EXTENSIONS = ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "avx512_bf16", "amx_int8")


def vector_extensions() -> list[str] | None:
    """Those of VECTOR_EXTENSIONS the CPU has, from /proc/cpuinfo (Linux); None if unknown."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                flags = set(line.split(":", 1)[1].split())
                return [name for name in VECTOR_EXTENSIONS if name in flags]
    except OSError:
        pass
    return None


def memory_gib() -> float | None:
    try:
        return round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        return None


def machine() -> dict:
    import faiss
    import torch

    return {
        "cpu": cpu_model(),
        "vector_extensions": vector_extensions(),
        "cpus": os.cpu_count(),
        "memory_gib": memory_gib(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "torch": torch.__version__,
        "faiss": faiss.__version__,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def describe(info: dict) -> str:
    """One line for a table caption or a plot title."""
    extensions = info.get("vector_extensions")
    cpu = (
        f"{info['cpu']} ({', '.join(extensions) or 'no AVX2'})"
        if extensions is not None
        else info["cpu"]
    )
    return f"{cpu}, {info['cpus']} CPUs, {info.get('memory_gib')} GiB, {info['system']}"
