"""Convert between notebooks and a plain-text draft format, for editing notebooks as text.

Draft format: cells start with a line `#%% md` (markdown) or `#%%` (code); the first cell may omit it (code).
Markdown lines are written as-is (no comment prefix).

    python tools/nbsrc.py to-nb draft.py nbs/10_stargan.ipynb   # draft -> notebook (outputs of unchanged cells kept)
    python tools/nbsrc.py to-py nbs/10_stargan.ipynb draft.py   # notebook -> draft
"""
import json, sys, hashlib
from pathlib import Path

def parse_draft(text):
    cells, kind, buf = [], 'code', []
    def flush():
        src = '\n'.join(buf).strip('\n')
        if src: cells.append((kind, src))
    for line in text.splitlines():
        s = line.rstrip()
        if s in ('#%%', '#%% md'):
            flush(); buf = []; kind = 'markdown' if s == '#%% md' else 'code'
        else: buf.append(line)
    flush()
    return cells

def to_nb(draft, out):
    cells = parse_draft(Path(draft).read_text())
    old, old_ids = {}, {}
    if Path(out).exists():
        for c in json.loads(Path(out).read_text())['cells']:
            if c['cell_type'] == 'code': old[''.join(c['source'])] = c.get('outputs', [])
            if 'id' in c: old_ids.setdefault(''.join(c['source']), c['id'])
    nb_cells, used = [], set()
    for i, (kind, src) in enumerate(cells):
        lines = src.splitlines(keepends=True)
        cid = old_ids.get(src)
        if cid is None or cid in used: cid = hashlib.sha1(f'{i}:{src}'.encode()).hexdigest()[:8]
        used.add(cid)
        c = {'cell_type': kind, 'id': cid, 'metadata': {}, 'source': lines}
        if kind == 'code': c.update(execution_count=None, outputs=old.get(src, []))
        nb_cells.append(c)
    nb = {'cells': nb_cells, 'metadata': {'kernelspec': {'display_name': 'python3', 'language': 'python', 'name': 'python3'}},
          'nbformat': 4, 'nbformat_minor': 5}
    Path(out).write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')

def to_py(nb, out):
    parts = []
    for c in json.loads(Path(nb).read_text())['cells']:
        src = ''.join(c['source'])
        parts.append(('#%% md\n' if c['cell_type'] == 'markdown' else '#%%\n') + src)
    Path(out).write_text('\n\n'.join(parts) + '\n')

if __name__ == '__main__':
    cmd, a, b = sys.argv[1:4]
    {'to-nb': to_nb, 'to-py': to_py}[cmd](a, b)
