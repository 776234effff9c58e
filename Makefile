# tilsyn — the two commands a new user needs: `make run` and `make test`.
SWIFT ?= swift
BIN := .build/release/tilsyn

# `make build` tunes the binary for the machine it is built on when that is an x86-64 with AVX2, BMI2
# and FMA (x86-64-v3: every x86 server CPU since about 2013): the compiler then uses 256-bit vectors
# and the newer bit instructions, about 2 % fewer instructions in reading (README, benchmark; the
# multi-buffer SHA-256, used where the CPU lacks SHA instructions, gains 30 %). The binary is meant to
# run where it was built. `make build PORTABLE=1` builds for any x86-64 (what `swift build` does).
# Outputs do not depend on it: .ci/run compares the tuned binary's reports with the portable debug
# build's, byte for byte.
ifeq ($(PORTABLE),)
ifeq ($(shell uname -m),x86_64)
ifeq ($(shell for f in avx2 bmi2 fma; do grep -qw $$f /proc/cpuinfo || echo no; done),)
SWIFT_BUILD_FLAGS := -Xswiftc -target-cpu -Xswiftc haswell
endif
endif
endif
# 2026H2 is still governed by the old regime (spells started January–June 2026); 2027H1 is the first
# half-year under the 2025 reform (SPEC 4.6).
PERIODS := 2023H2 2024H1 2026H2 2027H1
SAMPLE_SCALE := 0.15

PREFIX ?= $(HOME)/.local

.PHONY: all build run test bench clean sample screenshot print install check-office fuzz sanitize sanitize-threads

all: build

build:
	$(SWIFT) build -c release --product tilsyn $(SWIFT_BUILD_FLAGS)

# Runs the pipeline on the committed sample in data/extracts and writes reports/<period>/, oldest first so
# each period shows the trend against the one before.
run: build
	@for period in $(PERIODS); do \
	  echo "== $$period"; \
	  $(BIN) run --period $$period --extracts data/extracts --reports reports --quiet || exit $$?; \
	done

test:
	$(SWIFT) test

# libFuzzer (with AddressSanitizer) on the CSV reader, one table file through validation, the field
# parsers and CPR masking, the rule-set loader and the letter template, FUZZ_SECONDS each (issue 14;
# .ci/fuzz, README "Fuzzing and sanitizers"). Seeds and corpora in .fuzz/, the build in .build-fuzz.
# `make fuzz FUZZ_SECONDS=60 FUZZ_TARGETS="csv table" FUZZ_PARALLEL=2` runs less.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= csv table parsers rules template
FUZZ_PARALLEL ?= 1
fuzz: build
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TARGETS="$(FUZZ_TARGETS)" FUZZ_PARALLEL=$(FUZZ_PARALLEL) bash .ci/fuzz

# The test suite under AddressSanitizer and under ThreadSanitizer, each in its own build folder.
# LeakSanitizer stays on; the leaks it reports in XCTest's, Swift Testing's and Foundation's own frames
# are suppressed by name in .ci/lsan-suppressions.txt.
sanitize:
	LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan-suppressions.txt:print_suppressions=0 \
	  $(SWIFT) test --sanitize=address --scratch-path .build-asan
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

# The suites that run code on several threads (the extract loader, the follow-up run with its
# parallel measures, case lists and disclosure control, the generator) under ThreadSanitizer: what
# .ci/run runs, since the whole suite under TSan takes over half an hour on 2 cores. A race fails them
# (TSAN_OPTIONS=halt_on_error=1).
TSAN_SUITES := ExtractLoaderTests|GoldenReportTests|CommitteeBriefingTests|CaseListPropertyTests|ExtractGeneratorTests|ParallelTests|theSearchesSideBySideGiveTheSamePattern|theMeasuresSeeWhatLoadGivesAndTheRecordsAreLetGo|stagedFilesShowOnlyAtTheCommit
sanitize-threads:
	TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan --filter "$(TSAN_SUITES)"

# Reading benchmark on a generated national-scale period (cached in bench-data/, git-ignored).
bench: build
	bash .ci/bench

# Regenerates the committed sample (data/extracts) from the generator; see README.
sample: build
	@for period in $(PERIODS); do \
	  rm -rf data/extracts/$$period; \
	  $(BIN) generate --period $$period --scale $(SAMPLE_SCALE) --seed 2024 --dirty 0.002 --profile sample --out data/extracts || exit $$?; \
	done

# Renders the committee page of the latest sample period to a PNG with headless Chromium (installed
# from Debian's packages when missing), so the page can be checked without a browser at hand.
SCREENSHOT_PAGE := reports/2024H1/udvalg/index.html
screenshot: run
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,4000 \
	  --screenshot=$(CURDIR)/reports/udvalg-2024H1.png file://$(CURDIR)/$(SCREENSHOT_PAGE)
	@echo "Skærmbillede: reports/udvalg-2024H1.png"

# Prints every sample period's committee page to reports/udvalg-<period>.pdf as the committee would
# (headless Chromium, A4; installed from Debian's packages when missing, tooling only), prints each
# page count (at most 10 for the national picture, issue 17) and renders page 1 to
# reports/udvalg-<period>-side1.png.
print: run
	@for period in $(PERIODS); do \
	  printf "%s: " $$period; \
	  .ci/print reports/$$period/udvalg/index.html reports/udvalg-$$period.pdf || exit $$?; \
	done

# Opens the sample period's Word letters and Excel workbook as their users' tools would: python-docx,
# openpyxl and LibreOffice (Debian packages, installed when missing; tooling only), and renders a
# letter's first page to reports/brev-2024H1.png (issue 17).
check-office: run
	.ci/check-office reports/2024H1

# Installs tilsyn for an analyst: the binary in $(PREFIX)/bin and the register, rule set and letter
# templates in $(PREFIX)/share/tilsyn/data, where tilsyn finds them when run from a folder without a
# data/ of its own (see DataFolder). `make install PREFIX=/opt/tilsyn` installs elsewhere.
install: build
	install -d $(PREFIX)/bin $(PREFIX)/share/tilsyn/data
	install -m 755 $(BIN) $(PREFIX)/bin/tilsyn
	rm -rf $(PREFIX)/share/tilsyn/data/reference $(PREFIX)/share/tilsyn/data/regler $(PREFIX)/share/tilsyn/data/skabeloner
	cp -r data/reference data/regler data/skabeloner $(PREFIX)/share/tilsyn/data/
	@echo "Installeret: $(PREFIX)/bin/tilsyn (data i $(PREFIX)/share/tilsyn/data); læg $(PREFIX)/bin i PATH"

clean:
	rm -rf .build
