# tilsyn — the two commands a new user needs: `make run` and `make test`.
SWIFT ?= swift
BIN := .build/release/tilsyn
PERIODS := 2023H2 2024H1
SAMPLE_SCALE := 0.15

.PHONY: all build run test bench clean sample screenshot

all: build

build:
	$(SWIFT) build -c release --product tilsyn

# Runs the pipeline on the committed sample in data/extracts and writes reports/<period>/.
run: build
	@for period in $(PERIODS); do \
	  echo "== $$period"; \
	  $(BIN) run --period $$period --extracts data/extracts --reports reports --quiet || exit $$?; \
	done

test:
	$(SWIFT) test

# Reading benchmark on a generated national-scale period (cached in bench-data/, git-ignored).
bench: build
	bash .ci/bench

# Regenerates the committed sample (data/extracts) from the generator; see README.
sample: build
	rm -rf data/extracts/2023H2 data/extracts/2024H1
	$(BIN) generate --period 2023H2 --scale $(SAMPLE_SCALE) --seed 2024 --dirty 0.002 --profile sample --out data/extracts
	$(BIN) generate --period 2024H1 --scale $(SAMPLE_SCALE) --seed 2024 --dirty 0.002 --profile sample --out data/extracts

# Renders the committee page of the latest sample period to a PNG with headless Chromium (installed
# from Debian's packages when missing), so the page can be checked without a browser at hand.
SCREENSHOT_PAGE := reports/2024H1/udvalg/index.html
screenshot: run
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,4000 \
	  --screenshot=$(CURDIR)/reports/udvalg-2024H1.png file://$(CURDIR)/$(SCREENSHOT_PAGE)
	@echo "Skærmbillede: reports/udvalg-2024H1.png"

clean:
	rm -rf .build
