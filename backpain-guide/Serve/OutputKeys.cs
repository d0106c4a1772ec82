using System.Security.Cryptography;
using System.Text;
using BackpainGuide.Link;
using BackpainGuide.Load;
using BackpainGuide.Render;

namespace BackpainGuide.Serve;

/// <summary>
/// For the outputs that are many (question pages) or big (the home and tag listings), a key of
/// everything their bytes are made from: two plans that give an output the same key give it the
/// same bytes, so the preview reuses the bytes instead of laying the page out again. A question's
/// other outputs (embed page, oEmbed and API documents) share its page's key: they show less of
/// the same. Outputs with no key (sitemap, small files, the embed explainer and tag embeds,
/// llms.txt, _headers, and any kind added later) are made afresh on every full rebuild, so a kind this class does not know can never be
/// served stale. The share box and oEmbed link of question and tag pages show the page's own
/// title, summary (or tag description) and URL: the question's file or, for tags, tags.yml in
/// the global hash.
/// </summary>
public static class OutputKeys
{
    /// <param name="global">A hash of every input that any page may show: settings, tags, plain pages, the theme.</param>
    /// <param name="stamp">The load cache's stamp of a question's file (see <see cref="LoadCache.StampOf"/>).</param>
    /// <param name="outputsOf">The paths of a question's outputs (<see cref="DependencyMap.OutputsOf"/>): all made from its page, so they share its key.</param>
    public static Dictionary<string, string> For(SiteModel site, string global, Func<string, long?> stamp, Func<string, IEnumerable<string>> outputsOf)
    {
        var urls = new Urls(site.Site);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);

        // Everything a listing shows of a question; the urgent question's appears on every page.
        var listing = new StringBuilder(global);
        foreach (var page in site.Questions) Summary(listing, page.Question);
        if (site.UrgentQuestion is { } urgent) Summary(listing.Append("urgent\0"), urgent);
        var listingKey = Hash(listing.ToString());
        var everyPage = site.UrgentQuestion is { } u ? Hash(global + "\0" + Summary(new StringBuilder(), u)) : global;

        keys[urls.FileOf(urls.Home)] = listingKey;
        foreach (var tag in site.Tags) keys[urls.FileOf(urls.Tag(tag.Tag.Name))] = listingKey;

        // A question page: its own file (front matter and rendered body), the summaries of the
        // questions it lists, and the site-wide facts.
        foreach (var page in site.Questions)
        {
            if (stamp(page.Question.Slug) is not { } own) continue;
            var key = new StringBuilder(everyPage).Append('\0').Append(own);
            foreach (var listed in page.Related.Append(null).Concat(page.Backlinks))
            {
                if (listed is null)
                {
                    key.Append("\0backlinks");
                    continue;
                }
                Summary(key.Append('\0'), listed);
            }
            var pageKey = Hash(key.ToString());
            foreach (var path in outputsOf(page.Question.Slug)) keys[path] = pageKey;
        }
        return keys;
    }

    private static StringBuilder Summary(StringBuilder sb, Model.Question q)
    {
        sb.Append(q.Slug).Append('\0').Append(q.Title.Value).Append('\0').Append(q.Summary.Value).Append('\0')
            .Append(q.Reviewed.Value.DayNumber).Append('\0');
        foreach (var tag in q.Tags) sb.Append(tag.Value).Append(',');
        // The home page's body map counts the questions of each area.
        foreach (var area in q.Where) sb.Append(area.Value).Append(';');
        return sb.Append('\n');
    }

    /// <summary>A hash of the files under <paramref name="folders"/>, skipping <paramref name="skip"/>, and of <paramref name="extra"/>.</summary>
    public static string HashFiles(IEnumerable<string> folders, string? skip, string extra)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(extra + "\0"));
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder)) continue;
            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => skip is null || !f.StartsWith(skip, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                sha.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
                try
                {
                    var info = new FileInfo(file);
                    // Only regular files are read: a FIFO or device is the loader's to refuse.
                    if (info.LinkTarget is null && info.Length > 0) sha.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
                    else sha.AppendData(Encoding.UTF8.GetBytes($"special {info.Length} {info.LinkTarget}\0"));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    sha.AppendData(Encoding.UTF8.GetBytes("unreadable " + Guid.NewGuid()));
                }
            }
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
