# runde — the two commands a newcomer needs are `make demo` and `make test`.
SWIFT ?= swift
export PATH := /opt/swift/usr/bin:$(PATH)
SCHEMA := Docs/schema/event.schema.json

.PHONY: all build test demo bench fuzz examples check-examples lint clean

all: build

build:
	$(SWIFT) build

## Runs every test: lint, unit, CLI end to end, schema validation of every example log.
test: lint
	$(SWIFT) build --build-tests
	$(SWIFT) test
	python3 scripts/validate-logs.py $(SCHEMA) Examples

## Runs a live meeting of the bundled example team on a scratch copy (a tour of it without a terminal).
demo: build
	scripts/demo.sh

## Speed and memory targets of issue 9, side by side with jq, python and grep, on ten years of
## generated meetings (cached under .build/bench-archives), in release mode; Docs/performance.md.
## BENCH_QUICK=1 leaves out the unit of ten teams. Not part of `make test`: timings on a shared,
## busy machine prove nothing.
bench:
	$(SWIFT) build -c release --product runde
	$(SWIFT) build -c release --product runde-bench
	$(SWIFT) run -c release --skip-build runde-bench

## Fuzzes the log reader, the agenda, team and recipe parsers and the key decoder with libFuzzer,
## FUZZ_SECONDS (60) each; fails on any crash. Not part of `make test`: it takes minutes.
FUZZ_SECONDS ?= 60
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

## Regenerates Examples/ from code (scripts never edit logs by hand).
examples:
	rm -rf Examples/heimetenesta
	$(SWIFT) run runde-examples Examples/heimetenesta

## No force unwraps, force tries or implicitly unwrapped optionals; one format (.swift-format).
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

clean:
	rm -rf .build
