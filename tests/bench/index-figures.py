#!/usr/bin/env python3
"""Figures of a built site for tests/bench/run.sh: the search index's file count against its budget,
the bytes a first one-word query fetches, and the largest HTML page (with Hugo's, when given).

Usage: index-figures.py OUT PAGES WORD [HUGO_OUT]

The first query is worked out from the files as theme/assets/search.js fetches them (docs/search.md):
meta.json, the vocabulary shards the word's range falls in, the postings shard of each stem it
means (the word typed, and the words it begins, as the box sees a word being typed), the rest
shards of split lists unless the query is of one stem, and one record (a byte range) per result
shown. tests/bench/search-bench.sh measures the same query in Chromium.
"""
import bisect, json, os, sys

out, pages, word = sys.argv[1], int(sys.argv[2]), sys.argv[3]
hugo = sys.argv[4] if len(sys.argv) > 4 else None
index = os.path.join(out, "search", "index")
meta_path = os.path.join(index, "meta.json")
meta = json.load(open(meta_path, encoding="utf-8"))
size = lambda name: os.path.getsize(os.path.join(index, name))
load = lambda name: json.load(open(os.path.join(index, name), encoding="utf-8"))

def shard_of(firsts, key):
    # The last shard whose first key is <= key; JavaScript compares UTF-16 code units, Python code
    # points: the same order for the index's words (letters and digits of the BMP).
    return max(0, bisect.bisect_right(firsts, key) - 1)

fetched = {"meta.json": os.path.getsize(meta_path)}
nxt = word[:-1] + chr(ord(word[-1]) + 1)
entries = {}
for i in range(shard_of(meta["vocab"], word), shard_of(meta["vocab"], nxt) + 1):
    name = f"vocab-{i:03d}.json"
    fetched[name] = size(name)
    entries.update({w: (s or w) for w, s in load(name).items() if word <= w < nxt})
stems = []
if word in entries:
    stems.append(entries[word])
others = sorted((w for w in entries if w != word), key=lambda w: (len(w), w))[:12]
stems += [entries[w] for w in others]
stems = list(dict.fromkeys(stems))
synonym = any(all(s in stems for s in phrase) for group in meta["synonyms"] for phrase in group)
alone = len(stems) == 1 and not synonym and meta.get("head", 0) >= 10
docs = set()
df = 0
for stem in stems:
    name = f"terms-{shard_of(meta['terms'], stem):03d}.json"
    fetched[name] = size(name)
    entry = load(name).get(stem)
    if isinstance(entry, dict):
        df = max(df, entry["df"])
        if not alone:
            rest = f"rest-{shard_of(meta['rest'], stem):03d}.json"
            fetched[rest] = size(rest)
    elif isinstance(entry, list):
        doc = 0
        for k in range(0, len(entry) - 1, 2):
            doc += entry[k]
            docs.add(doc)
results = max(len(docs), df)
records = min(10, results) * meta["recordBytes"]
files = len(os.listdir(index))
budget = pages // 50 + 100
data = sum(fetched.values()) + records
parts = ", ".join(f"{n} {b:,}" for n, b in fetched.items())
print(f"search index: {files} files (budget {budget}: 2% of the pages + 100)")
print(f"first one-word query '{word}': {data:,} bytes of index data ({parts}, "
      f"{min(10, results)} records of {meta['recordBytes']:,}; {'head only' if alone else 'whole lists'}, {results:,} results)")

def largest(root):
    best = (0, "")
    for folder, _, names in os.walk(root):
        for n in names:
            if n.endswith(".html"):
                p = os.path.join(folder, n)
                best = max(best, (os.path.getsize(p), os.path.relpath(p, root)))
    return best

ours = largest(out)
line = f"largest HTML page: ours {ours[0] / 1024:,.0f} KB ({ours[1]})"
if hugo and os.path.isdir(hugo):
    theirs = largest(hugo)
    line += f"; hugo {theirs[0] / 1024:,.0f} KB ({theirs[1]})"
print(line)
