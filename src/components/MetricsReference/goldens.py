"""Regenerates goldens.json: scikit-learn's precision, recall, F1 and support for the metrics reference's
worked examples (examples.ts), so compute.test.ts can check that core gives the same numbers.

    python3 src/components/MetricsReference/goldens.py
"""

import json
from pathlib import Path

import numpy as np
import sklearn
from sklearn.metrics import multilabel_confusion_matrix, precision_recall_fscore_support

EXAMPLES = {
    "multiclass": (
        ["cat", "cat", "cat", "cat", "cat", "dog", "dog", "dog", "fish", "fish"],
        ["cat", "cat", "cat", "cat", "dog", "dog", "dog", "cat", "fish", "cat"],
        [None, "micro", "macro", "weighted"],
    ),
    "binary": (
        [1, 1, 1, 1, 0, 0, 0, 0, 0, 0],
        [1, 1, 1, 0, 1, 1, 0, 0, 0, 0],
        [None, "binary", "micro", "macro", "weighted"],
    ),
    "multilabel": (
        np.array([[1, 0, 1], [0, 1, 0], [1, 1, 0], [1, 0, 1]]),
        np.array([[1, 0, 0], [0, 1, 1], [1, 0, 0], [0, 0, 1]]),
        [None, "micro", "macro", "weighted", "samples"],
    ),
}


def plain(value):
    return value.tolist() if isinstance(value, np.ndarray) else (None if value is None else float(value))


goldens = {"sklearn": sklearn.__version__, "examples": {}}
for name, (y_true, y_pred, averages) in EXAMPLES.items():
    rows = {}
    for average in averages:
        p, r, f, s = precision_recall_fscore_support(y_true, y_pred, average=average)
        rows["null" if average is None else average] = {
            "precision": plain(p),
            "recall": plain(r),
            "f1": plain(f),
            "support": plain(s),
        }
    mcm = multilabel_confusion_matrix(y_true, y_pred)
    counts = [{"tp": int(m[1, 1]), "fp": int(m[0, 1]), "fn": int(m[1, 0])} for m in mcm]
    goldens["examples"][name] = {"averages": rows, "counts": counts}

out = Path(__file__).with_name("goldens.json")
out.write_text(json.dumps(goldens, indent=2) + "\n")
print(f"wrote {out}")
