using System.Security.Cryptography;
using BackpainGuide.Build;
using BackpainGuide.Serve;
using BackpainGuide.Tests.Support;
using CsCheck;

namespace BackpainGuide.Tests.Serve;

/// <summary>
/// Random edit sequences against the preview's build session: after every step the served
/// snapshot must be byte for byte, path for path, what a full build of the same files makes,
/// and the diagnostics must be the same. Steps are given to the session with the paths they
/// touched (as the watcher reports them), so edits of question files take the quick path
/// (<see cref="QuestionEdits"/>) and everything else the full rebuild; some steps pass no paths,
/// and some quick paths' background rests are still running when the next step rebuilds.
/// </summary>
public sealed class IncrementalFuzzTests
{
    private const int Kinds = 16;

    private static readonly string[] Words = ["ache", "stretch", "hill", "core", "rest", "disc", "glute", "cadence"];

    /// <summary>A step: what to do, and two numbers that pick the question, the word or the other question.</summary>
    public sealed record Step(int Kind, int A, int B);

    /// <summary>Edits of a question's fields and body (kinds 0 to 8) three times as often as the rest, which often leave errors behind.</summary>
    private static readonly Gen<Step[]> Sequences = Gen.Select(Gen.Int[0, 26], Gen.Int[0, 1000], Gen.Int[0, 1000],
        (kind, a, b) => new Step(kind < 20 ? kind % 9 : 9 + (kind - 20) % (Kinds - 9), a, b)).Array[3, 10];

    [Fact]
    public async Task Every_step_of_random_edit_sequences_serves_what_a_full_build_makes()
    {
        var quick = 0;
        var steps = 0;
        var superseded = 0;
        await Fuzz.ContentStagesFuzzTests.Within(TimeSpan.FromSeconds(400), () => Sequences.Sample(sequence =>
        {
            var (q, s, held) = Run(sequence);
            Interlocked.Add(ref quick, q);
            Interlocked.Add(ref steps, s);
            Interlocked.Add(ref superseded, held);
        }, iter: 20, threads: 1));
        // The sequences must reach the quick path often, or they would test only the full rebuild.
        // About 28% of steps do; a tenth leaves room for chance in 130 random steps (a fifth did not, once).
        Assert.True(quick > steps / 10, $"only {quick} of {steps} steps took the quick path");
        Assert.True(superseded > 0, "no quick path's rest was still running when the next step rebuilt");
    }

    [Fact]
    public void A_summary_edit_takes_the_quick_path_and_remakes_the_pages_that_list_it()
    {
        // Kind 1 (summary) of question c (index 2), which b lists as related and a links to.
        var (quick, _, _) = Run([new Step(1, 2, 1)]);
        Assert.Equal(1, quick);
    }

    private static (int Quick, int Steps, int Superseded) Run(Step[] sequence)
    {
        using var site = new TestSite();
        var theme = Path.Combine(site.Root, "theme");
        FileTree.Copy(Paths.Theme, theme);
        site.Question("a", "Why does A hurt?", "See [b](b.md) and [c](c.md#more).\n\n## Details\n\nText.\n", related: "[b]")
            .Question("b", "Why does B hurt?", "Back to [a](a.md#details).\n", tags: "[remedy]", related: "[a, c]")
            .Question("c", "Is C serious?", "Plain.\n\n## More\n\nMore text.\n", tags: "[red-flag]")
            .Question("d", "Does anyone link to D?", "Nobody.\n")
            .Write("input/pages/about.md", "---\ntitle: \"About\"\nsummary: \"About the guide.\"\n---\nAbout us, and [a](a.md).\n");
        var options = new BuildOptions(site.Input, site.Output, theme, site.Root, "http://127.0.0.1:1/guide/", Today: new DateOnly(2026, 12, 1));
        var session = new BuildSession(options);
        var first = session.Rebuild();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var good = Full(options);
        var quick = 0;
        var superseded = 0;
        var broken = new Dictionary<string, string>(StringComparer.Ordinal);
        var log = new List<string>();
        for (var i = 0; i < sequence.Length; i++)
        {
            var step = sequence[i];
            var touched = Apply(site, theme, step, broken, out var described);
            var hint = step.B % 7 == 0 ? null : touched;
            // Some quick paths' rests are held until the next rebuild supersedes them (never the
            // last step's): that rebuild then starts from new pages beside old listings.
            var held = i + 1 < sequence.Length && step.A % 3 == 0;
            log.Add(held ? described + " (its rest superseded)" : described);
            session.RestStarting = held ? token => token.WaitHandle.WaitOne() : null;
            var result = session.Rebuild(edited: hint);
            if (result.Stages.StartsWith("applying the edit", StringComparison.Ordinal)) quick++;
            var full = Full(options);
            var context = string.Join(" > ", log);
            Assert.Equal(full.Plan.Succeeded, result.Succeeded);
            Assert.True(full.Plan.Diagnostics.Select(d => d.ToString()).SequenceEqual(result.Diagnostics.Select(d => d.ToString())),
                $"after {context}: diagnostics differ\nfull:\n{string.Join("\n", full.Plan.Diagnostics)}\nserved:\n{string.Join("\n", result.Diagnostics)}");
            if (full.Plan.Succeeded) good = full;
            if (held && result.Rest is not null)
            {
                superseded++;
                continue;
            }
            session.Settle();
            AssertSame(good.Files, session.Current, context);
        }
        return (quick, sequence.Length, superseded);
    }

