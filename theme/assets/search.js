// Search for the guide: "/" focuses the search box on every page, and results appear as you type:
// on the search page in its list (the query kept in the URL), elsewhere in a panel under the header
// (Enter without a selection opens the search page). The index (format: docs/search.md) is built by the generator and fetched
// shard by shard, so a query downloads only the words it needs. The browser never stems: the
// vocabulary maps every word the guide uses to the stem the generator gave it.
// Index data reaches the page only as text (textContent, createTextNode), never as HTML.
// Words are data, never property names: every table keyed by a word, stem or number is a Map or
// a Set, and index files are read with own-property lookups, so "constructor", "__proto__" or
// "toString" is a word like any other and cannot reach Object.prototype.
(function () {
  "use strict";

  var box = document.getElementById("bgSearchInput");

  document.addEventListener("keydown", function (e) {
    var active = document.activeElement;
    if (e.key === "/" && box && active !== box && !(active && /^(input|textarea|select)$/i.test(active.tagName))) {
      e.preventDefault();
      box.focus();
    }
  });

  var page = document.querySelector(".search-page[data-index]") || document.querySelector(".search-panel[data-index]");
  if (!box || !page) return;
  var inPanel = page.classList.contains("search-panel");

  var RESULTS_SHOWN = 10;
  var EXCERPT_WORDS = 28;
  var TITLE_BONUS = 1;
  var base = new URL(page.getAttribute("data-index"), document.baseURI).href;
  var list = document.getElementById("bgSearchResults");
  var status = document.getElementById("bgSearchStatus");
  var form = box.form;
  // Every word the reader sees comes from site.yml, through data-text-* attributes of the page.
  function text(name, values) {
    var t = page.getAttribute("data-text-" + name) || "";
    Object.keys(values || {}).forEach(function (k) { t = t.split("{" + k + "}").join(String(values[k])); });
    return t;
  }

  // ---- Words: the same folding as the generator's Tokenizer.cs ----

  var separator;
  try { separator = new RegExp("[^\\p{L}\\p{N}]+", "u"); } catch (err) { separator = /[^0-9a-z\u00c0-\uffff]+/; }
  var wordPattern;
  try { wordPattern = new RegExp("[\\p{L}\\p{N}'\u2019]+", "gu"); } catch (err) { wordPattern = /[0-9A-Za-z\u00c0-\uffff'\u2019]+/g; }

  // Letters that do not decompose, folded as Lucene's ASCIIFoldingFilter folds them.
  var LETTERS = new Map([["\u00df", "ss"], ["\u00e6", "ae"], ["\u0153", "oe"], ["\u00f8", "o"], ["\u0111", "d"], ["\u0142", "l"], ["\u00fe", "th"], ["\u00f0", "d"]]);
  // Most text is ASCII, which folding only lowers (and which splits on anything but [a-z0-9]):
  // that path skips normalize() and the Unicode-property patterns, slow to compile on first use.
  var ASCII = /^[\x00-\x7f]*$/;
  function fold(text) {
    if (ASCII.test(text)) return text.toLowerCase();
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u00df\u00e6\u0153\u00f8\u0111\u0142\u00fe\u00f0]/g, function (c) { return LETTERS.get(c); });
  }

  // A value of a parsed index file, only if the file itself has the key (never an inherited one).
  var hasOwn = Object.prototype.hasOwnProperty;
  function own(object, key) { return hasOwn.call(object, key) ? object[key] : undefined; }

  function words(text) {
    var folded = fold(text).replace(/['\u2019]/g, "");
    return folded.split(ASCII.test(folded) ? /[^a-z0-9]+/ : separator).filter(function (w) { return w.length > 0; });
  }

  // ---- Fetching: every file once ----

  // A file, or a value made from files, made once and kept (forgotten if it fails, so that the next query tries again).
  function kept(map, key, make) {
    if (!map.has(key)) {
      var made = make();
      map.set(key, made);
      made.catch(function () { map.delete(key); });
    }
    return map.get(key);
  }

  // An index file's response, or an error if the host did not answer it.
  function fetched(name, headers) {
    return fetch(base + name, { credentials: "same-origin", headers: headers || {} }).then(function (r) {
      if (!r.ok) throw new Error(name + ": HTTP " + r.status);
      return r;
    });
  }
  var cache = new Map();
  function load(name) {
    return kept(cache, name, function () { return fetched(name).then(function (r) { return r.json(); }); });
  }

  function pad(i) { var s = String(i); while (s.length < 3) s = "0" + s; return s; }

  // ---- A result: one record of a docs-NNN.bin pack, fetched as a byte range ----

  var packs = new Map(), records = new Map();
  // The whole pack, for a host that ignores Range or whose range cannot be trusted (once per pack).
  function wholePack(name) {
    return kept(packs, name, function () { return fetched(name).then(function (r) { return r.arrayBuffer(); }); });
  }
  function parseRecord(bytes) { return JSON.parse(new TextDecoder().decode(bytes)); }
  function record(meta, doc) {
    return kept(records, doc, function () {
      var size = meta.recordBytes, name = "docs-" + pad(Math.floor(doc / meta.docsPerPack)) + ".bin";
      var start = (doc % meta.docsPerPack) * size;
      var fromPack = function () {
        return wholePack(name).then(function (buffer) {
          if (buffer.byteLength < start + size) throw new Error(name + ": too short");
          return parseRecord(new Uint8Array(buffer, start, size));
        });
      };
      if (packs.has(name)) return fromPack();
      return fetched(name, { Range: "bytes=" + start + "-" + (start + size - 1) }).then(function (r) {
        var range = r.headers.get("Content-Range") || "";
        if (r.status !== 206 || range.indexOf("bytes " + start + "-") !== 0) {
          // A 200 is the whole pack: keep it for the other results in it.
          if (r.status === 200) kept(packs, name, function () { return r.arrayBuffer(); });
          return fromPack();
        }
        return r.arrayBuffer().then(function (buffer) {
          if (buffer.byteLength !== size) return fromPack();
          return parseRecord(new Uint8Array(buffer));
        });
      }).catch(function () { return fromPack(); });
    });
  }

  // The shard holding key: the last one whose first key is <= key (keys are sorted by code unit, like C#'s ordinal order).
  function shardOf(firsts, key) {
    var lo = 0, hi = firsts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (firsts[mid] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // A vocabulary shard as two parallel arrays, words sorted by code unit, parsed once: a range
  // of words is then two binary searches, not a walk over every key of the shard.
  var vocabs = new Map();
  function vocabShard(i) {
    var name = "vocab-" + pad(i) + ".json";
    return kept(vocabs, name, function () {
      return load(name).then(function (shard) {
        var list = Object.keys(shard).filter(function (w) { return typeof own(shard, w) === "string"; }).sort();
        return { words: list, stems: list.map(function (w) { return own(shard, w) || w; }) };
      });
    });
  }
  function lowerBound(sorted, key) {
    var lo = 0, hi = sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] < key) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  // All vocabulary entries whose word lies in [from, to), from the shards that cover that range.
  function vocabRange(meta, from, to) {
    var first = shardOf(meta.vocab, from), last = shardOf(meta.vocab, to);
    var loads = [];
    for (var i = first; i <= last; i++) loads.push(vocabShard(i));
    return Promise.all(loads).then(function (shards) {
      var out = [];
      shards.forEach(function (shard) {
        for (var k = lowerBound(shard.words, from), end = lowerBound(shard.words, to); k < end; k++) {
          out.push({ word: shard.words[k], stem: shard.stems[k] });
        }
      });
      return out;
    });
  }

  // Optimal string alignment distance (a swap of two letters is one edit), or max+1 once it is over max.
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        cur[j] = v;
        if (v < best) best = v;
      }
      if (best > max) return max + 1;
      prev2 = prev;
      prev = cur;
    }
    return prev[b.length];
  }

  // ---- One query word → the stems it may mean ----

  // Exact word; else words one or two edits away (one from 4 letters, two from 8, same first letter);
  // and for the word being typed, words it starts.
  function resolve(meta, word, typing) {
    var next = word.slice(0, -1) + String.fromCharCode(word.charCodeAt(word.length - 1) + 1);
    return vocabRange(meta, word, next).then(function (entries) {
      var found = [];
      var exact = entries.filter(function (e) { return e.word === word; })[0];
      if (exact) found.push({ stem: exact.stem, factor: 1, word: exact.word });
      if (typing && word.length >= 3) {
        entries.filter(function (e) { return e.word !== word; })
          .sort(function (a, b) { return a.word.length - b.word.length || (a.word < b.word ? -1 : 1); })
          .slice(0, 12)
          .forEach(function (e) { found.push({ stem: e.stem, factor: 0.9, word: e.word }); });
      }
      if (exact || word.length < 4) return found;
      var max = word.length >= 8 ? 2 : 1;
      var letter = word.charAt(0);
      return vocabRange(meta, letter, String.fromCharCode(letter.charCodeAt(0) + 1)).then(function (all) {
        all.map(function (e) { return { e: e, d: distance(word, e.word, max) }; })
          .filter(function (x) { return x.d <= max; })
          .sort(function (a, b) { return a.d - b.d || a.e.word.length - b.e.word.length || (a.e.word < b.e.word ? -1 : 1); })
          .slice(0, 6)
          .forEach(function (x) { found.push({ stem: x.e.stem, factor: x.d === 1 ? 0.75 : 0.55, word: x.e.word }); });
        return found;
      });
    });
  }

  // ---- The query: clauses of alternatives, each alternative a list of stems ----

  // The query's words, stop words left out: what plan() resolves and prefetchPostings() guesses from.
  function queryWords(meta, query) {
    var stop = new Set(meta.stopWords);
    return words(query).filter(function (w) { return !stop.has(w); });
  }

  function plan(meta, query, tokens) {
    var typing = !/\s$/.test(query);
    return Promise.all(tokens.map(function (t, i) { return resolve(meta, t, typing && i === tokens.length - 1); }))
      .then(function (resolved) {
        var clauses = [];
        var queryStems = new Set(), exactStems = new Set();
        resolved.forEach(function (found) {
          if (found.length === 0) return; // A word the guide never uses: ignore it rather than find nothing.
          var clause = { alternatives: [], optional: false };
          found.forEach(function (f) {
            clause.alternatives.push({ stems: [f.stem], factor: f.factor, word: f.word });
            queryStems.add(f.stem);
            if (f.factor === 1) exactStems.add(f.stem);
          });
          clause.stems = found.map(function (f) { return f.stem; });
          clauses.push(clause);
        });
        // Synonyms: a phrase of a group is in the query (all its stems, in any order): the group's other phrases count too.
        var urgentGroups = new Set(Array.isArray(meta.urgentGroups) ? meta.urgentGroups : []);
        meta.synonyms.forEach(function (group, g) {
          var hit = group.filter(function (phrase) { return phrase.every(function (s) { return queryStems.has(s); }); });
          if (hit.length === 0) return;
          // An emergency sign: exact words only, so a typo's guess never raises the alarm.
          if (urgentGroups.has(g) && hit.some(function (p) { return p.every(function (s) { return exactStems.has(s); }); })) clauses.urgent = true;
          var others = group.filter(function (phrase) { return hit.indexOf(phrase) < 0; });
          if (hit.some(function (p) { return p.length === 1; })) {
            // One-word synonyms join the clause of the word that brought them in.
            clauses.forEach(function (clause) {
              if (!clause.alternatives.some(function (a) { return hit.some(function (p) { return p.length === 1 && p[0] === a.stems[0]; }); })) return;
              others.forEach(function (p) { clause.alternatives.push({ stems: p, factor: 0.8, synonym: true }); });
            });
          } else {
            // A phrase ("trapped nerve") brings in its group as one more clause; a page that has the
            // group's idea (its one-word synonym) counts as having the phrase's words.
            var words = new Set();
            hit.forEach(function (p) { p.forEach(function (s) { words.add(s); }); });
            var covers = [];
            clauses.forEach(function (c, i) { if (!c.optional && c.stems.some(function (s) { return words.has(s); })) covers.push(i); });
            clauses.push({ alternatives: others.map(function (p) { return { stems: p, factor: 0.8, synonym: true }; }), optional: true, covers: covers });
          }
        });
        return clauses;
      });
  }

  // A posting list, unpacked once and kept: the question numbers in ascending order, each with its
  // weight (× IDF at query time) and whether the stem is in that question's title. Parallel typed
  // arrays, walked by index: ranking a prefix that completes to a dozen common words touches tens
  // of thousands of postings on every keystroke.
  function unpack(packed, weightScale) {
    var pairs = Array.isArray(packed) ? packed.length >> 1 : 0;
    var list = { ids: new Int32Array(pairs), ws: new Float64Array(pairs), tl: new Uint8Array(pairs), at: null };
    for (var k = 0, doc = 0; k < pairs; k++) {
      doc += packed[2 * k];
      var w = packed[2 * k + 1];
      list.ids[k] = doc;
      if (w < 0) { list.tl[k] = 1; w = -w; } // A negative weight marks a word of the title.
      list.ws[k] = w / weightScale;
    }
    return list;
  }
  // The head and the rest of a split list, both in question order, as one list in question order.
  function merge(a, b) {
    var size = a.ids.length + b.ids.length;
    var out = { ids: new Int32Array(size), ws: new Float64Array(size), tl: new Uint8Array(size), at: null };
    for (var i = 0, j = 0, k = 0; k < size; k++) {
      var from = j >= b.ids.length || (i < a.ids.length && a.ids[i] < b.ids[j]) ? a : b;
      var at = from === a ? i++ : j++;
      out.ids[k] = from.ids[at];
      out.ws[k] = from.ws[at];
      out.tl[k] = from.tl[at];
    }
    return out;
  }
  // Question number -> position in the list, made when a phrase first needs to look one up.
  function positions(list) {
    if (!list.at) {
      list.at = new Map();
      for (var i = 0; i < list.ids.length; i++) list.at.set(list.ids[i], i);
    }
    return list.at;
  }

  // Stem -> { ids, ws, tl, df, partial }, unpacked once and kept, so that the next keystroke
  // reuses the lists the last one unpacked. A long list ships its head (the postings a query of
  // that word alone ranks first) in terms-NNN.json and the rest in rest-NNN.json: with whole false
  // the head is enough, and partial says the list is only that.
  var lists = new Map();
  function termsShard(meta, s) { return load("terms-" + pad(shardOf(meta.terms, s)) + ".json"); }
  function headList(meta, s) {
    return kept(lists, s, function () {
      return termsShard(meta, s).then(function (shard) {
        var packed = own(shard, s);
        var head = packed && !Array.isArray(packed) && typeof packed === "object" ? own(packed, "head") : undefined;
        var df = head !== undefined ? own(packed, "df") : undefined;
        var list = unpack(head !== undefined ? head : packed, meta.weightScale);
        list.partial = head !== undefined && typeof df === "number" && df > list.ids.length && Array.isArray(meta.rest) && meta.rest.length > 0;
        list.df = list.partial ? df : list.ids.length;
        list.whole = null;
        return list;
      });
    });
  }
  function wholeList(meta, s) {
    return headList(meta, s).then(function (list) {
      if (!list.partial) return list;
      if (!list.whole) {
        list.whole = load("rest-" + pad(shardOf(meta.rest, s)) + ".json").then(function (shard) {
          var all = merge(list, unpack(own(shard, s), meta.weightScale));
          list.ids = all.ids;
          list.ws = all.ws;
          list.tl = all.tl;
          list.at = null;
          list.df = list.ids.length;
          list.partial = false;
          return list;
        });
        list.whole.catch(function () { list.whole = null; });
      }
      return list.whole;
    });
  }
  function postings(meta, stems, whole) {
    return Promise.all(stems.map(function (s) { return whole ? wholeList(meta, s) : headList(meta, s); })).then(function (found) {
      var result = new Map();
      stems.forEach(function (s, i) { result.set(s, found[i]); });
      return result;
    });
  }

  // Scratch arrays indexed by question number, kept between queries (ranking runs to the end
  // without yielding, so one set serves every query) and cleared through the lists of what each
  // query touched: a keystroke allocates nothing in proportion to the guide.
  var scratch = null;
  function scratchFor(n, stride) {
    if (!scratch || scratch.n !== n || scratch.stride < stride) {
      scratch = {
        n: n, stride: stride, score: new Float64Array(n), scored: new Uint8Array(n),
        best: new Float64Array(n), inBest: new Uint8Array(n), inTitle: new Uint8Array(n),
        matched: new Int32Array(n * stride), titled: new Int32Array(n * stride)
      };
    }
    return scratch;
  }

  // BM25 with field weights: the generator stored each stem's weight in each page; here × IDF.
  // Returns the questions found (unordered), and best(k, keep): the k best of them that keep accepts.
  function rank(meta, clauses, post) {
    var n = meta.documents;
    function idfOf(df) { return Math.log(1 + (n - df + 0.5) / (df + 0.5)); }
    function has(s) { return post.has(s) && post.get(s).df > 0; }
    // A phrase is as rare as the pages that have all its words: "stop" and "hurt" are common, pages
    // with both fewer. (Counted once per phrase; the rarest word's list is the one walked.)
    // A one-word phrase is its list's df, which a head alone knows for its whole list.
    var phraseDf = new Map();
    function together(stems) {
      var found = stems.map(function (s) { return post.get(s); }).sort(function (a, b) { return a.ids.length - b.ids.length; });
      var df = 0;
      for (var i = 0; i < found[0].ids.length; i++) {
        var doc = found[0].ids[i];
        if (found.every(function (l) { return positions(l).has(doc); })) df++;
      }
      return df;
    }
    function phraseIdf(alt) {
      var key = alt.stems.join(" ");
      if (!phraseDf.has(key)) phraseDf.set(key, alt.stems.length === 1 ? post.get(alt.stems[0]).df : together(alt.stems));
      return idfOf(Math.max(1, phraseDf.get(key)));
    }
    // Which clauses each question matched (and matched in its title): stride words of bits each.
    var stride = (clauses.length + 31) >> 5;
    var work = scratchFor(n, stride);
    var found = [], bestDocs = [];
    function mark(bits, doc, clause, index) {
      var at = doc * stride;
      if (clause.optional) {
        clause.covers.forEach(function (i) { if (clauses[i].counts) bits[at + (i >> 5)] |= 1 << (i & 31); });
      } else if (clause.counts) {
        bits[at + (index >> 5)] |= 1 << (index & 31);
      }
    }
    // A word no page contains (a synonym the guide never uses, say) cannot be required.
    clauses.forEach(function (c) {
      c.counts = !c.optional && c.alternatives.some(function (a) { return has(a.stems[0]); });
    });
    clauses.forEach(function (clause, index) {
      // A word and its synonyms are one concept and share one IDF, so a rare synonym ("jog") cannot
      // outweigh the word itself ("run"): the IDF of the word the reader typed, or of the closest
      // word the guide uses (a typo's correction, a prefix's completion), when there is one;
      // otherwise that of the rarest synonym the guide uses, as the reader's word was rarer still
      // (the smallest would let one common member, "fix", make "relieve" count for nothing).
      var shared = null, typed = null, closest = 0, rarest = 0;
      clause.alternatives.forEach(function (alt) {
        if (!alt.stems.every(has)) return;
        var v = phraseIdf(alt);
        if (v > rarest) rarest = v;
        if (clause.optional) return;
        if (!alt.synonym) {
          if (alt.factor > closest) { closest = alt.factor; typed = v; }
        } else if (shared === null || v > shared) {
          shared = v;
        }
      });
      if (typed !== null) shared = typed;
      // How much this word of the query says: what a page gains by having it, or loses by lacking it.
      clause.idf = shared !== null ? shared : rarest;
      // Each question's best score among the clause's alternatives.
      clause.alternatives.forEach(function (alt) {
        if (!alt.stems.every(function (s) { return post.has(s); })) return;
        var first = post.get(alt.stems[0]);
        var rest = alt.stems.slice(1).map(function (s) { return post.get(s); });
        var weight = shared !== null && (alt.synonym || alt.factor === 1) && !clause.optional ? shared : phraseIdf(alt);
        next: for (var i = 0; i < first.ids.length; i++) {
          var doc = first.ids[i];
          if (!(doc >= 0 && doc < n)) continue;
          var sum = first.ws[i], title = first.tl[i] === 1;
          for (var k = 0; k < rest.length; k++) {
            var at = positions(rest[k]).get(doc);
            if (at === undefined) continue next; // A phrase counts only when all its words are there.
            sum += rest[k].ws[at];
            title = title && rest[k].tl[at] === 1;
          }
          if (title) work.inTitle[doc] = 1;
          var score = alt.factor * weight * sum / alt.stems.length;
          if (!work.inBest[doc]) {
            work.inBest[doc] = 1;
            work.best[doc] = score;
            bestDocs.push(doc);
          } else if (!(work.best[doc] >= score)) {
            work.best[doc] = score;
          }
        }
      });
      bestDocs.forEach(function (doc) {
        if (!work.scored[doc]) { work.scored[doc] = 1; work.score[doc] = 0; found.push(doc); }
        work.score[doc] += work.best[doc];
        mark(work.matched, doc, clause, index);
        if (work.inTitle[doc]) mark(work.titled, doc, clause, index);
        work.inBest[doc] = 0;
        work.inTitle[doc] = 0;
      });
      bestDocs.length = 0;
    });
    // Shares of the query's words, each word counted by its IDF: lacking "hurts" costs a page less
    // than lacking "marathon", and a word in nearly every title is worth little.
    var total = clauses.reduce(function (sum, c) { return c.counts ? sum + c.idf : sum; }, 0);
    function portion(bits, doc) {
      var sum = 0;
      for (var i = 0; i < clauses.length; i++) if (bits[doc * stride + (i >> 5)] & (1 << (i & 31))) sum += clauses[i].idf;
      return sum / total;
    }
    var score = new Float64Array(found.length);
    found.forEach(function (doc, i) {
      // Pages that have every word of the query come first: BM25 scores, scaled by the share of words matched.
      var share = total > 0 ? portion(work.matched, doc) : 1;
      // The title says what a page answers: the query's words found there (or their synonyms)
      // raise the page by up to TITLE_BONUS of its score, on top of the title's weight in BM25.
      var inTitle = total > 0 ? portion(work.titled, doc) : 0;
      score[i] = work.score[doc] * share * share * (1 + TITLE_BONUS * inTitle);
      work.scored[doc] = 0;
      for (var k = 0; k < stride; k++) { work.matched[doc * stride + k] = 0; work.titled[doc * stride + k] = 0; }
    });
    return { docs: found, best: function (k, keep) { return best(found, score, k, keep); } };
  }

  // The k best of the questions found that keep accepts, best first (ties to the lower question
  // number): one pass keeping a sorted list of k, as a query shows ten of thousands.
  function best(docs, score, k, keep) {
    var top = [];
    function above(a, b) { return score[a] > score[b] || (score[a] === score[b] && docs[a] < docs[b]); }
    for (var i = 0; i < docs.length; i++) {
      if (keep && !keep(docs[i])) continue;
      if (top.length >= k) {
        if (k <= 0 || !above(i, top[k - 1])) continue;
        top.pop();
      }
      var at = top.length;
      while (at > 0 && above(i, top[at - 1])) at--;
      top.splice(at, 0, i);
    }
    return top.map(function (i) { return docs[i]; });
  }

  // A query naming an emergency sign (an urgent synonym group) lists the urgent question first,
  // whether or not it uses the reader's words; the rest keep their order. urgent.json lists them.
  // Gives the questions to show and the number of results, counting urgent ones not found.
  function urgentFirst(meta, ranked, shown) {
    return load("urgent.json").then(function (list) {
      var urgent = new Set(Array.isArray(list) ? list : []);
      var first = ranked.best(urgent.size, function (doc) { return urgent.has(doc); });
      var found = new Set(first), added = 0;
      urgent.forEach(function (doc) { if (!found.has(doc) && doc >= 0 && doc < meta.documents) { first.push(doc); added++; } });
      var others = ranked.best(Math.max(0, shown - first.length), function (doc) { return !urgent.has(doc); });
      return { docs: first.concat(others).slice(0, shown), count: ranked.docs.length + added };
    });
  }

  // Speculation: a word's stem is nearly always a prefix of it, in the same postings shard, so
  // that shard is fetched alongside the vocabulary shard the stem comes from, not after it. A
  // first query then waits for two round trips, not three; a wrong guess costs one shard.
  function prefetchPostings(meta, tokens) {
    if (!Array.isArray(meta.terms) || meta.terms.length === 0) return;
    tokens.forEach(function (w) {
      if (w.length >= 3) termsShard(meta, w).catch(function () { });
    });
  }

  function search(query) {
    return load("meta.json").then(function (meta) {
      var tokens = queryWords(meta, query);
      prefetchPostings(meta, tokens);
      return plan(meta, query, tokens).then(function (clauses) {
        var stems = new Set();
        clauses.forEach(function (c) { c.alternatives.forEach(function (a) { a.stems.forEach(function (s) { stems.add(s); }); }); });
        // One stem (a word, and its forms typed so far): its results rank by weight and title
        // alone, the head's order, so the head holds them. Anything else needs the whole lists.
        var alone = stems.size === 1 && !clauses.urgent && clauses.every(function (c) { return !c.optional; }) &&
          typeof meta.head === "number" && meta.head >= RESULTS_SHOWN && meta.titleBonus === TITLE_BONUS;
        return postings(meta, Array.from(stems), !alone).then(function (post) {
          var ranked = rank(meta, clauses, post);
          var chosen = clauses.urgent ? urgentFirst(meta, ranked, RESULTS_SHOWN)
            : Promise.resolve({ docs: ranked.best(RESULTS_SHOWN, null), count: ranked.docs.length });
          return chosen.then(function (chosen) {
            // A query answered from a head (never an emergency one) has as many results as its whole list.
            var total = chosen.count;
            post.forEach(function (p) { if (p.partial) total = p.df; });
            return Promise.all(chosen.docs.map(function (doc) { return record(meta, doc); })).then(function (docs) {
              return { total: total, docs: docs, highlight: highlighter(clauses) };
            });
          });
        });
      });
    });
  }

  // ---- Showing results ----

  // A word of a result is marked when it is a word the query matched, or starts with a matched stem.
  function highlighter(clauses) {
    var exact = new Set(), stems = [];
    clauses.forEach(function (c) {
      c.alternatives.forEach(function (a) {
        if (a.word) exact.add(a.word);
        if (a.stems.length === 1) stems.push(a.stems[0]);
      });
    });
    // w is a word of a result as words() makes it (see spansOf).
    return function (w) {
      if (exact.has(w)) return true;
      return stems.some(function (s) { return s.length >= 3 && w.lastIndexOf(s, 0) === 0 && w.length <= s.length + 4; });
    };
  }

  // A result's text and its words (where each is, and folded as a query word is), found once per
  // result and kept with it: the next keystroke only marks them again.
  var spanCache = new WeakMap();
  function spansOf(doc) {
    if (!spanCache.has(doc)) {
      var text = doc.summary + " " + doc.text;
      var pattern = ASCII.test(text) ? /[0-9A-Za-z']+/g : wordPattern;
      var spans = [], m;
      pattern.lastIndex = 0;
      while ((m = pattern.exec(text)) !== null) {
        spans.push({ start: m.index, end: m.index + m[0].length, word: fold(m[0]).replace(/['\u2019]/g, "") });
      }
      spanCache.set(doc, { text: text, spans: spans });
    }
    return spanCache.get(doc);
  }

  function excerpt(doc, marked) {
    var found = spansOf(doc), text = found.text;
    var spans = found.spans.map(function (s) { return { start: s.start, end: s.end, hit: marked(s.word) }; });
    // The window of EXCERPT_WORDS words with the most marked words (the first of equals), slid
    // one word at a time.
    var bestStart = 0, bestHits = -1, hits = 0, i;
    for (i = 0; i < Math.min(spans.length, EXCERPT_WORDS); i++) if (spans[i].hit) hits++;
    for (i = 0; i < spans.length; i++) {
      if (hits > bestHits) { bestHits = hits; bestStart = i; }
      if (spans[i].hit) hits--;
      if (i + EXCERPT_WORDS < spans.length && spans[i + EXCERPT_WORDS].hit) hits++;
    }
    var window = spans.slice(bestStart, bestStart + EXCERPT_WORDS);
    var p = document.createElement("p");
    p.className = "result-excerpt";
    if (window.length === 0) return p;
    var from = window[0].start, to = window[window.length - 1].end;
    if (bestStart > 0) p.appendChild(document.createTextNode("\u2026 "));
    var at = from;
    window.forEach(function (s) {
      if (!s.hit) return;
      p.appendChild(document.createTextNode(text.slice(at, s.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(s.start, s.end);
      p.appendChild(mark);
      at = s.end;
    });
    p.appendChild(document.createTextNode(text.slice(at, to)));
    if (bestStart + EXCERPT_WORDS < spans.length) p.appendChild(document.createTextNode(" \u2026"));
    return p;
  }

  function render(query, result) {
    while (list.firstChild) list.removeChild(list.firstChild);
    result.docs.forEach(function (doc) {
      var li = document.createElement("li");
      if (doc.redFlag) li.className = "result-red-flag";
      var heading = document.createElement("h2");
      heading.className = "result-title";
      if (doc.redFlag) {
        var flag = document.createElement("span");
        flag.className = "result-flag";
        flag.textContent = text("flag") + " ";
        heading.appendChild(flag);
      }
      var a = document.createElement("a");
      a.href = doc.url;
      a.textContent = doc.title;
      heading.appendChild(a);
      li.appendChild(heading);
      li.appendChild(excerpt(doc, result.highlight));
      if (doc.tags.length > 0) {
        var tags = document.createElement("ul");
        tags.className = "result-tags";
        tags.setAttribute("aria-label", text("tags"));
        doc.tags.forEach(function (t) {
          var tag = document.createElement("li");
          tag.textContent = t;
          tags.appendChild(tag);
        });
        li.appendChild(tags);
      }
      list.appendChild(li);
    });
    var counts = { query: query, count: result.total, shown: result.docs.length };
    status.textContent = text(result.total === 0 ? "none" : result.total === 1 ? "one"
      : result.total > result.docs.length ? "more" : "many", counts);
  }

  function clear() {
    while (list.firstChild) list.removeChild(list.firstChild);
    status.textContent = "";
  }

  // ---- Typing, the URL and the keyboard ----

  var latest = 0, timer = 0;

  function run(query, updateUrl) {
    var id = ++latest;
    if (inPanel) page.hidden = !query.trim();
    if (updateUrl && !inPanel) {
      var url = new URL(window.location.href);
      if (query.trim()) url.searchParams.set("q", query); else url.searchParams.delete("q");
      history.replaceState(null, "", url.href);
    }
    // data-state tells tests (and styles) whether results are up to date with the box.
    if (!query.trim()) { clear(); page.setAttribute("data-state", "done"); return Promise.resolve(); }
    // The status (a live region) keeps its last message until results arrive, so screen readers
    // hear the result count, not a "searching" on every keystroke.
    page.setAttribute("data-state", "searching");
    return search(query).then(function (result) {
      if (id !== latest) return;
      render(query.trim(), result);
      page.setAttribute("data-state", "done");
    }, function () {
      if (id !== latest) return;
      status.textContent = text("error");
      page.setAttribute("data-state", "error");
    });
  }

  // Results are a plain list of links (a listbox's options may not hold links: axe's
  // nested-interactive). The arrow keys move between the box and the result links, so each result
  // is focused as the link it is: Enter opens it, and screen readers read its title.
  function links() { return Array.prototype.slice.call(list.querySelectorAll(".result-title a")); }

  function move(from, step) {
    var all = links();
    var at = all.indexOf(from);
    var next = at + step;
    if (next < 0 || all.length === 0) { box.focus(); return; }
    all[Math.min(next, all.length - 1)].focus();
  }

  list.setAttribute("aria-label", text("label"));
  page.setAttribute("data-ready", "true");

  box.addEventListener("input", function () {
    clearTimeout(timer);
    page.setAttribute("data-state", "searching");
    timer = setTimeout(function () { run(box.value, true); }, 80);
  });

  box.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && links().length > 0) { e.preventDefault(); links()[0].focus(); }
    else if (e.key === "Escape") { e.preventDefault(); box.value = ""; run("", true); }
  });

  list.addEventListener("keydown", function (e) {
    var link = e.target.closest ? e.target.closest(".result-title a") : null;
    if (!link) return;
    if (e.key === "ArrowDown") { e.preventDefault(); move(link, 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); move(link, -1); }
    else if (e.key === "Escape") { e.preventDefault(); box.focus(); }
  });

  // The search page already searches as you type; submitting would only reload it. Elsewhere the
  // form goes to the search page, as it does without JavaScript.
  if (form && !inPanel) form.addEventListener("submit", function (e) { e.preventDefault(); run(box.value, true); });

  function fromUrl() {
    if (inPanel) return;
    var q = new URL(window.location.href).searchParams.get("q") || "";
    box.value = q;
    run(q, false);
  }
  window.addEventListener("popstate", fromUrl);
  // meta.json (a few KB) is what every query needs first: fetched as soon as the reader is about
  // to search (on the search page at once; elsewhere when the box gets focus), so a first query
  // waits for one round trip less. A failed fetch is forgotten, and the query fetches it again.
  function warm() { load("meta.json").catch(function () { }); }
  if (inPanel) box.addEventListener("focus", warm); else warm();
  fromUrl();
  if (inPanel) page.setAttribute("data-state", "done");
})();
