namespace BackpainGuide.Model;

/// <summary>
/// The words the theme shows around the content (banner, boxes, labels, messages), from the
/// <c>text:</c> section of site.yml over the generator's generic defaults. Every key is always
/// present. Compared by value, so an unchanged site.yml lets the preview reuse rendered bodies.
/// </summary>
public sealed class SiteText : IEquatable<SiteText>
{
    private readonly SortedDictionary<string, string> values;

    /// <summary>The generic defaults of <see cref="TextKeys"/>: what a guide without a text: section shows.</summary>
    public static SiteText Defaults { get; } = new(TextKeys.All.Select(k => KeyValuePair.Create(k.Name, k.Default)));

    public SiteText(IEnumerable<KeyValuePair<string, string>> values)
    {
        this.values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values) this.values[key] = value;
    }

    public IReadOnlyDictionary<string, string> Values => values;

    public string this[string key] => values[key];

    public bool Equals(SiteText? other) =>
        other is not null && values.Count == other.values.Count && values.SequenceEqual(other.values);

    public override bool Equals(object? obj) => Equals(obj as SiteText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (key, value) in values)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }
}
