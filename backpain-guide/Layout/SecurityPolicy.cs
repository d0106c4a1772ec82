namespace BackpainGuide.Layout;

/// <summary>
/// The Content-Security-Policy of every page: scripts and styles only from the site's own files,
/// never inline. The meta tag cannot carry frame-ancestors; _headers does, for hosts that read it.
/// </summary>
public static class SecurityPolicy
{
    public const string Csp =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
        "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'";

    /// <summary>The Netlify / Cloudflare Pages _headers file: the policy plus the usual headers.</summary>
    public static string HeadersFile(string basePath) =>
        $"""
        # Security headers for hosts that read this file (Netlify, Cloudflare Pages).
        # Pages may not be framed by other sites; embed pages, when they exist, will say otherwise.
        {basePath}*
          Content-Security-Policy: {Csp}; frame-ancestors 'none'
          X-Content-Type-Options: nosniff
          X-Frame-Options: DENY
          Referrer-Policy: strict-origin-when-cross-origin
          Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
          Cross-Origin-Opener-Policy: same-origin

        """;
}
