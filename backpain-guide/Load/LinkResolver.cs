using BackpainGuide.Diagnostics;

namespace BackpainGuide.Load;

/// <summary>
/// Resolves the URL of a Markdown link or image against the set of pages. Pure: the same table
/// serves validation (to report) and rendering (to rewrite), so the two can never disagree.
/// Content links to another page by its file name, as on GitHub: "other-slug.md#heading".
/// </summary>
public sealed class LinkResolver(IReadOnlySet<string> questionSlugs, IReadOnlySet<string> pageSlugs)
{
    /// <summary>Folder prefixes a link may carry before the file name, as written from either folder.</summary>
    private static readonly string[] AcceptedPrefixes = ["./", "../questions/", "questions/", "../pages/", "pages/"];

    public LinkTarget Resolve(string url, bool isImage)
    {
        var scheme = UrlPolicy.Scheme(url);
        if (scheme is not null && !UrlPolicy.IsAllowedLink(url))
        {
            return new LinkTarget.Invalid(Codes.UnsafeUrl, $"'{scheme}:' URLs are not allowed; use an https:// link");
        }
        if (scheme is not null || url.StartsWith("//", StringComparison.Ordinal))
        {
            // Images load without a click, on every reader's page: only https, as the docs say
            // (a protocol-relative "//host/x.png" is plain http on an http page).
            if (isImage && scheme is null)
            {
                return new LinkTarget.Invalid(Codes.UnsafeUrl, $"image '{url}' has no scheme; images must use https:// URLs");
            }
            if (isImage && scheme is not "https")
            {
                return new LinkTarget.Invalid(Codes.UnsafeUrl, $"images must use https:// URLs, not '{scheme}:'");
            }
            return new LinkTarget.External(url);
        }
        if (isImage)
        {
            return new LinkTarget.Invalid(Codes.LinkToMissingPage, $"image '{url}' must be an https:// URL; the site has no local images");
        }
        if (url.Length == 0)
        {
            return new LinkTarget.Invalid(Codes.LinkToMissingPage, "link has no destination");
        }

        var hash = url.IndexOf('#');
        var pathPart = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        if (pathPart.Length == 0)
        {
            return new LinkTarget.SamePage(fragment ?? "");
        }

        var file = Uri.UnescapeDataString(pathPart);
        foreach (var prefix in AcceptedPrefixes)
        {
            if (file.StartsWith(prefix, StringComparison.Ordinal))
            {
                file = file[prefix.Length..];
                break;
            }
        }
        if (file.Contains('/') || file.Contains('\\') || !file.EndsWith(".md", StringComparison.Ordinal))
        {
            return new LinkTarget.Invalid(Codes.LinkToMissingPage,
                $"link '{url}' does not name a page: link to other questions by file name, as other-slug.md or other-slug.md#heading");
        }
        var slug = file[..^3];
        if (questionSlugs.Contains(slug)) return new LinkTarget.Internal(PageKind.Question, slug, fragment);
        if (pageSlugs.Contains(slug)) return new LinkTarget.Internal(PageKind.Page, slug, fragment);
        return new LinkTarget.Invalid(Codes.LinkToMissingPage, $"link to '{file}': there is no question or page '{slug}'");
    }
}
