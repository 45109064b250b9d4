"""What a reader sees: the report parameters, charts, tables, notebook helpers, the report
build, the kernel pool, the index and the newsdesk command.

Modules: build_report, charts, cli, csp, kernel_pool, notebook, params, report_index, tables.
"""
