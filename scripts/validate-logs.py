#!/usr/bin/env python3
"""Validate runde meeting logs against the JSON Schema of one log line.

    validate-logs.py [--doc FORMAT.md]... [--no-chain] SCHEMA [FILE|DIR]...

Checks that SCHEMA is itself a valid draft 2020-12 schema, then every line of every FILE
(a DIR means every *.jsonl under it, recursively) against it. Each log is also checked as a
chain, as runde reads it: `seq` counts 1, 2, 3… and each `prev` is the SHA-256 of the line
before (of the empty string for the first); --no-chain skips that. With --doc, the lines of the
```json blocks of a Markdown file (Docs/format.md) are validated one by one (no chain check).

Prints `file:line: message` for each problem and a summary line; exits 1 if there was any
problem, 0 otherwise (2 for a usage error). A last line without a line feed (a torn tail, left
by a crash mid-write) is a warning, as in runde: it is reported and not validated.

Needs the `jsonschema` package (pip install jsonschema).
"""

import argparse
import hashlib
import json
import sys
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError
except ImportError:
    print("validate-logs.py: the Python package `jsonschema` is missing (pip install jsonschema)", file=sys.stderr)
    sys.exit(1)

FIRST_PREV = hashlib.sha256(b"").hexdigest()


class Report:
    def __init__(self):
        self.problems = 0
        self.warnings = 0
        self.lines = 0
        self.files = 0

    def problem(self, where, line, message):
        self.problems += 1
        print(f"{where}:{line}: {message}" if line else f"{where}: {message}")

    def warning(self, where, line, message):
        self.warnings += 1
        print(f"{where}:{line}: warning: {message}" if line else f"{where}: warning: {message}")


# The newest log format version the schema describes (Docs/format.md, Versions).
FORMAT_VERSION = 4

def json_path(error):
    """`participants[0].roles[1]` for an error deep in a line; empty at the top."""
    text = ""
    for part in error.absolute_path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def reject_duplicates(pairs):
    keys = [key for key, _ in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ValueError("duplicate key " + ", ".join(repr(key) for key in duplicates))
    return dict(pairs)


def parse_line(raw):
    """The line's JSON object, or (None, why)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, f"not UTF-8 ({error.reason} at byte {error.start})"
    if not text.strip():
        return None, "empty line"
    try:
        return json.loads(text, object_pairs_hook=reject_duplicates), None
    except ValueError as error:
        return None, f"not JSON: {error}"


def check_object(validator, obj, where, line, report):
    """Validates one decoded line against the schema; returns whether it passed."""
    if isinstance(obj, dict) and isinstance(obj.get("v"), int) and not isinstance(obj.get("v"), bool) and obj["v"] > FORMAT_VERSION:
        report.problem(where, line, f"format version {obj['v']} is newer than this schema ({FORMAT_VERSION}); use a newer runde")
        return False
    errors = sorted(validator.iter_errors(obj), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    for error in errors:
        path = json_path(error)
        kind = obj.get("type") if isinstance(obj, dict) and isinstance(obj.get("type"), str) else None
        prefix = f"{kind}: " if kind else ""
        report.problem(where, line, f"{prefix}{path + ': ' if path else ''}{error.message}")
    return not errors


def check_log(validator, path, report, chain):
    report.files += 1
    try:
        data = path.read_bytes()
    except OSError as error:
        report.problem(str(path), 0, f"cannot read: {error.strerror}")
        return
    if not data:
        report.problem(str(path), 0, "empty file (a log starts with meetingCreated)")
        return
    parts = data.split(b"\n")
    torn = parts.pop()  # the bytes after the last line feed: empty for a whole file
    expected_seq, prev = 1, FIRST_PREV
    for number, raw in enumerate(parts, start=1):
        report.lines += 1
        obj, why = parse_line(raw)
        if why:
            report.problem(str(path), number, why)
        else:
            check_object(validator, obj, str(path), number, report)
            if chain and isinstance(obj, dict):
                if obj.get("seq") != expected_seq:
                    report.problem(str(path), number, f"seq is {obj.get('seq')!r}, expected {expected_seq}")
                if obj.get("prev") != prev:
                    report.problem(str(path), number, "prev does not match the SHA-256 of the line before: "
                                   "a line was edited, lost or inserted")
        expected_seq += 1
        prev = hashlib.sha256(raw).hexdigest()
    if torn:
        report.warning(str(path), len(parts) + 1,
                       f"torn tail: the last line ({len(torn)} bytes) has no line feed; "
                       "not validated, and runde will not append after it")


def check_doc(validator, path, report):
    """Validates each line of each ```json block of a Markdown file."""
    report.files += 1
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as error:
        report.problem(str(path), 0, f"cannot read: {error}")
        return
    in_block = False
    blocks = 0
    for number, line in enumerate(lines, start=1):
        fence = line.strip()
        if not in_block:
            if fence.startswith("```") and fence[3:].strip().split(" ")[0] == "json":
                in_block, blocks = True, blocks + 1
            continue
        if fence.startswith("```"):
            in_block = False
            continue
        if not fence:
            continue
        report.lines += 1
        obj, why = parse_line(line.encode("utf-8"))
        if why:
            report.problem(str(path), number, why)
        else:
            check_object(validator, obj, str(path), number, report)
    if in_block:
        report.problem(str(path), len(lines), "a ```json block is not closed")
    if blocks == 0:
        report.problem(str(path), 0, "no ```json blocks found")


def log_files(argument, report):
    path = Path(argument)
    if path.is_dir():
        found = sorted(p for p in path.rglob("*.jsonl") if p.is_file())
        if not found:
            report.warning(str(path), 0, "no *.jsonl files in this folder")
        return found
    if not path.exists():
        report.problem(str(path), 0, "no such file or folder")
        return []
    return [path]


def main(argv):
    parser = argparse.ArgumentParser(
        prog="validate-logs.py",
        description="Validate runde meeting logs (JSON Lines) against the event JSON Schema.")
    parser.add_argument("schema", metavar="SCHEMA", help="Docs/schema/event.schema.json")
    parser.add_argument("files", metavar="FILE", nargs="*", help="log files, or folders to search for *.jsonl")
    parser.add_argument("--doc", metavar="MARKDOWN", action="append", default=[],
                        help="also validate each line of the ```json blocks of this Markdown file")
    parser.add_argument("--no-chain", action="store_true", help="do not check seq and the prev hash chain")
    args = parser.parse_intermixed_args(argv)
    if not args.files and not args.doc:
        parser.error("give at least one FILE or --doc")

    report = Report()
    try:
        schema = json.loads(Path(args.schema).read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
    except OSError as error:
        report.problem(args.schema, 0, f"cannot read the schema: {error.strerror}")
    except ValueError as error:
        report.problem(args.schema, 0, f"the schema is not JSON: {error}")
    except SchemaError as error:
        report.problem(args.schema, 0, f"not a valid draft 2020-12 schema: {error.message}")
    if report.problems:
        print(f"{report.problems} problem(s): the schema cannot be used")
        return 1
    validator = Draft202012Validator(schema)

    for argument in args.files:
        for path in log_files(argument, report):
            check_log(validator, path, report, chain=not args.no_chain)
    for doc in args.doc:
        check_doc(validator, Path(doc), report)

    warnings = f", {report.warnings} warning(s)" if report.warnings else ""
    verdict = f"{report.problems} problem(s)" if report.problems else "all valid"
    print(f"{verdict}: {report.lines} line(s) in {report.files} file(s){warnings}")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
