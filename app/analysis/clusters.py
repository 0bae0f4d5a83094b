"""Emergent clusters: communities in a session's card graph (cards joined by their
links), each named by its most frequent tags, or else words, and followed from
session to session through the matched cards."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from app.analysis.loading import SessionData
from app.analysis.matching import Matching

MIN_SIZE = 3
MIN_OVERLAP = 0.25
NAME_TERMS = 3
SEED = 7  # louvain is randomised; a fixed seed gives the same clusters on every run
_WORD = re.compile(r"[^\W\d_]{3,}")
STOP_WORDS = frozenset(
    """the and for with from into onto that this those these then than when what which who whom
    whose where why how our ours your yours their theirs them they she his her its are was were
    been being have has had does did doing done not but nor can could should would will shall may
    might must about after before again all any both each few more most other some such only own
    same too very just also out off over under once here there get gets got per via use uses used
    using make makes made take takes need needs one two new""".split()
)


@dataclass
class Cluster:
    session_id: str
    cards: list[str]  # card ids, in the session's card order
    terms: list[str]  # what the cluster is named by
    thread: int | None = None  # equal numbers: the same cluster in different sessions
    followed_from: int | None = field(default=None, repr=False)  # index in the previous session

    @property
    def name(self) -> str:
        return ", ".join(self.terms) if self.terms else "(unnamed)"


def card_graph(data: SessionData) -> nx.Graph:
    """Cards as nodes, links as edges (parallel links add weight; direction is ignored)."""
    graph = nx.Graph()
    graph.add_nodes_from(data.cards)
    for link in data.links:
        weight = graph.get_edge_data(link.source_id, link.target_id, {"weight": 0})["weight"]
        graph.add_edge(link.source_id, link.target_id, weight=weight + 1)
    return graph


def find_clusters(data: SessionData, min_size: int = MIN_SIZE, seed: int = SEED) -> list[Cluster]:
    """Communities of at least ``min_size`` cards, largest first."""
    graph = card_graph(data)
    graph.remove_nodes_from(list(nx.isolates(graph)))  # a lone card is no community
    if graph.number_of_edges() == 0:
        return []
    order = {card_id: n for n, card_id in enumerate(data.cards)}
    groups = [sorted(group, key=order.__getitem__)
              for group in nx.community.louvain_communities(graph, weight="weight", seed=seed)
              if len(group) >= min_size]
    groups.sort(key=lambda g: (-len(g), order[g[0]]))
    return [Cluster(data.id, group, cluster_terms(data, group)) for group in groups]


def cluster_terms(data: SessionData, card_ids: list[str], n: int = NAME_TERMS) -> list[str]:
    """The most frequent tags of the cards; without tags, their most frequent words."""
    cards = [data.cards[c] for c in card_ids]
    tags = Counter(tag for card in cards for tag in dict.fromkeys(t.casefold() for t in card.tags))
    if tags:
        return [t for t, _ in sorted(tags.items(), key=lambda tc: (-tc[1], tc[0]))[:n]]
    words: Counter[str] = Counter()
    for card in cards:
        # a word counts once per card, so one wordy card cannot name the cluster alone
        words.update(list(dict.fromkeys(w for w in _WORD.findall(card.text.casefold()) if w not in STOP_WORDS)))
    return [w for w, _ in words.most_common(n)]  # most_common keeps first-seen order on ties


def overlap(earlier: Cluster, later: Cluster, matching: Matching) -> float:
    """Jaccard overlap of two clusters once the earlier one's cards are matched forward."""
    carried = {matching.a_to_b[c] for c in earlier.cards if c in matching.a_to_b}
    shared = len(carried & set(later.cards))
    return shared / (len(earlier.cards) + len(later.cards) - shared)


def follow(earlier: list[Cluster], later: list[Cluster], matching: Matching,
           min_overlap: float = MIN_OVERLAP) -> list[tuple[int, int, float]]:
    """(earlier index, later index, overlap) for clusters that continue, one-to-one,
    best overlap first."""
    candidates = sorted(
        ((overlap(a, b, matching), i, j) for i, a in enumerate(earlier) for j, b in enumerate(later)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    found = []
    for score, i, j in candidates:
        if score >= min_overlap and i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            found.append((i, j, score))
    return found


def follow_series(per_session: list[list[Cluster]], matchings: list[Matching],
                  min_overlap: float = MIN_OVERLAP) -> list[list[Cluster]]:
    """Give every cluster a thread number, shared by the clusters it continues
    (``matchings[i]`` matches session i with session i + 1)."""
    next_thread = 0
    for index, clusters in enumerate(per_session):
        if index:
            for i, j, _ in follow(per_session[index - 1], clusters, matchings[index - 1], min_overlap):
                clusters[j].thread = per_session[index - 1][i].thread
                clusters[j].followed_from = i
        for cluster in clusters:
            if cluster.thread is None:
                cluster.thread = next_thread
                next_thread += 1
    return per_session
