namespace BackpainGuide.Load.Yaml;

/// <summary>
/// A small YAML tree that keeps the file position of every node. Only what front matter and
/// settings need: scalars, sequences and mappings with text keys.
/// </summary>
public abstract record YamlNode(int Line, int Column)
{
    public abstract string Kind { get; }
}

/// <summary>A scalar; <see cref="IsPlainNull"/> is true for an unquoted empty value, '~' or 'null'.</summary>
public sealed record YamlScalar(string Value, bool Quoted, int Line, int Column) : YamlNode(Line, Column)
{
    public override string Kind => "a text value";

    public bool IsPlainNull => !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column)
{
    public override string Kind => "a list";
}

public sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, int Line, int Column)
    : YamlNode(Line, Column)
{
    public override string Kind => "a mapping";
}
