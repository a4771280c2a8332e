"""Execute a notebook's test-tier cells plus the chosen slow cells, saving outputs only into the chosen cells.

    python tools/run_cells.py nbs/61_retrieval.ipynb 34 [35 ...]   # cell indices (0-based, as in nbformat)
    python tools/run_cells.py nbs/61_retrieval.ipynb --from 40      # every slow cell from index 40 on

Cells flagged `#| slow`/`#| gpu` or `#| eval: false` that are not chosen are skipped; the chosen cells get
fresh outputs (run `nbdev_clean` afterwards to clear execution counts and metadata). Stops at the first error.
"""
import sys, json, re
from pathlib import Path
from execnb.shell import CaptureShell

def flags(src):
    return set(re.findall(r'^#\|\s*(slow|gpu)\b', src, re.M)) | ({'noeval'} if re.search(r'^#\|\s*eval:\s*false', src, re.M) else set())

def main(argv):
    nb_path = Path(argv[0]).resolve(); rest = argv[1:]
    nb = json.loads(nb_path.read_text())
    cells = nb['cells']
    if rest[:1] == ['--from']:
        start = int(rest[1]); chosen = {i for i, c in enumerate(cells) if i >= start and c['cell_type'] == 'code' and flags(''.join(c['source']))}
    else: chosen = {int(a) for a in rest}
    sh = CaptureShell(); sh.run('import os; os.chdir(%r)' % str(nb_path.parent.resolve()))
    for i, c in enumerate(cells):
        if c['cell_type'] != 'code': continue
        src = ''.join(c['source'])
        if flags(src) and i not in chosen: continue
        outs = sh.run(src + '\nNone' if src.rstrip().endswith(';') else src)   # a trailing ';' makes execnb drop all output
        err = [o for o in outs if o.get('output_type') == 'error']
        if i in chosen:
            c['outputs'] = [{**o, 'data': {k: v for k, v in o['data'].items() if not k.startswith('image/')}} if 'data' in o else o for o in outs]   # figures by reference, never embedded
            print(f'--- cell {i}'); [print(''.join(o.get('text', o.get('data', {}).get('text/plain', '')))[-3000:]) for o in outs]
        if err:
            print(f'error in cell {i}:', err[0].get('ename'), err[0].get('evalue'), file=sys.stderr)
            print('\n'.join(err[0].get('traceback', []))[-3000:], file=sys.stderr)
            nb_path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n'); return 1
    nb_path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
    return 0

if __name__ == '__main__': sys.exit(main(sys.argv[1:]))