    /// <summary>A full build in memory: the plan and every file's bytes.</summary>
    private static (SitePlan Plan, Dictionary<string, byte[]> Files) Full(BuildOptions options)
    {
        var plan = SitePipeline.Plan(options);
        var files = plan.Succeeded ? plan.Files.ToDictionary(f => f.Path, f => f.Content(), StringComparer.Ordinal) : [];
        return (plan, files);
    }

    private static void AssertSame(Dictionary<string, byte[]> full, Snapshot served, string context)
    {
        var missing = full.Keys.Except(served.Files.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = served.Files.Keys.Except(full.Keys).Order(StringComparer.Ordinal).ToList();
        var differ = full.Keys.Intersect(served.Files.Keys)
            .Where(k => !SHA256.HashData(full[k]).AsSpan().SequenceEqual(served.Files[k].Hash)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count + extra.Count + differ.Count == 0,
            $"after {context}: missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}], different [{string.Join(", ", differ)}]");
    }

    /// <summary>Does one step to the files; returns the paths it touched and says what it did.</summary>
    private static string[] Apply(TestSite site, string theme, Step step, Dictionary<string, string> broken, out string described)
    {
        var folder = Path.Combine(site.Input, "questions");
        var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            described = "a question added to an empty folder";
            site.Question("alone", "Is this the only question?");
            return [Path.Combine(folder, "alone.md")];
        }
        var slugs = files.Select(Path.GetFileNameWithoutExtension).ToArray();
        var file = files[step.A % files.Length];
        var slug = Path.GetFileNameWithoutExtension(file);
        var other = slugs[step.B % slugs.Length];
        var word = Words[step.B % Words.Length];
        var text = File.ReadAllText(file);
        void Save(string changed) => File.WriteAllText(file, changed);
        switch (step.Kind)
        {
            case 0:
                described = $"title of {slug}";
                Save(Field(text, "title", $"\"{(step.B % 5 == 0 ? "Why does B hurt?" : $"Why does {slug} {word}?")}\""));
                return [file];
            case 1:
                described = $"summary of {slug}";
                Save(Field(text, "summary", $"\"A summary about {word}.\""));
                return [file];
            case 2:
                described = $"tags of {slug}";
                Save(Field(text, "tags", (step.B % 4) switch { 0 => "[cause]", 1 => "[remedy, red-flag]", 2 => "[cause, remedy]", _ => "[unknown-tag]" }));
                return [file];
            case 3:
                described = $"related of {slug}: {other}";
                Save(Field(text, "related", step.B % 3 == 0 ? "[]" : $"[{other}]"));
                return [file];
            case 4 or 5:
                described = $"body of {slug}: a paragraph";
                Save(text.TrimEnd('\n') + $"\n\nMore about {word}.\n");
                return [file];
            case 6:
                described = $"body of {slug}: a link to {other}";
                Save(text.TrimEnd('\n') + $"\n\nSee [{other}]({other}.md{(step.A % 3 == 0 ? "#details" : "")}).\n");
                return [file];
            case 7:
                described = $"body of {slug}: links removed";
                Save(string.Join('\n', text.Split('\n').Where(l => !l.Contains("](", StringComparison.Ordinal))));
                return [file];
            case 8:
                described = $"body of {slug}: a heading";
                Save(text.TrimEnd('\n') + $"\n\n## About {word}\n\nText.\n");
                return [file];
            case 9:
                var added = $"new-{step.B}";
                described = $"question {added} added";
                site.Question(added, $"A new question number {step.B}?", $"Links to [{other}]({other}.md).\n", related: $"[{other}]");
                return [Path.Combine(folder, added + ".md")];
            case 10:
                described = $"question {slug} deleted";
                File.Delete(file);
                return [file];
            case 11:
                var renamed = Path.Combine(folder, $"renamed-{step.B}.md");
                described = $"question {slug} renamed";
                if (File.Exists(renamed)) return [];
                File.Move(file, renamed);
                return [file, renamed];
            case 12:
                described = $"{slug} broken";
                broken.TryAdd(file, text);
                Save(Field(text, "reviewed", "not-a-date"));
                return [file];
            case 13:
                if (broken.Count == 0) goto case 14;
                var (path, before) = broken.First();
                broken.Remove(path);
                described = $"{Path.GetFileName(path)} fixed";
                File.WriteAllText(path, before);
                return [path];
            case 14:
                described = "theme: site.css";
                var css = Path.Combine(theme, "assets", "site.css");
                File.AppendAllText(css, $"\n.fuzz-{step.B} {{ color: inherit; }}\n");
                return [css];
            default:
                described = $"{slug} saved with the same bytes";
                Save(text);
                return [file];
        }
    }

    /// <summary>The text with a front matter field's line replaced (or added when missing).</summary>
    private static string Field(string text, string name, string value)
    {
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith(name + ":", StringComparison.Ordinal));
        if (at >= 0)
        {
            lines[at] = $"{name}: {value}";
        }
        else
        {
            lines.Insert(1, $"{name}: {value}");
        }
        return string.Join('\n', lines);
    }
}
