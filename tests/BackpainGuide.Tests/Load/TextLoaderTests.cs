using System.Text.RegularExpressions;
using BackpainGuide.Layout;
using BackpainGuide.Load;
using BackpainGuide.Model;
using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Load;

/// <summary>
/// site.yml's <c>text:</c> section: the generic defaults carry no word of this guide; every value
/// is checked where it is written; rich texts are escaped before their **bold** becomes markup;
/// every key is documented, and the theme uses only keys that exist.
/// </summary>
public partial class TextLoaderTests
{
    [GeneratedRegex(@"\bback\b|\bcauda\s+equina\b|\b999\b|\b111\b|\bA&E\b|\bsciatica\b|\brunn(ing|er|ers)\b|\bNHS\b|\bGP\b", RegexOptions.IgnoreCase)]
    private static partial Regex GuideWords();

    [Fact]
    public void The_defaults_say_nothing_of_this_guide()
    {
        var found = TextKeys.All.Where(k => GuideWords().IsMatch(k.Default)).Select(k => $"{k.Name}: {k.Default}").ToList();
        Assert.True(found.Count == 0, string.Join('\n', found));
        Assert.True(GuideWords().IsMatch("Call 999 or go to A&E"), "the word check must find this guide's words");
    }

    [Fact]
    public void Every_default_passes_its_own_checks() =>
        Assert.All(TextKeys.All, k => Assert.Null(TextLoader.Problem(k, k.Default)));

    [Theory]
    [InlineData("skip_link", "   ", "must not be empty")]
    [InlineData("skip_link", "Skip <a href=x>", "holds raw HTML ('<a')")]
    [InlineData("skip_link", "</p>", "holds raw HTML")]
    [InlineData("skip_link", "<!-- x -->", "holds raw HTML")]
    [InlineData("skip_link", "two\u0007lines", "without control characters")]
    [InlineData("skip_link", "zero\u200bwidth", "invisible format character")]
    [InlineData("skip_link", "**Skip**", "cannot use **bold**")]
    [InlineData("urgent_banner", "**Urgent? now", "unmatched '**'")]
    [InlineData("tag_count_other", "{n} questions.", "uses {n}; this text knows {count}")]
    [InlineData("skip_link", "Skip {count}", "this text has no placeholders")]
    [InlineData("search_noscript", "No link here.", "must use {link} exactly once")]
    [InlineData("search_noscript", "{link} and {link}", "not 2 times")]
    public void A_bad_value_is_refused_with_the_reason(string key, string value, string reason) =>
        Assert.Contains(reason, TextLoader.Problem(TextKeys.ByName[key], value), StringComparison.Ordinal);

    [Theory]
    [InlineData("urgent_banner", "Urgent? A&E < 4 hours, 3 > 2 & \"quotes\"")]
    [InlineData("search_noscript", "Ohne JavaScript: siehe {link}.")]
    [InlineData("tag_count_other", "{count} Fragen.")]
    public void Ordinary_text_with_ampersands_and_comparisons_is_accepted(string key, string value) =>
        Assert.Null(TextLoader.Problem(TextKeys.ByName[key], value));

