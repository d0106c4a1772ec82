using BackpainGuide.Layout.Units;
using BackpainGuide.Model;
using CsCheck;

namespace BackpainGuide.Tests.Fuzz;

/// <summary>
/// sitemap.xml's parts against the plain definition: a new part when the last one holds
/// maxUrls entries or the next line's UTF-8 bytes would take it past maxBytes. The generator
/// skips making the lines when no part can reach maxBytes; the parts must be the same.
/// </summary>
public class SitemapSplitFuzzTests
{
    private static readonly string[] Pieces = ["https://example.org/", "q/", "a", "&", "<", ">", "'", "\"", "é", "\ud83d\ude00", new string('x', 120)];

    private static readonly Gen<SitemapEntry> Entry =
        Gen.Select(Gen.OneOf(Pieces).Array[1, 12], Gen.Bool, (p, dated) => new SitemapEntry(string.Concat(p), dated ? "2026-01-01" : null));

    private static List<List<SitemapEntry>> Reference(IReadOnlyList<SitemapEntry> entries, int maxUrls, int maxBytes)
    {
        var envelope = SitemapUnit.Sitemap([]).Length;
        var parts = new List<List<SitemapEntry>> { new() };
        var bytes = envelope;
        foreach (var entry in entries)
        {
            var size = SitemapUnit.Sitemap([entry]).Length - envelope;
            if (parts[^1].Count > 0 && (parts[^1].Count == maxUrls || bytes + size > maxBytes))
            {
                parts.Add([]);
                bytes = envelope;
            }
            parts[^1].Add(entry);
            bytes += size;
        }
        return parts;
    }

    [Fact]
    public void Parts_are_those_of_the_plain_definition() =>
        Gen.Select(Entry.List[0, 80], Gen.Int[1, 30], Gen.OneOf(Gen.Int[150, 6000], Gen.Const(SitemapUnit.MaxBytes)))
            .Sample((entries, maxUrls, maxBytes) =>
            {
                var expected = Reference(entries, maxUrls, maxBytes).Select(p => p.Select(e => e.Url + "|" + e.LastModified)).ToList();
                var actual = SitemapUnit.Split(entries, maxUrls, maxBytes).Select(p => p.Select(e => e.Url + "|" + e.LastModified)).ToList();
                Assert.Equal(expected, actual);
            }, iter: 3_000);
}
