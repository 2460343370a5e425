# runde — the two commands a newcomer needs are `make demo` and `make test`.
SWIFT ?= swift
export PATH := /opt/swift/usr/bin:$(PATH)
SCHEMA := Docs/schema/event.schema.json
# Release builds (install, bench) link the Swift runtime and Foundation in: the program starts
# in half the time (no dozen shared libraries to load) and runs without /opt/swift's libraries.
STATIC = --static-swift-stdlib

.PHONY: all build build-deps deps test fresh-debian demo screenshots install uninstall bench fuzz examples check-examples lint clean

all: build

build: build-deps
	$(SWIFT) build

## Installs with apt-get what building (build-deps) or testing (deps) needs and a fresh Debian 12
## machine lacks: as root; anyone else is told what to install.
build-deps:
	scripts/install-deps.sh build

deps:
	scripts/install-deps.sh test

## Runs every test: lint, unit, CLI end to end, schema validation of every example log.
test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test
	python3 scripts/validate-logs.py $(SCHEMA) Examples

## Checks the README's promise in a fresh Debian 12 chroot (debootstrap; root; minutes): with Swift
## and only its own prerequisites, `make test` installs the rest and passes. Not part of `make test`.
fresh-debian:
	scripts/fresh-debian.sh

## Runs a live meeting of the bundled example team on a scratch copy (a tour of it without a terminal).
demo: build
	scripts/demo.sh

## Renders the example team's HTML minutes (internal and public) with headless Chromium: an A4
## PDF, a PNG of each page and a screen PNG each, in .build/screenshots/. Needs chromium and
## poppler-utils; not part of `make test`. Docs/export.md.
screenshots:
	scripts/screenshots.sh

## Installs runde under $(DESTDIR)$(PREFIX): a release build of the program, its man page (from
## the program's own help, scripts/make-man.sh) and bash, zsh and fish completions (from the
## program). BUILD=debug installs the debug build that is already there instead (the tests do).
PREFIX ?= /usr/local
BUILD ?= release
# A literal ~ (zsh passes PREFIX=~/.local unexpanded) is the home folder.
ROOT = $(DESTDIR)$(patsubst ~%,$(HOME)%,$(PREFIX))
BUILT = .build/$(BUILD)/runde
GENERATED = .build/install
MAN_PAGE = share/man/man1/runde.1
COMPLETION_bash = share/bash-completion/completions/runde
COMPLETION_zsh = share/zsh/site-functions/_runde
COMPLETION_fish = share/fish/vendor_completions.d/runde.fish
INSTALLED = bin/runde $(MAN_PAGE) $(COMPLETION_bash) $(COMPLETION_zsh) $(COMPLETION_fish)
install: build-deps
ifeq ($(BUILD),release)
	$(SWIFT) build -c release $(STATIC) --product runde
endif
	@test -x $(BUILT) || { echo "no $(BUILT): build it first (swift build -c $(BUILD))" >&2; exit 1; }
	rm -rf $(GENERATED) && mkdir -p $(GENERATED)
	scripts/make-man.sh $(BUILT) > $(GENERATED)/runde.1
	for shell in bash zsh fish; do $(BUILT) --generate-completion-script $$shell > $(GENERATED)/$$shell || exit 1; done
	install -d $(foreach file,$(INSTALLED),"$(dir $(ROOT)/$(file))")
	install -m 0755 $(BUILT) "$(ROOT)/bin/runde"
	install -m 0644 $(GENERATED)/runde.1 "$(ROOT)/$(MAN_PAGE)"
	install -m 0644 $(GENERATED)/bash "$(ROOT)/$(COMPLETION_bash)"
	install -m 0644 $(GENERATED)/zsh "$(ROOT)/$(COMPLETION_zsh)"
	install -m 0644 $(GENERATED)/fish "$(ROOT)/$(COMPLETION_fish)"

uninstall:
	rm -f $(foreach file,$(INSTALLED),"$(ROOT)/$(file)")

## Speed and memory targets of issue 9, side by side with jq, python and grep, on ten years of
## generated meetings (cached under .build/bench-archives), in release mode; Docs/performance.md.
## BENCH_QUICK=1 leaves out the unit of ten teams. Not part of `make test`: timings on a shared,
## busy machine prove nothing.
bench:
	$(SWIFT) build -c release $(STATIC) --product runde
	$(SWIFT) build -c release $(STATIC) --product runde-bench
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
