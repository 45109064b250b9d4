"""Kernels for the notebooks of one report build, reused from notebook to notebook.

Starting a kernel and importing pandas, pyarrow, matplotlib and this package costs more than
most report notebooks do, so a build starts one kernel and runs its notebooks on it one after
the other. Before each notebook the kernel is put back as it was when it started: the user
namespace is emptied (IPython's ``reset``, execution count back to 1), and the working
directory, ``sys.path``, ``os.environ`` and the warning filters are restored. Imported modules
stay imported (that is the saving), so a notebook must not patch module attributes.

A notebook that fails (an exception, a dead kernel, a cell timeout) has its kernel shut down at
once; the next notebook gets a fresh one, so a failure never leaks into another report.
:class:`KernelSupply` shuts every kernel it started down on close, Ctrl-C included.
"""
from __future__ import annotations

import time
from pathlib import Path

# Kernel options as nbclient gives the kernels it starts itself (no history file on disk).
KERNEL_ARGS = ("--HistoryManager.hist_file=:memory:",)
STARTUP_TIMEOUT = 60    # seconds for a new kernel to answer (papermill's default)
RESET_TIMEOUT = 30      # seconds for a used kernel to reset itself before it is replaced

# Run silently in the kernel before each notebook. The first run notes the state the kernel
# started with; every run restores it and empties the namespace (its own name included).
# ``preload`` modules are imported ahead of the notebook; an import that fails is left for the
# notebook to hit, with its own traceback.
_PREPARE = """
def _newsdesk_prepare(preload, first):
    import importlib, os, sys, warnings
    ip = get_ipython()
    if first:
        ip._newsdesk_start = (os.getcwd(), list(sys.path), dict(os.environ),
                              list(warnings.filters))
    cwd, path, environ, filters = ip._newsdesk_start
    ip.reset(new_session=True)
    os.chdir(cwd)
    sys.path[:] = path
    if dict(os.environ) != environ:
        os.environ.clear()
        os.environ.update(environ)
    warnings.resetwarnings()  # also forgets which warnings were already shown
    warnings.filters[:] = filters
    for name in preload:
        try:
            importlib.import_module(name)
        except Exception:
            pass
_newsdesk_prepare({preload!r}, {first!r})
"""


def import_papermill():
    """``papermill``, imported without ``rfc3987_syntax`` when this process has not imported
    ``jsonschema`` yet. jsonschema builds that package's IRI grammars on import (0.7-0.9 s,
    most of papermill's import) only to offer ``iri`` format checks, which the notebook schema
    never uses. Another process's jsonschema is untouched; this one's lacks those two checks."""
    import sys

    if ("papermill" in sys.modules or "jsonschema" in sys.modules
        or "rfc3987_syntax" in sys.modules):
        import papermill
        return papermill
    sys.modules["rfc3987_syntax"] = None  # makes `import rfc3987_syntax` raise ImportError
    try:
        import papermill
    finally:
        del sys.modules["rfc3987_syntax"]
    return papermill


class KernelFailed(RuntimeError):
    """A kernel did not start, or did not reset itself, in time."""


def _manager_class():
    from jupyter_client.manager import AsyncKernelManager

    class SharedKernelManager(AsyncKernelManager):
        """An async kernel manager (what nbclient expects) that remembers the clients opened
        on it: nbclient leaves its client open on a kernel manager it did not create."""

        def client(self, **kwargs):
            kc = super().client(**kwargs)
            self.__dict__.setdefault("_newsdesk_clients", []).append(kc)
            return kc

        def close_clients(self) -> None:
            for kc in self.__dict__.pop("_newsdesk_clients", []):
                kc.stop_channels()

    return SharedKernelManager


