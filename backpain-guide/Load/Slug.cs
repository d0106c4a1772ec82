namespace BackpainGuide.Load;

/// <summary>Slugs are file names and URL segments: lower-case a-z, 0-9 and single '-'.</summary>
public static class Slug
{
    public const int MaxLength = 120;

    /// <summary>
    /// Checked character by character, not with a pattern: .NET's '$' also matches before a final
    /// newline, which once let "slug\n" through as a file name, tag or urgent_question.
    /// </summary>
    public static bool IsValid(string slug)
    {
        if (slug.Length is 0 or > MaxLength || slug[0] == '-' || slug[^1] == '-') return false;
        for (var i = 0; i < slug.Length; i++)
        {
            var c = slug[i];
            if (c == '-' ? slug[i - 1] == '-' : !(c is >= 'a' and <= 'z' or >= '0' and <= '9')) return false;
        }
        return true;
    }

    /// <summary>The slug a title would suggest, for error messages that propose a file name.</summary>
    public static string Suggest(string title)
    {
        var chars = title.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }
}
