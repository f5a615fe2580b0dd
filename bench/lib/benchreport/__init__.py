"""Statistics, tables and result files of bench/run, one module per scenario."""
