"""Benchmarks and the national-scale data generator: run `make bench` (python -m bench)."""
