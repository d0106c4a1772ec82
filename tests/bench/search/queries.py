#!/usr/bin/env python3
"""Queries for shown.mjs, from a built site's search index: every prefix of the benchmark's words,
300 words of the vocabulary, every prefix of 150 more, 200 typos (a letter dropped, added or two
swapped), 150 two-word and 80 three-word queries (typed to the end, with a trailing space), and
fixed queries with synonyms, emergency signs, accents and property names. Seeded: the same index
gives the same list. Usage: queries.py SITE/search/index > queries.json"""
import glob
import json
import random
import sys

index = sys.argv[1]
random.seed(20261207)
words = []
for shard in sorted(glob.glob(index + "/vocab-*.json")):
    words += list(json.load(open(shard, encoding="utf-8")).keys())
bench = ("thoracic cambered treadmill parkrun spasms posture mileage sciatica foam tingling flexors cramping "
         "stiffness tempo glutes sitting hills stretching physiotherapists numbness").split()


def prefixes(w):
    return [w[:i] for i in range(1, len(w) + 1)]


def typo(w):
    if len(w) < 3:
        return w
    i = random.randrange(1, len(w))
    kind = random.randrange(3)
    if kind == 0:
        return w[:i] + w[i + 1:]
    if kind == 1:
        return w[:i] + random.choice("abcdefghijklmnopqrstuvwxyz") + w[i:]
    return w[:i - 1] + w[i] + w[i - 1] + w[i + 1:]


def sample(n):
    return random.sample(words, min(n, len(words)))


queries = [p for w in bench for p in prefixes(w)]
queries += sample(300)
queries += [p for w in sample(150) for p in prefixes(w)]
queries += [typo(w) for w in sample(200)]
queries += [" ".join(sample(2)) for _ in range(150)]
queries += [" ".join(sample(3)) + " " for _ in range(80)]
queries += ["back pain running", "numb bum", "can't pee", "leg pain", "trapped nerve", "chest pain",
            "keep running or rest", "how to stop it hurting", "tylenol", "hamstrings", "stretch ", "run", "r",
            "SCIATÍCA", "café", "straße", "constructor", "__proto__", "toString hasOwnProperty"]
json.dump(queries, sys.stdout)