class ReusedKernel:
    """One started kernel and a private client that prepares it between notebooks."""

    def __init__(self, name: str, cwd: str | Path, preload: tuple[str, ...] = ()):
        from jupyter_client.blocking import BlockingKernelClient
        from jupyter_core.utils import run_sync

        self.preload = tuple(preload)
        self.km = _manager_class()(kernel_name=name)
        run_sync(self.km.start_kernel)(extra_arguments=list(KERNEL_ARGS), cwd=str(cwd))
        try:
            self.kc = BlockingKernelClient()
            self.kc.load_connection_info(self.km.get_connection_info())
            self.kc.start_channels(shell=True, iopub=False, stdin=False, hb=False, control=False)
            # Sent now, answered when the kernel is up: the caller goes on meanwhile.
            self._pending = self._send_prepare(first=True)
        except BaseException:
            self.shutdown(now=True)
            raise
        self.runs = 0

    def _send_prepare(self, first: bool) -> str:
        code = _PREPARE.format(preload=self.preload, first=first)
        return self.kc.execute(code, silent=True, store_history=False, allow_stdin=False)

    def prepare(self) -> None:
        """Wait until the kernel is clean and ready for a notebook; raise :class:`KernelFailed`
        when it is dead, errs or does not answer in time."""
        if self._pending is None:
            self._pending = self._send_prepare(first=False)
        timeout = STARTUP_TIMEOUT if self.runs == 0 else RESET_TIMEOUT
        msg_id, self._pending = self._pending, None
        self._wait_reply(msg_id, timeout)
        self.runs += 1

    def _wait_reply(self, msg_id: str, timeout: float) -> None:
        from jupyter_core.utils import run_sync

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not run_sync(self.km.is_alive)():
                raise KernelFailed("the kernel died")
            try:
                msg = self.kc.get_shell_msg(timeout=min(1.0,
                                                        max(0.01, deadline - time.monotonic())))
            except Exception:  # queue.Empty: nothing yet
                continue
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            content = msg.get("content", {})
            if content.get("status") != "ok":
                raise KernelFailed(f"the kernel could not reset: {content.get('ename')}: "
                                   f"{content.get('evalue')}")
            return
        raise KernelFailed(f"the kernel did not answer within {timeout:.0f} s")

    def after_notebook(self) -> None:
        """Close the clients nbclient opened on this kernel."""
        self.km.close_clients()

    def shutdown(self, now: bool = False) -> None:
        """Stop the kernel (``now``: kill it without asking) and close every client."""
        from jupyter_core.utils import run_sync

        kc = getattr(self, "kc", None)
        if kc is not None:
            kc.stop_channels()
        self.km.close_clients()
        try:
            run_sync(self.km.shutdown_kernel)(now=now)
        except RuntimeError:  # "No kernel is running!": it died on its own
            run_sync(self.km.cleanup_resources)()


class KernelSupply:
    """Kernels for the notebooks of one build, one at a time: ``get`` gives the kernel
    manager of a clean kernel for the next notebook; ``done(ok)`` after it (a failure shuts
    that kernel down); ``close`` shuts down whatever is still running."""

    def __init__(self, name: str, cwd: str | Path, preload: tuple[str, ...] = ()):
        self.name, self.cwd, self.preload = name, Path(cwd), tuple(preload)
        self.kernel: ReusedKernel | None = None
        self.started = 0  # kernels started so far (for tests and the benchmark)

    def start(self) -> None:
        """Start a kernel now, so it boots while the caller does other work."""
        if self.kernel is None:
            self.kernel = ReusedKernel(self.name, self.cwd, self.preload)
            self.started += 1

    def get(self):
        """The kernel manager of a kernel ready for the next notebook (a used kernel that
        cannot reset is replaced by a fresh one; a fresh one that fails raises)."""
        if self.kernel is not None:
            try:
                self.kernel.prepare()
                return self.kernel.km
            except Exception:
                self._drop(now=True)
        self.start()
        try:
            self.kernel.prepare()
        except BaseException:
            self._drop(now=True)
            raise
        return self.kernel.km

    def done(self, ok: bool) -> None:
        """After a notebook: keep the kernel for the next one when ``ok``, else shut it down."""
        if self.kernel is None:
            return
        if ok:
            self.kernel.after_notebook()
        else:
            self._drop(now=True)

    def _drop(self, now: bool) -> None:
        kernel, self.kernel = self.kernel, None
        if kernel is not None:
            kernel.shutdown(now=now)

    def close(self) -> None:
        """Stop the kernel still running, if any. It is killed rather than asked to shut down
        (which takes half a second): it holds nothing to save, and it may be busy."""
        self._drop(now=True)

    def __enter__(self) -> KernelSupply:
        return self

    def __exit__(self, *_) -> None:
        self.close()
