"""Gradient boosting of oblivious trees for a yes/no label, in numpy. Deterministic.

Oblivious trees (one test per level, shared by all nodes of the level) are what
`feedd.normalize.reader.ObliviousForest` evaluates cheaply. Features are cut into at most
`max_bins` quantile bins; each level takes the (feature, cut) with the best second-order
gain summed over the level's nodes; leaves are Newton steps with L2 shrinkage.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from feedd.normalize.reader import FloatArray, ObliviousForest


@dataclass(frozen=True, slots=True, kw_only=True)
class BoostingSettings:
    trees: int = 300
    depth: int = 6
    learning_rate: float = 0.08
    l2: float = 3.0
    max_bins: int = 32
    min_hessian: float = 1.0  # a cut that leaves a node less than this is not taken


def bin_edges(x: FloatArray, max_bins: int) -> list[FloatArray]:
    """Per feature, the cut values: quantiles of its distinct values."""
    edges = []
    for column in x.T:
        values = np.unique(column)
        if len(values) <= max_bins:
            cuts = (values[:-1] + values[1:]) / 2
        else:
            quantiles = np.quantile(column, np.linspace(0, 1, max_bins + 1)[1:-1])
            cuts = np.unique(quantiles)
        edges.append(cuts.astype(np.float64))
    return edges


def fit_forest(
    x: FloatArray,
    y: npt.NDArray[np.bool_],
    weights: FloatArray,
    settings: BoostingSettings,
) -> ObliviousForest:
    n, n_features = x.shape
    edges = bin_edges(x, settings.max_bins)
    # bin b holds values in (edges[b-1], edges[b]]: value > edges[t]  <=>  bin > t
    binned = np.column_stack(
        [np.searchsorted(edges[f], x[:, f], side="left") for f in range(n_features)]
    ).astype(np.int64)
    n_bins = max(len(e) for e in edges) + 1
    target = y.astype(np.float64)
    positive = float((weights * target).sum())
    negative = float((weights * (1 - target)).sum())
    bias = float(np.log(max(positive, 1e-9) / max(negative, 1e-9)))
    logits = np.full(n, bias)
    depth = settings.depth
    tree_features = np.zeros((settings.trees, depth), dtype=np.int64)
    tree_thresholds = np.zeros((settings.trees, depth))
    tree_leaves = np.zeros((settings.trees, 2**depth))
    for tree in range(settings.trees):
        p = 1 / (1 + np.exp(-logits))
        gradient = weights * (p - target)
        hessian = weights * np.maximum(p * (1 - p), 1e-6)
        node = np.zeros(n, dtype=np.int64)
        for level in range(depth):
            nodes = 2**level
            best = (-np.inf, 0, 0)
            for f in range(n_features):
                cuts = len(edges[f])
                if cuts == 0:
                    continue
                key = node * n_bins + binned[:, f]
                g = np.bincount(key, gradient, nodes * n_bins).reshape(nodes, n_bins)
                h = np.bincount(key, hessian, nodes * n_bins).reshape(nodes, n_bins)
                g_left = np.cumsum(g, axis=1)[:, :cuts]
                h_left = np.cumsum(h, axis=1)[:, :cuts]
                g_total = g.sum(axis=1, keepdims=True)
                h_total = h.sum(axis=1, keepdims=True)
                g_right = g_total - g_left
                h_right = h_total - h_left
                gain = (
                    g_left**2 / (h_left + settings.l2)
                    + g_right**2 / (h_right + settings.l2)
                    - g_total**2 / (h_total + settings.l2)
                )
                # A cut that empties a node's side gains nothing there (not -inf: the
                # level's test is shared, other nodes may still gain).
                gain = np.where(
                    (h_left < settings.min_hessian) | (h_right < settings.min_hessian), 0.0, gain
                )
                total = gain.sum(axis=0)
                cut = int(np.argmax(total))
                if total[cut] > best[0] + 1e-12:
                    best = (float(total[cut]), f, cut)
            _, f, cut = best
            tree_features[tree, level] = f
            tree_thresholds[tree, level] = edges[f][cut] if len(edges[f]) else np.inf
            node = node * 2 + (binned[:, f] > cut)
        g = np.bincount(node, gradient, 2**depth)
        h = np.bincount(node, hessian, 2**depth)
        leaves = -settings.learning_rate * g / (h + settings.l2)
        # Round as the model file stores them, so training continues from what ships.
        leaves = np.array([float(f"{v:.7g}") for v in leaves])
        tree_leaves[tree] = leaves
        logits += leaves[node]
    return ObliviousForest(
        features=tree_features,
        thresholds=np.array([[float(f"{t:.9g}") for t in row] for row in tree_thresholds]),
        leaves=tree_leaves,
        bias=float(f"{bias:.9g}"),
    )
