using System.Text.RegularExpressions;

namespace BackpainGuide.Load;

/// <summary>Slugs are file names and URL segments: lower-case a-z, 0-9 and single '-'.</summary>
public static partial class Slug
{
    public const int MaxLength = 120;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string slug) => slug.Length <= MaxLength && Pattern().IsMatch(slug);

    /// <summary>The slug a title would suggest, for error messages that propose a file name.</summary>
    public static string Suggest(string title)
    {
        var chars = title.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }
}
