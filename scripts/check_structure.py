#!/usr/bin/env python3
"""Checks the rules of ARCHITECTURE.md that the compiler does not: no Swift source file over 250 lines
and no function or initializer over 40 lines in Sources/ (demo content and word lists exempt); only
the wiring in App imports Fluent; files are named after features, not steps of the loop; every module a
target imports is declared for it in Package.swift. Prints each breach with its place and exits 1 if
there is any."""

from __future__ import annotations

import re
import sys
from pathlib import Path

MAX_FILE_LINES = 250
MAX_FUNCTION_LINES = 40
# Content rather than code: the demo organizations and the word and phrase lists.
EXEMPT = re.compile(r"Sources/Persistence/Demo/|Sources/Domain/Feedback/(Sentiment(Words|Phrases|Lexicon)|SyntheticFeedbackPhrases)")
DECLARATION = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|static|final|override|"
                         r"mutating|nonisolated|package|@discardableResult)\s+)*(?:func\s+[^\s(<]+|init\??|subscript)\s*[(<]")


def strip_strings(line: str) -> str:
    """The line without string literals and comments, so their braces are not counted."""
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    return line.split("//", 1)[0]


def function_lengths(lines: list[str]):
    """(first line number, name, length) of each function whose body is in braces."""
    index = 0
    while index < len(lines):
        if DECLARATION.match(lines[index]):
            start, depth, opened = index, 0, False
            for end in range(index, len(lines)):
                code = strip_strings(lines[end])
                depth += code.count("{") - code.count("}")
                opened = opened or "{" in code
                if opened and depth <= 0:
                    yield start + 1, lines[start].strip()[:80], end - start + 1
                    break
                if not opened and end > start and (code.strip() == "" or code.rstrip().endswith(")")) and "{" not in code:
                    if end - start > 6:  # a protocol requirement: no body
                        break
        index += 1


FLUENT_IMPORT = re.compile(r"^import (Fluent|FluentKit|SQLKit)$", re.M)
# The wiring: configuration, the migration list, the session driver.
FLUENT_ALLOWED_IN_APP = {"Sources/App/Common/Configure.swift"}
LOOP_STEP_NAMES = re.compile(r"Integrate|Grow|Loop|Patterns")


def structure_problems(root: Path) -> list[str]:
    problems = []
    for path in sorted((root / "Sources" / "App").rglob("*.swift")):
        relative = path.relative_to(root).as_posix()
        if relative not in FLUENT_ALLOWED_IN_APP and FLUENT_IMPORT.search(path.read_text(encoding="utf-8")):
            problems.append(f"{relative}: imports Fluent; call a service in Persistence instead")
    for folder in ("Sources", "Tests"):
        for path in sorted((root / folder).rglob("*")):
            if LOOP_STEP_NAMES.search(path.name):
                problems.append(f"{path.relative_to(root).as_posix()}: named after a step of the loop, not a feature")
    return problems


# Modules every Swift target may import without declaring them.
TOOLCHAIN_MODULES = {"Foundation", "Testing", "Dispatch", "Glibc", "XCTest", "Synchronization"}


def declared_dependencies(package: str) -> dict[str, set[str]]:
    """Each target's declared dependencies in Package.swift: target names and product names."""
    targets = {}
    for start in re.finditer(r"\.(?:target|testTarget|executableTarget)\(", package):
        depth, index = 0, start.end() - 1
        while True:
            depth += {"(": 1, ")": -1}.get(package[index], 0)
            if depth == 0:
                break
            index += 1
        body = package[start.end():index]
        name = re.match(r'\s*name: "(\w+)"', body).group(1)
        dependencies = re.search(r"dependencies: \[(.*)\]", body, re.S)
        targets[name] = set(re.findall(r'"(\w+)"', re.sub(r'package: "[^"]*"', "", dependencies.group(1)))) if dependencies else set()
    return targets


def undeclared_imports(root: Path) -> list[str]:
    declared = declared_dependencies((root / "Package.swift").read_text(encoding="utf-8"))
    problems = []
    for target, names in sorted(declared.items()):
        folder = root / ("Tests" if target.endswith("Tests") else "Sources") / target
        imported = set()
        for path in folder.rglob("*.swift"):
            imported |= set(re.findall(r"^(?:@testable )?import (\w+)$", path.read_text(encoding="utf-8"), re.M))
        for module in sorted(imported - names - TOOLCHAIN_MODULES):
            problems.append(f"{folder.relative_to(root).as_posix()}: imports {module}, which Package.swift does not declare for {target}")
    return problems


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    problems = structure_problems(root) + undeclared_imports(root)
    for path in sorted((root / "Sources").rglob("*.swift")):
        relative = path.relative_to(root).as_posix()
        if EXEMPT.search(relative):
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > MAX_FILE_LINES:
            problems.append(f"{relative}: {len(lines)} lines (at most {MAX_FILE_LINES})")
        for line, name, length in function_lengths(lines):
            if length > MAX_FUNCTION_LINES:
                problems.append(f"{relative}:{line}: {name} is {length} lines (at most {MAX_FUNCTION_LINES})")
    for problem in problems:
        print(problem)
    print(f"{len(problems)} structure problems" if problems else
          "Structure: files and functions within their size, Fluent only in the wiring, features named alike, imports declared")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
