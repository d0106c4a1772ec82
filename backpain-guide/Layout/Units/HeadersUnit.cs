using System.Text;
using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>
/// _headers for Netlify / Cloudflare Pages: the site-wide policy, then the rule of every kind of
/// planned file that asked for other headers (each pattern once, in planning order).
/// </summary>
public sealed class HeadersUnit : IAggregateUnit
{
    public string Name => "_headers";

    public IEnumerable<OutputFile> Plan(LayoutContext context, IReadOnlyList<OutputFile> planned)
    {
        var rules = planned.Select(f => f.Headers).OfType<HeaderRule>().DistinctBy(r => r.Pattern, StringComparer.Ordinal).ToList();
        var basePath = context.Urls.BasePath;
        yield return new OutputFile("_headers", () =>
        {
            var sb = new StringBuilder(SecurityPolicy.HeadersFile(basePath));
            if (rules.Count > 0) sb.Append('\n');
            foreach (var rule in rules)
            {
                sb.Append(rule.Pattern).Append('\n');
                foreach (var header in rule.Headers) sb.Append("  ").Append(header).Append('\n');
                sb.Append('\n');
            }
            return Encoding.UTF8.GetBytes(sb.ToString());
        });
    }
}
