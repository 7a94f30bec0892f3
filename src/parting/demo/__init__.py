"""The demo workspace: a made-up studio's last three years with its clients.

``portfolio`` draws the bulk of the tables, ``plants`` plants the problem clients that make
each sign true, ``book`` holds what both share, ``names`` and ``phrases`` the made-up people,
companies and the words they write (in the four languages).
"""

from parting.demo.portfolio import (
    SETTINGS_FILE,
    as_text,
    demo_config,
    demo_settings,
    generate,
    write,
)

__all__ = ["SETTINGS_FILE", "as_text", "demo_config", "demo_settings", "generate", "write"]
