"""Words for data: the one place that turns the engine's ids and figures into what a person
reads — labels, units and numbers, money, shares and dates in the reader's language
(Babel) — for the CLI, the web app and the letters alike.

``formats``: values written in a locale. ``figures``: a declared figure (``parting.figures``)
with its label and its value, threshold beside it. ``labels``: signs, verdicts, severities.
"""
