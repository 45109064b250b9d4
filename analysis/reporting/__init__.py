"""What a reader sees: charts, tables, notebook helpers, the report build, the kernel pool, the
index and the newsdesk command.

Modules: build_report, charts, cli, csp, kernel_pool, notebook, report_index, tables.
"""
