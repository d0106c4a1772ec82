namespace BackpainGuide.Model;

/// <summary>
/// The languages search can stem, by the primary subtag of site.yml's <c>language</c> ("fr" for
/// "fr-CA"): Lucene.Net's Snowball stemmers for the main European languages written in Latin
/// letters. The generator folds accents before stemming (the browser folds a query the same way),
/// so languages in other scripts would need more than a stemmer, and are refused with this list.
/// </summary>
public static class SearchLanguages
{
    public static readonly IReadOnlyList<string> Supported = ["da", "de", "en", "es", "fi", "fr", "it", "nl", "no", "pt", "sv"];

    /// <summary>The supported language a language tag names, or null; Norwegian Bokmål and Nynorsk stem as Norwegian.</summary>
    public static string? Of(string languageTag)
    {
        var primary = languageTag.Split('-')[0].ToLowerInvariant();
        if (primary is "nb" or "nn") primary = "no";
        return Supported.Contains(primary, StringComparer.Ordinal) ? primary : null;
    }
}
