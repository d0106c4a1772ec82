using BackpainGuide.Tests.Support;

namespace BackpainGuide.Tests.Validate;

/// <summary>Given a small site, when it is checked, then each problem is reported where it was written.</summary>
public class ValidationTests
{
    private static string[] Check(Action<TestSite> arrange)
    {
        using var site = new TestSite();
        arrange(site);
        return site.Build(write: false).Diagnostics.Select(d => d.ToString()).ToArray();
    }

    [Fact]
    public void A_valid_pair_of_questions_has_no_diagnostics()
    {
        Assert.Empty(Check(s => s
            .Question("a", "A?", "See [b](b.md#why).\n", related: "[b]")
            .Question("b", "B?", "## Why\n\nBecause [a](a.md).\n", related: "[a]")));
    }

    [Fact]
    public void Unknown_tag_points_at_the_tag()
    {
        var d = Check(s => s.Question("a", "A?", tags: "[cause, sore]").Question("b", "B?", "[a](a.md)", related: "[a]"));
        Assert.Contains("input/questions/a.md:4:15: error BG007: unknown tag 'sore'; tags.yml defines: cause, remedy, red-flag", d);
    }

    [Fact]
    public void Missing_related_question_points_at_the_slug()
    {
        var d = Check(s => s.Question("a", "A?", related: "[b, nope]").Question("b", "B?", "[a](a.md)", related: "[a]"));
        Assert.Contains("input/questions/a.md:5:14: error BG008: related question 'nope' does not exist (no file questions/nope.md)", d);
    }

    [Fact]
    public void Links_to_missing_pages_and_headings_point_at_the_link()
    {
        var d = Check(s => s
            .Question("a", "A?", "Intro.\n\nSee [b](b.md#nowhere) and [c](c.md).\n", related: "[b]")
            .Question("b", "B?", "## Why\n\n[a](a.md)", related: "[a]"));
        Assert.Contains("input/questions/a.md:14:5: error BG012: link to 'b.md#nowhere': that page has no heading with id 'nowhere' (its headings: #why)", d);
        Assert.Contains("input/questions/a.md:14:27: error BG011: link to 'c.md': there is no question or page 'c'", d);
    }

    [Fact]
    public void Same_page_fragment_must_name_a_heading()
    {
        var d = Check(s => s.Question("a", "A?", "[x](#missing)\n\n## Here\n", related: "[]").Question("b", "B?"));
        Assert.Contains(d, l => l.StartsWith("input/questions/a.md:12:1: error BG012: link to '#missing'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](java&#x09;script:alert(1))")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)")]
    public void Dangerous_urls_are_refused(string markdown)
    {
        var d = Check(s => s.Question("a", "A?", markdown + "\n").Question("b", "B?"));
        Assert.Contains(d, l => l.StartsWith("input/questions/a.md:12:1: error BG017:", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_broken_file_is_reported_in_one_run()
    {
        var d = Check(s =>
        {
            for (var i = 0; i < 20; i++) s.Write($"input/questions/broken-{i:D2}.md", "---\ntitle: [\n---\n");
            s.Question("ok", "OK?");
        });
        Assert.Equal(20, d.Count(l => l.Contains("error BG003", StringComparison.Ordinal)));
    }

    [Fact]
    public void Duplicate_titles_are_reported_on_the_second_file()
    {
        var d = Check(s => s.Question("a", "Same?", related: "[b]").Question("b", "same?", related: "[a]"));
        Assert.Contains("input/questions/b.md:2:8: error BG010: title 'same?' is already used by input/questions/a.md; merge the two or reword one", d);
    }

    [Fact]
    public void Missing_fields_are_all_reported()
    {
        var d = Check(s => s.Write("input/questions/a.md", "---\ntitle: A?\n---\nBody\n"));
        Assert.Equal(
            [
                "input/questions/a.md:1:1: error BG004: missing required field 'reviewed'",
                "input/questions/a.md:1:1: error BG004: missing required field 'sources'",
                "input/questions/a.md:1:1: error BG004: missing required field 'summary'",
                "input/questions/a.md:1:1: error BG004: missing required field 'tags'",
                // The file stays in validation with what could be read: it truly lists no related questions.
                "input/questions/a.md:1:1: warning BG100: no related questions: add 'related:' so readers can find their way on",
            ],
            d);
    }

    [Theory]
    [InlineData("reviewed: 2026-02-30", "BG013")]
    [InlineData("reviewed: 20-11-2026", "BG013")]
    [InlineData("sources: [{title: x, url: \"ftp://x.org/a\"}]", "BG018")]
    [InlineData("summary: \"\"", "BG005")]
    [InlineData("tags: {a: b}", "BG016")]
    [InlineData("colour: blue", "BG015")]
    public void Front_matter_rules(string line, string code)
    {
        var key = line[..line.IndexOf(':')];
        var fields = new Dictionary<string, string>
        {
            ["title"] = "title: A?",
            ["summary"] = "summary: S.",
            ["tags"] = "tags: [cause]",
            ["reviewed"] = "reviewed: 2026-11-20",
            ["sources"] = "sources: [{title: x, url: \"https://x.org\"}]",
        };
        fields[key] = line;
        var d = Check(s => s.Write("input/questions/a.md", "---\n" + string.Join('\n', fields.Values) + "\n---\nBody\n"));
        var expectedLine = 2 + fields.Keys.ToList().IndexOf(key);
        Assert.Contains(d, l => l.StartsWith($"input/questions/a.md:{expectedLine}:", StringComparison.Ordinal) && l.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_file_names_are_refused()
    {
        var d = Check(s => s.Question("Bad_Name", "A?"));
        Assert.Contains(d, l => l.StartsWith("input/questions/Bad_Name.md:1:1: error BG014:", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_do_not_fail_the_build()
    {
        using var site = new TestSite();
        site.Question("a", "A?").Question("b", "B?");
        var result = site.Build(write: false);
        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "BG100");
        Assert.Contains(result.Diagnostics, d => d.Code == "BG101");
    }

    [Theory]
    [InlineData(40)]
    [InlineData(400)]
    public void Deeply_nested_markdown_is_an_error_not_a_crash(int depth)
    {
        using var site = new TestSite();
        site.Question("a", "A?", new string('>', depth) + " deep\n").Question("b", "B?");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "BG020" && d.Path == "input/questions/a.md");
    }
}
