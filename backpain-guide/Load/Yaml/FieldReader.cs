using System.Globalization;
using BackpainGuide.Diagnostics;
using BackpainGuide.Model;

namespace BackpainGuide.Load.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping against a fixed schema, reporting unknown, missing,
/// empty and mistyped fields at their positions. Collects every problem; never throws.
/// </summary>
public sealed class FieldReader
{
    private readonly YamlMapping mapping;
    private readonly string path;
    private readonly DiagnosticBag diagnostics;
    private readonly int missingLine;
    private readonly int missingColumn;

    public FieldReader(YamlMapping mapping, string path, DiagnosticBag diagnostics, IReadOnlyCollection<string> known,
        int missingLine, int missingColumn)
    {
        this.mapping = mapping;
        this.path = path;
        this.diagnostics = diagnostics;
        this.missingLine = missingLine;
        this.missingColumn = missingColumn;
        foreach (var (key, _) in mapping.Entries)
        {
            if (!known.Contains(key.Value))
            {
                Error(Codes.UnknownField, key, $"unknown field '{key.Value}'; expected one of: {string.Join(", ", known)}");
            }
        }
    }

    public bool Failed { get; private set; }

    /// <summary>Marks the mapping unusable because a nested value (checked elsewhere) failed.</summary>
    public void MarkFailed() => Failed = true;

    public YamlNode? Find(string key)
    {
        foreach (var (k, v) in mapping.Entries)
        {
            if (k.Value == key) return v;
        }
        return null;
    }

    /// <summary>A required, non-empty text field. Returns null after reporting when absent.</summary>
    public Spanned<string>? RequiredText(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            MissingError(key);
            return null;
        }
        var text = AsText(key, node);
        if (text is { } t && string.IsNullOrWhiteSpace(t.Value))
        {
            Error(Codes.EmptyField, node, $"'{key}' must not be empty");
            return null;
        }
        return text;
    }

    public Spanned<string>? OptionalText(string key)
    {
        var node = Find(key);
        if (node is null || node is YamlScalar { IsPlainNull: true }) return null;
        var text = AsText(key, node);
        return text is { } t && string.IsNullOrWhiteSpace(t.Value) ? null : text;
    }

    /// <summary>A list of text values; a single value is taken as a list of one.</summary>
    public IReadOnlyList<Spanned<string>> TextList(string key, bool required)
    {
        var node = Find(key);
        if (node is null || node is YamlScalar { IsPlainNull: true })
        {
            if (required)
            {
                if (node is null) MissingError(key);
                else Error(Codes.EmptyField, node, $"'{key}' must list at least one value");
            }
            return [];
        }
        IReadOnlyList<YamlNode> items = node is YamlSequence seq ? seq.Items : [node];
        var result = new List<Spanned<string>>(items.Count);
        foreach (var item in items)
        {
            if (AsText(key, item) is { } t)
            {
                if (string.IsNullOrWhiteSpace(t.Value)) Error(Codes.EmptyField, item, $"'{key}' has an empty entry");
                else result.Add(t);
            }
        }
        if (required && result.Count == 0 && !Failed)
        {
            Error(Codes.EmptyField, node, $"'{key}' must list at least one value");
        }
        return result;
    }

    public Spanned<DateOnly>? RequiredDate(string key)
    {
        if (RequiredText(key) is not { } text) return null;
        if (DateOnly.TryParseExact(text.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new Spanned<DateOnly>(date, text.Line, text.Column);
        }
        Error(Codes.InvalidDate, text, $"'{text.Value}' is not a valid date; write it as YYYY-MM-DD, for example 2026-11-20");
        return null;
    }

    public IReadOnlyList<YamlMapping> MappingList(string key, bool required)
    {
        var node = Find(key);
        if (node is null || node is YamlScalar { IsPlainNull: true } || node is YamlSequence { Items.Count: 0 })
        {
            if (required)
            {
                if (node is null) MissingError(key);
                else Error(Codes.EmptyField, node, $"'{key}' must list at least one entry");
            }
            return [];
        }
        if (node is not YamlSequence seq)
        {
            Error(Codes.WrongType, node, $"'{key}' must be a list, not {node.Kind}");
            return [];
        }
        var result = new List<YamlMapping>();
        foreach (var item in seq.Items)
        {
            if (item is YamlMapping m) result.Add(m);
            else Error(Codes.WrongType, item, $"each entry of '{key}' must be a mapping (title:, url:, ...), not {item.Kind}");
        }
        return result;
    }

    private Spanned<string>? AsText(string key, YamlNode node)
    {
        if (node is YamlScalar s) return new Spanned<string>(s.IsPlainNull ? "" : s.Value, s.Line, s.Column);
        Error(Codes.WrongType, node, $"'{key}' must be text, not {node.Kind}");
        return null;
    }

    private void MissingError(string key)
    {
        Failed = true;
        diagnostics.Add(Diagnostic.Error(Codes.MissingField, path, missingLine, missingColumn, $"missing required field '{key}'"));
    }

    public void Error(string code, YamlNode node, string message) => Error(code, node.Line, node.Column, message);

    public void Error<T>(string code, Spanned<T> at, string message) => Error(code, at.Line, at.Column, message);

    private void Error(string code, int line, int column, string message)
    {
        Failed = true;
        diagnostics.Add(Diagnostic.Error(code, path, line, column, message));
    }
}
