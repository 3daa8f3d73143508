"""Demo content of the knowledge base, registered with `load_demo_content` in `wagtail_hooks`.

Steps run in the bands `home.demo.context` reserves: 200–299 for the guide,
300–399 for the best-practice exchange.
"""

from .guide import build_guide, translate_guide
from .practices import build_demo_exchange, build_practice_indexes, import_demo_practices, translate_demo_practice

DEMO_STEPS = (
    build_guide,
    translate_guide,
    build_practice_indexes,
    import_demo_practices,
    translate_demo_practice,
    build_demo_exchange,
)

__all__ = ["DEMO_STEPS"]
