using BackpainGuide.Model;

namespace BackpainGuide.Layout;

/// <summary>
/// The _headers rules of embeddable and shared files. Hosts apply every matching rule, so an
/// embed rule first detaches the site-wide frame-forbidding headers ("! Name", Cloudflare
/// Pages' syntax) and then states its own policy.
/// </summary>
public static class EmbedHeaders
{
    public static HeaderRule Frameable(string pattern) => new(pattern,
    [
        "! Content-Security-Policy",
        "! X-Frame-Options",
        $"Content-Security-Policy: {SecurityPolicy.EmbedCsp}; frame-ancestors *",
    ]);

    /// <summary>Data anyone may fetch from a script on their own site.</summary>
    public static HeaderRule Shared(string pattern) => new(pattern,
    [
        "Access-Control-Allow-Origin: *",
        "Cross-Origin-Resource-Policy: cross-origin",
    ]);

    /// <summary>The pasted script: its stable address must refresh soon; the hashed one never changes.</summary>
    public static HeaderRule Script(string pattern, bool immutable) => new(pattern,
    [
        "Cross-Origin-Resource-Policy: cross-origin",
        immutable ? "Cache-Control: public, max-age=31536000, immutable" : "Cache-Control: public, max-age=3600",
    ]);
}
