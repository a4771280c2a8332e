"""pytest configuration: lets `pytest --nbval nbs/` (or `--nbval-lax`) run the same test tier as `nbdev_test`.

Cells flagged `#| slow`, `#| gpu` (nbdev's tst_flags) or `#| eval: false` are skipped unless `--run-slow`/`--run-gpu`
is given. Outputs are not compared: the saved outputs of result cells hold timings and figures, and the test cells
assert what they check themselves.
"""
import re
import pytest

_FLAG = re.compile(r'^\s*#\s*\|\s*(slow|gpu|eval:\s*false)\b', re.M)
_REASON = {'slow': 'slow: run with --run-slow', 'gpu': 'gpu: run with --run-gpu', 'eval: false': 'eval: false'}

def pytest_addoption(parser):
    parser.addoption('--run-slow', action='store_true', help='also run notebook cells flagged #| slow')
    parser.addoption('--run-gpu', action='store_true', help='also run notebook cells flagged #| gpu')

def pytest_collection_modifyitems(config, items):
    for it in items:
        cell = getattr(it, 'cell', None)
        if cell is None or not hasattr(it, 'options'): continue
        it.options['check'] = False
        cell.outputs = []   # saved result outputs are documentation, not references (nbdev_clean drops execution counts)
        m = _FLAG.search(cell.source)
        if not m: continue
        flag = re.sub(r'\s+', ' ', m.group(1))
        if flag in ('slow', 'gpu') and config.getoption(f'--run-{flag}'): continue
        it.add_marker(pytest.mark.skip(reason=_REASON.get(flag, flag)))   # `pytest -rs` lists the reason of every skipped cell

def pytest_configure(config):
    # run notebooks in this interpreter's environment (the virtual environment), not a globally registered kernel
    if hasattr(config.option, 'nbval_current_env'): config.option.nbval_current_env = True
