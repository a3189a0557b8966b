"""Execute framediff notebooks with the project's tslab kernel.

Usage: run_notebooks.py ROOT [NOTEBOOK ...]   (normally via `npm run notebooks`)

For each notebook (default: ROOT/notebooks/*.ipynb, sorted) it starts the
kernelspec `tslab` from ROOT/.jupyter/kernels only (a user's own `tslab` kernel
cannot shadow it), runs the cells with the repository root as working directory,
stops at the first failing cell, and always writes
  build/notebooks/<name>.ipynb   the executed copy (up to the failing cell)
  build/notebooks/<name>.html    nbconvert's "lab" HTML of that copy.
It prints one status line per notebook, then for each failure the cell index, the
first lines of its source and the kernel's real error (tslab puts TypeScript
compile errors and thrown errors in the cell's error / stderr outputs, which
`jupyter nbconvert --execute` does not show). Exit status: 0 all green, 1 a cell
failed, 2 bad usage or missing Python packages.
"""
import glob
import os
import re
import sys
import time

INSTALL_HINT = (
    "Fix: apt-get install --no-install-recommends jupyter-nbconvert jupyter-client "
    "python3-nbclient  (or: pip install nbclient nbconvert), or point FRAMEDIFF_PYTHON "
    "at a Python that has them."
)

try:
    import nbformat
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
    from nbconvert import HTMLExporter
except ImportError as err:  # pragma: no cover - depends on the machine
    sys.stderr.write(f"run_notebooks: {sys.executable} cannot import {err.name}. {INSTALL_HINT}\n")
    sys.exit(2)

CELL_TIMEOUT_S = int(os.environ.get("FRAMEDIFF_CELL_TIMEOUT", "600"))
STARTUP_TIMEOUT_S = int(os.environ.get("FRAMEDIFF_STARTUP_TIMEOUT", "120"))
KERNEL_NAME = "tslab"
SOURCE_LINES = 6


class ProjectKernelClient(NotebookClient):
    """Starts `tslab` from ROOT/.jupyter/kernels only, so a user's own kernelspec
    named `tslab` cannot shadow the project's. Creating the manager here (rather
    than passing km=) keeps nbclient responsible for shutting the kernel down."""

    kernel_dirs = ()

    def create_kernel_manager(self):
        ksm = KernelSpecManager(kernel_dirs=self.kernel_dirs)
        self.km = AsyncKernelManager(kernel_name=KERNEL_NAME, kernel_spec_manager=ksm)
        return self.km


def export_html(nb, name):
    # The template loads require.js and MathJax from require_js_url / mathjax_url:
    # Debian's nbconvert points both at file:///usr/share/javascript/... (packages
    # libjs-requirejs and libjs-mathjax, not installed by --no-install-recommends),
    # pip's nbconvert at a CDN. require.js only serves widgets and AMD modules;
    # plotly.js-dist-min 4 sets window.Plotly itself, so it is dropped (an empty
    # src fires the script's error event without a request). MathJax is left as
    # configured: where it cannot load, math stays as TeX and nothing else changes.
    # sanitize_html=False keeps the <script>s of text/html outputs (the charts).
    exporter = HTMLExporter(template_name="lab", require_js_url="", sanitize_html=False)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": name}})
    return body


def first_lines(source, n=SOURCE_LINES):
    lines = source.splitlines()
    shown = [f"    | {line}" for line in lines[:n]]
    if len(lines) > n:
        shown.append(f"    | ... ({len(lines) - n} more lines)")
    return "\n".join(shown)


def cell_errors(cell):
    """The error text the kernel left in a cell's outputs: error outputs and stderr."""
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            tb = "\n".join(out.get("traceback") or [])
            parts.append(f"{out.get('ename', '')}: {out.get('evalue', '')}".strip(": "))
            if tb and tb.strip() != parts[-1]:
                parts.append(tb)
        elif out.get("output_type") == "stream" and out.get("name") == "stderr":
            parts.append(out.get("text", "").rstrip("\n"))
    text = "\n".join(p for p in parts if p)
    return "\n".join(l for l in text.splitlines() if not KERNEL_FRAME.search(l))


# Stack frames inside tslab (and its CLI), the launcher and node say nothing about the notebook: drop them.
KERNEL_FRAME = re.compile(
    r"^\s+at .*(node_modules[/\\](tslab|commander)[/\\]|kernels[/\\]tslab[/\\]launch\.js|\(node:|\bnode:vm\b)")
COMPILE_ERROR = re.compile(r"^\d+:\d+ - ", re.M)
THROWN = re.compile(r"^(?:Uncaught )?([A-Za-z_$][\w$]*(?:Error|Exception)|Error)\b:? ?(.*)$", re.M)


