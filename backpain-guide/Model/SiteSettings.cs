namespace BackpainGuide.Model;

/// <summary>input/site.yml.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string? Repository,
    string Branch,
    string Disclaimer,
    string? UrgentQuestion,
    string SourcePath = "site.yml",
    int UrgentQuestionLine = 0,
    int UrgentQuestionColumn = 0)
{
    /// <summary>The licence embeds and the API state for the answers, such as "CC BY-SA 4.0"; none when unset.</summary>
    public string? Licence { get; init; }

    public string? LicenceUrl { get; init; }

    /// <summary>Who to credit when the answers are shown elsewhere; the site title when unset.</summary>
    public string? Attribution { get; init; }

    public string Credit => Attribution ?? Title;

    /// <summary>The theme's words, from the text: section over the generic defaults.</summary>
    public SiteText Text { get; init; } = SiteText.Defaults;
    /// <summary>How long lists get before they are cut into pages (site.yml's <c>pagination:</c>).</summary>
    public Pagination Pagination { get; init; } = Pagination.Default;

    /// <summary>The path part of <see cref="BaseUrl"/>, always starting and ending with '/'.</summary>
    public string BasePath
    {
        get
        {
            var path = Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
            return path.EndsWith('/') ? path : path + "/";
        }
    }

    /// <summary>Scheme and host of <see cref="BaseUrl"/> with no trailing slash, for absolute URLs.</summary>
    public string Origin => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri)
        ? uri.GetLeftPart(UriPartial.Authority)
        : "";
}
