namespace BackpainGuide.Load;

/// <summary>
/// Which URLs content may use. Browsers ignore tabs, newlines and leading control characters in
/// a URL's scheme ("java&#9;script:" runs), so the scheme is read the way a browser reads it.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>The lower-case scheme of <paramref name="url"/>, or null for a relative URL.</summary>
    public static string? Scheme(string url)
    {
        var cleaned = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon <= 0) return null;
        var scheme = cleaned[..colon];
        // A '/', '?' or '#' before the colon makes it a relative path, as in "a/b:c".
        if (scheme.IndexOfAny(['/', '?', '#']) >= 0) return null;
        return scheme.ToLowerInvariant();
    }

    public static bool IsAllowedLink(string url) => Scheme(url) is not { } s || AllowedSchemes.Contains(s);

    /// <summary>True when the URL names a user or password ("https://user:secret@host/").</summary>
    public static bool HasCredentials(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0;

    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
