"""The stylesheet is well formed: every rule closed, rules nest only inside at-rules.

A rule left open swallows every rule after it (the browser drops them), which once left
the curves' SVG shapes with their default black fill.
"""

import pathlib
import re

CSS = pathlib.Path(__file__).resolve().parents[1] / "cm_widget" / "static" / "widget.css"


def nesting_errors(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    stack, errors, start = [], [], 0
    for pos, ch in enumerate(text):
        if ch == "{":
            prelude = text[start:pos].strip()
            line = text.count("\n", 0, pos) + 1
            if stack and not all(p.startswith("@") for p in stack):
                errors.append(f"line {line}: {prelude!r} opens inside {stack[-1]!r}")
            stack.append(prelude)
            start = pos + 1
        elif ch == "}":
            if not stack:
                errors.append(f"line {text.count(chr(10), 0, pos) + 1}: '}}' closes nothing")
            else:
                stack.pop()
            start = pos + 1
        elif ch == ";":
            start = pos + 1
    errors += [f"{p!r} is never closed" for p in stack]
    return errors


def test_stylesheet_rules_are_closed_and_not_nested():
    assert nesting_errors(CSS.read_text(encoding="utf-8")) == []


def test_the_check_sees_an_unclosed_rule():
    assert nesting_errors(".a {\n  color: red;\n.b {\n  color: blue;\n}\n")
    assert nesting_errors("@media (x) {\n  .a { color: red; }\n}\n") == []
