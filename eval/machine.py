"""The machine a measurement ran on, recorded beside every benchmark figure: CPU model, cores,
memory, OS and library versions, and the load when the run started (other work on the same cores
slows a run down, so a figure without it cannot be judged)."""

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
    return f"{info['cpu']}, {info['cpus']} CPUs, {info.get('memory_gib')} GiB, {info['system']}"
