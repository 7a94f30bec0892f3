"""The playbook: exit plans, what to say in four languages, and a letter checker (DOMAIN §3–4).

Pure core: it takes the engine's ``ClientVerdict``, the business's ``Tables`` and ``Config``
and returns dataclasses and text; the workspace (``parting.store.plans``) keeps progress.
"""

from parting.playbook.checker import Finding, check_letter
from parting.playbook.letters import Letter, render_letter
from parting.playbook.plan import ExitPlan, PlanStep, StepProgress, build_plan

__all__ = [
    "ExitPlan",
    "Finding",
    "Letter",
    "PlanStep",
    "StepProgress",
    "build_plan",
    "check_letter",
    "render_letter",
]
