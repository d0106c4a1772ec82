namespace BackpainGuide.Load;

/// <summary>
/// Which URLs content may use. Browsers ignore tabs, newlines and leading control characters in
/// a URL's scheme ("java&#9;script:" runs), so the scheme is read the way a browser reads it.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>The lower-case scheme of <paramref name="url"/>, or null for a relative URL.</summary>
    /// <remarks>
    /// Called for every link of every page, so only the scheme is copied, and the usual ones not
    /// at all. The ignored characters are never ':', '/', '?' or '#', so the first colon and what
    /// comes before it can be found in the URL as written.
    /// </remarks>
    public static string? Scheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon < 0) return null;
        var written = url.AsSpan(0, colon);
        // A '/', '?' or '#' before the colon makes it a relative path, as in "a/b:c".
        if (written.IndexOfAny('/', '?', '#') >= 0) return null;
        // The rare scheme with ignored characters in it is copied without them.
        ReadOnlySpan<char> scheme = written.ContainsAny(Ignored) ? WithoutIgnored(written) : written;
        if (scheme.IsEmpty) return null;
        foreach (var known in AllowedSchemes)
        {
            if (scheme.SequenceEqual(known)) return known;
        }
        return scheme.ToString().ToLowerInvariant();
    }

    private static string WithoutIgnored(ReadOnlySpan<char> text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Ignored.Contains(c)) kept.Append(c);
        }
        return kept.ToString();
    }

    // What a browser drops from a scheme: controls, space and DEL.
    private static readonly System.Buffers.SearchValues<char> Ignored = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 33).Select(c => (char)c)) + "\u007f");

    public static bool IsAllowedLink(string url) => Scheme(url) is not { } s || AllowedSchemes.Contains(s);

    /// <summary>True when the URL names a user or password ("https://user:secret@host/").</summary>
    public static bool HasCredentials(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0;

    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
