#!/usr/bin/env python3
"""The bench's questions, answered by Python's json module from the same log files runde reads.

    python3 scripts/bench/registers.py decisions|actions|verify FILE…
    python3 scripts/bench/registers.py search WORD FILE…

decisions: every decision, newest first, with what replaced it and its next review.
actions:   the actions still open, in meeting order, with later meetings' follow-up applied.
search:    every text of every line that contains WORD, ignoring case.
verify:    every line parses, its seq counts from 1 and its prev is the SHA-256 of the line before.

Undone events are not left out (the bench's logs have none). Meetings of different teams may
share a name, so a meeting is named <team folder>/<log name>, as in the jq programs beside this.
"""
import hashlib
import json
import os
import sys


def meeting(path):
    parts = path.split(os.sep)
    return f"{parts[-3]}/{parts[-1][:-len('.jsonl')]}"


def events(paths):
    for path in paths:
        name = meeting(path)
        with open(path, encoding="utf-8") as log:
            for line in log:
                yield name, json.loads(line)


def decisions(paths):
    found, next_review, replaced_by = [], {}, {}
    for name, event in events(paths):
        team = name.split("/")[0]
        if event["type"] == "decisionRecorded":
            ref = f"{name}#{event['item']}"
            found.append({"ref": ref, "meeting": name, "item": event["item"], "owner": event["owner"], "text": event["text"],
                          "decidedAt": event["decidedAt"], "reviewDate": event.get("reviewDate"), "replaces": event.get("replaces")})
            if event.get("replaces"):
                replaced_by[f"{team}/{event['replaces']}"] = ref
        elif event["type"] == "decisionReviewed" and event["outcome"] == "kept":
            next_review[f"{team}/{event['decision']}"] = event.get("nextReview")
    for decision in sorted(found, key=lambda d: d["decidedAt"], reverse=True):
        decision["replacedBy"] = replaced_by.get(decision["ref"])
        decision["nextReview"] = next_review.get(decision["ref"], decision["reviewDate"])
        print(json.dumps(decision, ensure_ascii=False))


def actions(paths):
    found = {}
    for name, event in events(paths):
        team = name.split("/")[0]
        if event["type"] == "actionAdded":
            ref = f"{name}#{event['id']}"
            found[ref] = {"ref": ref, "meeting": name, "what": event["what"], "who": event["who"], "due": event.get("due"), "status": event["status"]}
        elif event["type"] == "actionStatusSet":
            found[f"{name}#{event['action']}"]["status"] = event["status"]
        elif event["type"] == "followUpActionSet":
            found[f"{team}/{event['action']}"]["status"] = event["status"]
    for action in found.values():
        if action["status"] == "open":
            print(json.dumps(action, ensure_ascii=False))


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from strings(inner)


def search(word, paths):
    word = word.lower()
    for name, event in events(paths):
        for text in strings(event):
            if word in text.lower():
                print(json.dumps({"meeting": name, "seq": event["seq"], "type": event["type"], "text": text}, ensure_ascii=False))


def verify(paths):
    damaged = 0
    for path in paths:
        prev, seq = hashlib.sha256(b"").hexdigest(), 0
        with open(path, "rb") as log:
            for line in log:
                line = line.rstrip(b"\n")
                seq += 1
                event = json.loads(line)
                if event["seq"] != seq or event["prev"] != prev:
                    print(f"{path}:{seq}: seq or prev does not follow the line before")
                    damaged += 1
                    break
                prev = hashlib.sha256(line).hexdigest()
        print(f"ok {path} ({seq} events)")
    return 1 if damaged else 0


def main(argv):
    question = argv[1]
    if question == "search":
        search(argv[2], argv[3:])
    elif question == "verify":
        return verify(argv[2:])
    else:
        {"decisions": decisions, "actions": actions}[question](argv[2:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
