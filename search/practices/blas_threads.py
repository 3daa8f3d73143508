"""One BLAS thread for numpy in this process, through the OpenBLAS library numpy's wheel bundles.

The sentence encoder (`embeddings`) multiplies small matrices: a query is
a handful of tokens. With its default of one thread per CPU, OpenBLAS wakes
its worker threads for each product and lets them spin while they wait,
which costs far more CPU than the product itself: embedding one query took
20–70 ms of CPU (median, on 2 CPUs under load) with two threads against 2.5 ms
with one (`benchmarks/embedding_speed.py`). Searches run
side by side anyway (threads and processes of the web server), so one
thread per product is also what gives the most throughput.

The package's `threads` argument would do this through `threadpoolctl`,
an optional dependency this project does not install; OpenBLAS's own
`set_num_threads` needs no package. The setting is process-wide (in this
build OpenBLAS's "thread-local" variant changes every thread too): nothing
else in the site multiplies matrices with numpy.
"""

import ctypes
import glob
import os

import numpy as np

# numpy's wheels bundle OpenBLAS beside the package (Linux and Windows) or inside it (macOS).
_LIBRARY_PATTERNS = ("../numpy.libs/*openblas*", ".dylibs/*openblas*")
# The setter's name: numpy's own build (64-bit integers, prefixed and suffixed), then a plain OpenBLAS.
_SETTERS = ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_", "openblas_set_num_threads")
_GETTERS = ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_", "openblas_get_num_threads")


def _library():
    """numpy's OpenBLAS (already loaded by numpy, so opening it again only returns its handle), or None."""
    package = os.path.dirname(np.__file__)
    for pattern in _LIBRARY_PATTERNS:
        for path in sorted(glob.glob(os.path.join(package, pattern))):
            try:
                return ctypes.CDLL(path)
            except OSError:
                continue
    return None


def _function(names):
    library = _library()
    for name in names if library is not None else ():
        if hasattr(library, name):
            return getattr(library, name)
    return None


def use_one_thread():
    """Make numpy's matrix products single-threaded; False when numpy's BLAS is not an OpenBLAS found here.

    Then `OPENBLAS_NUM_THREADS=1` (or the BLAS's own variable) in the
    process's environment does the same.
    """
    setter = _function(_SETTERS)
    if setter is None:
        return False
    setter(1)
    return True


def threads():
    """How many threads numpy's OpenBLAS uses for a product (None when it cannot be asked)."""
    getter = _function(_GETTERS)
    return None if getter is None else getter()
