using System.Text.RegularExpressions;
using BackpainGuide.Diagnostics;
using BackpainGuide.Load.Yaml;
using BackpainGuide.Model;

namespace BackpainGuide.Load;

/// <summary>
/// Reads site.yml's optional <c>text:</c> mapping over the defaults of <see cref="TextKeys"/>.
/// Each value is checked where it is written: not empty, one line of text (no control
/// characters), no raw HTML (values reach every page), only the <c>{placeholders}</c> its key
/// knows, and the ones the theme needs exactly once.
/// </summary>
public static partial class TextLoader
{
    /// <summary>The texts; null after reporting when a value is refused.</summary>
    public static SiteText? Load(YamlNode? node, string path, DiagnosticBag diagnostics)
    {
        if (node is null || node is YamlScalar { IsPlainNull: true }) return SiteText.Defaults;
        if (node is not YamlMapping map)
        {
            diagnostics.Add(Diagnostic.Error(Codes.WrongType, path, node.Line, node.Column,
                $"'text' must be a mapping of text keys (skip_link: \"...\"), not {node.Kind}"));
            return null;
        }
        var failed = false;
        var values = new Dictionary<string, string>(SiteText.Defaults.Values, StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Entries)
        {
            if (!TextKeys.ByName.TryGetValue(keyNode.Value, out var key))
            {
                diagnostics.Add(Diagnostic.Error(Codes.UnknownField, path, keyNode.Line, keyNode.Column,
                    $"unknown text key '{keyNode.Value}'{Suggest(keyNode.Value)}; CONTRIBUTING.md lists the keys"));
                failed = true;
                continue;
            }
            if (value is not YamlScalar scalar)
            {
                diagnostics.Add(Diagnostic.Error(Codes.WrongType, path, value.Line, value.Column, $"text '{key.Name}' must be text, not {value.Kind}"));
                failed = true;
                continue;
            }
            if (Problem(key, scalar.IsPlainNull ? "" : scalar.Value) is { } problem)
            {
                diagnostics.Add(Diagnostic.Error(Codes.BadText, path, scalar.Line, scalar.Column, $"text '{key.Name}' {problem}"));
                failed = true;
                continue;
            }
            values[key.Name] = scalar.Value.Trim();
        }
        return failed ? null : new SiteText(values);
    }

    /// <summary>What is wrong with <paramref name="value"/> for <paramref name="key"/>, or null.</summary>
    public static string? Problem(TextKeys.Key key, string value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "must not be empty: leave the key out to use the default";
        if (value.Length > TextKeys.MaxChars) return $"is {value.Length:N0} characters long; at most {TextKeys.MaxChars:N0} are allowed";
        if (value.Any(char.IsControl)) return "must be one line of text, without control characters";
        if (FormatCharacters.IndexOf(value) >= 0) return "has an invisible format character (zero-width space, bidi mark, soft hyphen): remove it";
        if (RawHtml().Match(value) is { Success: true } html)
        {
            return $"holds raw HTML ('{html.Value}'); texts are shown as written{(key.Kind == TextKeys.Kind.Rich ? ", with **bold** for emphasis" : "")}";
        }
        foreach (Match m in Placeholder().Matches(value))
        {
            var name = m.Groups[1].Value;
            if (!key.Allowed.Contains(name))
            {
                return key.Allowed.Count == 0
                    ? $"uses {{{name}}}, but this text has no placeholders"
                    : $"uses {{{name}}}; this text knows {string.Join(", ", key.Allowed.Select(a => "{" + a + "}"))}";
            }
        }
        foreach (var needed in key.Needed)
        {
            var count = Placeholder().Matches(value).Count(m => m.Groups[1].Value == needed);
            if (count != 1) return $"must use {{{needed}}} exactly once (where the theme puts its link), not {count} times";
        }
        if (key.Kind == TextKeys.Kind.Rich && CountBold(value) % 2 != 0) return "has an unmatched '**': bold text is written **like this**";
        if (key.Kind == TextKeys.Kind.Plain && value.Contains("**", StringComparison.Ordinal)) return "cannot use **bold**: it is shown as plain text";
        return null;
    }

    private static int CountBold(string value)
    {
        var count = 0;
        for (var at = value.IndexOf("**", StringComparison.Ordinal); at >= 0; at = value.IndexOf("**", at + 2, StringComparison.Ordinal)) count++;
        return count;
    }

    private static string Suggest(string name)
    {
        if (name.Length > 100) return "";
        var close = TextKeys.All.Select(k => k.Name)
            .Select(k => (Key: k, Distance: Distance(k, name)))
            .Where(k => k.Distance <= 2)
            .OrderBy(k => k.Distance).ThenBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Key).FirstOrDefault();
        return close is null ? "" : $" (did you mean '{close}'?)";
    }

    /// <summary>Edit distance, for "did you mean": a typo is a letter or two off.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    // A tag, a closing tag, a comment or a declaration, as an HTML parser would start one.
    [GeneratedRegex("<[A-Za-z/!?]")]
    private static partial Regex RawHtml();

    [GeneratedRegex(@"\{([A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
