namespace BackpainGuide.Layout;

/// <summary>
/// The Content-Security-Policy of every page: scripts and styles only from the site's own files,
/// never inline. The meta tag cannot carry frame-ancestors; _headers does, for hosts that read it.
/// </summary>
public static class SecurityPolicy
{
    public const string Csp =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
        "connect-src 'self'; font-src 'self'; manifest-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'self'";

    /// <summary>
    /// Embed pages: their own stylesheet and script only, nothing inline, no requests, no forms.
    /// The frame-ancestors part, which lets any site frame them, is in _headers (a meta tag cannot carry it).
    /// </summary>
    public const string EmbedCsp =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'";

    /// <summary>The Netlify / Cloudflare Pages _headers file: the policy plus the usual headers.</summary>
    public static string HeadersFile(string basePath) =>
        $"""
        # Security headers for hosts that read this file (Netlify, Cloudflare Pages).
        # Pages may not be framed by other sites; the rules below let anyone frame the embed pages
        # and fetch the API and oEmbed documents.
        {basePath}*
          Content-Security-Policy: {Csp}; frame-ancestors 'none'
          X-Content-Type-Options: nosniff
          X-Frame-Options: DENY
          Referrer-Policy: strict-origin-when-cross-origin
          Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
          Cross-Origin-Opener-Policy: same-origin

        """;
}