def headline(kernel_text):
    """One line saying what went wrong, from tslab's stderr text."""
    if COMPILE_ERROR.search(kernel_text):
        return "TypeScript compile error (line:column in the cell)"
    m = THROWN.search(kernel_text)
    if m:
        return f"{m.group(1)}: {m.group(2)}".rstrip(": ")
    return "the kernel reported an error"


def indent(text, prefix="    "):
    return "\n".join(prefix + line for line in text.splitlines())


def describe_failure(nb, index, exc):
    """A readable report: cell index, its first lines, the real error."""
    lines = []
    if index is not None:
        cell = nb.cells[index]
        code_no = sum(1 for c in nb.cells[: index + 1] if c.cell_type == "code")
        lines.append(f"  cell {index} (code cell {code_no}):")
        lines.append(first_lines(cell.source))
        kernel_text = cell_errors(cell)
    else:
        kernel_text = ""
    if isinstance(exc, CellExecutionError):
        head = f"{exc.ename}: {exc.evalue}".strip(": ")
        if not head or exc.ename == "<Error>":  # tslab sends no ename/evalue
            head = headline(kernel_text)
        lines.append(f"  error: {head}")
        if kernel_text and kernel_text.strip() != head:
            lines.append(indent(kernel_text))
    elif isinstance(exc, CellTimeoutError):
        lines.append(f"  error: the cell did not finish within {CELL_TIMEOUT_S} s "
                     "(FRAMEDIFF_CELL_TIMEOUT to change).")
        if kernel_text:
            lines.append(indent(kernel_text))
    elif isinstance(exc, DeadKernelError):
        lines.append(f"  error: the kernel died: {exc}")
        if kernel_text:
            lines.append(indent(kernel_text))
    else:
        lines.append(f"  error: {type(exc).__name__}: {exc}")
    return "\n".join(lines)


def run_one(root, path, out_dir):
    """Execute one notebook; return (ok, report or None)."""
    name = os.path.splitext(os.path.basename(path))[0]
    nb = nbformat.read(path, as_version=4)
    current = {"index": None}

    def on_cell_execute(cell, cell_index):
        current["index"] = cell_index

    client = ProjectKernelClient(
        nb,
        timeout=CELL_TIMEOUT_S,
        startup_timeout=STARTUP_TIMEOUT_S,
        kernel_name=KERNEL_NAME,
        resources={"metadata": {"path": root}},  # the kernel's cwd: the repo root
        on_cell_execute=on_cell_execute,
    )
    client.kernel_dirs = [os.path.join(root, ".jupyter", "kernels")]
    report = None
    try:
        client.execute()
    except Exception as exc:  # noqa: BLE001 - every failure is reported, then we go on
        index = current["index"]  # the cell being executed when it failed
        report = describe_failure(nb, index, exc)
    os.makedirs(out_dir, exist_ok=True)
    nbformat.write(nb, os.path.join(out_dir, name + ".ipynb"))
    try:
        html = export_html(nb, name)
        with open(os.path.join(out_dir, name + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
    except Exception as exc:  # noqa: BLE001
        msg = f"  HTML export failed: {type(exc).__name__}: {exc}"
        report = f"{report}\n{msg}" if report else msg
    return report is None, report


def main(argv):
    if len(argv) < 1:
        sys.stderr.write("usage: run_notebooks.py ROOT [NOTEBOOK ...]\n")
        return 2
    root = os.path.abspath(argv[0])
    paths = [os.path.abspath(p) for p in argv[1:]] or sorted(
        glob.glob(os.path.join(root, "notebooks", "*.ipynb")))
    missing = [p for p in paths if not os.path.isfile(p)]
    if missing:
        sys.stderr.write("run_notebooks: no such notebook: " + ", ".join(missing) + "\n")
        return 2
    if not paths:
        sys.stderr.write(f"run_notebooks: no notebooks in {os.path.join(root, 'notebooks')}\n")
        return 2
    # FRAMEDIFF_NOTEBOOK_OUT moves the executed copies (the main job puts them under out/).
    out_dir = os.path.abspath(os.environ.get("FRAMEDIFF_NOTEBOOK_OUT") or os.path.join(root, "build", "notebooks"))
    reports = []
    width = max(len(os.path.relpath(p, root)) for p in paths)
    for path in paths:
        rel = os.path.relpath(path, root)
        start = time.monotonic()
        ok, report = run_one(root, path, out_dir)
        took = time.monotonic() - start
        print(f"{'ok  ' if ok else 'FAIL'}  {rel:<{width}}  {took:6.1f} s", flush=True)
        if report:
            reports.append((rel, report))
    for rel, report in reports:
        print(f"\n{rel} failed:\n{report}")
    print(f"\n{len(paths) - len(reports)}/{len(paths)} notebooks ok; executed copies and "
          f"HTML in {os.path.relpath(out_dir, root)}/")
    return 1 if reports else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
