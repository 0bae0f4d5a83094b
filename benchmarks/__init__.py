"""Meshwork's benchmarks: ``python -m benchmarks`` (see docs/performance.md).

Benchmarks are not tests: nothing here asserts a time. Each figure is the median
of several runs, with a bare Qt or bare sqlite3 baseline measured in the same
run and the ratio between them."""
