#!/usr/bin/env node
// `pnpm bench`: the performance benchmark in bench/ (see bench/RESULTS.md). `--quick` runs fewer
// repetitions, for checking the benchmark itself; its figures are not the ones to report.
await import("../bench/run.mjs");