    [Fact]
    public void Values_are_read_with_their_positions_and_unknown_keys_are_named()
    {
        using var temp = new TempFolder();
        var input = Fixtures.CopyInput("valid", "minimal", temp);
        File.AppendAllText(Path.Combine(input, "site.yml"), "text:\n  skip_link: \"Zum Inhalt\"\n  skip_lnk: \"x\"\n  sources: [a, b]\n");
        var result = GuideCli.Run("check", "--quiet", "--input", input);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/site.yml:8:3: error BG015: unknown text key 'skip_lnk' (did you mean 'skip_link'?)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("input/site.yml:9:12: error BG016: text 'sources' must be text, not a list", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_value_reaches_the_page_and_a_left_out_key_keeps_its_default()
    {
        using var temp = new TempFolder();
        var input = Fixtures.CopyInput("valid", "minimal", temp);
        File.AppendAllText(Path.Combine(input, "site.yml"), "text:\n  skip_link: \"Zum Inhalt & mehr\"\n  urgent_banner: \"**Notfall?** <Ruf> 112 an.\"\n");
        var result = GuideCli.Run("check", "--quiet", "--input", input);
        Assert.Contains("BG044", result.Stdout, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(input, "site.yml"), File.ReadAllText(Path.Combine(input, "site.yml")).Replace("<Ruf> ", "", StringComparison.Ordinal));
        Assert.Equal(0, GuideCli.Run("build", "--quiet", "--input", input, "--output", temp["output"]).ExitCode);
        var home = File.ReadAllText(temp["output/index.html"]);
        Assert.Contains(">Zum Inhalt &amp; mehr</a>", home, StringComparison.Ordinal);
        Assert.Contains("<strong>Notfall?</strong> 112 an.", home, StringComparison.Ordinal);
        Assert.Contains(">Search this site</label>", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Rich_texts_escape_everything_but_their_bold()
    {
        var random = new Random(7);
        const string alphabet = "ab <>&\"'*{}/\\;=";
        for (var i = 0; i < 3000; i++)
        {
            var value = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (TextLoader.Problem(TextKeys.ByName["urgent_banner"], value) is not null) continue;
            var html = TextView.Rich(value);
            var tags = Regex.Matches(html, "<[^>]*>").Select(m => m.Value).ToList();
            Assert.All(tags, t => Assert.Contains(t, new[] { "<strong>", "</strong>" }));
            Assert.Equal(tags.Count(t => t == "<strong>"), tags.Count(t => t == "</strong>"));
            Assert.Equal(value.Replace("**", "", StringComparison.Ordinal), System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", "")));
        }
    }

    [Fact]
    public void Every_key_is_documented_in_CONTRIBUTING()
    {
        var doc = File.ReadAllText(Path.Combine(Paths.RepoRoot, "CONTRIBUTING.md"));
        Assert.All(TextKeys.All, k => Assert.Contains($"| `{k.Name}` |", doc, StringComparison.Ordinal));
    }

    [Fact]
    public void The_theme_uses_only_keys_that_exist_and_every_key_is_used()
    {
        var theme = string.Concat(Directory.GetFiles(Path.Combine(Paths.Theme, "templates"), "*.sbn").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var used = Regex.Matches(theme, @"site\.text\.([a-z_]+)").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.All(used, k => Assert.True(TextKeys.ByName.ContainsKey(k), $"theme uses site.text.{k}, which is no key"));
        var generator = string.Concat(Directory.GetFiles(Path.Combine(Paths.RepoRoot, "backpain-guide"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).Select(File.ReadAllText));
        var unused = TextKeys.All.Select(k => k.Name)
            .Where(k => !used.Contains(k) && !generator.Contains($"Text[\"{k}\"]", StringComparison.Ordinal) && !k.StartsWith("card_", StringComparison.Ordinal))
            .ToList();
        Assert.True(unused.Count == 0, "keys nothing shows: " + string.Join(", ", unused));
    }

    [Fact]
    public void Templates_hold_no_words_of_their_own()
    {
        // Text between tags, with Scriban code and whitespace removed, must be punctuation at most.
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Paths.Theme, "templates"), "*.sbn").Order(StringComparer.Ordinal))
        {
            var text = Regex.Replace(File.ReadAllText(file), @"\{\{.*?\}\}", " ", RegexOptions.Singleline);
            text = Regex.Replace(text, "<script[^>]*>.*?</script>", " ", RegexOptions.Singleline);
            foreach (Match m in Regex.Matches(text, ">([^<]+)<"))
            {
                if (Regex.IsMatch(m.Groups[1].Value, @"\p{L}{2,}")) found.Add($"{Path.GetFileName(file)}: {m.Groups[1].Value.Trim()}");
            }
            foreach (Match m in Regex.Matches(text, "(?:aria-label|placeholder|title|alt|label)=\"([^\"]*)\""))
            {
                if (Regex.IsMatch(m.Groups[1].Value, @"\p{L}{2,}")) found.Add($"{Path.GetFileName(file)}: {m.Value}");
            }
        }
        Assert.True(found.Count == 0, string.Join('\n', found));
    }
}
